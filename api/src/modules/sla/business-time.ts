// Business time: minutes that count only inside a calendar's opening hours, in its own time zone.
// Pure (Intl only). Walks opening ranges day by day — never minute by minute — so a due time weeks
// away costs a few hundred range conversions.
//
// Daylight saving: a range is the set of instants whose local wall-clock time lies in
// [start, end). A range that contains the switch therefore lasts what a wall clock shows in real
// time (01:00–04:00 is 2 h on the spring day and 4 h on the autumn day). A local time that does
// not exist (the spring gap) maps to the switch instant; a local time that happens twice (the
// autumn overlap) maps to its first occurrence as a range start and to its last as a range end.

/** "HH:MM" (00:00–24:00). */
export interface TimeRange {
  start: string;
  end: string;
}

export interface BusinessCalendar {
  /** IANA time zone, e.g. Europe/Berlin. */
  timezone: string;
  /** Seven entries, ISO order: [0] = Monday … [6] = Sunday; each a sorted list of ranges. */
  weeklyHours: TimeRange[][];
  /** Local dates (YYYY-MM-DD) with no opening hours at all. */
  holidays: string[];
}

/**
 * `null` stands for calendar time (24/7): every minute counts. A business calendar that is open
 * 00:00–24:00 every day differs from it only by its holidays.
 */
export type SlaCalendar = BusinessCalendar | null;

const MINUTE = 60_000;
const DAY = 86_400_000;
/** A calendar with no opening for this many consecutive days can never reach a due time. */
const MAX_CLOSED_DAYS = 3 * 366;

interface LocalDate {
  y: number;
  m: number;
  d: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(tz, f);
  }
  return f;
}

/** True for a time zone Intl knows (IANA names, UTC). */
export function isValidTimeZone(tz: string): boolean {
  if (!tz || typeof tz !== 'string') return false;
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** Local wall-clock fields of instant `t` (ms) in `tz`. */
function wallClock(tz: string, t: number) {
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatter(tz).formatToParts(new Date(t))) {
    if (p.type in out) out[p.type as keyof typeof out] = Number(p.value);
  }
  return out;
}

/** Local time minus UTC at instant `t`, in ms (seconds ignored: no zone today has them). */
function offsetAt(tz: string, t: number): number {
  const w = wallClock(tz, t);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(t / 1000) * 1000;
}

/** The instant at which the offset changes between `lo` (offset A) and `hi` (offset B), to the minute. */
function switchInstant(tz: string, lo: number, hi: number): number {
  const a = offsetAt(tz, lo);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.max(MINUTE, Math.floor((hi - lo) / 2 / MINUTE) * MINUTE);
    if (offsetAt(tz, mid) === a) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The instant of local date `day` at `minuteOfDay` (0–1440) in `tz`. `edge` chooses between the
 * two instants of an ambiguous local time: 'first' for a range start, 'last' for a range end.
 */
export function localToInstant(tz: string, day: LocalDate, minuteOfDay: number, edge: 'first' | 'last' = 'first'): number {
  const naive = Date.UTC(day.y, day.m - 1, day.d, 0, minuteOfDay);
  const before = offsetAt(tz, naive - DAY);
  const after = offsetAt(tz, naive + DAY);
  if (before === after) {
    const t = naive - before;
    // A switch and back within two days does not happen in practice; check anyway.
    if (offsetAt(tz, t) === before) return t;
  }
  const a = naive - before;
  const b = naive - after;
  const aValid = offsetAt(tz, a) === before;
  const bValid = offsetAt(tz, b) === after;
  if (aValid && bValid) return edge === 'first' ? Math.min(a, b) : Math.max(a, b);
  if (aValid) return a;
  if (bValid) return b;
  // In the gap: the local time does not exist; the first instant after it is the switch itself.
  return switchInstant(tz, Math.min(a, b) - DAY / 2, Math.max(a, b) + DAY / 2);
}

function localDateOf(tz: string, t: number): LocalDate {
  const w = wallClock(tz, t);
  return { y: w.year, m: w.month, d: w.day };
}

const nextDay = (x: LocalDate): LocalDate => {
  const u = new Date(Date.UTC(x.y, x.m - 1, x.d + 1));
  return { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate() };
};
const isoDate = (x: LocalDate) => `${x.y}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;
/** 0 = Monday … 6 = Sunday. */
const weekdayIndex = (x: LocalDate) => (new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay() + 6) % 7;

/** "HH:MM" → minutes after midnight; NaN when malformed. "24:00" is 1440. */
export function minuteOfDay(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min !== 0)) return NaN;
  return h * 60 + min;
}

/** Opening ranges of one local day as instants [start, end), in order. */
function openRanges(cal: BusinessCalendar, day: LocalDate, holidays: Set<string>): [number, number][] {
  if (holidays.has(isoDate(day))) return [];
  const ranges = cal.weeklyHours[weekdayIndex(day)] ?? [];
  const out: [number, number][] = [];
  for (const r of ranges) {
    const s = localToInstant(cal.timezone, day, minuteOfDay(r.start), 'first');
    const e = localToInstant(cal.timezone, day, minuteOfDay(r.end), 'last');
    if (e > s) out.push([s, e]);
  }
  return out;
}

const holidayCache = new WeakMap<string[], Set<string>>();
function holidaySet(cal: BusinessCalendar): Set<string> {
  let s = holidayCache.get(cal.holidays);
  if (!s) {
    s = new Set(cal.holidays);
    holidayCache.set(cal.holidays, s);
  }
  return s;
}

function assertHasHours(cal: BusinessCalendar) {
  if (!cal.weeklyHours.some((day) => day && day.length > 0)) throw new RangeError('the calendar has no opening hours');
}

/**
 * The earliest instant at which `minutes` business minutes have passed since `t`. Minutes may be
 * fractional; 0 answers `t` itself (even outside hours). Reaching the end of a range exactly
 * answers that closing instant, not the next opening.
 */
export function addBusinessMinutes(calendar: SlaCalendar, t: Date, minutes: number): Date {
  if (!(minutes >= 0)) throw new RangeError('minutes must be a number ≥ 0');
  if (!calendar) return new Date(t.getTime() + minutes * MINUTE);
  if (minutes === 0) return new Date(t.getTime());
  assertHasHours(calendar);
  const holidays = holidaySet(calendar);
  let remaining = minutes * MINUTE;
  const cursor = t.getTime();
  let closedDays = 0;
  // The walk starts one day early: a range of the previous local day may still be open at `t`
  // around a DST switch (its "last" end can lie after local midnight).
  for (let day = localDateOf(calendar.timezone, cursor - DAY); ; day = nextDay(day)) {
    const ranges = openRanges(calendar, day, holidays);
    if (!ranges.length && ++closedDays > MAX_CLOSED_DAYS) throw new RangeError('the calendar has no opening hours for years');
    for (const [s, e] of ranges) {
      closedDays = 0;
      if (e <= cursor) continue;
      const from = Math.max(s, cursor);
      if (e - from >= remaining) return new Date(from + remaining);
      remaining -= e - from;
    }
  }
}

/** Business milliseconds in [a, b); negative when b is before a. */
export function businessMsBetween(calendar: SlaCalendar, a: Date, b: Date): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to < from) return -businessMsBetween(calendar, b, a);
  if (!calendar) return to - from;
  const holidays = holidaySet(calendar);
  let total = 0;
  for (let day = localDateOf(calendar.timezone, from - DAY); ; day = nextDay(day)) {
    const ranges = openRanges(calendar, day, holidays);
    // Every range of a later local day starts after this day's midnight, so once a day's
    // midnight passes `to`, nothing further can count.
    if (localToInstant(calendar.timezone, day, 0, 'first') >= to) return total;
    for (const [s, e] of ranges) {
      const lo = Math.max(s, from);
      const hi = Math.min(e, to);
      if (hi > lo) total += hi - lo;
    }
  }
}

/** Business minutes in [a, b) (fractional); negative when b is before a. */
export function businessMinutesBetween(calendar: SlaCalendar, a: Date, b: Date): number {
  return businessMsBetween(calendar, a, b) / MINUTE;
}

/** True when `t` lies inside an opening range (always true for calendar time). */
export function isWithinBusinessHours(calendar: SlaCalendar, t: Date): boolean {
  if (!calendar) return true;
  const at = t.getTime();
  const holidays = holidaySet(calendar);
  for (let day = localDateOf(calendar.timezone, at - DAY), i = 0; i < 3; day = nextDay(day), i++) {
    for (const [s, e] of openRanges(calendar, day, holidays)) if (s <= at && at < e) return true;
  }
  return false;
}

/** The next instant ≥ t at which the calendar is open (t itself when open); null if none within years. */
export function nextOpening(calendar: SlaCalendar, t: Date): Date | null {
  if (!calendar) return new Date(t.getTime());
  const at = t.getTime();
  const holidays = holidaySet(calendar);
  let closedDays = 0;
  for (let day = localDateOf(calendar.timezone, at - DAY); closedDays <= MAX_CLOSED_DAYS; day = nextDay(day)) {
    const ranges = openRanges(calendar, day, holidays);
    if (!ranges.length) closedDays++;
    for (const [s, e] of ranges) {
      closedDays = 0;
      if (e > at) return new Date(Math.max(s, at));
    }
  }
  return null;
}

/**
 * Every opening range overlapping [from, to), clipped to it, in order (instants in ms). Calendar
 * time (null) is one range. Used by meetings' free slots.
 */
export function openRangesBetween(calendar: SlaCalendar, from: Date, to: Date): [number, number][] {
  const a = from.getTime();
  const b = to.getTime();
  if (!(b > a)) return [];
  if (!calendar) return [[a, b]];
  const holidays = holidaySet(calendar);
  const out: [number, number][] = [];
  for (let day = localDateOf(calendar.timezone, a - DAY); localToInstant(calendar.timezone, day, 0, 'first') < b; day = nextDay(day)) {
    for (const [s, e] of openRanges(calendar, day, holidays)) {
      const lo = Math.max(s, a);
      const hi = Math.min(e, b);
      if (hi > lo) out.push([lo, hi]);
    }
  }
  return out;
}
