// Meetings' rules and writes: scheduling (with the conflict check), changes, cancellation,
// completion, answers, callbacks. Writes on the request's EntityManager; after commit the realtime
// topic, the domain event and the reminder timer (meeting-reminders.ts).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import type { AppServices } from '../../services.js';
import { badInput, conflict, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { Topic } from '../../events/topics.js';
import { domainEvent, type ActorFacts, type DomainEventName, type MeetingFacts } from '../../events/domain-events.js';
import { requireStaffTenant, hasPermission } from '../../auth/viewer.js';
import { recordAudit } from '../audit/audit.service.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { isValidTimeZone } from '../sla/business-time.js';
import { AttendeeResponse, Meeting, MeetingAttendee, MeetingStatus, MeetingType } from './meeting.entity.js';
import type { ScheduleMeetingInput, UpdateMeetingInput } from './meeting.inputs.js';
import { formatRule, occurrenceCount, occurrencesBetween, parseRule, RecurrenceError, seriesEnd, MAX_OCCURRENCES, type Series } from './recurrence.js';
import { busyRows } from './meeting.reads.js';
import { scheduleReminder } from './meeting-reminders.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How far ahead an endless series is checked for conflicts. */
const ENDLESS_HORIZON = 366 * DAY;
const MAX_DURATION = DAY;

export interface ConflictInfo {
  meetingId: string;
  meetingTitle: string;
  userId: string | null;
  contactId: string | null;
  attendeeName: string;
  startsAt: string;
  endsAt: string;
}

/** Two half-open intervals overlap: touching (10–11 and 11–12) does not. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The attendees' other meetings that overlap an occurrence of `series` (cancelled meetings and
 * declined invitations do not block). One statement; recurrences of both sides expanded.
 */
export async function findConflicts(services: AppServices, tenantId: string, series: Series, userIds: string[], contactIds: string[], excludeMeetingId: string | null): Promise<ConflictInfo[]> {
  const from = series.startsAt.getTime();
  const end = seriesEnd(series);
  const to = end ? end.getTime() : from + ENDLESS_HORIZON;
  const rows = await busyRows(services, tenantId, userIds, contactIds, new Date(from), new Date(to), excludeMeetingId);
  if (!rows.length) return [];
  const mine = occurrencesBetween(series, from, to);
  const out: ConflictInfo[] = [];
  for (const r of rows) {
    const theirs = occurrencesBetween({ startsAt: r.starts_at, endsAt: r.ends_at, timezone: r.timezone, recurrence: r.recurrence, exceptionDates: r.exception_dates }, from, to);
    // Both lists are sorted: walk them together.
    let i = 0;
    let j = 0;
    while (i < mine.length && j < theirs.length) {
      if (overlaps(mine[i], theirs[j])) {
        out.push({ meetingId: r.id, meetingTitle: r.title, userId: r.user_id, contactId: r.contact_id, attendeeName: r.attendee_name, startsAt: new Date(theirs[j].start).toISOString(), endsAt: new Date(theirs[j].end).toISOString() });
        break;
      }
      if (mine[i].end <= theirs[j].end) i++;
      else j++;
    }
  }
  return out.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export function conflictError(conflicts: ConflictInfo[]) {
  const c = conflicts[0];
  const more = conflicts.length > 1 ? ` (and ${conflicts.length - 1} more)` : '';
  return conflict(`${c.attendeeName} is busy: “${c.meetingTitle}” (${c.startsAt} – ${c.endsAt}) overlaps${more}. Choose another time or pass allowConflicts: true.`, {
    meetingId: c.meetingId,
    meetingTitle: c.meetingTitle,
    attendeeName: c.attendeeName,
    attendeeUserId: c.userId,
    attendeeContactId: c.contactId,
    conflicts,
  });
}

function actorOf(ctx: Context): ActorFacts {
  const v = ctx.viewer;
  if (v.kind === 'user') return { kind: 'USER', id: v.userId };
  if (v.kind === 'apiKey') return { kind: 'API_KEY', id: v.apiKeyId };
  return { kind: 'SYSTEM', id: null };
}

function cleanTitle(t: string | null | undefined): string {
  const s = (t ?? '').trim();
  if (!s || s.length > 200) throw badInput('title must be 1–200 characters', 'title');
  return s;
}

function cleanUrl(u: string | null | undefined): string | null {
  const s = (u ?? '').trim();
  if (!s) return null;
  try {
    const url = new URL(s);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
  } catch {
    throw badInput('meetingUrl must be an http(s) URL', 'meetingUrl');
  }
  if (s.length > 2000) throw badInput('meetingUrl is too long', 'meetingUrl');
  return s;
}

const cleanText = (s: string | null | undefined, field: string, max: number): string | null => {
  const t = (s ?? '').trim();
  if (t.length > max) throw badInput(`${field} is too long (at most ${max} characters)`, field);
  return t || null;
};

function checkTimes(startsAt: Date, endsAt: Date) {
  if (!(startsAt instanceof Date) || Number.isNaN(startsAt.getTime())) throw badInput('startsAt is not a date', 'startsAt');
  if (!(endsAt instanceof Date) || Number.isNaN(endsAt.getTime())) throw badInput('endsAt is not a date', 'endsAt');
  if (endsAt.getTime() <= startsAt.getTime()) throw badInput('endsAt must be after startsAt', 'endsAt');
  if (endsAt.getTime() - startsAt.getTime() > MAX_DURATION) throw badInput('a meeting lasts at most 24 hours', 'endsAt');
}

function checkTimezone(tz: string) {
  if (!isValidTimeZone(tz)) throw badInput(`unknown time zone "${tz}" (use an IANA name such as Europe/Berlin)`, 'timezone');
}

function checkReminder(n: number) {
  if (!Number.isInteger(n) || n < 0 || n > 10080) throw badInput('reminderMinutes must be 0–10080', 'reminderMinutes');
}

function cleanRecurrence(text: string | null | undefined, startsAt: Date, endsAt: Date, timezone: string): string | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  let canonical: string;
  try {
    canonical = formatRule(parseRule(t));
  } catch (e) {
    if (e instanceof RecurrenceError) throw badInput(`recurrence: ${e.message}`, 'recurrence');
    throw e;
  }
  const s = { startsAt, endsAt, timezone, recurrence: canonical };
  if (parseRule(canonical).until !== null && occurrenceCount(s) > MAX_OCCURRENCES) throw badInput(`recurrence: at most ${MAX_OCCURRENCES} occurrences`, 'recurrence');
  const occ = occurrencesBetween(s, startsAt.getTime(), startsAt.getTime() + 2 * DAY * 400, 2);
  if (occ.length > 1 && occ[1].start < occ[0].end) throw badInput('recurrence: occurrences would overlap each other', 'recurrence');
  return canonical;
}

interface Person {
  id: string;
  name: string;
}

export async function tenantUsers(services: AppServices, tenantId: string, ids: string[]): Promise<Person[]> {
  const uniq = [...new Set(ids)];
  if (uniq.some((id) => !isUuid(id))) throw notFound('User');
  if (!uniq.length) return [];
  const rows = await services.readPool.scopedQuery<{ id: string; name: string }>({ kind: 'tenant', tenantId }, `select id, display_name as name from users where tenant_id = $1 and id = any($2::uuid[]) and active`, [uniq]);
  if (rows.length !== uniq.length) throw notFound('User');
  return rows;
}

export async function tenantContacts(services: AppServices, tenantId: string, ids: string[]): Promise<Person[]> {
  const uniq = [...new Set(ids)];
  if (uniq.some((id) => !isUuid(id))) throw notFound('Contact');
  if (!uniq.length) return [];
  const rows = await services.readPool.scopedQuery<{ id: string; name: string }>({ kind: 'tenant', tenantId }, `select id, coalesce(name, email, 'Customer') as name from contacts where tenant_id = $1 and id = any($2::uuid[])`, [uniq]);
  if (rows.length !== uniq.length) throw notFound('Contact');
  return rows;
}

export async function checkLinks(services: AppServices, tenantId: string, conversationId: string | null | undefined, ticketId: string | null | undefined) {
  if (conversationId) {
    if (!isUuid(conversationId)) throw notFound('Conversation');
    const [c] = await services.readPool.scopedQuery({ kind: 'tenant', tenantId }, `select 1 from conversations where tenant_id = $1 and id = $2`, [conversationId]);
    if (!c) throw notFound('Conversation');
  }
  if (ticketId) {
    if (!isUuid(ticketId)) throw notFound('Ticket');
    const [t] = await services.readPool.scopedQuery({ kind: 'tenant', tenantId }, `select 1 from tickets where tenant_id = $1 and id = $2`, [ticketId]);
    if (!t) throw notFound('Ticket');
  }
}

async function tenantTimezone(services: AppServices, tenantId: string): Promise<string> {
  const [t] = await services.readPool.scopedQuery<{ timezone: string }>({ kind: 'tenant', tenantId }, `select timezone from tenants where id = $1`, []);
  return t?.timezone ?? 'UTC';
}

const snapshot = (m: Meeting) => ({
  title: m.title,
  startsAt: m.startsAt.toISOString(),
  endsAt: m.endsAt.toISOString(),
  timezone: m.timezone,
  type: m.type,
  status: m.status,
  recurrence: m.recurrence,
  location: m.location,
  meetingUrl: m.meetingUrl,
  reminderMinutes: m.reminderMinutes,
});

async function attendeesOf(em: EntityManager, meetingId: string): Promise<MeetingAttendee[]> {
  return em.find(MeetingAttendee, { meeting: meetingId }, { orderBy: { id: 'asc' } });
}

function factsOf(m: Meeting, attendees: MeetingAttendee[], actor: ActorFacts): MeetingFacts {
  return {
    meetingId: m.id,
    type: m.type,
    status: m.status,
    organizerId: m.organizer.id,
    attendeeUserIds: attendees.filter((a) => a.user).map((a) => a.user!.id),
    contactIds: attendees.filter((a) => a.contact).map((a) => a.contact!.id),
    conversationId: m.conversation?.id ?? null,
    ticketId: m.ticket?.id ?? null,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    version: m.version,
    actor,
  };
}

/** After commit: subscribers, listeners, the reminder. */
export async function afterMeetingCommit(services: AppServices, tenantId: string, name: DomainEventName & `meeting.${string}`, facts: MeetingFacts, extra: { changed?: string[]; userIdsBefore?: string[] } = {}): Promise<void> {
  const userIds = [...new Set([facts.organizerId, ...facts.attendeeUserIds, ...(extra.userIdsBefore ?? [])])];
  services.events.publish(Topic.MEETING_UPDATED, { tenantId, meetingId: facts.meetingId, userIds });
  if (name === 'meeting.updated') services.domainEvents.emit([domainEvent('meeting.updated', tenantId, { ...facts, changed: extra.changed ?? [] })]);
  else services.domainEvents.emit([domainEvent(name as 'meeting.scheduled', tenantId, facts)]);
  await scheduleReminder(services, tenantId, facts.meetingId);
}

function requireOrganizerCapable(ctx: Context, organizerId: string | null | undefined): string | null {
  const v = ctx.viewer;
  if (organizerId) {
    if (v.kind === 'user' && organizerId === v.userId) return organizerId;
    return organizerId;
  }
  if (v.kind === 'user') return v.userId;
  throw badInput('organizerId is required when an API key schedules', 'organizerId');
}

export interface ScheduledRef {
  id: string;
  tenantId: string;
}

/** Schedule a meeting (CONFLICT when an attendee is busy, unless allowConflicts). */
export async function scheduleMeeting(ctx: Context, input: ScheduleMeetingInput, opts: { customerTimezone?: string | null } = {}): Promise<ScheduledRef & { facts: MeetingFacts }> {
  const services = ctx.services;
  const tenantId = requireStaffTenant(ctx.viewer, 'Meetings belong to a tenant: sign in as a member of it');
  const title = cleanTitle(input.title);
  checkTimes(input.startsAt, input.endsAt);
  const timezone = input.timezone?.trim() || (await tenantTimezone(services, tenantId));
  checkTimezone(timezone);
  const reminderMinutes = input.reminderMinutes ?? 15;
  checkReminder(reminderMinutes);
  const recurrence = cleanRecurrence(input.recurrence, input.startsAt, input.endsAt, timezone);
  const organizerId = requireOrganizerCapable(ctx, input.organizerId)!;
  const users = await tenantUsers(services, tenantId, [organizerId, ...(input.attendeeUserIds ?? [])]);
  const contacts = await tenantContacts(services, tenantId, input.attendeeContactIds ?? []);
  await checkLinks(services, tenantId, input.conversationId, input.ticketId);
  const exceptionDates = (input.exceptionDates ?? []).map((d) => new Date(d.getTime()));
  const series: Series = { startsAt: input.startsAt, endsAt: input.endsAt, timezone, recurrence, exceptionDates };
  if (!input.allowConflicts) {
    const found = await findConflicts(services, tenantId, series, users.map((u) => u.id), contacts.map((c) => c.id), null);
    if (found.length) throw conflictError(found);
  }
  const em = ctx.em;
  const actor = actorOf(ctx);
  const m = Object.assign(new Meeting(), {
    tenant: em.getReference(Tenant, tenantId),
    organizer: em.getReference(User, organizerId),
    title,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timezone,
    location: cleanText(input.location, 'location', 500),
    meetingUrl: cleanUrl(input.meetingUrl),
    type: input.type ?? MeetingType.OTHER,
    conversation: input.conversationId ? em.getReference(Conversation, input.conversationId) : null,
    ticket: input.ticketId ? em.getReference(Ticket, input.ticketId) : null,
    notes: cleanText(input.notes, 'notes', 20_000) ?? '',
    reminderMinutes,
    recurrence,
    exceptionDates,
    seriesEndsAt: seriesEnd(series),
    customerTimezone: opts.customerTimezone ?? null,
  });
  m.uid = `${m.id}@switchboard`;
  const attendees = [
    ...users.map((u) => Object.assign(new MeetingAttendee(), { tenant: em.getReference(Tenant, tenantId), meeting: m, user: em.getReference(User, u.id), response: u.id === organizerId ? AttendeeResponse.ACCEPTED : AttendeeResponse.NEEDS_ACTION, startsAt: m.startsAt, untilAt: m.seriesEndsAt })),
    ...contacts.map((c) => Object.assign(new MeetingAttendee(), { tenant: em.getReference(Tenant, tenantId), meeting: m, contact: em.getReference(Contact, c.id), startsAt: m.startsAt, untilAt: m.seriesEndsAt })),
  ];
  await em.transactional(async (tx) => {
    tx.persist(m);
    for (const a of attendees) tx.persist(a);
    recordAudit(ctx, tx as EntityManager, { action: 'meeting.scheduled', resourceType: 'Meeting', resourceId: m.id, tenantId, after: snapshot(m) });
    await tx.flush();
  });
  const facts = factsOf(m, attendees, actor);
  await afterMeetingCommit(services, tenantId, 'meeting.scheduled', facts);
  return { id: m.id, tenantId, facts };
}

async function loadForChange(ctx: Context, id: string): Promise<{ m: Meeting; tenantId: string }> {
  const tenantId = requireStaffTenant(ctx.viewer, 'Meetings belong to a tenant: sign in as a member of it');
  const m = isUuid(id) ? await ctx.em.findOne(Meeting, { id }) : null;
  if (!m) throw notFound('Meeting');
  return { m, tenantId };
}

const SEQUENCE_FIELDS = new Set(['title', 'startsAt', 'endsAt', 'timezone', 'recurrence', 'exceptionDates', 'location', 'meetingUrl', 'attendees', 'status']);

/** Change a meeting; moving it (or changing its attendees) checks conflicts again. */
export async function updateMeeting(ctx: Context, input: UpdateMeetingInput): Promise<ScheduledRef> {
  const services = ctx.services;
  const { m, tenantId } = await loadForChange(ctx, input.id);
  if (m.status !== MeetingStatus.SCHEDULED) throw conflict(`The meeting is ${m.status}: it cannot be changed`, { currentStatus: m.status });
  const before = snapshot(m);
  const changed: string[] = [];
  const set = <K extends keyof Meeting>(k: K, v: Meeting[K]) => {
    const a = m[k];
    const same = a instanceof Date && v instanceof Date ? a.getTime() === v.getTime() : Array.isArray(a) && Array.isArray(v) ? JSON.stringify(a) === JSON.stringify(v) : a === v;
    if (!same) {
      m[k] = v;
      changed.push(k);
    }
  };
  if (input.title != null) set('title', cleanTitle(input.title));
  const startsAt = input.startsAt ?? m.startsAt;
  const endsAt = input.endsAt ?? (input.startsAt ? new Date(input.startsAt.getTime() + (m.endsAt.getTime() - m.startsAt.getTime())) : m.endsAt);
  checkTimes(startsAt, endsAt);
  set('startsAt', startsAt);
  set('endsAt', endsAt);
  if (input.timezone != null) {
    checkTimezone(input.timezone.trim());
    set('timezone', input.timezone.trim());
  }
  if (input.type != null) set('type', input.type);
  if (input.location != null) set('location', cleanText(input.location, 'location', 500));
  if (input.meetingUrl != null) set('meetingUrl', cleanUrl(input.meetingUrl));
  if (input.notes != null) set('notes', cleanText(input.notes, 'notes', 20_000) ?? '');
  if (input.reminderMinutes != null) {
    checkReminder(input.reminderMinutes);
    set('reminderMinutes', input.reminderMinutes);
  }
  if (input.recurrence != null || changed.includes('startsAt') || changed.includes('endsAt') || changed.includes('timezone')) {
    set('recurrence', cleanRecurrence(input.recurrence ?? m.recurrence, m.startsAt, m.endsAt, m.timezone));
  }
  if (input.exceptionDates != null) set('exceptionDates', input.exceptionDates.map((d) => new Date(d.getTime())));
  const series: Series = { startsAt: m.startsAt, endsAt: m.endsAt, timezone: m.timezone, recurrence: m.recurrence, exceptionDates: m.exceptionDates };
  m.seriesEndsAt = seriesEnd(series);

  const em = ctx.em;
  const current = await attendeesOf(em, m.id);
  const userIdsBefore = current.filter((a) => a.user).map((a) => a.user!.id);
  let attendees = current;
  let attendeesChanged = false;
  if (input.attendeeUserIds != null || input.attendeeContactIds != null) {
    const wantUsers = input.attendeeUserIds != null ? await tenantUsers(services, tenantId, [m.organizer.id, ...input.attendeeUserIds]) : null;
    const wantContacts = input.attendeeContactIds != null ? await tenantContacts(services, tenantId, input.attendeeContactIds) : null;
    const keepUser = (a: MeetingAttendee) => !a.user || !wantUsers || wantUsers.some((u) => u.id === a.user!.id);
    const keepContact = (a: MeetingAttendee) => !a.contact || !wantContacts || wantContacts.some((c) => c.id === a.contact!.id);
    const removed = current.filter((a) => !(keepUser(a) && keepContact(a)));
    const kept = current.filter((a) => keepUser(a) && keepContact(a));
    const added = [
      ...(wantUsers ?? []).filter((u) => !current.some((a) => a.user?.id === u.id)).map((u) => Object.assign(new MeetingAttendee(), { tenant: em.getReference(Tenant, tenantId), meeting: m, user: em.getReference(User, u.id), startsAt: m.startsAt, untilAt: m.seriesEndsAt })),
      ...(wantContacts ?? []).filter((c) => !current.some((a) => a.contact?.id === c.id)).map((c) => Object.assign(new MeetingAttendee(), { tenant: em.getReference(Tenant, tenantId), meeting: m, contact: em.getReference(Contact, c.id), startsAt: m.startsAt, untilAt: m.seriesEndsAt })),
    ];
    for (const a of removed) em.remove(a);
    for (const a of added) em.persist(a);
    attendees = [...kept, ...added];
    attendeesChanged = removed.length > 0 || added.length > 0;
    if (attendeesChanged) changed.push('attendees');
  }
  for (const a of attendees) {
    a.startsAt = m.startsAt;
    a.untilAt = m.seriesEndsAt;
  }
  const moved = changed.some((k) => ['startsAt', 'endsAt', 'timezone', 'recurrence', 'exceptionDates'].includes(k));
  if ((moved || attendeesChanged) && !input.allowConflicts) {
    const found = await findConflicts(
      services,
      tenantId,
      series,
      attendees.filter((a) => a.user && a.response !== AttendeeResponse.DECLINED).map((a) => a.user!.id),
      attendees.filter((a) => a.contact && a.response !== AttendeeResponse.DECLINED).map((a) => a.contact!.id),
      m.id,
    );
    if (found.length) throw conflictError(found);
  }
  if (!changed.length) return { id: m.id, tenantId };
  if (changed.some((k) => SEQUENCE_FIELDS.has(k))) m.sequence += 1;
  m.version += 1;
  if (moved) m.remindedThrough = null;
  await em.transactional(async (tx) => {
    recordAudit(ctx, tx as EntityManager, { action: 'meeting.updated', resourceType: 'Meeting', resourceId: m.id, tenantId, before, after: snapshot(m) });
    await tx.flush();
  });
  await afterMeetingCommit(services, tenantId, 'meeting.updated', factsOf(m, attendees, actorOf(ctx)), { changed, userIdsBefore });
  return { id: m.id, tenantId };
}

/** Cancel (idempotent: cancelling a cancelled meeting changes nothing); its reminder is dropped. */
export async function cancelMeeting(ctx: Context, id: string): Promise<ScheduledRef> {
  const { m, tenantId } = await loadForChange(ctx, id);
  if (m.status === MeetingStatus.CANCELLED) return { id: m.id, tenantId };
  if (m.status !== MeetingStatus.SCHEDULED) throw conflict(`The meeting is ${m.status}: it cannot be cancelled`, { currentStatus: m.status });
  const before = snapshot(m);
  m.status = MeetingStatus.CANCELLED;
  m.sequence += 1;
  m.version += 1;
  const attendees = await attendeesOf(ctx.em, m.id);
  await ctx.em.transactional(async (tx) => {
    recordAudit(ctx, tx as EntityManager, { action: 'meeting.cancelled', resourceType: 'Meeting', resourceId: m.id, tenantId, before, after: snapshot(m) });
    await tx.flush();
  });
  await afterMeetingCommit(ctx.services, tenantId, 'meeting.cancelled', factsOf(m, attendees, actorOf(ctx)));
  return { id: m.id, tenantId };
}

/** COMPLETED (default) or NO_SHOW; optional notes. A closed meeting: CONFLICT. */
export async function completeMeeting(ctx: Context, id: string, status: MeetingStatus | null | undefined, notes: string | null | undefined): Promise<ScheduledRef> {
  const { m, tenantId } = await loadForChange(ctx, id);
  const to = status ?? MeetingStatus.COMPLETED;
  if (to !== MeetingStatus.COMPLETED && to !== MeetingStatus.NO_SHOW) throw badInput('status must be COMPLETED or NO_SHOW', 'status');
  if (m.status !== MeetingStatus.SCHEDULED) {
    if (m.status === to && notes == null) return { id: m.id, tenantId };
    throw conflict(`The meeting is ${m.status}`, { currentStatus: m.status });
  }
  const before = snapshot(m);
  m.status = to;
  if (notes != null) m.notes = cleanText(notes, 'notes', 20_000) ?? '';
  m.version += 1;
  const attendees = await attendeesOf(ctx.em, m.id);
  await ctx.em.transactional(async (tx) => {
    recordAudit(ctx, tx as EntityManager, { action: 'meeting.completed', resourceType: 'Meeting', resourceId: m.id, tenantId, before, after: snapshot(m) });
    await tx.flush();
  });
  await afterMeetingCommit(ctx.services, tenantId, 'meeting.completed', factsOf(m, attendees, actorOf(ctx)));
  return { id: m.id, tenantId };
}

/** The calling user's answer; not an attendee: NOT_FOUND (for non-members) or FORBIDDEN. */
export async function respondToMeeting(ctx: Context, id: string, response: AttendeeResponse): Promise<ScheduledRef> {
  const v = ctx.viewer;
  if (v.kind !== 'user') throw forbidden('Only staff users answer invitations');
  const { m, tenantId } = await loadForChange(ctx, id);
  const attendees = await attendeesOf(ctx.em, m.id);
  const mine = attendees.find((a) => a.user?.id === v.userId);
  if (!mine) throw forbidden('You are not invited to this meeting');
  if (mine.response === response) return { id: m.id, tenantId };
  mine.response = response;
  m.sequence += 1;
  m.version += 1;
  await ctx.em.transactional(async (tx) => {
    recordAudit(ctx, tx as EntityManager, { action: 'meeting.responded', resourceType: 'Meeting', resourceId: m.id, tenantId, after: { response } });
    await tx.flush();
  });
  await afterMeetingCommit(ctx.services, tenantId, 'meeting.updated', factsOf(m, attendees, actorOf(ctx)), { changed: ['response'] });
  return { id: m.id, tenantId };
}

/** Whether the viewer may see the meeting (staff with meetings.view in the tenant). */
export const canManage = (ctx: Context) => hasPermission(ctx.viewer, 'meetings.manage');

export const newUid = () => `${randomUUID()}@switchboard`;
export { MINUTE };

/** The series a conflict check (`meetingConflicts`) looks at, validated like a schedule. */
export async function seriesForCheck(services: AppServices, tenantId: string, input: { startsAt: Date; endsAt: Date; timezone?: string | null; recurrence?: string | null }): Promise<Series> {
  checkTimes(input.startsAt, input.endsAt);
  const timezone = input.timezone?.trim() || (await tenantTimezone(services, tenantId));
  checkTimezone(timezone);
  return { startsAt: input.startsAt, endsAt: input.endsAt, timezone, recurrence: cleanRecurrence(input.recurrence, input.startsAt, input.endsAt, timezone) };
}
