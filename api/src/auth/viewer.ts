// Who is calling. Built once per request / socket in context.ts.
import { notFound } from '../errors.js';
import type { Role } from '../modules/users/user.entity.js';
import type { Permission } from '../permissions/matrix.js';
import type { ReadScope } from '../graphql/planner/planner.js';

export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; tenantId: string | null; role: Role; permissions: ReadonlySet<Permission> };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/**
 * The rows a viewer may read. Tenant members: their tenant. Platform admins: every tenant, or
 * one tenant when they name it. Anonymous callers: none (undefined makes the planner refuse).
 */
export function readScopeOf(viewer: Viewer, tenantId?: string | null): ReadScope | undefined {
  if (viewer.kind !== 'user') return undefined;
  if (viewer.tenantId) {
    // Naming another tenant looks exactly like naming one that does not exist.
    if (tenantId && tenantId !== viewer.tenantId) throw notFound('Tenant');
    return { kind: 'tenant', tenantId: viewer.tenantId };
  }
  return tenantId ? { kind: 'tenant', tenantId } : { kind: 'platform' };
}

export const hasPermission = (viewer: Viewer, permission: Permission) => viewer.kind === 'user' && viewer.permissions.has(permission);
