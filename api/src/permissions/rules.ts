// Who may call what, as data: every root field has an Access entry (declared by the module that
// owns the field), shield rules are generated from it, and the isolation-matrix test reads the
// same table to know what to expect.
// A root field without an entry falls back to `deny`; object fields get a rule only when sensitive.
import { allow, rule, type IRules } from 'graphql-shield';
import type { Context } from '../context.js';
import type { Permission } from './matrix.js';
import { forbidden, toGraphQLError, unauthenticated } from '../errors.js';
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

// Shield wants GraphQL errors (a rule's denial, the fallback); errors.ts makes them.
export const deniedError = () => toGraphQLError(forbidden());
export const unauthenticatedError = () => toGraphQLError(unauthenticated());

/** Access entries by GraphQL type, then field. Each module declares its own (modules/<m>/index.ts). */
export type AccessTree = Record<string, Record<string, Access>>;

/** The modules' entries as one table; a field declared twice is a wiring mistake, caught at boot. */
export function mergeAccess(trees: AccessTree[]): AccessTree {
  const merged: AccessTree = {};
  for (const tree of trees) {
    for (const [type, fields] of Object.entries(tree)) {
      const into = (merged[type] ??= {});
      for (const [field, a] of Object.entries(fields)) {
        if (field in into) throw new Error(`access: ${type}.${field} is declared by two modules`);
        into[field] = a;
      }
    }
  }
  return merged;
}

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

/** Shield rules for an access table. */
export const rulesFor = (accessTree: AccessTree): IRules => Object.fromEntries(
  Object.entries(accessTree).map(([type, fields]) => [type, Object.fromEntries(Object.entries(fields).map(([f, a]) => [f, ruleFor(a)]))]),
);
