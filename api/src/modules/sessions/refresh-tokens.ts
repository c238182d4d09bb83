// Rotating refresh tokens: each use returns a new token of the same family; presenting a used
// token again means it leaked, and the whole family is revoked.
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { randomToken, sha256 } from '../../auth/secrets.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { RefreshToken } from './session.entities.js';

export const REFRESH_TTL_DAYS = 30;

export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
  userId: string;
  tenantId: string | null;
}

/** Persist a refresh token in `em` (flushed by the caller's transaction) and sign an access token. */
export async function issueSession(ctx: Context, em: EntityManager, user: User, familyId: string = randomUUID()): Promise<IssuedSession> {
  const refreshToken = `rt_${randomToken(32)}`;
  const tenantId = user.tenant?.id ?? null;
  const refreshExpiresAt = new Date(Date.now() + REFRESH_TTL_DAYS * 24 * 3600 * 1000);
  em.persist(
    Object.assign(new RefreshToken(), {
      user: em.getReference(User, user.id),
      tenant: tenantId ? em.getReference(Tenant, tenantId) : null,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshExpiresAt,
      ip: ctx.ip,
      userAgent: ctx.userAgent?.slice(0, 500) ?? null,
    }),
  );
  const { token, expiresAt } = await ctx.services.tokens.issueAccess({ userId: user.id, tenantId, role: user.role, version: user.authVersion });
  return { accessToken: token, expiresAt, refreshToken, refreshExpiresAt, userId: user.id, tenantId };
}

export async function revokeFamily(em: EntityManager, familyId: string): Promise<void> {
  await em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: new Date() });
}

export async function revokeAllForUser(em: EntityManager, userId: string): Promise<void> {
  await em.nativeUpdate(RefreshToken, { user: userId, revokedAt: null }, { revokedAt: new Date() });
}
