// Staff users: creation (invited, or with a password at sign-up), edits, deactivation.
import { escapeLike } from '../../graphql/planner/sql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, conflict, forbidden, notFound } from '../../errors.js';
import { hashPassword } from '../../auth/passwords.js';
import { randomToken } from '../../auth/secrets.js';
import { Topic } from '../../events/topics.js';
import { isUuid } from '../../graphql/ids.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import { issueOneTimeToken } from '../sessions/one-time-tokens.js';
import { OneTimePurpose } from '../sessions/session.entities.js';
import { revokeAllForUser } from '../sessions/refresh-tokens.js';
import { Availability, User } from './user.entity.js';
import { Role } from '../../permissions/roles.js';
import { publishPresence } from '../presence/presence.service.js';
import { domainEvent } from '../../events/domain-events.js';
import type { CreateUserInput, UpdateMyProfileInput, UpdateUserInput } from './user.inputs.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function cleanName(name: string, field = 'displayName'): string {
  const n = name.trim();
  if (!n || n.length > 200) throw badInput(`${field} must be 1–200 characters`, field);
  return n;
}

/** An avatar: an absolute https URL of at most 500 characters; '' (or only blanks) removes it. */
export function cleanAvatarUrl(raw: string): string | null {
  const v = raw.trim();
  if (!v) return null;
  if (v.length > 500) throw badInput('avatarUrl must be at most 500 characters', 'avatarUrl');
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw badInput('avatarUrl must be an https URL', 'avatarUrl');
  }
  if (url.protocol !== 'https:' || !url.hostname || !v.startsWith('https://') || /\s/.test(v)) throw badInput('avatarUrl must be an https URL', 'avatarUrl');
  return v;
}

function cleanCapacity(n: number | undefined | null): number | undefined {
  if (n === undefined || n === null) return undefined;
  if (!Number.isInteger(n) || n < 0 || n > 100) throw badInput('maxConcurrentChats must be between 0 and 100', 'maxConcurrentChats');
  return n;
}

/** Create a staff user in `tenant` (not flushed). Without a password the user is invited. */
export async function createStaffUser(
  em: EntityManager,
  tenant: Tenant,
  input: { email: string; displayName: string; role: Role; team?: string | null; maxConcurrentChats?: number | null; password?: string },
): Promise<User> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 320) throw badInput('email is not a valid e-mail address', 'email');
  if (input.role === Role.PLATFORM_ADMIN) throw badInput('Platform admins cannot belong to a tenant', 'role');
  const taken = await em.count(User, { tenant: tenant.id, email: { $ilike: escapeLike(email) } }, { filters: false });
  if (taken) throw conflict(`A user with the e-mail ${email} already exists in this tenant`);
  const user = Object.assign(new User(), {
    tenant: em.getReference(Tenant, tenant.id),
    email,
    displayName: cleanName(input.displayName),
    role: input.role,
    team: input.team?.trim() || null,
    // An invited user has no usable password until the invitation is accepted.
    passwordHash: await hashPassword(input.password ?? randomToken(32)),
    ...(cleanCapacity(input.maxConcurrentChats) !== undefined && { maxConcurrentChats: input.maxConcurrentChats! }),
  });
  em.persist(user);
  return user;
}

const snapshot = (u: User) => ({
  displayName: u.displayName,
  role: u.role,
  team: u.team,
  avatarUrl: u.avatarUrl,
  availability: u.availability,
  maxConcurrentChats: u.maxConcurrentChats,
  active: u.active,
});

async function loadUser(ctx: Context, id: string): Promise<User> {
  // The request's tenant filter keeps other tenants' users out (NOT_FOUND); platform admins,
  // who have no tenant, look across tenants explicitly.
  const platform = ctx.viewer.kind === 'user' && !ctx.viewer.tenantId;
  const user = isUuid(id) ? await ctx.em.findOne(User, { id }, platform ? { filters: false } : {}) : null;
  if (!user) throw notFound('User');
  return user;
}

/** The caller's tenant for user administration (platform admins must name one). */
async function tenantFor(ctx: Context, tenantId?: string | null): Promise<Tenant> {
  const v = ctx.viewer;
  const id = v.kind === 'user' || v.kind === 'apiKey' ? (v.tenantId ?? tenantId) : null;
  if (v.kind !== 'anonymous' && v.tenantId && tenantId && tenantId !== v.tenantId) throw notFound('Tenant');
  if (!id) throw badInput('Name the tenant (`tenantId`) to act on', 'tenantId');
  const tenant = isUuid(id) ? await ctx.em.findOne(Tenant, { id }) : null;
  if (!tenant) throw notFound('Tenant');
  return tenant;
}

/** Only tenant admins (and platform admins) may hand out or take away the admin role. */
function assertMayGrant(ctx: Context, role: Role) {
  if (ctx.viewer.kind === 'user' && (ctx.viewer.role === Role.TENANT_ADMIN || ctx.viewer.role === Role.PLATFORM_ADMIN)) return;
  if (role === Role.TENANT_ADMIN) throw forbidden('Only admins can grant the admin role');
}

async function assertNotLastAdmin(ctx: Context, user: User) {
  if (user.role !== Role.TENANT_ADMIN || !user.active) return;
  const admins = await ctx.em.count(User, { tenant: user.tenant!.id, role: Role.TENANT_ADMIN, active: true }, { filters: false });
  if (admins <= 1) throw conflict('A tenant needs at least one active admin');
}

export async function createUser(ctx: Context, input: CreateUserInput) {
  const tenant = await tenantFor(ctx, input.tenantId);
  assertMayGrant(ctx, input.role);
  const em = ctx.em;
  const user = await createStaffUser(em, tenant, input);
  const invitation = await issueOneTimeToken(ctx, em, user, OneTimePurpose.INVITATION);
  recordAudit(ctx, em, { action: 'user.created', resourceType: 'User', resourceId: user.id, tenantId: tenant.id, after: { email: user.email, ...snapshot(user) } });
  await em.flush();
  // After commit: the mail module sends the invitation (the token travels in-process only).
  ctx.services.domainEvents.emit([invitedEvent(user, tenant, invitation)]);
  return { userId: user.id, tenantId: tenant.id, invitation };
}

/** `user.invited` for a user just invited to `tenant` (emit after commit). */
export const invitedEvent = (user: User, tenant: Tenant, invitation: { token: string; expiresAt: Date }) =>
  domainEvent('user.invited', tenant.id, { userId: user.id, email: user.email, displayName: user.displayName, tenantName: tenant.name, invitedByName: null, token: invitation.token, expiresAt: invitation.expiresAt.toISOString() });

export async function updateUser(ctx: Context, input: UpdateUserInput) {
  const em = ctx.em;
  const user = await loadUser(ctx, input.id);
  const before = snapshot(user);
  if (input.displayName !== undefined && input.displayName !== null) user.displayName = cleanName(input.displayName);
  if (input.team !== undefined) user.team = input.team?.trim() || null;
  const capacity = cleanCapacity(input.maxConcurrentChats);
  if (capacity !== undefined) user.maxConcurrentChats = capacity;
  if (input.availability) user.availability = input.availability;
  if (input.role && input.role !== user.role) {
    if (input.role === Role.PLATFORM_ADMIN || user.role === Role.PLATFORM_ADMIN) throw badInput('The platform admin role cannot be granted or removed here', 'role');
    assertMayGrant(ctx, input.role);
    assertMayGrant(ctx, user.role);
    await assertNotLastAdmin(ctx, user);
    user.role = input.role;
    user.authVersion++; // tokens carry the role: old ones must go
  }
  const changes = diff(before, snapshot(user));
  if (before.availability !== user.availability) await clearSilencedAvailability(em, user.id);
  // Recorded even when nothing changed: the caller did ask.
  recordAudit(ctx, em, { action: 'user.updated', resourceType: 'User', resourceId: user.id, tenantId: user.tenant?.id ?? null, ...changes });
  await em.flush();
  publishUserChange(ctx, user, before.role !== user.role, before);
  return user.id;
}

export async function setUserActive(ctx: Context, id: string, active: boolean) {
  const em = ctx.em;
  const user = await loadUser(ctx, id);
  if (ctx.viewer.kind === 'user' && ctx.viewer.userId === user.id && !active) throw badInput('You cannot deactivate yourself', 'id');
  if (user.active === active) return user.id;
  if (!active) await assertNotLastAdmin(ctx, user);
  assertMayGrant(ctx, user.role);
  const previous = { availability: user.availability, maxConcurrentChats: user.maxConcurrentChats };
  user.active = active;
  user.authVersion++;
  if (!active) {
    user.availability = Availability.OFFLINE;
    await revokeAllForUser(em, user.id);
  }
  recordAudit(ctx, em, { action: active ? 'user.reactivated' : 'user.deactivated', resourceType: 'User', resourceId: user.id, tenantId: user.tenant?.id ?? null, before: { active: !active }, after: { active } });
  await em.flush();
  publishUserChange(ctx, user, true, previous);
  return user.id;
}

export async function updateMyProfile(ctx: Context, input: UpdateMyProfileInput) {
  if (ctx.viewer.kind !== 'user') throw forbidden();
  const user = await ctx.em.findOneOrFail(User, { id: ctx.viewer.userId }, { filters: false });
  const before = snapshot(user);
  if (input.displayName !== undefined && input.displayName !== null) user.displayName = cleanName(input.displayName);
  if (input.availability) user.availability = input.availability;
  if (input.avatarUrl !== undefined && input.avatarUrl !== null) user.avatarUrl = cleanAvatarUrl(input.avatarUrl);
  const changes = diff(before, snapshot(user));
  if (before.availability !== user.availability) await clearSilencedAvailability(ctx.em, user.id);
  // Recorded even when nothing changed: the caller did ask.
  recordAudit(ctx, ctx.em, { action: 'user.profile_updated', resourceType: 'User', resourceId: user.id, tenantId: user.tenant?.id ?? null, ...changes });
  await ctx.em.flush();
  publishUserChange(ctx, user, false, before);
  return user.id;
}

function publishUserChange(ctx: Context, user: User, authChanged: boolean, before?: { availability: Availability; maxConcurrentChats: number }) {
  const tenantId = user.tenant?.id ?? null;
  ctx.services.events.publish(Topic.USER_UPDATED, { tenantId, userId: user.id });
  if (authChanged) ctx.services.events.publish(Topic.AUTH_CHANGED, { userId: user.id });
  if (before) publishPresence(ctx.services, { tenantId, userId: user.id, availability: user.availability, previous: before.availability });
  // More room for chats: routing hears it and may assign waiting conversations (ONLINE itself is a presence change).
  if (tenantId && before && user.maxConcurrentChats > before.maxConcurrentChats) ctx.services.domainEvents.emit([domainEvent('user.updated', tenantId, { userId: user.id })]);
}

/** A chosen availability replaces one the presence sweeper had put aside (see presence module). */
async function clearSilencedAvailability(em: EntityManager, userId: string): Promise<void> {
  await em.getConnection().execute('update users set silenced_availability = null where id = ?', [userId], 'run', em.getTransactionContext());
}
