// Wall-clock arithmetic in an IANA timezone with Intl only (no date library): the calendar grid
// is drawn in the viewer's zone, so a meeting sits at its local time on both sides of a DST change.

/** A calendar day as `YYYY-MM-DD`. */
export type DayKey = string;

export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall-clock time of an instant in `tz`. */
export function wallTime(at: Date, tz: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute! };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dayKeyOf(at: Date, tz: string): DayKey {
  const w = wallTime(at, tz);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

function parseKey(key: DayKey): { year: number; month: number; day: number } {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** `key` moved by `days` calendar days. */
export function addDays(key: DayKey, days: number): DayKey {
  const { year, month, day } = parseKey(key);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(key: DayKey): number {
  const { year, month, day } = parseKey(key);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** Offset of `tz` from UTC at an instant, in minutes (Berlin in summer: 120). */
export function offsetMinutes(at: Date, tz: string): number {
  const w = wallTime(at, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant of a wall-clock time in `tz`. A time skipped by a DST change (02:30 on the spring
 * day in Berlin) becomes the first valid time after it; a repeated one takes its first occurrence.
 */
export function zonedInstant(key: DayKey, minutes: number, tz: string): Date {
  const { year, month, day } = parseKey(key);
  const naive = Date.UTC(year, month - 1, day, 0, minutes);
  // Two passes settle the offset (it can differ between the naive guess and the answer).
  let guess = naive - offsetMinutes(new Date(naive), tz) * 60_000;
  guess = naive - offsetMinutes(new Date(guess), tz) * 60_000;
  const earlier = naive - offsetMinutes(new Date(guess - 3_600_000), tz) * 60_000;
  if (earlier < guess && minutesOfDay(new Date(earlier), key, tz) === minutes) guess = earlier;
  if (minutesOfDay(new Date(guess), key, tz) !== minutes) {
    // Skipped: move forward by the gap.
    const after = naive - offsetMinutes(new Date(guess + 3_600_000 * 3), tz) * 60_000;
    return new Date(Math.max(after, guess));
  }
  return new Date(guess);
}

/** Wall-clock minutes since midnight of `key` (negative before, ≥ 1440 after that day). */
export function minutesOfDay(at: Date, key: DayKey, tz: string): number {
  const w = wallTime(at, tz);
  const dayDiff = Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(...ymd(key))) / 86_400_000);
  return dayDiff * 1440 + w.hour * 60 + w.minute;
}
function ymd(key: DayKey): [number, number, number] {
  const { year, month, day } = parseKey(key);
  return [year, month - 1, day];
}

/** Midnight of `key` in `tz` … midnight of the next day (23 or 25 hours on DST days). */
export function dayRange(key: DayKey, tz: string): { from: Date; to: Date } {
  return { from: zonedInstant(key, 0, tz), to: zonedInstant(addDays(key, 1), 0, tz) };
}

/** The Monday-first week holding `key`. */
export function weekOf(key: DayKey): DayKey[] {
  const monday = addDays(key, -weekdayOf(key));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Six Monday-first weeks covering the month of `key` (42 days). */
export function monthGridOf(key: DayKey): DayKey[] {
  const first = `${key.slice(0, 7)}-01`;
  const start = addDays(first, -weekdayOf(first));
  return Array.from({ length: 42 }, (_, i) => addDays(start, i));
}

export interface Placement {
  /** Wall-clock minutes from the top of the day column. */
  top: number;
  /** Wall-clock minutes of the end, at most 1440. */
  bottom: number;
}

/**
 * Where an event sits in the column of `key`: from its local start to its local end, clipped to
 * the day; null when it does not touch that day. Wall-clock minutes, so the hour lines match the
 * labels even on the 23- and 25-hour days.
 */
export function placeOnDay(startsAt: Date, endsAt: Date, key: DayKey, tz: string): Placement | null {
  const { from, to } = dayRange(key, tz);
  if (endsAt <= from || startsAt >= to) return null;
  const top = startsAt <= from ? 0 : Math.max(0, minutesOfDay(startsAt, key, tz));
  const bottom = endsAt >= to ? 1440 : Math.min(1440, minutesOfDay(endsAt, key, tz));
  return { top, bottom: Math.max(bottom, top + 15) };
}

/** Snap wall-clock minutes to a step (15 minutes by default), within the day. */
export function snapMinutes(minutes: number, step = 15): number {
  return Math.min(1440 - step, Math.max(0, Math.round(minutes / step) * step));
}

/** The timezone of this browser. */
export function browserTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "Tue 8 Dec, 15:00" in `tz`. */
export function formatWhen(at: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(at)
    .replace(/^(\w+),? /, '$1 ')
    .replace(/ at /, ', ');
}

/** "15:00" in `tz`. */
export function formatClock(at: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** `YYYY-MM-DDTHH:mm` for an <input type="datetime-local"> showing `at` in `tz`. */
export function toLocalInput(at: Date, tz: string): string {
  const w = wallTime(at, tz);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The instant of an <input type="datetime-local"> value read in `tz`; null when incomplete. */
export function fromLocalInput(value: string, tz: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  return zonedInstant(m[1]!, Number(m[2]) * 60 + Number(m[3]), tz);
}
