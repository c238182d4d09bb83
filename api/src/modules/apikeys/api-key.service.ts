// Partner API keys: create (the secret is returned once, only its SHA-256 is kept) and revoke.
// Reads go through the planner; writes through the entity, each with its audit row in the same flush.
import { randomInt } from 'node:crypto';
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { randomToken, sha256 } from '../../auth/secrets.js';
import { API_KEY_PATTERN } from '../../auth/authenticate.js';
import { permissionsOf, tenantOf } from '../../auth/viewer.js';
import { PERMISSIONS, ROLE_PERMISSIONS, type Permission } from '../../permissions/matrix.js';
import { Topic } from '../../events/topics.js';
import { User } from '../users/user.entity.js';
import { Role } from '../../permissions/roles.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import { ApiKey } from './api-key.entity.js';
import type { CreateApiKeyInput, UpdateApiKeyInput } from './api-key.inputs.js';
import { MAX_POINTS_PER_HOUR, MIN_POINTS_PER_HOUR } from '../../graphql/budget/index.js';
import { once } from '../../idempotency/idempotency.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const PREFIX_LENGTH = 12;

/**
 * Permissions a key may carry: those some tenant role can hold. A key always acts inside one
 * tenant, so platform-only codes (`tenants.manage`) would be meaningless at best.
 */
const KEY_GRANTABLE: ReadonlySet<string> = new Set(
  Object.entries(ROLE_PERMISSIONS)
    .filter(([role]) => role !== Role.PLATFORM_ADMIN)
    .flatMap(([, perms]) => perms),
);
const KNOWN: ReadonlySet<string> = new Set(PERMISSIONS);

/** `sb_<12 alphanumerics>_<43 url-safe characters>`: the format authenticate.ts recognises. */
export function generateApiKey(): { prefix: string; key: string } {
  let prefix = '';
  for (let i = 0; i < PREFIX_LENGTH; i++) prefix += ALNUM[randomInt(ALNUM.length)];
  const key = `sb_${prefix}_${randomToken(32)}`;
  if (!API_KEY_PATTERN.test(key)) throw new Error('generated API key does not match its own format');
  return { prefix, key };
}

function validName(value: string): string {
  const name = value.trim();
  if (name.length < 1 || name.length > 100) throw badInput('name must be 1–100 characters', 'name');
  return name;
}

/** A key's own budget: a whole number of points per hour in range, or null for the default. */
function validPointsPerHour(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < MIN_POINTS_PER_HOUR || value > MAX_POINTS_PER_HOUR) {
    throw badInput(`pointsPerHour must be a whole number from ${MIN_POINTS_PER_HOUR} to ${MAX_POINTS_PER_HOUR}, or null for the default`, 'pointsPerHour');
  }
  return value;
}

/** Scopes: a non-empty set of known permission codes, each held by the caller. */
function validScopes(ctx: Context, scopes: string[]): Permission[] {
  const wanted = [...new Set(scopes.map((s) => s.trim()))];
  if (!wanted.length) throw badInput('scopes must name at least one permission', 'scopes');
  const mine = permissionsOf(ctx.viewer);
  const unknown = wanted.filter((s) => !KNOWN.has(s));
  if (unknown.length) throw badInput(`scopes: unknown permission ${unknown.join(', ')}`, 'scopes');
  const refused = wanted.filter((s) => !mine.has(s as Permission) || !KEY_GRANTABLE.has(s));
  if (refused.length) throw badInput(`scopes: you cannot grant ${refused.join(', ')}`, 'scopes');
  return (wanted as Permission[]).sort();
}

/** The tenant a new key belongs to: the caller's own, or (platform admins) the one they name. */
async function keyTenant(ctx: Context, requested: string | undefined): Promise<string> {
  const own = tenantOf(ctx.viewer);
  if (ctx.viewer.kind !== 'user' && ctx.viewer.kind !== 'apiKey') throw forbidden();
  if (own) {
    if (requested && requested !== own) throw notFound('Tenant');
    return own;
  }
  if (!requested) throw badInput('Name the tenant (`tenantId`) the key belongs to', 'tenantId');
  if (!isUuid(requested) || !(await ctx.em.findOne(Tenant, { id: requested }))) throw notFound('Tenant');
  return requested;
}

export interface CreatedApiKey {
  id: string;
  tenantId: string;
  secret: string;
}

export async function createApiKey(ctx: Context, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const name = validName(input.name);
  const scopes = validScopes(ctx, input.scopes);
  const pointsPerHour = validPointsPerHour(input.pointsPerHour);
  const tenantId = await keyTenant(ctx, input.tenantId);
  const { prefix, key } = generateApiKey();
  let lostPrefix: string | null = null;
  const created = await ctx.em.transactional(async (em) => {
    const { result: id, replayed } = await once(ctx, em, 'createApiKey', input, async () => {
      const apiKey = Object.assign(new ApiKey(), {
        tenant: em.getReference(Tenant, tenantId),
        name,
        prefix,
        secretHash: sha256(key),
        scopes,
        pointsPerHour,
        createdBy: ctx.viewer.kind === 'user' ? em.getReference(User, ctx.viewer.userId) : null,
      });
      em.persist(apiKey);
      recordAudit(ctx, em, { action: 'apikey.created', resourceType: 'ApiKey', resourceId: apiKey.id, tenantId, after: { name, prefix, scopes, pointsPerHour } });
      return apiKey.id;
    });
    if (replayed) {
      // The secret is stored only as a hash, so the lost answer's secret cannot be shown again:
      // the same key gets a new secret, and the lost one (never seen by anyone) stops working.
      const apiKey = await em.findOneOrFail(ApiKey, { id }, { filters: false });
      lostPrefix = apiKey.prefix;
      Object.assign(apiKey, { prefix, secretHash: sha256(key) });
      recordAudit(ctx, em, { action: 'apikey.secret_reissued', resourceType: 'ApiKey', resourceId: id, tenantId, after: { prefix, reason: 'idempotent retry' } });
    }
    return { id, tenantId, secret: key };
  });
  if (lostPrefix) {
    // Like a revocation: every instance forgets the old secret at once.
    ctx.services.auth.invalidate({ apiKeyPrefix: lostPrefix });
    ctx.services.events.publish(Topic.AUTH_CHANGED, { apiKeyPrefix: lostPrefix, tenantId });
  }
  return created;
}

/** Revoke a key of the caller's tenant (platform admins: any). Revoking a revoked key changes nothing but still answers. */
export async function revokeApiKey(ctx: Context, id: string): Promise<{ id: string; tenantId: string }> {
  if (!isUuid(id)) throw notFound('API key');
  const em = ctx.em;
  // Tenant members: the tenant filter hides other tenants' keys (NOT_FOUND, like an unknown id).
  const apiKey = await em.findOne(ApiKey, { id }, tenantOf(ctx.viewer) ? {} : { filters: false });
  if (!apiKey) throw notFound('API key');
  const before = { revokedAt: apiKey.revokedAt };
  apiKey.revokedAt ??= new Date();
  const changed = diff(before, { revokedAt: apiKey.revokedAt });
  const tenantId = apiKey.tenant.id;
  recordAudit(ctx, em, {
    action: 'apikey.revoked',
    resourceType: 'ApiKey',
    resourceId: apiKey.id,
    tenantId,
    before: Object.keys(changed.before).length ? changed.before : null,
    after: Object.keys(changed.after).length ? changed.after : null,
  });
  await em.flush();
  // After the commit: this instance forgets the key at once; every instance (AUTH_CHANGED) drops
  // its cache entry and closes the key's sockets.
  ctx.services.auth.invalidate({ apiKeyPrefix: apiKey.prefix });
  ctx.services.events.publish(Topic.AUTH_CHANGED, { apiKeyPrefix: apiKey.prefix, tenantId });
  return { id: apiKey.id, tenantId };
}

/** Rename a key or change its budget. The new budget applies from the key's next request on every instance (AUTH_CHANGED drops the cached key). */
export async function updateApiKey(ctx: Context, input: UpdateApiKeyInput): Promise<{ id: string; tenantId: string }> {
  if (!isUuid(input.id)) throw notFound('API key');
  const name = input.name === undefined || input.name === null ? undefined : validName(input.name);
  const pointsPerHour = input.pointsPerHour === undefined ? undefined : validPointsPerHour(input.pointsPerHour);
  const em = ctx.em;
  const apiKey = await em.findOne(ApiKey, { id: input.id }, tenantOf(ctx.viewer) ? {} : { filters: false });
  if (!apiKey) throw notFound('API key');
  const before = { name: apiKey.name, pointsPerHour: apiKey.pointsPerHour };
  if (name !== undefined) apiKey.name = name;
  if (pointsPerHour !== undefined) apiKey.pointsPerHour = pointsPerHour;
  const changed = diff(before, { name: apiKey.name, pointsPerHour: apiKey.pointsPerHour });
  const tenantId = apiKey.tenant.id;
  if (Object.keys(changed.after).length) {
    recordAudit(ctx, em, { action: 'apikey.updated', resourceType: 'ApiKey', resourceId: apiKey.id, tenantId, before: changed.before, after: changed.after });
    await em.flush();
    if ('pointsPerHour' in changed.after) {
      ctx.services.auth.invalidate({ apiKeyPrefix: apiKey.prefix });
      ctx.services.events.publish(Topic.AUTH_CHANGED, { apiKeyPrefix: apiKey.prefix, tenantId });
    }
  }
  return { id: apiKey.id, tenantId };
}
