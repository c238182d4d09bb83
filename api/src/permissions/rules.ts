// Shield rules built from the permission matrix. Every root field must be listed here: a root
// field without an entry falls back to `deny`. Object fields get a rule only when sensitive.
import { GraphQLError } from 'graphql';
import { allow, rule, type IRules } from 'graphql-shield';
import type { Context } from '../context.js';
import type { Permission } from './matrix.js';

const deniedError = () => new GraphQLError('You are not allowed to do this', { extensions: { code: 'FORBIDDEN' } });
const unauthenticatedError = () => new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });

export const isPublic = allow;

export const isStaff = rule({ cache: 'contextual' })((_p, _a, ctx: Context) => (ctx.viewer.kind === 'user' ? true : unauthenticatedError()));

type ShieldRuleObject = ReturnType<ReturnType<typeof rule>>;
const permissionRules = new Map<Permission, ShieldRuleObject>();
/** Granted when the caller holds the permission; anonymous callers get UNAUTHENTICATED. */
export function can(permission: Permission): ShieldRuleObject {
  let r = permissionRules.get(permission);
  if (!r) {
    r = rule(`can:${permission}`, { cache: 'contextual' })((_p, _a, ctx: Context) => {
      if (ctx.viewer.kind === 'anonymous') return unauthenticatedError();
      return ctx.viewer.permissions.has(permission) ? true : deniedError();
    });
    permissionRules.set(permission, r);
  }
  return r;
}

export const ruleTree: IRules = {
  Query: {
    serverInfo: isPublic,
    viewer: isPublic,
    tenants: can('tenants.view'),
    tenant: can('tenants.view'),
    users: can('users.view'),
    user: can('users.view'),
  },
  Mutation: {
    login: isPublic,
    updateTenant: can('system.settings'),
  },
  Subscription: {
    tenantUpdated: can('tenants.view'),
  },
};

export { deniedError };
