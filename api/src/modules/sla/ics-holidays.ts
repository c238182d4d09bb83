// Holidays from an iCalendar file (a public-holiday feed, an Outlook export): each VEVENT becomes
// one local date per day it covers. Hand-parsed on purpose: we need DTSTART/DTEND/SUMMARY and
// yearly fixed-date recurrence, not a calendar engine.
import type { Holiday } from './business-calendar.entity.js';

export class IcsError extends Error {}

export interface IcsImport {
  holidays: Holiday[];
  /** Events whose recurrence rule was not a plain yearly one (only their first date was taken). */
  recurrenceIgnored: number;
}

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Unfold continuation lines (RFC 5545 §3.1) and split each into name, parameters and value. */
function contentLines(text: string): Prop[] {
  const raw = text.replace(/\r\n/g, '\n').replace(/\r/g, '\n').split('\n');
  const lines: string[] = [];
  for (const line of raw) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && lines.length) lines[lines.length - 1] += line.slice(1);
    else if (line.trim()) lines.push(line);
  }
  return lines.map((line) => {
    const colon = findValueColon(line);
    const head = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1);
    const [name, ...paramParts] = head.split(';');
    const params: Record<string, string> = {};
    for (const p of paramParts) {
      const eq = p.indexOf('=');
      if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
    }
    return { name: name.toUpperCase(), params, value };
  });
}

/** The first colon outside a quoted parameter value. */
function findValueColon(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return i;
  }
  return -1;
}

const unescapeText = (s: string) => s.replace(/\\n/gi, ' ').replace(/\\([,;\\])/g, '$1').trim();

interface DateValue {
  date: string;
  /** Had a time of day other than midnight (an inclusive end). */
  timed: boolean;
}

function localDateIn(tz: string, t: Date): string {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
  return f.format(t);
}

function parseDate(p: Prop, timezone: string): DateValue {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(p.value.trim());
  if (!m) throw new IcsError(`${p.name} "${p.value}" is not an iCalendar date`);
  const [, y, mo, d, hh, mi, ss, z] = m;
  const date = `${y}-${mo}-${d}`;
  if (!isValidDate(date)) throw new IcsError(`${p.name} "${p.value}" is not a real date`);
  if (!hh) return { date, timed: false };
  const timed = `${hh}${mi}${ss}` !== '000000';
  // A UTC time is moved to the calendar's zone; a floating or TZID time keeps its own date.
  if (z) {
    const instant = new Date(Date.UTC(+y, +mo - 1, +d, +hh, +mi, +ss));
    return { date: localDateIn(timezone, instant), timed };
  }
  return { date, timed };
}

export function isValidDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const t = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return t.getUTCFullYear() === +m[1] && t.getUTCMonth() === +m[2] - 1 && t.getUTCDate() === +m[3];
}

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Longest single event we expand (a year: anything longer is a mistake, not a holiday). */
const MAX_EVENT_DAYS = 366;

/**
 * Parse `ics` into holidays. UTC times become dates in `timezone`. Yearly fixed-date events
 * (RRULE:FREQ=YEARLY with at most INTERVAL, COUNT, UNTIL, BYMONTH/BYMONTHDAY matching the start)
 * repeat from their first year through `untilYear`.
 */
export function parseIcsHolidays(ics: string, timezone: string, untilYear: number): IcsImport {
  const props = contentLines(ics);
  if (!props.some((p) => p.name === 'BEGIN' && p.value.toUpperCase() === 'VCALENDAR')) throw new IcsError('not an iCalendar file (no BEGIN:VCALENDAR)');
  const out = new Map<string, string>();
  let recurrenceIgnored = 0;
  let event: Prop[] | null = null;
  for (const p of props) {
    if (p.name === 'BEGIN' && p.value.toUpperCase() === 'VEVENT') event = [];
    else if (p.name === 'END' && p.value.toUpperCase() === 'VEVENT' && event) {
      recurrenceIgnored += addEvent(event, timezone, untilYear, out);
      event = null;
    } else if (event) event.push(p);
  }
  const holidays = [...out].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
  return { holidays, recurrenceIgnored };
}

/** Adds the event's dates to `out`; answers 1 when its recurrence rule was ignored. */
function addEvent(props: Prop[], timezone: string, untilYear: number, out: Map<string, string>): number {
  const get = (n: string) => props.find((p) => p.name === n);
  const startProp = get('DTSTART');
  if (!startProp) throw new IcsError('a VEVENT has no DTSTART');
  const start = parseDate(startProp, timezone);
  const endProp = get('DTEND');
  let days = 1;
  if (endProp) {
    const end = parseDate(endProp, timezone);
    // DTEND is exclusive for dates and midnights; a timed end still covers its own day.
    const span = Math.round((Date.parse(end.date) - Date.parse(start.date)) / 86_400_000) + (end.timed ? 1 : 0);
    if (span < 0) throw new IcsError(`a VEVENT ends (${endProp.value}) before it starts (${startProp.value})`);
    days = Math.max(1, span);
    if (days > MAX_EVENT_DAYS) throw new IcsError(`a VEVENT lasts more than ${MAX_EVENT_DAYS} days`);
  }
  const name = unescapeText(get('SUMMARY')?.value ?? '') || 'Holiday';
  const add = (first: string) => {
    for (let i = 0; i < days; i++) if (!out.has(addDays(first, i))) out.set(addDays(first, i), name.slice(0, 100));
  };
  add(start.date);
  const rrule = get('RRULE');
  if (!rrule) return 0;
  const rule = Object.fromEntries(rrule.value.split(';').map((kv) => kv.split('=') as [string, string]).map(([k, v]) => [k.toUpperCase(), v ?? '']));
  const [y, mo, d] = start.date.split('-');
  const fixedDate = rule.FREQ === 'YEARLY' && Object.keys(rule).every((k) => ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYMONTH', 'BYMONTHDAY', 'WKST'].includes(k)) && (!rule.BYMONTH || +rule.BYMONTH === +mo) && (!rule.BYMONTHDAY || +rule.BYMONTHDAY === +d);
  if (!fixedDate) return 1;
  const interval = Math.max(1, Number(rule.INTERVAL) || 1);
  const count = rule.COUNT ? Number(rule.COUNT) : Infinity;
  const until = rule.UNTIL ? /^(\d{4})(\d{2})(\d{2})/.exec(rule.UNTIL) : null;
  const untilDate = until ? `${until[1]}-${until[2]}-${until[3]}` : null;
  for (let year = +y + interval, n = 1; year <= untilYear && n < count; year += interval, n++) {
    const date = `${year}-${mo}-${d}`;
    if (!isValidDate(date)) continue; // 29 February outside leap years
    if (untilDate && date > untilDate) break;
    add(date);
  }
  return 0;
}
