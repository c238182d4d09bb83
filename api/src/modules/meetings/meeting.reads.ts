// Hand-written reads of meetings (the planner cannot expand recurrences): one statement per
// request, attendees aggregated in it, tenant predicate `$1` from `readPool.scopedQuery`.
import type { ReadScope } from '../../graphql/planner/planner.js';
import type { AppServices } from '../../services.js';
import { occurrencesBetween, type Series } from './recurrence.js';
import type { MeetingAttendeeType, MeetingTypeGql } from './meeting.type.js';
import type { AttendeeResponse, MeetingStatus, MeetingType } from './meeting.entity.js';

export interface MeetingRow {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  timezone: string;
  location: string | null;
  meeting_url: string | null;
  type: MeetingType;
  status: MeetingStatus;
  organizer_id: string;
  organizer_name: string;
  organizer_email: string;
  conversation_id: string | null;
  ticket_id: string | null;
  notes: string;
  summary: string | null;
  reminder_minutes: number;
  recurrence: string | null;
  exception_dates: Date[];
  customer_timezone: string | null;
  uid: string;
  sequence: number;
  version: number;
  created_at: Date;
  updated_at: Date;
  attendees: { id: string; userId: string | null; contactId: string | null; name: string; email: string | null; response: AttendeeResponse }[] | null;
}

// Instants as epoch milliseconds (float8): turned into Dates in JS, far cheaper than parsing
// timestamptz text for every row of a big range read.
const ms = (col: string, as: string) => `(extract(epoch from ${col}) * 1000)::float8 as ${as}`;

/** Columns of a range read by GraphQL field (the expansion always needs id, times, zone, rule). */
const FIELD_COLUMNS: Record<string, string[]> = {
  title: ['m.title'],
  location: ['m.location'],
  meetingUrl: ['m.meeting_url'],
  type: ['m.type'],
  status: ['m.status'],
  organizerId: ['m.organizer_id'],
  organizerName: ['o.display_name as organizer_name'],
  conversationId: ['m.conversation_id'],
  ticketId: ['m.ticket_id'],
  notes: ['m.notes'],
  summary: ['m.summary'],
  reminderMinutes: ['m.reminder_minutes'],
  customerTimezone: ['m.customer_timezone'],
  uid: ['m.uid'],
  sequence: ['m.sequence'],
  version: ['m.version'],
  createdAt: [ms('m.created_at', 'created_at')],
  updatedAt: [ms('m.updated_at', 'updated_at')],
};
const ALWAYS = `m.id, ${ms('m.starts_at', 'starts_at')}, ${ms('m.ends_at', 'ends_at')}, m.timezone, m.recurrence,
  case when cardinality(m.exception_dates) = 0 then null else m.exception_dates end as exception_dates`;

// Built once per requested-fields set (the resolver keeps one set per parsed document).
const columnsBySet = new WeakMap<ReadonlySet<string>, string>();
/** The select list for the requested fields (null: all of them). */
function columnsFor(fields: ReadonlySet<string> | null): string {
  if (!fields) return columnsOf(null);
  let cols = columnsBySet.get(fields);
  if (cols === undefined) columnsBySet.set(fields, (cols = columnsOf(fields)));
  return cols;
}
function columnsOf(fields: ReadonlySet<string> | null): string {
  const cols = new Set<string>();
  for (const [field, c] of Object.entries(FIELD_COLUMNS)) if (!fields || fields.has(field)) c.forEach((x) => cols.add(x));
  return [ALWAYS, ...cols].join(', ');
}

export const COLUMNS = `m.id, m.title, m.starts_at, m.ends_at, m.timezone, m.location, m.meeting_url, m.type, m.status, m.organizer_id,
  o.display_name as organizer_name, o.email as organizer_email, m.conversation_id, m.ticket_id, m.notes, m.summary, m.reminder_minutes, m.recurrence,
  m.exception_dates, m.customer_timezone, m.uid, m.sequence, m.version, m.created_at, m.updated_at,
  (select json_agg(json_build_object('id', a.id, 'userId', a.user_id, 'contactId', a.contact_id,
          'name', coalesce(u.display_name, c.name, c.email, ''), 'email', coalesce(u.email, c.email), 'response', a.response)
          order by a.user_id is null, coalesce(u.display_name, c.name, c.email), a.id)
     from meeting_attendees a left join users u on u.id = a.user_id left join contacts c on c.id = a.contact_id
    where a.meeting_id = m.id) as attendees`;

export function toMeeting(r: MeetingRow, occurrence?: { start: number; end: number }): MeetingTypeGql {
  const recurring = !!r.recurrence && !!occurrence;
  return {
    id: r.id,
    title: r.title,
    // A single meeting's occurrence is the stored one: its Dates serve as they are.
    startsAt: recurring ? new Date(occurrence!.start) : r.starts_at,
    endsAt: recurring ? new Date(occurrence!.end) : r.ends_at,
    timezone: r.timezone,
    occurrenceStart: recurring ? new Date(occurrence!.start) : null,
    location: r.location,
    meetingUrl: r.meeting_url,
    type: r.type,
    status: r.status,
    organizerId: r.organizer_id,
    organizerName: r.organizer_name,
    conversationId: r.conversation_id,
    ticketId: r.ticket_id,
    notes: r.notes,
    summary: r.summary,
    reminderMinutes: r.reminder_minutes,
    recurrence: r.recurrence,
    exceptionDates: r.exception_dates ?? [],
    customerTimezone: r.customer_timezone,
    uid: r.uid,
    sequence: r.sequence,
    version: r.version,
    attendees: (r.attendees ?? []) as MeetingAttendeeType[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export const seriesOf = (r: Pick<MeetingRow, 'starts_at' | 'ends_at' | 'timezone' | 'recurrence' | 'exception_dates'>): Series => ({
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  timezone: r.timezone,
  recurrence: r.recurrence,
  exceptionDates: r.exception_dates,
});

/** One meeting (as stored: its first occurrence), or null outside the scope. */
export async function readMeeting(services: AppServices, scope: ReadScope | undefined, id: string): Promise<MeetingRow | null> {
  const [row] = await services.readPool.scopedQuery<MeetingRow & Record<string, unknown>>(
    scope,
    `select ${COLUMNS} from meetings m join users o on o.id = m.organizer_id where m.id = $2 and ($1::uuid is null or m.tenant_id = $1)`,
    [id],
  );
  return row ?? null;
}

export interface RangeFilter {
  from: Date;
  to: Date;
  /** Meetings any of these users attend. */
  userIds?: string[] | null;
  contactId?: string | null;
  types?: MeetingType[] | null;
  statuses?: MeetingStatus[] | null;
  /** Linked to this conversation / ticket. */
  conversationId?: string | null;
  ticketId?: string | null;
  /** The Meeting fields asked for (null: all); unasked columns and attendees are not read. */
  fields?: ReadonlySet<string> | null;
}

/**
 * The attendees of many meetings: one statement of flat rows (cheaper than an aggregate per
 * meeting), users first, then by name.
 */
async function attachAttendees(services: AppServices, scope: ReadScope | undefined, rows: MeetingRow[]): Promise<MeetingRow[]> {
  if (!rows.length || !scope) return rows;
  const tenantId = scope.kind === 'tenant' ? scope.tenantId : null;
  const flat = await services.readPool.queryArrays(
    `select a.meeting_id, a.id, a.user_id, a.contact_id, coalesce(u.display_name, c.name, c.email, ''), coalesce(u.email, c.email), a.response
       from meeting_attendees a left join users u on u.id = a.user_id left join contacts c on c.id = a.contact_id
      where ($1::uuid is null or a.tenant_id = $1) and a.meeting_id = any($2::uuid[])
      order by a.meeting_id, a.user_id is null, 5, a.id`,
    [tenantId, rows.map((r) => r.id)],
  );
  const by = new Map<string, NonNullable<MeetingRow['attendees']>>();
  for (const f of flat) {
    const list = by.get(f[0] as string) ?? [];
    if (!list.length) by.set(f[0] as string, list);
    list.push({ id: f[1] as string, userId: f[2] as string | null, contactId: f[3] as string | null, name: f[4] as string, email: f[5] as string | null, response: f[6] as AttendeeResponse });
  }
  for (const r of rows) r.attendees = by.get(r.id) ?? [];
  return rows;
}

/** Meetings whose series overlaps [from, to) in the scope's tenant, with attendees (two statements). */
export async function meetingRowsInRange(services: AppServices, scope: ReadScope | undefined, f: RangeFilter): Promise<MeetingRow[]> {
  const params: unknown[] = [f.from, f.to];
  // The end bound is written as meetings_series_end_idx indexes it (null: an endless series).
  const where = ['m.tenant_id = $1', 'm.starts_at < $3', "coalesce(m.series_ends_at, 'infinity'::timestamptz) > $2"];
  if (f.userIds?.length) {
    params.push(f.userIds);
    where.push(`m.id in (select a.meeting_id from meeting_attendees a where a.tenant_id = $1 and a.user_id = any($${params.length + 1}::uuid[])
                          and a.starts_at < $3 and (a.until_at is null or a.until_at > $2))`);
  }
  if (f.contactId) {
    params.push(f.contactId);
    where.push(`m.id in (select a.meeting_id from meeting_attendees a where a.tenant_id = $1 and a.contact_id = $${params.length + 1}::uuid)`);
  }
  if (f.types?.length) {
    params.push(f.types);
    where.push(`m.type = any($${params.length + 1}::text[])`);
  }
  if (f.statuses?.length) {
    params.push(f.statuses);
    where.push(`m.status = any($${params.length + 1}::text[])`);
  }
  if (f.conversationId) {
    params.push(f.conversationId);
    where.push(`m.conversation_id = $${params.length + 1}::uuid`);
  }
  if (f.ticketId) {
    params.push(f.ticketId);
    where.push(`m.ticket_id = $${params.length + 1}::uuid`);
  }
  const rows = await services.readPool.scopedQuery<MeetingRow & Record<string, unknown>>(
    scope,
    `select ${columnsFor(f.fields ?? null)} from meetings m join users o on o.id = m.organizer_id where ${where.join(' and ')} order by m.starts_at, m.id`,
    params,
  );
  for (const r of rows) {
    r.starts_at = new Date(r.starts_at as unknown as number);
    r.ends_at = new Date(r.ends_at as unknown as number);
    if (r.created_at != null) r.created_at = new Date(r.created_at as unknown as number);
    if (r.updated_at != null) r.updated_at = new Date(r.updated_at as unknown as number);
    r.exception_dates ??= [];
  }
  return !f.fields || f.fields.has('attendees') ? attachAttendees(services, scope, rows) : rows;
}

/** Occurrences in [from, to), ordered by start (recurring meetings expanded, exceptions left out). */
export function expand(rows: MeetingRow[], from: Date, to: Date, limit: number): MeetingTypeGql[] {
  const a = from.getTime();
  const b = to.getTime();
  // The common page holds single meetings only: they arrive in (start, id) order from SQL and
  // each is its own only occurrence, so no expansion objects and no sort.
  if (rows.every((r) => !r.recurrence)) {
    const singles: MeetingTypeGql[] = [];
    for (const r of rows) {
      if (singles.length >= limit) break;
      if (r.starts_at.getTime() < b && r.ends_at.getTime() > a) singles.push(toMeeting(r));
    }
    return singles;
  }
  const out: { m: MeetingRow; o: { start: number; end: number } }[] = [];
  for (const r of rows) for (const o of occurrencesBetween(seriesOf(r), a, b, limit)) out.push({ m: r, o });
  out.sort((x, y) => x.o.start - y.o.start || (x.m.id < y.m.id ? -1 : 1));
  return out.slice(0, limit).map((x) => toMeeting(x.m, x.o));
}

export interface BusyRow {
  id: string;
  title: string;
  user_id: string | null;
  contact_id: string | null;
  attendee_name: string;
  starts_at: Date;
  ends_at: Date;
  timezone: string;
  recurrence: string | null;
  exception_dates: Date[];
}

/**
 * What blocks attendees between `from` and `to`: their meetings that are not cancelled and that
 * they did not decline (one row per attendee and meeting; one statement).
 */
export async function busyRows(services: AppServices, tenantId: string, userIds: string[], contactIds: string[], from: Date, to: Date | null, excludeMeetingId: string | null): Promise<BusyRow[]> {
  if (!userIds.length && !contactIds.length) return [];
  return services.readPool.scopedQuery<BusyRow & Record<string, unknown>>(
    { kind: 'tenant', tenantId },
    `select m.id, m.title, a.user_id, a.contact_id, coalesce(u.display_name, c.name, c.email, '') as attendee_name,
            m.starts_at, m.ends_at, m.timezone, m.recurrence, m.exception_dates
       from meeting_attendees a
       join meetings m on m.id = a.meeting_id
       left join users u on u.id = a.user_id
       left join contacts c on c.id = a.contact_id
      where a.tenant_id = $1 and (a.user_id = any($2::uuid[]) or a.contact_id = any($3::uuid[]))
        and a.response <> 'DECLINED' and m.status <> 'CANCELLED'
        and ($5::timestamptz is null or a.starts_at < $5) and (a.until_at is null or a.until_at > $4)
        and ($6::uuid is null or m.id <> $6)`,
    [userIds, contactIds, from, to, excludeMeetingId],
  );
}
