// Who is calling. Built once per request / socket (auth/authenticate.ts).
import { badInput, notFound } from '../errors.js';
import { isUuid } from '../graphql/ids.js';
import type { Role } from '../permissions/roles.js';
import type { Permission } from '../permissions/matrix.js';
import type { ReadScope } from '../graphql/planner/planner.js';

export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; tenantId: string | null; role: Role; permissions: ReadonlySet<Permission>; version: number }
  | { kind: 'apiKey'; apiKeyId: string; prefix: string; tenantId: string; permissions: ReadonlySet<Permission>; pointsPerHour?: number | null }
  | { kind: 'widget'; contactId: string; tenantId: string };

export type ViewerKind = Viewer['kind'];

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export const tenantOf = (viewer: Viewer): string | null => (viewer.kind === 'anonymous' ? null : viewer.tenantId);

/** The tenant a staff user or API key acts in (null for platform admins, widgets, anonymous). */
export const staffTenantOf = (viewer: Viewer): string | null => (viewer.kind === 'user' || viewer.kind === 'apiKey' ? viewer.tenantId : null);

/** `staffTenantOf`, or BAD_USER_INPUT for callers without a tenant (platform admins sign in as a member). */
export function requireStaffTenant(viewer: Viewer, message = 'Sign in as a member of a tenant'): string {
  const tenantId = staffTenantOf(viewer);
  if (!tenantId) throw badInput(message);
  return tenantId;
}

/** Staff users and API keys act on the tenant's data through permissions; widget clients do not. */
export const permissionsOf = (viewer: Viewer): ReadonlySet<Permission> =>
  viewer.kind === 'user' || viewer.kind === 'apiKey' ? viewer.permissions : new Set();

/**
 * The rows a viewer may read through the planner. Tenant members and API keys: their tenant.
 * Platform admins: every tenant, or one tenant when they name it. Anonymous and widget callers:
 * none (undefined makes the planner refuse); widget reads are scoped to their contact instead.
 */
export function readScopeOf(viewer: Viewer, tenantId?: string | null): ReadScope | undefined {
  if (viewer.kind !== 'user' && viewer.kind !== 'apiKey') return undefined;
  if (tenantId && !isUuid(tenantId)) throw notFound('Tenant');
  if (viewer.tenantId) {
    // Naming another tenant looks exactly like naming one that does not exist.
    if (tenantId && tenantId !== viewer.tenantId) throw notFound('Tenant');
    return { kind: 'tenant', tenantId: viewer.tenantId };
  }
  return tenantId ? { kind: 'tenant', tenantId } : { kind: 'platform' };
}

export const hasPermission = (viewer: Viewer, permission: Permission) => permissionsOf(viewer).has(permission);
