// The dashboard's period: whole days (inclusive) plus the business-hours toggle, kept in the URL
// (`?from=2026-03-01&to=2026-03-07&bh=1`) so a copied link shows the same numbers. Presets count
// back from today; a hand-picked range is clamped to 92 days (the hourly chart's limit) and to `to ≥ from`.

export interface DashboardRange {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  to: string;
  businessHoursOnly: boolean;
}

export const PRESETS = [
  { id: 'today', label: 'Today', days: 1 },
  { id: '7d', label: 'Last 7 days', days: 7 },
  { id: '30d', label: 'Last 30 days', days: 30 },
  { id: '90d', label: 'Last 90 days', days: 90 },
] as const;
export type PresetId = (typeof PRESETS)[number]['id'];

// The API reads hourly statistics for at most 93 days; 92 whole local days stay under that across a DST change.
export const MAX_DAYS = 92;
const DAY_MS = 86_400_000;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A date's calendar day in a time zone (the tenant's), YYYY-MM-DD. */
export function dayIn(date: Date, timeZone?: string): string {
  try {
    // en-CA writes ISO-like YYYY-MM-DD.
    return date.toLocaleDateString('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

export function presetRange(id: PresetId, today: string): { from: string; to: string } {
  const preset = PRESETS.find((p) => p.id === id) ?? PRESETS[1];
  return { from: addDays(today, -(preset.days - 1)), to: today };
}

/** Which preset the range is, if any. */
export function presetOf(range: { from: string; to: string }, today: string): PresetId | null {
  return PRESETS.find((p) => range.to === today && range.from === addDays(today, -(p.days - 1)))?.id ?? null;
}

const isDay = (v: unknown): v is string => typeof v === 'string' && DAY_RE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

/** The range a URL query asks for; the last 7 days when absent or invalid. */
export function rangeFromQuery(query: Record<string, unknown>, today: string): DashboardRange {
  const businessHoursOnly = query.bh === '1';
  let from = isDay(query.from) ? query.from : null;
  let to = isDay(query.to) ? query.to : null;
  if (!from || !to) return { ...presetRange('7d', today), businessHoursOnly };
  if (to < from) [from, to] = [to, from];
  if (daysBetween(from, to) > MAX_DAYS) from = addDays(to, -(MAX_DAYS - 1));
  return { from, to, businessHoursOnly };
}

/** The URL query of a range (other keys, e.g. `tenant`, are the caller's to keep). */
export function queryFromRange(range: DashboardRange): Record<string, string> {
  return { from: range.from, to: range.to, ...(range.businessHoursOnly ? { bh: '1' } : {}) };
}

/** Hour or day buckets: hours for a range of up to two days. */
export function granularityOf(range: { from: string; to: string }): 'HOUR' | 'DAY' {
  return daysBetween(range.from, range.to) <= 2 ? 'HOUR' : 'DAY';
}

/** Minutes the zone is ahead of UTC at an instant (e.g. +780 for Pacific/Auckland in summer). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The instant a calendar day starts in a time zone (DST-aware), as ISO. */
export function startOfDayIn(day: string, timeZone: string | null | undefined): string {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  if (!timeZone) return new Date(utcMidnight).toISOString();
  try {
    let guess = utcMidnight - zoneOffsetMinutes(utcMidnight, timeZone) * 60_000;
    // The offset at the guess may differ (a DST change that day): settle on it.
    guess = utcMidnight - zoneOffsetMinutes(guess, timeZone) * 60_000;
    return new Date(guess).toISOString();
  } catch {
    return new Date(utcMidnight).toISOString();
  }
}

/** The range as instants for the API: [start of `from`, start of the day after `to`) in the tenant's zone. */
export function rangeInstants(range: { from: string; to: string }, timeZone: string | null | undefined): { from: string; to: string } {
  return { from: startOfDayIn(range.from, timeZone), to: startOfDayIn(addDays(range.to, 1), timeZone) };
}
