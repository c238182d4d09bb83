// Turn an `Authorization` value (HTTP header or graphql-ws connectionParams) into a Viewer.
// No credentials: anonymous. Credentials that do not hold (expired, tampered, revoked, a
// deactivated user, a suspended tenant): UNAUTHENTICATED for the whole request, so a client
// knows to refresh instead of silently getting anonymous answers.
import type { AppServices } from '../services.js';
import { ANONYMOUS, type Viewer } from './viewer.js';
import { permissionsOf as rolePermissions, PERMISSIONS, type Permission } from '../permissions/matrix.js';
import { safeEqual, sha256 } from './secrets.js';
import { Role } from '../permissions/roles.js';
import { DomainError, ErrorCode, toGraphQLError } from '../errors.js';

export const API_KEY_PATTERN = /^sb_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{32,})$/;

/** Thrown before any resolver runs (HTTP answers 401), so already a GraphQL error. */
export const invalidCredentials = () =>
  toGraphQLError(new DomainError(ErrorCode.UNAUTHENTICATED, 'Your credentials are invalid or expired: sign in again', { http: { status: 401 } }));

const KNOWN = new Set<string>(PERMISSIONS);

export async function authenticate(services: AppServices, authorization: string | undefined | null): Promise<Viewer> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw invalidCredentials();
  const credential = match[1];
  const { auth, tokens } = services;

  const key = API_KEY_PATTERN.exec(credential);
  if (key) {
    const row = await auth.apiKey(key[1]);
    if (!row || row.revoked || !safeEqual(row.secretHash, sha256(credential)) || !(await auth.tenantActive(row.tenantId))) throw invalidCredentials();
    auth.touchApiKey(row.id);
    const permissions = scopeSet(row.scopes.filter((s): s is Permission => KNOWN.has(s)));
    return { kind: 'apiKey', apiKeyId: row.id, prefix: key[1], tenantId: row.tenantId, permissions, pointsPerHour: row.pointsPerHour };
  }

  const staff = await tokens.verifyAccess(credential);
  if (staff) {
    const viewer: Viewer = { kind: 'user', userId: staff.userId, tenantId: staff.tenantId, role: staff.role, version: staff.version, permissions: rolePermissions(staff.role as Role) };
    if (!(await auth.stillValid(viewer))) throw invalidCredentials();
    return viewer;
  }

  const widget = await tokens.verifyWidget(credential);
  if (widget) {
    const viewer: Viewer = { kind: 'widget', contactId: widget.contactId, tenantId: widget.tenantId };
    if (!(await auth.stillValid(viewer))) throw invalidCredentials();
    return viewer;
  }
  throw invalidCredentials();
}

/**
 * API keys with the same scopes share one (never modified) set, as users of one role do: the
 * fan-out groups by set and caches its key on it. Bounded: distinct scope sets are few in practice.
 */
const scopeSets = new Map<string, ReadonlySet<Permission>>();
function scopeSet(scopes: Permission[]): ReadonlySet<Permission> {
  const key = [...scopes].sort().join(',');
  let set = scopeSets.get(key);
  if (!set) {
    set = new Set(scopes);
    if (scopeSets.size < 1000) scopeSets.set(key, set);
  }
  return set;
}
