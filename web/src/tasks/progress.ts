// Team progress helpers: the day range of "last N days" and readable labels.
import { addDays, dayKeyOf, type DayKey } from '../calendar/zoned.js';

export const PROGRESS_RANGES = [7, 30] as const;
export type ProgressRange = (typeof PROGRESS_RANGES)[number];

/** The last `days` local days ending today (inclusive), as the API's `from` / `to`. */
export function progressRange(days: number, now: Date, tz: string): { from: DayKey; to: DayKey } {
  const to = dayKeyOf(now, tz);
  return { from: addDays(to, -(days - 1)), to };
}

/** "45 min", "3 h 20 min", "2 d 4 h"; "—" when there is no figure. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return '—';
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return '< 1 min';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** "Mon 7 Dec" for a YYYY-MM-DD day. */
export function formatDay(key: string): string {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export const teamLabel = (team: string | null | undefined) => team?.trim() || 'No team';
