// Invitations and password resets. The token is returned to the admin who asked, and e-mailed
// to the user by the mail module (after commit, from the `user.invited` /
// `user.password_reset_requested` domain events).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { randomToken, sha256 } from '../../auth/secrets.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { OneTimePurpose, OneTimeToken } from './session.entities.js';

export const TTL_HOURS: Record<OneTimePurpose, number> = {
  [OneTimePurpose.INVITATION]: 7 * 24,
  [OneTimePurpose.PASSWORD_RESET]: 1,
};

export interface IssuedOneTimeToken {
  token: string;
  expiresAt: Date;
}

/** Persist a new token in `em` (the caller flushes); earlier unused tokens of that purpose are voided. */
export async function issueOneTimeToken(ctx: Context, em: EntityManager, user: User, purpose: OneTimePurpose): Promise<IssuedOneTimeToken> {
  await em.nativeUpdate(OneTimeToken, { user: user.id, purpose, usedAt: null }, { usedAt: new Date() });
  const token = `${purpose === OneTimePurpose.INVITATION ? 'inv' : 'pwr'}_${randomToken(32)}`;
  const expiresAt = new Date(Date.now() + TTL_HOURS[purpose] * 3600 * 1000);
  const tenantId = user.tenant?.id ?? null;
  em.persist(
    Object.assign(new OneTimeToken(), {
      tenant: tenantId ? em.getReference(Tenant, tenantId) : null,
      user: em.getReference(User, user.id),
      purpose,
      tokenHash: sha256(token),
      expiresAt,
      createdBy: ctx.viewer.kind === 'user' ? em.getReference(User, ctx.viewer.userId) : null,
    }),
  );
  return { token, expiresAt };
}

/** Mark a valid token used and return its user, or refuse with BAD_USER_INPUT. */
export async function consumeOneTimeToken(em: EntityManager, token: string, purpose: OneTimePurpose): Promise<User> {
  const row = await em.findOne(OneTimeToken, { tokenHash: sha256(token), purpose }, { populate: ['user', 'tenant'], filters: false });
  if (!row || row.usedAt || row.expiresAt < new Date()) throw badInput('This link is invalid or has expired: ask for a new one', 'token');
  row.usedAt = new Date();
  return row.user.getEntity();
}
