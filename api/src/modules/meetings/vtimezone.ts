// VTIMEZONE components from Intl (no time zone database package): each offset change between two
// years becomes one STANDARD or DAYLIGHT sub-component with its own DTSTART (RFC 5545 allows
// explicit transitions instead of RRULEs). Calendar clients and ical.js resolve local times with it.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();
function offsetAt(tz: string, t: number): number {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(tz, f);
  }
  const o = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of f.formatToParts(new Date(t))) if (p.type in o) o[p.type as keyof typeof o] = Number(p.value);
  return Date.UTC(o.year, o.month - 1, o.day, o.hour, o.minute, o.second) - Math.floor(t / 1000) * 1000;
}

const fmtOffset = (ms: number) => {
  const sign = ms < 0 ? '-' : '+';
  const m = Math.abs(ms) / 60_000;
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;
};
const fmtLocal = (t: number) => new Date(t).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, '');

/** Offset changes of `tz` in [from, to): instant and offsets before/after. */
export function transitions(tz: string, from: number, to: number): { at: number; before: number; after: number }[] {
  const out: { at: number; before: number; after: number }[] = [];
  let prev = offsetAt(tz, from);
  for (let t = from + DAY; t < to + DAY; t += DAY) {
    const cur = offsetAt(tz, t);
    if (cur !== prev) {
      let lo = t - DAY;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetAt(tz, mid) === prev) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, before: prev, after: cur });
      prev = cur;
    }
  }
  return out;
}

/** A VTIMEZONE for `tz` covering the years [fromYear, toYear]. */
export function vtimezone(tz: string, fromYear: number, toYear: number): string {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear + 1, 0, 1);
  const list = transitions(tz, from, to);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tz}`];
  if (!list.length) {
    const off = fmtOffset(offsetAt(tz, from));
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${off}`, `TZOFFSETTO:${off}`, `TZNAME:${tz}`, 'END:STANDARD');
  } else {
    // Which offset is "standard": the smaller of the two around each change.
    for (const x of list) {
      const kind = x.after > x.before ? 'DAYLIGHT' : 'STANDARD';
      lines.push(`BEGIN:${kind}`, `DTSTART:${fmtLocal(x.at + x.before)}`, `TZOFFSETFROM:${fmtOffset(x.before)}`, `TZOFFSETTO:${fmtOffset(x.after)}`, `END:${kind}`);
    }
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
