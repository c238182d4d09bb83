// Password changes, resets and invitations.
import type { Context } from '../../context.js';
import { badInput, notFound, unauthenticated } from '../../errors.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import { Topic } from '../../events/topics.js';
import { isUuid } from '../../graphql/ids.js';
import { Tenant, TenantStatus } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { ActorKind } from '../audit/audit-log.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { OneTimePurpose } from './session.entities.js';
import { assertPasswordPolicy } from './passwords.js';
import { consumeOneTimeToken, issueOneTimeToken } from './one-time-tokens.js';
import { domainEvent } from '../../events/domain-events.js';
import { issueSession, revokeAllForUser, type IssuedSession } from './refresh-tokens.js';
import { findStaffUser } from './session.service.js';
import type { AcceptInvitationInput, ChangeMyPasswordInput, RequestPasswordResetInput, ResetPasswordInput } from './session.types.js';

export async function changeMyPassword(ctx: Context, input: ChangeMyPasswordInput): Promise<IssuedSession> {
  if (ctx.viewer.kind !== 'user') throw unauthenticated();
  const em = ctx.em;
  const user = await em.findOneOrFail(User, { id: ctx.viewer.userId }, { populate: ['passwordHash'], filters: false });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw badInput('The current password is wrong', 'currentPassword');
  assertPasswordPolicy(input.newPassword, user.email, 'newPassword');
  user.passwordHash = await hashPassword(input.newPassword);
  user.authVersion++; // other devices must sign in again
  await revokeAllForUser(em, user.id);
  const session = await issueSession(ctx, em, user);
  recordAudit(ctx, em, { action: 'user.password_changed', resourceType: 'User', resourceId: user.id, tenantId: user.tenant?.id ?? null, before: { passwordHash: 'old' }, after: { passwordHash: 'new' } });
  await em.flush();
  ctx.services.events.publish(Topic.AUTH_CHANGED, { userId: user.id, tenantId: user.tenant?.id ?? null });
  return session;
}

/** `user.password_reset_requested` (emit after commit). Platform users have no tenant: ''. */
const resetEvent = (user: User, tenantSlug: string | null, link: { token: string; expiresAt: Date }) =>
  domainEvent('user.password_reset_requested', user.tenant?.id ?? '', { userId: user.id, email: user.email, displayName: user.displayName, tenantSlug, token: link.token, expiresAt: link.expiresAt.toISOString() });

/** Admin: a reset link for one of their users (returned to the admin, and e-mailed to the user). */
export async function createPasswordReset(ctx: Context, userId: string) {
  const em = ctx.em;
  const user = isUuid(userId) ? await em.findOne(User, { id: userId }) : null; // tenant filter: own tenant only
  if (!user) throw notFound('User');
  const link = await issueOneTimeToken(ctx, em, user, OneTimePurpose.PASSWORD_RESET);
  recordAudit(ctx, em, { action: 'user.password_reset_created', resourceType: 'User', resourceId: user.id, tenantId: user.tenant?.id ?? null });
  await em.flush();
  ctx.services.domainEvents.emit([resetEvent(user, null, link)]);
  return link;
}

/** Anyone: always answers ok (no enumeration); a known user gets a reset message through the mailer. */
export async function requestPasswordReset(ctx: Context, input: RequestPasswordResetInput): Promise<boolean> {
  const em = ctx.em;
  const tenant = input.tenantSlug ? await em.findOne(Tenant, { slug: input.tenantSlug.trim().toLowerCase() }) : null;
  if (input.tenantSlug && (!tenant || tenant.status !== TenantStatus.ACTIVE)) return true;
  const user = await findStaffUser(em, input.email, tenant);
  if (!user || !user.active) return true;
  const link = await issueOneTimeToken(ctx, em, user, OneTimePurpose.PASSWORD_RESET);
  recordAudit(ctx, em, { action: 'user.password_reset_requested', resourceType: 'User', resourceId: user.id, tenantId: tenant?.id ?? null, actor: { kind: ActorKind.ANONYMOUS, id: null } });
  await em.flush();
  // After commit: the mail module sends the link (the token travels in-process only).
  ctx.services.domainEvents.emit([resetEvent(user, tenant?.slug ?? null, link)]);
  return true;
}

export async function resetPassword(ctx: Context, input: ResetPasswordInput): Promise<boolean> {
  const em = ctx.em;
  let changed: User | null = null;
  await em.transactional(async (tx) => {
    const user = await consumeOneTimeToken(tx, input.token, OneTimePurpose.PASSWORD_RESET);
    assertPasswordPolicy(input.newPassword, user.email, 'newPassword');
    user.passwordHash = await hashPassword(input.newPassword);
    user.authVersion++;
    await revokeAllForUser(tx, user.id);
    recordAudit(ctx, tx, { action: 'user.password_reset', resourceType: 'User', resourceId: user.id, tenantId: user.tenant?.id ?? null, actor: { kind: ActorKind.USER, id: user.id }, before: { passwordHash: 'old' }, after: { passwordHash: 'new' } });
    changed = user;
  });
  const user = changed as User | null;
  if (user) ctx.services.events.publish(Topic.AUTH_CHANGED, { userId: user.id, tenantId: user.tenant?.id ?? null });
  return true;
}

export async function acceptInvitation(ctx: Context, input: AcceptInvitationInput): Promise<IssuedSession> {
  const em = ctx.em;
  return em.transactional(async (tx) => {
    const user = await consumeOneTimeToken(tx, input.token, OneTimePurpose.INVITATION);
    assertPasswordPolicy(input.password, user.email);
    if (input.displayName !== undefined && input.displayName !== null) { // null: keep the name the inviter gave
      const name = input.displayName.trim();
      if (!name || name.length > 200) throw badInput('displayName must be 1–200 characters', 'displayName');
      user.displayName = name;
    }
    user.passwordHash = await hashPassword(input.password);
    user.lastLoginAt = new Date();
    recordAudit(ctx, tx, { action: 'user.invitation_accepted', resourceType: 'User', resourceId: user.id, tenantId: user.tenant?.id ?? null, actor: { kind: ActorKind.USER, id: user.id } });
    return issueSession(ctx, tx, user);
  });
}
