// Reads of the SLA settings: small per-tenant lists, one statement each, plain rows mapped to
// the GraphQL shapes. Also what the tickets module needs to run the clock (`loadSlaSetup`).
import type { ReadPool, ReadScope } from '../../db/read-pool.js';
import { isWithinBusinessHours, type TimeRange } from './business-time.js';
import { calendarShape, type Holiday } from './business-calendar.entity.js';
import { isFallback, type CalendarSet, type ClockPolicy, type SlaConditions } from './sla-matching.js';
import { WEEKDAYS, type BusinessCalendarType, type SlaPolicyType } from './sla.type.js';

interface CalendarRow extends Record<string, unknown> {
  id: string;
  queue_id: string | null;
  name: string;
  timezone: string;
  weekly_hours: TimeRange[][];
  holidays: Holiday[];
  updated_at: Date;
}

interface PolicyRow extends Record<string, unknown> {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  conditions: SlaConditions;
  first_response_minutes: number | null;
  next_response_minutes: number | null;
  resolution_minutes: number | null;
  business_hours: boolean;
  calendar_id: string | null;
  at_risk_share: number;
  updated_at: Date;
}

const CALENDARS_SQL = `select id::text, queue_id::text, name, timezone, weekly_hours, holidays, updated_at
  from business_calendars where tenant_id = $1 and ($2::uuid is null or id = $2) order by queue_id nulls first, name, id`;
const POLICIES_SQL = `select id::text, name, position, enabled, conditions, first_response_minutes, next_response_minutes, resolution_minutes,
       business_hours, calendar_id::text, at_risk_share, updated_at
  from sla_policies where tenant_id = $1 and ($2::uuid is null or id = $2) order by position, created_at, id`;

export function toCalendarType(r: CalendarRow, now: Date): BusinessCalendarType {
  return {
    id: r.id,
    queueId: r.queue_id,
    name: r.name,
    timezone: r.timezone,
    weeklyHours: WEEKDAYS.map((weekday, i) => ({ weekday, ranges: r.weekly_hours[i] ?? [] })),
    holidays: r.holidays,
    openNow: isWithinBusinessHours(calendarShape({ timezone: r.timezone, weeklyHours: r.weekly_hours, holidays: r.holidays }), now),
    updatedAt: r.updated_at,
  };
}

export function toPolicyType(r: PolicyRow): SlaPolicyType {
  const c = r.conditions ?? {};
  return {
    id: r.id,
    name: r.name,
    position: r.position,
    enabled: r.enabled,
    conditions: { priorities: c.priorities ?? null, queueIds: c.queueIds ?? null, vip: c.vip ?? null, tagsAny: c.tagsAny ?? null },
    fallback: isFallback(c),
    firstResponseMinutes: r.first_response_minutes,
    nextResponseMinutes: r.next_response_minutes,
    resolutionMinutes: r.resolution_minutes,
    businessHours: r.business_hours,
    calendarId: r.calendar_id,
    atRiskShare: r.at_risk_share,
    updatedAt: r.updated_at,
  };
}

export async function readCalendars(db: ReadPool, scope: ReadScope | undefined, now: Date, id: string | null = null): Promise<BusinessCalendarType[]> {
  const rows = await db.scopedQuery<CalendarRow>(scope, CALENDARS_SQL, [id]);
  return rows.map((r) => toCalendarType(r, now));
}

export async function readPolicies(db: ReadPool, scope: ReadScope | undefined, id: string | null = null): Promise<SlaPolicyType[]> {
  const rows = await db.scopedQuery<PolicyRow>(scope, POLICIES_SQL, [id]);
  return rows.map(toPolicyType);
}

export interface SlaSetup {
  policies: ClockPolicy[];
  calendars: CalendarSet;
}

/**
 * Everything the clock needs for one tenant (its policies and calendars), in two statements: what
 * the tickets module calls before `recomputeSla` / `matchSlaPolicy` + `slaDueTimes`.
 */
export async function loadSlaSetup(db: ReadPool, tenantId: string): Promise<SlaSetup> {
  const scope: ReadScope = { kind: 'tenant', tenantId };
  const [policyRows, calendarRows] = await Promise.all([
    db.scopedQuery<PolicyRow>(scope, POLICIES_SQL, [null]),
    db.scopedQuery<CalendarRow>(scope, CALENDARS_SQL, [null]),
  ]);
  const byId = new Map<string, ReturnType<typeof calendarShape>>();
  const byQueue = new Map<string, ReturnType<typeof calendarShape>>();
  let defaultCalendar: ReturnType<typeof calendarShape> | null = null;
  for (const r of calendarRows) {
    const shape = calendarShape({ timezone: r.timezone, weeklyHours: r.weekly_hours, holidays: r.holidays });
    byId.set(r.id, shape);
    if (r.queue_id) byQueue.set(r.queue_id, shape);
    else defaultCalendar = shape;
  }
  const policies: ClockPolicy[] = policyRows.map((r) => ({
    id: r.id,
    position: r.position,
    enabled: r.enabled,
    conditions: r.conditions ?? {},
    firstResponseMinutes: r.first_response_minutes,
    nextResponseMinutes: r.next_response_minutes,
    resolutionMinutes: r.resolution_minutes,
    businessHours: r.business_hours,
    calendarId: r.calendar_id,
    atRiskShare: r.at_risk_share,
  }));
  // No default calendar (should not happen: every tenant gets one) counts calendar time.
  return { policies, calendars: { defaultCalendar, byId, byQueue } };
}

/**
 * Is the tenant open at `now` (the queue's calendar when it has one, else the default)? For the
 * widget's "outside hours" notice and the rules' "business hours now" condition. No calendar: open.
 */
export async function isOpenAt(db: ReadPool, tenantId: string, queueId: string | null, now: Date): Promise<boolean> {
  const rows = await db.scopedQuery<CalendarRow>({ kind: 'tenant', tenantId }, `select id::text, queue_id::text, name, timezone, weekly_hours, holidays, updated_at
      from business_calendars where tenant_id = $1 and (queue_id is null or queue_id = $2::uuid) order by queue_id nulls last limit 1`, [queueId]);
  const r = rows[0];
  return r ? isWithinBusinessHours(calendarShape({ timezone: r.timezone, weeklyHours: r.weekly_hours, holidays: r.holidays }), now) : true;
}
