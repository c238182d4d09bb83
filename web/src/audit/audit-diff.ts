// An audit entry's before/after as a readable field-by-field diff (not raw JSON): nested objects
// are walked into dotted fields ("branding › Primary color"), values are written as words.
import { humanize } from '../labels.js';

export interface DiffRow {
  /** Readable field path, e.g. "Branding › Primary color". */
  field: string;
  before: string;
  after: string;
  change: 'added' | 'removed' | 'changed';
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** A camelCase or snake_case key as words: `primaryColor` → "Primary color". */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .trim()
    .toLowerCase();
  const fixed = words.replace(/\b(id|ip|url|sla|ai|api|faq|csat)\b/g, (w) => w.toUpperCase());
  return fixed.charAt(0).toUpperCase() + fixed.slice(1);
}

/** A stored value in words. Codes (ALL_CAPS) are humanized; missing is an em dash. */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (typeof v === 'number') return v.toLocaleString();
  if (typeof v === 'string') {
    if (/^[A-Z][A-Z0-9_]+$/.test(v)) return humanize(v);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) {
      const d = new Date(v);
      if (!Number.isNaN(d.getTime())) return d.toLocaleString();
    }
    return v;
  }
  if (Array.isArray(v)) return v.length ? v.map(formatValue).join(', ') : '(none)';
  return JSON.stringify(v);
}

function flatten(value: unknown, path: string[], out: Map<string, { path: string[]; value: unknown }>) {
  if (isObject(value) && Object.keys(value).length) {
    for (const [k, v] of Object.entries(value)) flatten(v, [...path, k], out);
  } else if (path.length) {
    out.set(path.join('.'), { path, value });
  }
}

/**
 * Field-by-field rows of an entry: every field that is in `before` or `after` (the audit log keeps
 * only changed fields), unchanged nested fields left out. An entry with only `after` (a creation)
 * lists its fields as added; only `before` (a deletion) as removed.
 */
export function auditDiff(before: Json | null | undefined, after: Json | null | undefined): DiffRow[] {
  const b = new Map<string, { path: string[]; value: unknown }>();
  const a = new Map<string, { path: string[]; value: unknown }>();
  flatten(before ?? {}, [], b);
  flatten(after ?? {}, [], a);
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  const rows: DiffRow[] = [];
  for (const key of keys) {
    const was = b.get(key);
    const now = a.get(key);
    if (was && now && JSON.stringify(was.value) === JSON.stringify(now.value)) continue;
    const path = (now ?? was)!.path;
    rows.push({
      field: path.map(fieldLabel).join(' › '),
      before: was ? formatValue(was.value) : '—',
      after: now ? formatValue(now.value) : '—',
      change: !was || was.value === null ? 'added' : !now || now.value === null ? 'removed' : 'changed',
    });
  }
  return rows;
}

/** Start of a local calendar day (`yyyy-mm-dd`) as an ISO instant; `plusDays` moves it. */
export function dayStart(date: string, plusDays = 0): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays).toISOString();
}
