// Rules for changing tenants. Reads go through the planner; writes through the entity.
import { badInput, conflict, notFound, forbidden } from '../../errors.js';
import type { Context } from '../../context.js';
import { Topic } from '../../events/topics.js';
import { domainEvent } from '../../events/domain-events.js';
import { HandoffMode, Tenant, TenantStatus } from './tenant.entity.js';
import { randomToken } from '../../auth/secrets.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import { ActorKind } from '../audit/audit-log.entity.js';
import { createStaffUser, invitedEvent } from '../users/user.service.js';
import { Role } from '../../permissions/roles.js';
import { issueOneTimeToken } from '../sessions/one-time-tokens.js';
import { OneTimePurpose } from '../sessions/session.entities.js';
import { issueSession } from '../sessions/refresh-tokens.js';
import { assertPasswordPolicy } from '../sessions/passwords.js';
import { newWidgetKey } from './widget-key.js';
import { validWordVariants } from './word-variants.js';
import { defaultAssistant, defaultBranding, defaultBusinessHours, SLUG } from './tenant.defaults.js';
import { persistSlaDefaults } from '../sla/sla.defaults.js';
import type { CreateTenantInput, RegisterTenantInput } from './tenant.inputs.js';
import { isUuid } from '../../graphql/ids.js';
import { provisionAutomationDefaults } from '../automation/automation.provisioning.js';
import type { UpdateTenantInput } from './tenant.inputs.js';

const COLOR = /^#[0-9a-fA-F]{6}$/;

function text(value: string | undefined, field: string, max: number, min = 0): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v.length < min || v.length > max) throw badInput(`${field} must be ${min ? `${min}–` : 'at most '}${max} characters`, field);
  return v;
}

function coverageTarget(value: number): number {
  if (!Number.isFinite(value) || value < 0.5 || value > 0.99) throw badInput('assistant.coverageTarget must be 0.5–0.99', 'assistant.coverageTarget');
  return value;
}

function fraction(value: number | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!(value >= 0 && value <= 1)) throw badInput(`${field} must be between 0 and 1`, field);
  return value;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The tenant a caller acts on: their own, or (platform admins) the one they name. */
export function targetTenantId(ctx: Context, requested?: string | null): string {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'user' && viewer.kind !== 'apiKey') throw forbidden();
  if (viewer.tenantId) {
    if (requested && requested !== viewer.tenantId) throw notFound('Tenant');
    return viewer.tenantId;
  }
  if (!requested) throw badInput('Name the tenant (`id`) to act on', 'id');
  return requested;
}

export async function updateTenant(ctx: Context, input: UpdateTenantInput): Promise<string> {
  const id = targetTenantId(ctx, input.id);
  if (!isUuid(id)) throw notFound('Tenant');
  const tenant = await ctx.em.findOne(Tenant, { id });
  if (!tenant) throw notFound('Tenant');
  const before = snapshot(tenant);

  const name = text(input.name, 'name', 200, 1);
  if (name !== undefined) tenant.name = name;
  if (input.timezone !== undefined) {
    if (!isValidTimeZone(input.timezone)) throw badInput('timezone must be an IANA time zone such as Europe/Berlin', 'timezone');
    tenant.timezone = input.timezone;
  }
  if (input.branding) {
    const b = input.branding;
    for (const key of ['primaryColor', 'backgroundColor'] as const) {
      if (b[key] !== undefined && !COLOR.test(b[key]!)) throw badInput(`branding.${key} must be a #rrggbb colour`, `branding.${key}`);
    }
    if (b.position !== undefined && !['left', 'right'].includes(b.position)) throw badInput('branding.position must be left or right', 'branding.position');
    if (b.logoUrl !== undefined && b.logoUrl !== '' && !/^https:\/\/\S{1,2000}$/.test(b.logoUrl)) throw badInput('branding.logoUrl must be an https URL', 'branding.logoUrl');
    tenant.branding = {
      ...tenant.branding,
      ...(b.primaryColor !== undefined && { primaryColor: b.primaryColor.toLowerCase() }),
      ...(b.backgroundColor !== undefined && { backgroundColor: b.backgroundColor.toLowerCase() }),
      ...(b.position !== undefined && { position: b.position as 'left' | 'right' }),
      ...(b.logoUrl !== undefined && { logoUrl: b.logoUrl || null }),
      ...(b.welcomeMessage !== undefined && { welcomeMessage: text(b.welcomeMessage, 'branding.welcomeMessage', 500)! }),
      ...(b.awayMessage !== undefined && { awayMessage: text(b.awayMessage, 'branding.awayMessage', 500, 1)! }),
    };
  }
  if (input.assistant) {
    const a = input.assistant;
    const next = {
      ...tenant.assistant,
      ...(a.name !== undefined && { name: text(a.name, 'assistant.name', 60, 1)! }),
      ...(a.persona !== undefined && { persona: text(a.persona, 'assistant.persona', 2000)! }),
      ...(a.greeting !== undefined && { greeting: text(a.greeting, 'assistant.greeting', 500)! }),
      ...(a.handoffThreshold !== undefined && { handoffThreshold: fraction(a.handoffThreshold, 'assistant.handoffThreshold')! }),
      ...(a.autoResolveThreshold !== undefined && { autoResolveThreshold: fraction(a.autoResolveThreshold, 'assistant.autoResolveThreshold')! }),
      ...(a.model !== undefined && { model: modelName(a.model) }),
      // A manual value given on its own is an override of the calibrated one.
      ...(a.handoffThreshold !== undefined && a.handoffMode == null && { handoffMode: HandoffMode.MANUAL }),
      ...(a.handoffMode != null && { handoffMode: a.handoffMode }),
      ...(a.coverageTarget != null && { coverageTarget: coverageTarget(a.coverageTarget) }),
      // Read by retrieval at the next question (knowledge/query-normalization.ts: tenantQueryTerms).
      ...(a.wordVariants != null && { wordVariants: validWordVariants(a.wordVariants) }),
    };
    if (next.autoResolveThreshold < next.handoffThreshold) throw badInput('assistant.autoResolveThreshold must not be below handoffThreshold', 'assistant.autoResolveThreshold');
    tenant.assistant = next;
  }
  if (input.csat) {
    const c = input.csat;
    tenant.csat = {
      ...tenant.csat,
      ...(c.enabled !== undefined && c.enabled !== null && { enabled: c.enabled }),
      ...(c.question !== undefined && c.question !== null && { question: text(c.question, 'csat.question', 200, 1)! }),
      ...(c.lowLabel !== undefined && c.lowLabel !== null && { lowLabel: text(c.lowLabel, 'csat.lowLabel', 40, 1)! }),
      ...(c.highLabel !== undefined && c.highLabel !== null && { highLabel: text(c.highLabel, 'csat.highLabel', 40, 1)! }),
    };
  }
  if (input.requireIdentityVerification !== undefined && input.requireIdentityVerification !== null) {
    if (input.requireIdentityVerification && !tenant.identitySecretEncrypted) {
      const loaded = await ctx.em.findOne(Tenant, { id }, { populate: ['identitySecretEncrypted'] });
      if (!loaded?.identitySecretEncrypted) throw badInput('Create an identity secret first (rotateIdentitySecret)', 'requireIdentityVerification');
    }
    tenant.requireIdentityVerification = input.requireIdentityVerification;
  }
  if (input.ticketWhenNobodyAvailable !== undefined && input.ticketWhenNobodyAvailable !== null) tenant.ticketWhenNobodyAvailable = input.ticketWhenNobodyAvailable;
  const safelistChanged = input.widgetOperationsSafelisted !== undefined && input.widgetOperationsSafelisted !== null && input.widgetOperationsSafelisted !== tenant.widgetOperationsSafelisted;
  if (safelistChanged) tenant.widgetOperationsSafelisted = input.widgetOperationsSafelisted!;
  const [was, now] = [before.assistant, tenant.assistant] as unknown as Record<string, unknown>[];
  const assistantChanged = Object.keys(now).filter((k) => JSON.stringify(was[k]) !== JSON.stringify(now[k]));
  const changes = diff(before, snapshot(tenant));
  // Recorded even when nothing changed: the caller did ask.
  recordAudit(ctx, ctx.em, { action: 'tenant.updated', resourceType: 'Tenant', resourceId: tenant.id, tenantId: tenant.id, ...changes });
  await ctx.em.flush();
  // Published only after the commit above: a subscriber re-reading the row sees the new values.
  ctx.services.events.publish(Topic.TENANT_UPDATED, { tenantId: tenant.id });
  // E.g. a new coverage target: calibration recalibrates (debounced).
  if (assistantChanged.length) ctx.services.domainEvents.emit([domainEvent('tenant.assistant_changed', tenant.id, { changed: assistantChanged })]);
  // Every instance's cached copy of the setting (auth/auth-state.ts) is dropped at once.
  if (safelistChanged) ctx.services.events.publish(Topic.AUTH_CHANGED, { tenantId: tenant.id });
  return tenant.id;
}

const snapshot = (t: Tenant) => ({
  name: t.name,
  timezone: t.timezone,
  branding: { ...t.branding },
  assistant: { ...t.assistant },
  csat: { ...t.csat },
  requireIdentityVerification: t.requireIdentityVerification,
  ticketWhenNobodyAvailable: t.ticketWhenNobodyAvailable,
  widgetOperationsSafelisted: t.widgetOperationsSafelisted,
});

function validateNewTenant(slug: string, name: string) {
  if (!SLUG.test(slug)) throw badInput('slug must be 2–63 lowercase letters, digits or dashes, starting with a letter or digit', 'slug');
  const n = name.trim();
  if (!n || n.length > 200) throw badInput('name must be 1–200 characters', 'name');
  return n;
}

async function assertSlugFree(ctx: Context, slug: string) {
  if (await ctx.em.count(Tenant, { slug })) throw conflict(`The slug "${slug}" is taken`);
}

function newTenant(slug: string, name: string, timezone?: string) {
  if (timezone && !isValidTimeZone(timezone)) throw badInput('timezone must be an IANA time zone such as Europe/Berlin', 'timezone');
  return Object.assign(new Tenant(), {
    slug,
    name,
    timezone: timezone ?? 'UTC',
    branding: defaultBranding(name),
    assistant: defaultAssistant(),
    businessHours: defaultBusinessHours(),
    widgetKey: newWidgetKey(),
  });
}

/** Platform admins: a new tenant and an invitation for its first admin. */
export async function createTenant(ctx: Context, input: CreateTenantInput) {
  const slug = input.slug.trim().toLowerCase();
  const name = validateNewTenant(slug, input.name);
  await assertSlugFree(ctx, slug);
  const created = await ctx.em.transactional(async (em) => {
    const tenant = newTenant(slug, name, input.timezone);
    em.persist(tenant);
    persistSlaDefaults(em, tenant);
    const admin = await createStaffUser(em, tenant, { email: input.adminEmail, displayName: input.adminName, role: Role.TENANT_ADMIN });
    const invitation = await issueOneTimeToken(ctx, em, admin, OneTimePurpose.INVITATION);
    recordAudit(ctx, em, { action: 'tenant.created', resourceType: 'Tenant', resourceId: tenant.id, tenantId: tenant.id, after: { slug, name, adminEmail: admin.email } });
    await em.flush(); // the default queues and rules reference the tenant row
    await provisionAutomationDefaults(em, tenant.id);
    return { tenantId: tenant.id, invitation, event: invitedEvent(admin, tenant, invitation) };
  });
  ctx.services.domainEvents.emit([created.event]);
  return { tenantId: created.tenantId, invitation: created.invitation };
}

/** Self-service sign-up: a company and its first admin, signed in at once. */
export async function registerTenant(ctx: Context, input: RegisterTenantInput) {
  const slug = input.slug.trim().toLowerCase();
  const name = validateNewTenant(slug, input.companyName);
  assertPasswordPolicy(input.password, input.adminEmail);
  await assertSlugFree(ctx, slug);
  return ctx.em.transactional(async (em) => {
    const tenant = newTenant(slug, name, input.timezone);
    em.persist(tenant);
    persistSlaDefaults(em, tenant);
    const admin = await createStaffUser(em, tenant, { email: input.adminEmail, displayName: input.adminName, role: Role.TENANT_ADMIN, password: input.password });
    admin.lastLoginAt = new Date();
    const session = await issueSession(ctx, em, admin);
    recordAudit(ctx, em, { action: 'tenant.registered', resourceType: 'Tenant', resourceId: tenant.id, tenantId: tenant.id, actor: { kind: ActorKind.USER, id: admin.id }, after: { slug, name, adminEmail: admin.email } });
    await em.flush(); // the default queues and rules reference the tenant row
    await provisionAutomationDefaults(em, tenant.id);
    return { tenantId: tenant.id, session };
  });
}

/** Platform admins: suspend (every user, key, widget and open socket of the tenant is refused at once) or reactivate. */
export async function setTenantStatus(ctx: Context, id: string, status: TenantStatus): Promise<string> {
  const tenant = isUuid(id) ? await ctx.em.findOne(Tenant, { id }) : null;
  if (!tenant) throw notFound('Tenant');
  if (tenant.status !== status) {
    const before = { status: tenant.status };
    tenant.status = status;
    recordAudit(ctx, ctx.em, { action: status === TenantStatus.SUSPENDED ? 'tenant.suspended' : 'tenant.reactivated', resourceType: 'Tenant', resourceId: id, tenantId: id, before, after: { status } });
    await ctx.em.flush();
    ctx.services.events.publish(Topic.AUTH_CHANGED, { tenantId: id });
    ctx.services.events.publish(Topic.TENANT_UPDATED, { tenantId: id });
  }
  return id;
}

/** A new widget identity-verification secret (the old one stops verifying at once). Shown in `identityVerification`. */
export async function rotateIdentitySecret(ctx: Context, requestedId?: string | null): Promise<string> {
  const id = targetTenantId(ctx, requestedId);
  const tenant = isUuid(id) ? await ctx.em.findOne(Tenant, { id }) : null;
  if (!tenant) throw notFound('Tenant');
  tenant.identitySecretEncrypted = ctx.services.secretBox.encrypt(`whs_${randomToken(32)}`);
  recordAudit(ctx, ctx.em, { action: 'tenant.identity_secret_rotated', resourceType: 'Tenant', resourceId: id, tenantId: id, before: { identitySecret: 'old' }, after: { identitySecret: 'new' } });
  await ctx.em.flush();
  return id;
}

/** A Claude model id (`claude-…`), or '' for the deployment default. */
function modelName(raw: string): string | null {
  const m = raw.trim();
  if (!m) return null;
  if (!/^claude-[a-z0-9.-]{1,60}$/.test(m)) throw badInput('assistant.model must be a Claude model id such as claude-sonnet-5-5', 'assistant.model');
  return m;
}
