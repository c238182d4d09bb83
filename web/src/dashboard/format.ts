// How the dashboard writes its numbers: durations as "3m 20s", percentages with one decimal,
// counts with thousands separators, and "—" for "no data" (never 0, never NaN). The cards, the
// charts' tooltips, the operator table and the drill-down all use these, so one number reads the
// same everywhere it appears.

/** "—": a value the API could not compute (e.g. an average over no events). */
export const NO_VALUE = '—';

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Seconds as the two largest units: 45s, 3m 20s, 1h 5m, 2d 3h. Under a minute keeps one decimal
 * below 10 s (0.4s, 9.5s) so a fast bot reply does not read "0s".
 */
export function formatDuration(seconds: number | null | undefined): string {
  if (!isNumber(seconds)) return NO_VALUE;
  const neg = seconds < 0;
  let s = Math.abs(seconds);
  if (s < 10 && s > 0 && s % 1 !== 0) return `${neg ? '−' : ''}${(Math.round(s * 10) / 10).toFixed(1).replace(/\.0$/, '')}s`;
  s = Math.round(s);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const sign = neg ? '−' : '';
  if (d > 0) return `${sign}${d}d${h ? ` ${h}h` : ''}`;
  if (h > 0) return `${sign}${h}h${m ? ` ${m}m` : ''}`;
  if (m > 0) return `${sign}${m}m${sec ? ` ${sec}s` : ''}`;
  return `${sign}${sec}s`;
}

/** A percentage given as 0–100, with one decimal: 87.5%, 100.0%, 0.0%. */
export function formatPercent(percent: number | null | undefined): string {
  if (!isNumber(percent)) return NO_VALUE;
  return `${(Math.round(percent * 10) / 10).toFixed(1)}%`;
}

/** A ratio given as 0–1, as a percentage with one decimal. */
export function formatRatio(ratio: number | null | undefined): string {
  return isNumber(ratio) ? formatPercent(ratio * 100) : NO_VALUE;
}

/** ratio = part ÷ whole as a percentage (0–100), or null when the whole is 0. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}

const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
/** A count: 1,234. */
export function formatCount(n: number | null | undefined): string {
  return isNumber(n) ? counts.format(n) : NO_VALUE;
}

/** sum ÷ count, the one way an average is computed (null when nothing was counted). */
export function average(sum: number, count: number): number | null {
  return count > 0 ? sum / count : null;
}

/** An UPPER_SNAKE or lower_snake code as words: CUSTOMER_ASKED → "Customer asked". */
export function humanize(code: string | null | undefined): string {
  if (!code) return NO_VALUE;
  const words = code.replace(/[_\s-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A timestamp in the viewer's locale: "Mar 2, 14:05". */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return NO_VALUE;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return NO_VALUE;
  return d.toLocaleString('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, ...(timeZone ? { timeZone } : {}) });
}
