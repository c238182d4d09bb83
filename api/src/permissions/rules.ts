// Who may call what, as data: every root field has an Access entry, shield rules are generated
// from it, and the isolation-matrix test reads the same table to know what to expect.
// A root field without an entry falls back to `deny`; object fields get a rule only when sensitive.
import { GraphQLError } from 'graphql';
import { allow, rule, type IRules } from 'graphql-shield';
import type { Context } from '../context.js';
import type { Permission } from './matrix.js';
import { permissionsOf } from '../auth/viewer.js';

export type Access =
  /** Anyone, including anonymous callers. */
  | { kind: 'public' }
  /** A staff user or an API key holding the permission. */
  | { kind: 'permission'; permission: Permission }
  /** Any signed-in staff user (their own profile, session…); not API keys or widgets. */
  | { kind: 'staffUser' }
  /** A widget client (end customer), acting as its own contact. */
  | { kind: 'widget' }
  /** A widget client (for its own contact's objects), or staff/keys holding the permission. */
  | { kind: 'permissionOrWidget'; permission: Permission }
  /** A signed-in staff user holding the permission (not API keys: e.g. taking a conversation as "me"). */
  | { kind: 'userPermission'; permission: Permission };

export const access = {
  public: { kind: 'public' } as Access,
  staffUser: { kind: 'staffUser' } as Access,
  widget: { kind: 'widget' } as Access,
  can: (permission: Permission): Access => ({ kind: 'permission', permission }),
  canOrWidget: (permission: Permission): Access => ({ kind: 'permissionOrWidget', permission }),
  userCan: (permission: Permission): Access => ({ kind: 'userPermission', permission }),
};

export const deniedError = () => new GraphQLError('You are not allowed to do this', { extensions: { code: 'FORBIDDEN' } });
export const unauthenticatedError = () => new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });

/** The table. Keep it sorted by type, then field. */
export const accessTree: Record<string, Record<string, Access>> = {
  Query: {
    aiCalls: access.can('reports.view'),
    apiKeys: access.can('apikeys.manage'),
    assistantContext: access.can('conversations.view'),
    classifierStatus: access.can('kb.view'),
    classifyText: access.can('conversations.view'),
    auditLogs: access.can('audit.view'),
    conversation: access.can('conversations.view'),
    conversations: access.can('conversations.view'),
    auditStats: access.can('audit.view'),
    cannedResponses: access.can('conversations.reply'),
    knowledgeDocument: access.can('kb.view'),
    knowledgeDocuments: access.can('kb.view'),
    messages: access.canOrWidget('conversations.view'),
    searchKnowledge: access.can('kb.view'),
    myConversations: access.widget,
    permissionMatrix: access.staffUser,
    presence: access.can('users.view'),
    renderCannedResponse: access.can('conversations.reply'),
    queues: access.can('conversations.view'),
    serverInfo: access.public,
    tenant: access.can('tenants.view'),
    tenants: access.can('tenants.view'),
    user: access.can('users.view'),
    users: access.can('users.view'),
    viewer: access.public,
    widgetConfig: access.public,
    widgetContact: access.widget,
  },
  Mutation: {
    acceptInvitation: access.public,
    applyCannedResponse: access.can('conversations.reply'),
    changeMyPassword: access.staffUser,
    closeConversation: access.canOrWidget('conversations.reply'),
    createApiKey: access.can('apikeys.manage'),
    createCannedResponse: access.can('conversations.reply'),
    createPasswordReset: access.can('users.update'),
    createQueue: access.can('conversations.manage'),
    createTenant: access.can('tenants.manage'),
    createUser: access.can('users.create'),
    deactivateUser: access.can('users.delete'),
    deleteCannedResponse: access.can('conversations.reply'),
    handBackConversation: access.can('conversations.reply'),
    heartbeat: access.staffUser,
    login: access.public,
    logout: access.public,
    markConversationRead: access.canOrWidget('conversations.view'),
    reactivateTenant: access.can('tenants.manage'),
    addTrainingExamples: access.can('kb.update'),
    createKnowledgeDocument: access.can('kb.create'),
    deleteKnowledgeDocument: access.can('kb.delete'),
    importKnowledgeDocuments: access.can('kb.create'),
    publishKnowledgeDocument: access.can('kb.publish'),
    reindexKnowledge: access.can('kb.publish'),
    trainClassifier: access.can('kb.update'),
    unpublishKnowledgeDocument: access.can('kb.publish'),
    updateKnowledgeDocument: access.can('kb.update'),
    reactivateUser: access.can('users.delete'),
    reopenConversation: access.can('conversations.reply'),
    requestHumanAgent: access.canOrWidget('conversations.reply'),
    resolveConversation: access.can('conversations.reply'),
    refreshSession: access.public,
    registerTenant: access.public,
    requestPasswordReset: access.public,
    resetPassword: access.public,
    revokeApiKey: access.can('apikeys.manage'),
    rotateIdentitySecret: access.can('system.settings'),
    sendMessage: access.canOrWidget('conversations.reply'),
    setAvailability: access.staffUser,
    setQueueMembers: access.can('conversations.manage'),
    setTyping: access.canOrWidget('conversations.reply'),
    startConversation: access.widget,
    startWidgetSession: access.public,
    suspendTenant: access.can('tenants.manage'),
    takeOverConversation: access.userCan('conversations.reply'),
    transferConversation: access.can('conversations.reply'),
    updateMyProfile: access.staffUser,
    updateCannedResponse: access.can('conversations.reply'),
    updateQueue: access.can('conversations.manage'),
    updateTenant: access.can('system.settings'),
    updateUser: access.can('users.update'),
  },
  Subscription: {
    assistantDraft: access.canOrWidget('conversations.view'),
    conversationUpdated: access.can('conversations.view'),
    knowledgeIndexing: access.can('kb.view'),
    messageAdded: access.canOrWidget('conversations.view'),
    presenceChanged: access.can('users.view'),
    queuePosition: access.widget,
    tenantUpdated: access.can('tenants.view'),
    typing: access.canOrWidget('conversations.view'),
  },
  // Sensitive object fields.
  Tenant: {
    identityVerification: access.can('system.settings'),
  },
};

const stillValid = async (ctx: Context) => ctx.services.auth.stillValid(ctx.viewer);

const rulesByKey = new Map<string, ReturnType<ReturnType<typeof rule>>>();

export function ruleFor(a: Access) {
  const key = 'permission' in a ? `${a.kind}:${a.permission}` : a.kind;
  let r = rulesByKey.get(key);
  if (r) return r;
  switch (a.kind) {
    case 'public':
      return allow;
    case 'permission':
      // Not cached per request: a subscription re-checks on every event with the same context.
      r = rule(key, { cache: 'no_cache' })(async (_p, _a, ctx: Context) => {
        if (ctx.viewer.kind === 'anonymous') return unauthenticatedError();
        if (!(await stillValid(ctx))) return unauthenticatedError();
        return permissionsOf(ctx.viewer).has(a.permission) ? true : deniedError();
      });
      break;
    case 'staffUser':
      r = rule(key, { cache: 'no_cache' })(async (_p, _a, ctx: Context) => {
        if (ctx.viewer.kind === 'anonymous') return unauthenticatedError();
        if (ctx.viewer.kind !== 'user') return deniedError();
        return (await stillValid(ctx)) ? true : unauthenticatedError();
      });
      break;
    case 'widget':
      r = rule(key, { cache: 'no_cache' })(async (_p, _a, ctx: Context) => {
        if (ctx.viewer.kind === 'anonymous') return unauthenticatedError();
        if (ctx.viewer.kind !== 'widget') return deniedError();
        return (await stillValid(ctx)) ? true : unauthenticatedError();
      });
      break;
    case 'userPermission':
      r = rule(key, { cache: 'no_cache' })(async (_p, _a, ctx: Context) => {
        if (ctx.viewer.kind === 'anonymous') return unauthenticatedError();
        if (!(await stillValid(ctx))) return unauthenticatedError();
        return ctx.viewer.kind === 'user' && ctx.viewer.permissions.has(a.permission) ? true : deniedError();
      });
      break;
    case 'permissionOrWidget':
      r = rule(key, { cache: 'no_cache' })(async (_p, _a, ctx: Context) => {
        if (ctx.viewer.kind === 'anonymous') return unauthenticatedError();
        if (!(await stillValid(ctx))) return unauthenticatedError();
        return ctx.viewer.kind === 'widget' || permissionsOf(ctx.viewer).has(a.permission) ? true : deniedError();
      });
      break;
  }
  rulesByKey.set(key, r);
  return r;
}

export const ruleTree: IRules = Object.fromEntries(
  Object.entries(accessTree).map(([type, fields]) => [type, Object.fromEntries(Object.entries(fields).map(([f, a]) => [f, ruleFor(a)]))]),
);
