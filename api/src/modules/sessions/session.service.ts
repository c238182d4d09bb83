// Staff sessions: sign-in (throttled, no user enumeration), refresh rotation, sign-out.
import { escapeLike } from '../../graphql/planner/sql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { unauthenticated } from '../../errors.js';
import { verifyAgainstDummy, verifyPassword } from '../../auth/passwords.js';
import { sha256 } from '../../auth/secrets.js';
import { Topic } from '../../events/topics.js';
import { Tenant, TenantStatus } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { ActorKind } from '../audit/audit-log.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { RefreshToken } from './session.entities.js';
import { issueSession, revokeAllForUser, revokeFamily, type IssuedSession } from './refresh-tokens.js';
import { accountKey, assertNotThrottled, clearFailures, recordFailure } from './throttle.js';
import type { LoginInput, LogoutInput } from './session.types.js';

const INVALID = 'E-mail, password or tenant is wrong';

/** Find a staff user by e-mail inside a tenant (or among platform admins) — before any tenant scope exists. */
export async function findStaffUser(em: EntityManager, email: string, tenant: Tenant | null): Promise<User | null> {
  return em.findOne(
    User,
    { email: { $ilike: escapeLike(email.trim().toLowerCase()) }, tenant: tenant ? tenant.id : null },
    { populate: ['passwordHash'], filters: { tenant: false } },
  );
}

export async function login(ctx: Context, input: LoginInput): Promise<IssuedSession> {
  const pool = ctx.services.readPool;
  const account = accountKey(input.email, input.tenantSlug);
  const ip = ctx.ip ?? 'unknown';
  await assertNotThrottled(pool, account, ip);

  const em = ctx.em;
  const tenant = input.tenantSlug ? await em.findOne(Tenant, { slug: input.tenantSlug.trim().toLowerCase() }) : null;
  // Every path verifies one argon2 hash, so unknown tenants/e-mails cost what a wrong password costs.
  const user = input.tenantSlug && !tenant ? null : await findStaffUser(em, input.email, tenant);
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !ok || !user.active || tenant?.status === TenantStatus.SUSPENDED) {
    await recordFailure(pool, account, ip);
    throw unauthenticated(INVALID);
  }

  user.lastLoginAt = new Date();
  const session = await issueSession(ctx, em, user);
  recordAudit(ctx, em, { action: 'session.login', resourceType: 'User', resourceId: user.id, tenantId: tenant?.id ?? null, actor: { kind: ActorKind.USER, id: user.id } });
  await em.flush();
  await clearFailures(pool, account);
  return session;
}

export async function refreshSession(ctx: Context, refreshToken: string): Promise<IssuedSession> {
  const em = ctx.em;
  const stored = await em.findOne(RefreshToken, { tokenHash: sha256(refreshToken) }, { populate: ['user', 'tenant'], filters: false });
  if (!stored || stored.revokedAt || stored.expiresAt < new Date()) throw unauthenticated('This session has ended: sign in again');
  if (stored.usedAt) {
    // A rotated token came back: someone holds a copy. End the whole session family.
    await revokeFamily(em, stored.familyId);
    ctx.log.warn({ familyId: stored.familyId, userId: stored.user.id }, 'refresh token reuse: session family revoked');
    throw unauthenticated('This session has ended: sign in again');
  }
  const user = stored.user.getEntity();
  const tenant = stored.tenant?.getEntity() ?? null;
  if (!user.active || tenant?.status === TenantStatus.SUSPENDED) throw unauthenticated('This session has ended: sign in again');

  stored.usedAt = new Date();
  const session = await issueSession(ctx, em, user, stored.familyId);
  recordAudit(ctx, em, { action: 'session.refresh', resourceType: 'User', resourceId: user.id, tenantId: tenant?.id ?? null, actor: { kind: ActorKind.USER, id: user.id } });
  await em.flush();
  return session;
}

export async function logout(ctx: Context, input: LogoutInput): Promise<boolean> {
  const em = ctx.em;
  let userId: string | null = null;
  let tenantId: string | null = null;
  let familyId: string | null = null;
  if (input.refreshToken) {
    const stored = await em.findOne(RefreshToken, { tokenHash: sha256(input.refreshToken) }, { filters: false });
    if (stored && !stored.revokedAt) {
      userId = stored.user.id;
      tenantId = stored.tenant?.id ?? null;
      familyId = stored.familyId;
    }
  }
  if (input.everywhere) {
    if (ctx.viewer.kind !== 'user') throw unauthenticated('Sign in to end all your sessions');
    userId = ctx.viewer.userId;
    tenantId = ctx.viewer.tenantId;
  }
  if (!userId) return false;

  await em.transactional(async (tx) => {
    if (input.everywhere) {
      await revokeAllForUser(tx, userId!);
      const user = await tx.findOneOrFail(User, { id: userId! }, { filters: false });
      user.authVersion++; // access tokens already out stop working now
    } else if (familyId) {
      await revokeFamily(tx, familyId);
    }
    recordAudit(ctx, tx, { action: input.everywhere ? 'session.logout_everywhere' : 'session.logout', resourceType: 'User', resourceId: userId, tenantId, actor: { kind: ActorKind.USER, id: userId } });
  });
  if (input.everywhere) ctx.services.events.publish(Topic.AUTH_CHANGED, { userId, tenantId });
  return true;
}
