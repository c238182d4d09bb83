// Free slots: times inside the tenant's (or a queue's) business hours when every requested user is
// free, minus holidays and a buffer around their meetings. Two statements (the calendar, the busy
// meetings), then pure interval arithmetic.
import type { AppServices } from '../../services.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { openRangesBetween, type BusinessCalendar } from '../sla/business-time.js';
import type { Holiday } from '../sla/business-calendar.entity.js';
import type { TimeRange } from '../sla/business-time.js';
import { busyRows } from './meeting.reads.js';
import { occurrencesBetween } from './recurrence.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface FreeSlotQuery {
  userIds: string[];
  from: Date;
  to: Date;
  durationMinutes: number;
  queueId?: string | null;
  bufferMinutes?: number | null;
  stepMinutes?: number | null;
  limit?: number | null;
}

/** Subtract sorted, merged busy intervals from sorted open ranges. */
export function subtract(open: [number, number][], busy: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let j = 0;
  for (const [s0, e] of open) {
    let s = s0;
    while (j < busy.length && busy[j][1] <= s) j++;
    let k = j;
    while (s < e) {
      if (k >= busy.length || busy[k][0] >= e) {
        out.push([s, e]);
        break;
      }
      if (busy[k][0] > s) out.push([s, busy[k][0]]);
      s = Math.max(s, busy[k][1]);
      k++;
    }
  }
  return out;
}

export function merge(intervals: [number, number][]): [number, number][] {
  intervals.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const iv of intervals) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  }
  return out;
}

export async function freeSlots(services: AppServices, tenantId: string, q: FreeSlotQuery, now: Date): Promise<{ startsAt: Date; endsAt: Date }[]> {
  const ids = [...new Set(q.userIds)];
  if (!ids.length || ids.length > 50) throw badInput('give 1–50 userIds', 'userIds');
  if (ids.some((id) => !isUuid(id))) throw notFound('User');
  const duration = q.durationMinutes;
  if (!Number.isInteger(duration) || duration < 5 || duration > 24 * 60) throw badInput('durationMinutes must be 5–1440', 'durationMinutes');
  const buffer = q.bufferMinutes ?? 5;
  if (!Number.isInteger(buffer) || buffer < 0 || buffer > 240) throw badInput('bufferMinutes must be 0–240', 'bufferMinutes');
  const step = q.stepMinutes ?? 15;
  if (!Number.isInteger(step) || step < 5 || step > 240) throw badInput('stepMinutes must be 5–240', 'stepMinutes');
  const limit = Math.min(Math.max(q.limit ?? 50, 1), 500);
  if (!(q.to.getTime() > q.from.getTime())) throw badInput('to must be after from', 'to');
  if (q.to.getTime() - q.from.getTime() > 62 * DAY) throw badInput('the range is at most 62 days', 'to');
  if (q.queueId && !isUuid(q.queueId)) throw notFound('Queue');
  // The queue's calendar, else the tenant's default; and the users (all of this tenant, active).
  const [cal] = await services.readPool.scopedQuery<{ timezone: string; weekly_hours: TimeRange[][]; holidays: Holiday[]; users: number; queue_ok: boolean } & Record<string, unknown>>(
    { kind: 'tenant', tenantId },
    `select c.timezone, c.weekly_hours, c.holidays,
            (select count(*)::int from users u where u.tenant_id = $1 and u.id = any($2::uuid[]) and u.active) as users,
            ($3::uuid is null or exists (select 1 from queues q where q.tenant_id = $1 and q.id = $3)) as queue_ok
       from business_calendars c
      where c.tenant_id = $1 and (c.queue_id = $3 or c.queue_id is null)
      order by c.queue_id is null limit 1`,
    [ids, q.queueId ?? null],
  );
  if (!cal) throw notFound('Business calendar');
  if (!cal.queue_ok) throw notFound('Queue');
  if (cal.users !== ids.length) throw notFound('User');
  const calendar: BusinessCalendar = { timezone: cal.timezone, weeklyHours: cal.weekly_hours, holidays: (cal.holidays ?? []).map((h) => h.date) };
  const startMs = Math.max(q.from.getTime(), Math.ceil(now.getTime() / (step * MINUTE)) * step * MINUTE);
  const from = new Date(startMs);
  if (!(q.to.getTime() > startMs)) return [];
  const open = openRangesBetween(calendar, from, q.to);
  const rows = await busyRows(services, tenantId, ids, [], new Date(startMs - buffer * MINUTE - DAY), new Date(q.to.getTime() + buffer * MINUTE), null);
  const busy: [number, number][] = [];
  const a = startMs - buffer * MINUTE;
  const b = q.to.getTime() + buffer * MINUTE;
  for (const r of rows) {
    for (const o of occurrencesBetween({ startsAt: r.starts_at, endsAt: r.ends_at, timezone: r.timezone, recurrence: r.recurrence, exceptionDates: r.exception_dates }, a, b)) {
      busy.push([o.start - buffer * MINUTE, o.end + buffer * MINUTE]);
    }
  }
  const free = subtract(open, merge(busy));
  const out: { startsAt: Date; endsAt: Date }[] = [];
  const stepMs = step * MINUTE;
  const durMs = duration * MINUTE;
  for (const [s, e] of free) {
    // Starts on the step grid (of UTC; every zone today is offset by whole quarter hours).
    for (let t = Math.ceil(s / stepMs) * stepMs; t + durMs <= e; t += stepMs) {
      out.push({ startsAt: new Date(t), endsAt: new Date(t + durMs) });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
