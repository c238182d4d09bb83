// Recurrence of meetings: the RRULE subset the API accepts (FREQ=DAILY|WEEKLY, INTERVAL, COUNT or
// UNTIL, BYDAY for weekly series) and its expansion into occurrences. Pure (Intl only).
// Occurrences keep the first start's local wall-clock time in the meeting's time zone, so a weekly
// 09:00 Europe/Berlin stays 09:00 local across DST (its UTC instant moves); each occurrence lasts
// the first occurrence's duration. A local time that does not exist (spring gap) maps to the
// switch instant (sla/business-time.ts `localToInstant`).
import { localToInstant } from '../sla/business-time.js';

const DAY = 86_400_000;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** The most occurrences a series may have (COUNT, or what UNTIL allows). */
export const MAX_OCCURRENCES = 1000;

export interface Rule {
  freq: 'DAILY' | 'WEEKLY';
  interval: number;
  count: number | null;
  /** Last allowed start instant (inclusive), ms. */
  until: number | null;
  /** Weekdays 0 = Monday … 6 = Sunday (WEEKLY); empty = the first start's weekday. */
  byDay: number[];
}

export class RecurrenceError extends Error {}

/** Parse and check an RRULE (with or without the `RRULE:` prefix). Throws RecurrenceError. */
export function parseRule(text: string): Rule {
  const body = text.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const p of body.split(';')) {
    if (!p) continue;
    const [k, v] = p.split('=');
    if (!k || v === undefined) throw new RecurrenceError(`malformed part "${p}"`);
    parts.set(k.toUpperCase(), v.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY') throw new RecurrenceError('FREQ must be DAILY or WEEKLY');
  for (const k of parts.keys()) if (!['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'WKST'].includes(k)) throw new RecurrenceError(`${k} is not supported`);
  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 365) throw new RecurrenceError('INTERVAL must be 1–365');
  let count: number | null = null;
  if (parts.has('COUNT')) {
    count = Number(parts.get('COUNT'));
    if (!Number.isInteger(count) || count < 1 || count > MAX_OCCURRENCES) throw new RecurrenceError(`COUNT must be 1–${MAX_OCCURRENCES}`);
  }
  let until: number | null = null;
  if (parts.has('UNTIL')) {
    if (count !== null) throw new RecurrenceError('COUNT and UNTIL exclude each other');
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(parts.get('UNTIL')!);
    if (!m) throw new RecurrenceError('UNTIL must be YYYYMMDD or YYYYMMDDTHHMMSSZ');
    until = m[4] ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : Date.UTC(+m[1], +m[2] - 1, +m[3], 23, 59, 59);
    if (Number.isNaN(until)) throw new RecurrenceError('UNTIL is not a date');
  }
  const byDay: number[] = [];
  if (parts.has('BYDAY')) {
    if (freq !== 'WEEKLY') throw new RecurrenceError('BYDAY is only supported with FREQ=WEEKLY');
    for (const d of parts.get('BYDAY')!.split(',')) {
      const i = WEEKDAYS.indexOf(d as (typeof WEEKDAYS)[number]);
      if (i < 0) throw new RecurrenceError(`BYDAY: unknown day "${d}"`);
      if (!byDay.includes(i)) byDay.push(i);
    }
    byDay.sort((a, b) => a - b);
  }
  return { freq, interval, count, until, byDay };
}

/** The canonical text of a rule (what is stored and written into .ics files). */
export function formatRule(r: Rule): string {
  const out = [`FREQ=${r.freq}`];
  if (r.interval !== 1) out.push(`INTERVAL=${r.interval}`);
  if (r.byDay.length) out.push(`BYDAY=${r.byDay.map((d) => WEEKDAYS[d]).join(',')}`);
  if (r.count !== null) out.push(`COUNT=${r.count}`);
  if (r.until !== null) out.push(`UNTIL=${new Date(r.until).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
  return out.join(';');
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function wall(tz: string, t: number) {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formatters.set(tz, f);
  }
  const o = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const p of f.formatToParts(new Date(t))) if (p.type in o) o[p.type as keyof typeof o] = Number(p.value);
  return o;
}

// Converting local times needs Intl (≈ µs per call, several per conversion); the same series are
// expanded on every read, so conversions are memoized (bounded: cleared when it grows too big).
const MEMO_MAX = 200_000;
const instantMemo = new Map<string, number>();
function localInstant(tz: string, dn: number, minute: number): number {
  if (tz === 'UTC' || tz === 'Etc/UTC') return dn * DAY + minute * 60_000;
  const key = `${tz}|${dn}|${minute}`;
  let v = instantMemo.get(key);
  if (v === undefined) {
    if (instantMemo.size >= MEMO_MAX) instantMemo.clear();
    v = localToInstant(tz, fromDayNumber(dn), minute, 'first');
    instantMemo.set(key, v);
  }
  return v;
}
const wallMemo = new Map<string, { year: number; month: number; day: number; hour: number; minute: number }>();
function wallOf(tz: string, t: number) {
  const key = `${tz}|${t}`;
  let v = wallMemo.get(key);
  if (!v) {
    if (wallMemo.size >= MEMO_MAX) wallMemo.clear();
    v = wall(tz, t);
    wallMemo.set(key, v);
  }
  return v;
}

/** Days since 1970-01-01 of a local date. */
const dayNumber = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY);
const fromDayNumber = (n: number) => {
  const u = new Date(n * DAY);
  return { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate() };
};

export interface Series {
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  recurrence: string | null;
  exceptionDates?: readonly Date[] | null;
}

export interface Occurrence {
  start: number;
  end: number;
}

/**
 * Occurrences of a meeting overlapping [from, to) (ms), in order, exceptions left out. A meeting
 * without recurrence is its one interval. Stops after `limit` occurrences.
 */
export function occurrencesBetween(series: Series, from: number, to: number, limit = 10_000): Occurrence[] {
  const s0 = series.startsAt.getTime();
  const duration = series.endsAt.getTime() - s0;
  if (!series.recurrence) return s0 < to && s0 + duration > from ? [{ start: s0, end: s0 + duration }] : [];
  const rule = typeof series.recurrence === 'string' ? parseRule(series.recurrence) : series.recurrence;
  const excluded = new Set((series.exceptionDates ?? []).map((d) => d.getTime()));
  const out: Occurrence[] = [];
  walk(series, rule, (start) => {
    if (start >= to) return false;
    if (start + duration > from && !excluded.has(start)) out.push({ start, end: start + duration });
    return out.length < limit;
  }, rule.count === null ? from - duration : null);
  return out;
}

/** The end of the last occurrence (exceptions ignored), or null for an endless series. */
export function seriesEnd(series: Series): Date | null {
  const duration = series.endsAt.getTime() - series.startsAt.getTime();
  if (!series.recurrence) return new Date(series.endsAt.getTime());
  const rule = parseRule(series.recurrence);
  if (rule.count === null && rule.until === null) return null;
  let last = series.startsAt.getTime();
  walk(series, rule, (start) => {
    last = start;
    return true;
  }, null);
  return new Date(last + duration);
}

/** Number of occurrences a bounded series has (MAX_OCCURRENCES + 1 means "more"). */
export function occurrenceCount(series: Series): number {
  const rule = parseRule(series.recurrence ?? 'FREQ=DAILY;COUNT=1');
  if (!series.recurrence) return 1;
  let n = 0;
  walk(series, rule, () => ++n <= MAX_OCCURRENCES, null);
  return n;
}

/**
 * Visit candidate starts in order until `visit` returns false, COUNT is reached or UNTIL passed.
 * `skipBefore` (no COUNT only): jump close to this instant instead of walking from the first start.
 */
function walk(series: Series, rule: Rule, visit: (start: number) => boolean, skipBefore: number | null): void {
  const tz = series.timezone;
  const s0 = series.startsAt.getTime();
  const w = wallOf(tz, s0);
  const minute = w.hour * 60 + w.minute;
  const extraMs = s0 - Math.floor(s0 / 60_000) * 60_000;
  const firstDay = dayNumber(w.year, w.month, w.day);
  const firstWeekday = (new Date(firstDay * DAY).getUTCDay() + 6) % 7;
  const days = rule.freq === 'WEEKLY' ? (rule.byDay.length ? rule.byDay : [firstWeekday]) : [0];
  const periodDays = rule.freq === 'WEEKLY' ? 7 : 1;
  // Periods start on the first day (DAILY) or the Monday of the first week (WEEKLY).
  const periodStart0 = rule.freq === 'WEEKLY' ? firstDay - firstWeekday : firstDay;
  let period = 0;
  if (skipBefore !== null && skipBefore > s0) {
    const wb = wallOf(tz, Math.floor(skipBefore / DAY) * DAY);
    const target = dayNumber(wb.year, wb.month, wb.day) - 2;
    const periods = Math.floor((target - periodStart0) / (periodDays * rule.interval));
    if (periods > 0) period = periods;
  }
  let count = 0;
  for (let guard = 0; guard < 100_000; guard++, period++) {
    const base = periodStart0 + period * periodDays * rule.interval;
    for (const offset of days) {
      const dn = base + offset;
      if (dn < firstDay) continue;
      const start = localInstant(tz, dn, minute) + extraMs;
      if (start < s0) continue;
      if (rule.until !== null && start > rule.until) return;
      if (rule.count !== null && ++count > rule.count) return;
      if (!visit(start)) return;
    }
  }
}
