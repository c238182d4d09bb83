// Writes of the SLA settings: calendars (upsert, delete, holidays from .ics) and policies (create,
// update, delete, reorder), each with its audit row in the same flush. Another tenant's id is
// NOT_FOUND exactly like an unknown one (the request's tenant filter hides it).
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, conflict, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { staffTenantOf } from '../../auth/viewer.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import { domainEvent } from '../../events/domain-events.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { Queue } from '../routing/queue.entity.js';
import { BusinessCalendarEntity } from './business-calendar.entity.js';
import { SlaPolicy } from './sla-policy.entity.js';
import { IcsError, parseIcsHolidays } from './ics-holidays.js';
import { cleanConditions, cleanHolidays, cleanName, cleanShare, cleanTarget, cleanTimezone, cleanWeeklyHours, MAX_HOLIDAYS } from './sla.validation.js';
import type { CreateSlaPolicyInput, ImportHolidaysInput, UpdateSlaPolicyInput, UpsertBusinessCalendarInput } from './sla.inputs.js';

const MAX_ICS_BYTES = 1_000_000;

/** After commit: the open tickets of the tenant are recomputed (sla.listeners.ts). Empty ids: a calendar changed. */
function settingsChanged(ctx: Context, tenantId: string, policyIds: string[]): void {
  ctx.services.domainEvents.emit([domainEvent('sla.policies_changed', tenantId, { policyIds })]);
}

function myTenant(ctx: Context): string {
  const tenantId = staffTenantOf(ctx.viewer);
  if (ctx.viewer.kind !== 'user' && ctx.viewer.kind !== 'apiKey') throw forbidden();
  if (!tenantId) throw badInput('SLA settings belong to a tenant: sign in as a member of it');
  return tenantId;
}

const calendarSnapshot = (c: BusinessCalendarEntity) => ({ name: c.name, timezone: c.timezone, weeklyHours: c.weeklyHours, holidays: c.holidays.length });

async function findCalendar(em: EntityManager, id: string): Promise<BusinessCalendarEntity> {
  const c = isUuid(id) ? await em.findOne(BusinessCalendarEntity, { id }) : null;
  if (!c) throw notFound('Business calendar');
  return c;
}

async function assertQueue(em: EntityManager, queueId: string, field: string) {
  if (!isUuid(queueId) || !(await em.count(Queue, { id: queueId }))) throw badInput(`no queue ${queueId} in this tenant`, field);
}

export async function upsertBusinessCalendar(ctx: Context, input: UpsertBusinessCalendarInput): Promise<string> {
  const tenantId = myTenant(ctx);
  const timezone = cleanTimezone(input.timezone);
  const weeklyHours = cleanWeeklyHours(input.weeklyHours);
  const holidays = input.holidays ? cleanHolidays(input.holidays) : null;
  const em = ctx.em;
  let calendar: BusinessCalendarEntity | null;
  if (input.id) {
    calendar = await findCalendar(em, input.id);
    if (input.queueId !== undefined && (input.queueId ?? null) !== (calendar.queue?.id ?? null)) throw badInput('a calendar keeps its queue: address the other queue’s calendar by queueId', 'queueId');
  } else {
    if (input.queueId) await assertQueue(em, input.queueId, 'queueId');
    calendar = await em.findOne(BusinessCalendarEntity, { queue: input.queueId ?? null });
  }
  const created = !calendar;
  if (!calendar) {
    calendar = Object.assign(new BusinessCalendarEntity(), { tenant: em.getReference(Tenant, tenantId), queue: input.queueId ? em.getReference(Queue, input.queueId) : null });
    em.persist(calendar);
  }
  const before = created ? null : calendarSnapshot(calendar);
  calendar.name = cleanName(input.name, calendar.name);
  calendar.timezone = timezone;
  calendar.weeklyHours = weeklyHours;
  if (holidays) calendar.holidays = holidays;
  const after = calendarSnapshot(calendar);
  recordAudit(ctx, em, { action: created ? 'business_calendar.created' : 'business_calendar.updated', resourceType: 'BusinessCalendar', resourceId: calendar.id, tenantId, ...(before ? diff(before, after) : { after }) });
  try {
    await em.flush();
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw conflict('That queue already has a calendar');
    throw e;
  }
  settingsChanged(ctx, tenantId, []);
  return calendar.id;
}

export async function deleteBusinessCalendar(ctx: Context, id: string): Promise<string> {
  const tenantId = myTenant(ctx);
  const calendar = await findCalendar(ctx.em, id);
  if (!calendar.queue) throw badInput('the tenant’s default calendar cannot be deleted (change it instead)', 'id');
  recordAudit(ctx, ctx.em, { action: 'business_calendar.deleted', resourceType: 'BusinessCalendar', resourceId: calendar.id, tenantId, before: calendarSnapshot(calendar) });
  ctx.em.remove(calendar);
  await ctx.em.flush();
  settingsChanged(ctx, tenantId, []);
  return calendar.id;
}

export async function importHolidays(ctx: Context, input: ImportHolidaysInput, now: Date): Promise<{ calendarId: string; imported: number; recurrenceIgnored: number }> {
  const tenantId = myTenant(ctx);
  const calendar = await findCalendar(ctx.em, input.calendarId);
  if (Buffer.byteLength(input.ics, 'utf8') > MAX_ICS_BYTES) throw badInput('the file is larger than 1 MB', 'ics');
  let parsed;
  try {
    parsed = parseIcsHolidays(input.ics, calendar.timezone, now.getUTCFullYear() + 5);
  } catch (e) {
    if (e instanceof IcsError) throw badInput(e.message, 'ics');
    throw e;
  }
  if (!parsed.holidays.length) throw badInput('the file has no events (VEVENT with DTSTART)', 'ics');
  const merged = new Map((input.replace ? [] : calendar.holidays).map((h) => [h.date, h.name]));
  for (const h of parsed.holidays) merged.set(h.date, h.name);
  if (merged.size > MAX_HOLIDAYS) throw badInput(`a calendar holds at most ${MAX_HOLIDAYS} holidays`, 'ics');
  const before = calendar.holidays.length;
  calendar.holidays = [...merged].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
  recordAudit(ctx, ctx.em, { action: 'business_calendar.holidays_imported', resourceType: 'BusinessCalendar', resourceId: calendar.id, tenantId, before: { holidays: before }, after: { holidays: calendar.holidays.length, replace: !!input.replace } });
  await ctx.em.flush();
  settingsChanged(ctx, tenantId, []);
  return { calendarId: calendar.id, imported: parsed.holidays.length, recurrenceIgnored: parsed.recurrenceIgnored };
}

const policySnapshot = (p: SlaPolicy) => ({
  name: p.name,
  enabled: p.enabled,
  conditions: p.conditions,
  firstResponseMinutes: p.firstResponseMinutes,
  nextResponseMinutes: p.nextResponseMinutes,
  resolutionMinutes: p.resolutionMinutes,
  businessHours: p.businessHours,
  calendarId: p.calendar?.id ?? null,
  atRiskShare: p.atRiskShare,
});

async function findPolicy(em: EntityManager, id: string): Promise<SlaPolicy> {
  const p = isUuid(id) ? await em.findOne(SlaPolicy, { id }) : null;
  if (!p) throw notFound('SLA policy');
  return p;
}

async function checkReferences(em: EntityManager, p: SlaPolicy) {
  for (const q of p.conditions.queueIds ?? []) await assertQueue(em, q, 'conditions.queueIds');
  if (p.calendar && !(isUuid(p.calendar.id) && (await em.count(BusinessCalendarEntity, { id: p.calendar.id })))) throw badInput('no such calendar in this tenant', 'calendarId');
}

export async function createSlaPolicy(ctx: Context, input: CreateSlaPolicyInput): Promise<string> {
  const tenantId = myTenant(ctx);
  const em = ctx.em;
  const last = await em.findOne(SlaPolicy, {}, { orderBy: { position: 'desc' } });
  const policy = Object.assign(new SlaPolicy(), {
    tenant: em.getReference(Tenant, tenantId),
    name: cleanName(input.name, ''),
    position: (last?.position ?? -1) + 1,
    enabled: input.enabled ?? true,
    conditions: cleanConditions(input.conditions),
    firstResponseMinutes: cleanTarget(input.firstResponseMinutes, 'firstResponseMinutes'),
    nextResponseMinutes: cleanTarget(input.nextResponseMinutes, 'nextResponseMinutes'),
    resolutionMinutes: cleanTarget(input.resolutionMinutes, 'resolutionMinutes'),
    businessHours: input.businessHours ?? true,
    calendar: input.calendarId ? em.getReference(BusinessCalendarEntity, input.calendarId) : null,
    atRiskShare: cleanShare(input.atRiskShare),
  });
  if (!policy.name) throw badInput('name must be 1–100 characters', 'name');
  await checkReferences(em, policy);
  em.persist(policy);
  recordAudit(ctx, em, { action: 'sla_policy.created', resourceType: 'SlaPolicy', resourceId: policy.id, tenantId, after: policySnapshot(policy) });
  await em.flush();
  settingsChanged(ctx, tenantId, [policy.id]);
  return policy.id;
}

export async function updateSlaPolicy(ctx: Context, input: UpdateSlaPolicyInput): Promise<string> {
  const tenantId = myTenant(ctx);
  const em = ctx.em;
  const policy = await findPolicy(em, input.id);
  const before = policySnapshot(policy);
  if (input.name !== undefined) policy.name = cleanName(input.name ?? '', policy.name);
  if (input.enabled != null) policy.enabled = input.enabled;
  if (input.conditions !== undefined) policy.conditions = cleanConditions(input.conditions);
  if (input.firstResponseMinutes !== undefined) policy.firstResponseMinutes = cleanTarget(input.firstResponseMinutes, 'firstResponseMinutes');
  if (input.nextResponseMinutes !== undefined) policy.nextResponseMinutes = cleanTarget(input.nextResponseMinutes, 'nextResponseMinutes');
  if (input.resolutionMinutes !== undefined) policy.resolutionMinutes = cleanTarget(input.resolutionMinutes, 'resolutionMinutes');
  if (input.businessHours != null) policy.businessHours = input.businessHours;
  if (input.calendarId !== undefined) policy.calendar = input.calendarId ? em.getReference(BusinessCalendarEntity, input.calendarId, { wrapped: true }) : null;
  if (input.atRiskShare !== undefined) policy.atRiskShare = cleanShare(input.atRiskShare);
  await checkReferences(em, policy);
  recordAudit(ctx, em, { action: 'sla_policy.updated', resourceType: 'SlaPolicy', resourceId: policy.id, tenantId, ...diff(before, policySnapshot(policy)) });
  await em.flush();
  settingsChanged(ctx, tenantId, [policy.id]);
  return policy.id;
}

export async function deleteSlaPolicy(ctx: Context, id: string): Promise<string> {
  const tenantId = myTenant(ctx);
  const policy = await findPolicy(ctx.em, id);
  recordAudit(ctx, ctx.em, { action: 'sla_policy.deleted', resourceType: 'SlaPolicy', resourceId: policy.id, tenantId, before: policySnapshot(policy) });
  ctx.em.remove(policy);
  await ctx.em.flush();
  settingsChanged(ctx, tenantId, [policy.id]);
  return policy.id;
}

/** `ids` must name every policy of the tenant exactly once (so two admins reordering at once cannot lose one). */
export async function reorderSlaPolicies(ctx: Context, ids: string[]): Promise<void> {
  const tenantId = myTenant(ctx);
  const em = ctx.em;
  await em.transactional(async (tx) => {
    const all = await tx.find(SlaPolicy, {}, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const byId = new Map(all.map((p) => [p.id, p]));
    if (new Set(ids).size !== ids.length || ids.length !== all.length || !ids.every((id) => byId.has(id))) {
      throw badInput('ids must list every SLA policy of the tenant exactly once', 'ids');
    }
    const before = all.sort((a, b) => a.position - b.position).map((p) => p.id);
    ids.forEach((id, position) => (byId.get(id)!.position = position));
    recordAudit(ctx, tx, { action: 'sla_policy.reordered', resourceType: 'SlaPolicy', tenantId, before: { order: before }, after: { order: ids } });
  });
  settingsChanged(ctx, tenantId, ids);
}
