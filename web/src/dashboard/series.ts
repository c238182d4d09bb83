// API answers → chart specs (pure, tested). Buckets are matched by their key across series (the
// API returns every bucket of the TENANT dimension, but a missing one must not shift the others);
// averages come from the API (sum ÷ count of the rollups), never recomputed here.
import type { ChartSpec } from './chart-option.js';
import { percentOf } from './format.js';

export interface Point {
  bucket: string;
  count: number;
  average?: number | null;
}
export interface HourRow {
  hour: string;
  conversationsOpened: number;
}

/** "Mar 2" for a YYYY-MM-DD day; "Mar 2, 14:00" (tenant time) for an hour instant. */
export function bucketLabel(bucket: string, timeZone?: string | null): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(bucket)) {
    return new Date(`${bucket}T12:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  }
  const d = new Date(bucket);
  if (Number.isNaN(d.getTime())) return bucket;
  const tz = timeZone ?? undefined;
  try {
    return d.toLocaleString('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: tz });
  } catch {
    return d.toISOString().slice(0, 16).replace('T', ' ');
  }
}

/** The hour of the day (0–23) of an instant in a time zone. */
export function hourIn(iso: string, timeZone?: string | null): number {
  try {
    const h = new Intl.DateTimeFormat('en-US', { hour: '2-digit', hourCycle: 'h23', timeZone: timeZone ?? undefined }).format(new Date(iso));
    return Number(h) % 24;
  } catch {
    return new Date(iso).getUTCHours();
  }
}

const buckets = (...lists: Point[][]) => [...new Set(lists.flat().map((p) => p.bucket))].sort();
const byBucket = (list: Point[]) => new Map(list.map((p) => [p.bucket, p]));

/**
 * Conversations opened per hour: hour by hour (tenant time) for a short period, else the period
 * summed by hour of the day (when the customers come).
 */
export function conversationsPerHour(rows: HourRow[], opts: { byHourOfDay: boolean; timeZone?: string | null }): ChartSpec {
  if (!opts.byHourOfDay) {
    return {
      unit: 'count',
      categories: rows.map((r) => bucketLabel(r.hour, opts.timeZone)),
      series: [{ name: 'Conversations opened', kind: 'bar', values: rows.map((r) => r.conversationsOpened) }],
    };
  }
  const sums = new Array<number>(24).fill(0);
  for (const r of rows) sums[hourIn(r.hour, opts.timeZone)]! += r.conversationsOpened;
  return {
    unit: 'count',
    categories: sums.map((_, h) => `${String(h).padStart(2, '0')}:00`),
    series: [{ name: 'Conversations opened', kind: 'bar', values: sums }],
  };
}

/** Average first response time per bucket (null where there was no first response). */
export function firstResponseTrend(points: Point[], timeZone?: string | null): ChartSpec {
  return {
    unit: 'duration',
    categories: points.map((p) => bucketLabel(p.bucket, timeZone)),
    series: [{ name: 'Avg first response', kind: 'line', values: points.map((p) => (p.count > 0 ? (p.average ?? null) : null)) }],
  };
}

/** Resolutions by people and by the assistant alone, stacked per bucket. */
export function aiVsHuman(human: Point[], ai: Point[], timeZone?: string | null): ChartSpec {
  const keys = buckets(human, ai);
  const h = byBucket(human);
  const a = byBucket(ai);
  return {
    unit: 'count',
    categories: keys.map((k) => bucketLabel(k, timeZone)),
    series: [
      { name: 'By people', kind: 'bar', stack: 'resolved', values: keys.map((k) => h.get(k)?.count ?? 0) },
      { name: 'By AI', kind: 'bar', stack: 'resolved', values: keys.map((k) => a.get(k)?.count ?? 0) },
    ],
  };
}

/** SLA targets met ÷ (met + missed) per bucket, as a percentage (null without targets). */
export function slaMetPercent(met: Point[], missed: Point[], timeZone?: string | null): ChartSpec {
  const keys = buckets(met, missed);
  const m = byBucket(met);
  const x = byBucket(missed);
  return {
    unit: 'percent',
    categories: keys.map((k) => bucketLabel(k, timeZone)),
    series: [
      {
        name: 'SLA met',
        kind: 'line',
        values: keys.map((k) => {
          const ok = m.get(k)?.count ?? 0;
          return percentOf(ok, ok + (x.get(k)?.count ?? 0));
        }),
      },
    ],
  };
}

export const RATING_LABELS = ['1 – very unhappy', '2 – unhappy', '3 – neutral', '4 – happy', '5 – very happy'] as const;

export function csatDistribution(counts: number[]): ChartSpec {
  return {
    unit: 'count',
    categories: [...RATING_LABELS],
    series: [{ name: 'Ratings', kind: 'bar', values: counts }],
  };
}
