// Who may call what, as data: every root field has an Access entry (declared by the module that
// owns the field), shield rules are generated from it, and the isolation-matrix test reads the
// same table to know what to expect.
// A root field without an entry falls back to `deny`; object fields get a rule only when sensitive.
import type { GraphQLError } from 'graphql';
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

/** From the cached auth state without a promise when it can answer (it almost always can). */
const stillValid = (ctx: Context): boolean | Promise<boolean> => ctx.services.auth.validNow(ctx.viewer) ?? ctx.services.auth.stillValid(ctx.viewer);

const rulesByKey = new Map<string, ReturnType<ReturnType<typeof rule>>>();

type Decision = true | GraphQLError;

/** `then()` once the viewer is known to be still valid; UNAUTHENTICATED otherwise. */
function whenValid(ctx: Context, then: () => Decision): Decision | Promise<Decision> {
  const ok = stillValid(ctx);
  if (ok === true) return then();
  if (ok === false) return unauthenticatedError();
  return ok.then((valid) => (valid ? then() : unauthenticatedError()));
}

/** The decision of an access entry for this context's viewer (without a promise when the auth state is cached). */
function decide(a: Exclude<Access, { kind: 'public' }>, ctx: Context): Decision | Promise<Decision> {
  const v = ctx.viewer;
  if (v.kind === 'anonymous') return unauthenticatedError();
  switch (a.kind) {
    case 'permission':
      return whenValid(ctx, () => (permissionsOf(v).has(a.permission) ? true : deniedError()));
    case 'staffUser':
      return v.kind !== 'user' ? deniedError() : whenValid(ctx, () => true);
    case 'widget':
      return v.kind !== 'widget' ? deniedError() : whenValid(ctx, () => true);
    case 'userPermission':
      return whenValid(ctx, () => (v.kind === 'user' && v.permissions.has(a.permission) ? true : deniedError()));
    case 'permissionOrWidget':
      return whenValid(ctx, () => (v.kind === 'widget' || permissionsOf(v).has(a.permission) ? true : deniedError()));
  }
}

export function ruleFor(a: Access) {
  if (a.kind === 'public') return allow;
  const key = 'permission' in a ? `${a.kind}:${a.permission}` : a.kind;
  let r = rulesByKey.get(key);
  if (r) return r;
  // Shield's own cache stays off: a subscription re-checks on every event with the same (socket)
  // context. A query over HTTP carries `grants` (apollo-plugin.ts): within that one request a
  // rule granted once — for one row's field, say — is granted for the other rows too.
  r = rule(key, { cache: 'no_cache' })((_p, _a, ctx: Context) => {
    const grants = ctx.grants;
    if (grants?.has(key)) return true;
    const d = decide(a, ctx);
    if (!grants) return d;
    if (d === true) grants.add(key);
    else if (d instanceof Promise) return d.then((x) => (x === true && grants.add(key), x));
    return d;
  });
  rulesByKey.set(key, r);
  return r;
}

/** Shield rules for an access table. */
export const rulesFor = (accessTree: AccessTree): IRules => Object.fromEntries(
  Object.entries(accessTree).map(([type, fields]) => [type, Object.fromEntries(Object.entries(fields).map(([f, a]) => [f, ruleFor(a)]))]),
);
