// Turn an `Authorization` value (HTTP header or graphql-ws connectionParams) into a Viewer.
// No credentials: anonymous. Credentials that do not hold (expired, tampered, revoked, a
// deactivated user, a suspended tenant): UNAUTHENTICATED for the whole request, so a client
// knows to refresh instead of silently getting anonymous answers.
import type { AppServices } from '../services.js';
import { ANONYMOUS, type Viewer } from './viewer.js';
import type { ApiKeyAuthRow } from './auth-state.js';
import { permissionsOf as rolePermissions, PERMISSIONS, type Permission } from '../permissions/matrix.js';
import { safeEqual, sha256 } from './secrets.js';
import { Role } from '../permissions/roles.js';
import { DomainError, ErrorCode, toGraphQLError } from '../errors.js';

export const API_KEY_PATTERN = /^sb_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{32,})$/;

/** Thrown before any resolver runs (HTTP answers 401), so already a GraphQL error. */
export const invalidCredentials = () =>
  toGraphQLError(new DomainError(ErrorCode.UNAUTHENTICATED, 'Your credentials are invalid or expired: sign in again', { http: { status: 401 } }));

const KNOWN = new Set<string>(PERMISSIONS);

/**
 * Viewers of credentials seen lately, by the exact Authorization value: a repeated credential is
 * answered without a promise, a regex or a signature check. Each hit is still checked against the
 * auth state (`validNow`: user active with the same auth version, tenant active, key not revoked —
 * the entries AUTH_CHANGED drops on every instance) and, for an API key, against the very row it
 * was built from (a reloaded row — new scopes, budget or secret — means the slow path again);
 * a token past its expiry is dropped. Anything not answerable from cache goes the full way.
 */
interface KnownCredential {
  viewer: Viewer;
  /** ms since epoch; Infinity for API keys (their row decides). */
  expiresAt: number;
  /** The API key row the viewer was built from (identity compared). */
  keyRow?: ApiKeyAuthRow;
}
const KNOWN_CREDENTIALS = 10_000;
/** One map per token service (its signing secret): a token one server verified says nothing to another. */
const knownBySecret = new WeakMap<object, Map<string, KnownCredential>>();
function knownCredentialsOf(services: AppServices): Map<string, KnownCredential> {
  let known = knownBySecret.get(services.tokens);
  if (!known) knownBySecret.set(services.tokens, (known = new Map()));
  return known;
}

function remember(services: AppServices, authorization: string, entry: KnownCredential): void {
  const knownCredentials = knownCredentialsOf(services);
  if (knownCredentials.size >= KNOWN_CREDENTIALS) knownCredentials.delete(knownCredentials.keys().next().value!);
  knownCredentials.set(authorization, entry);
}

/** The viewer of a credential seen before and still valid by the cached auth state, or undefined. */
function knownViewer(services: AppServices, authorization: string): Viewer | undefined {
  const auth = services.auth;
  const knownCredentials = knownCredentialsOf(services);
  const hit = knownCredentials.get(authorization);
  if (!hit) return undefined;
  if (hit.expiresAt <= Date.now() || (hit.keyRow && auth.apiKeyNow((hit.viewer as { prefix: string }).prefix) !== hit.keyRow)) {
    knownCredentials.delete(authorization);
    return undefined;
  }
  if (auth.validNow(hit.viewer) !== true) return undefined;
  if (hit.keyRow) auth.touchApiKey(hit.keyRow.id);
  // Least recently used goes first when the map is full.
  knownCredentials.delete(authorization);
  knownCredentials.set(authorization, hit);
  return hit.viewer;
}

/** A Viewer, synchronously when the credential is known and valid by the cached auth state. */
export function authenticate(services: AppServices, authorization: string | undefined | null): Viewer | Promise<Viewer> {
  if (!authorization) return ANONYMOUS;
  return knownViewer(services, authorization) ?? authenticateFully(services, authorization);
}

async function authenticateFully(services: AppServices, authorization: string): Promise<Viewer> {
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
    const viewer: Viewer = { kind: 'apiKey', apiKeyId: row.id, prefix: key[1], tenantId: row.tenantId, permissions, pointsPerHour: row.pointsPerHour };
    // Only a row still in the cache can vouch for later hits (compared by identity on each).
    if (auth.apiKeyNow(key[1]) === row) remember(services, authorization, { viewer, expiresAt: Infinity, keyRow: row });
    return viewer;
  }

  const staff = await tokens.verifyAccess(credential);
  if (staff) {
    const viewer: Viewer = { kind: 'user', userId: staff.userId, tenantId: staff.tenantId, role: staff.role, version: staff.version, permissions: rolePermissions(staff.role as Role) };
    if (!(await auth.stillValid(viewer))) throw invalidCredentials();
    remember(services, authorization, { viewer, expiresAt: staff.expiresAt });
    return viewer;
  }

  const widget = await tokens.verifyWidget(credential);
  if (widget) {
    const viewer: Viewer = { kind: 'widget', contactId: widget.contactId, tenantId: widget.tenantId };
    if (!(await auth.stillValid(viewer))) throw invalidCredentials();
    remember(services, authorization, { viewer, expiresAt: widget.expiresAt });
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
