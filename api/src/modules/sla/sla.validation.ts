// Input rules for calendars and policies: each failure is BAD_USER_INPUT naming its field.
import { badInput } from '../../errors.js';
import { isValidTimeZone, minuteOfDay, type TimeRange } from './business-time.js';
import type { Holiday } from './business-calendar.entity.js';
import { isValidDate } from './ics-holidays.js';
import { TICKET_PRIORITIES, type SlaConditions, type TicketPriorityName } from './sla-matching.js';
import { WEEKDAYS, type Weekday } from './sla.type.js';
import type { BusinessDayHoursInput, HolidayInput, SlaConditionsInput } from './sla.inputs.js';

export const MAX_HOLIDAYS = 1000;
export const MAX_RANGES_PER_DAY = 12;
export const MAX_TARGET_MINUTES = 525_600;

export function cleanTimezone(tz: string): string {
  const t = tz?.trim();
  // Intl also accepts a few odd forms; insist on an IANA-looking name or UTC.
  if (!t || !isValidTimeZone(t) || !(t === 'UTC' || /^[A-Za-z_]+(?:\/[A-Za-z0-9_+\-]+)+$/.test(t))) {
    throw badInput('timezone must be an IANA time zone such as Europe/Berlin', 'timezone');
  }
  return t;
}

export function cleanName(name: string | null | undefined, fallback: string, field = 'name'): string {
  if (name == null) return fallback;
  const n = name.trim();
  if (!n || n.length > 100) throw badInput(`${field} must be 1–100 characters`, field);
  return n;
}

/** Seven sorted range lists, Monday first; overlapping, inverted or malformed ranges refused. */
export function cleanWeeklyHours(days: readonly BusinessDayHoursInput[]): TimeRange[][] {
  const out: TimeRange[][] = WEEKDAYS.map(() => []);
  const seen = new Set<Weekday>();
  for (const day of days) {
    if (seen.has(day.weekday)) throw badInput(`${day.weekday} is listed twice`, 'weeklyHours');
    seen.add(day.weekday);
    if (day.ranges.length > MAX_RANGES_PER_DAY) throw badInput(`${day.weekday} has more than ${MAX_RANGES_PER_DAY} ranges`, 'weeklyHours');
    const ranges = day.ranges.map((r) => {
      const s = minuteOfDay(r.start);
      const e = minuteOfDay(r.end);
      if (Number.isNaN(s) || s >= 1440) throw badInput(`${day.weekday}: start "${r.start}" is not a time HH:MM (00:00–23:59)`, 'weeklyHours');
      if (Number.isNaN(e)) throw badInput(`${day.weekday}: end "${r.end}" is not a time HH:MM (00:00–24:00)`, 'weeklyHours');
      if (e <= s) throw badInput(`${day.weekday}: ${r.start}–${r.end} ends before it starts`, 'weeklyHours');
      return { start: r.start, end: r.end, s, e };
    });
    ranges.sort((a, b) => a.s - b.s);
    for (let i = 1; i < ranges.length; i++) {
      if (ranges[i].s < ranges[i - 1].e) throw badInput(`${day.weekday}: ${ranges[i - 1].start}–${ranges[i - 1].end} and ${ranges[i].start}–${ranges[i].end} overlap`, 'weeklyHours');
    }
    out[WEEKDAYS.indexOf(day.weekday)] = ranges.map(({ start, end }) => ({ start, end }));
  }
  if (!out.some((d) => d.length)) throw badInput('a calendar needs at least one opening range in the week', 'weeklyHours');
  return out;
}

export function cleanHolidays(list: readonly HolidayInput[], field = 'holidays'): Holiday[] {
  const byDate = new Map<string, string>();
  for (const h of list) {
    if (!isValidDate(h.date)) throw badInput(`"${h.date}" is not a date YYYY-MM-DD`, field);
    byDate.set(h.date, cleanName(h.name, 'Holiday', field));
  }
  if (byDate.size > MAX_HOLIDAYS) throw badInput(`at most ${MAX_HOLIDAYS} holidays`, field);
  return [...byDate].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

export function cleanTarget(minutes: number | null | undefined, field: string): number | null {
  if (minutes == null) return null;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_TARGET_MINUTES) throw badInput(`${field} must be 1–${MAX_TARGET_MINUTES} minutes, or null for no target`, field);
  return minutes;
}

export function cleanShare(share: number | null | undefined): number {
  if (share == null) return 0.8;
  if (!(share > 0 && share < 1)) throw badInput('atRiskShare must be between 0 and 1 (exclusive)', 'atRiskShare');
  return share;
}

/** Conditions as stored (empty lists dropped); queue ids are checked by the service. */
export function cleanConditions(c: SlaConditionsInput | null | undefined): SlaConditions {
  const out: SlaConditions = {};
  if (!c) return out;
  if (c.priorities?.length) {
    const bad = c.priorities.find((p) => !TICKET_PRIORITIES.includes(p as TicketPriorityName));
    if (bad) throw badInput(`"${bad}" is not a priority (${TICKET_PRIORITIES.join(', ')})`, 'conditions.priorities');
    out.priorities = [...new Set(c.priorities)] as TicketPriorityName[];
  }
  if (c.queueIds?.length) out.queueIds = [...new Set(c.queueIds)];
  if (c.vip != null) out.vip = c.vip;
  if (c.tagsAny?.length) {
    const tags = [...new Set(c.tagsAny.map((t) => t.trim()))];
    if (tags.length > 50 || tags.some((t) => !t || t.length > 50)) throw badInput('tagsAny: at most 50 tags of 1–50 characters', 'conditions.tagsAny');
    out.tagsAny = tags;
  }
  return out;
}
