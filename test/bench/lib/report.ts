// The final table (markdown) and .bench/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Goal, Row } from './types.js';

export interface SectionResult {
  section: string;
  ms: number;
  error?: string;
  rows: Row[];
}

const fmtNumber = (n: number, decimals?: number) => {
  const d = decimals ?? (Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2);
  return n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
};

export function formatValue(row: Row): string {
  if (row.value === null) return 'n/a';
  if (typeof row.value === 'string') return row.value;
  return `${fmtNumber(row.value, row.decimals)}${row.unit ? (row.unit === '×' ? '×' : ` ${row.unit}`) : ''}`;
}

export function formatGoal(goal: Goal | undefined, unit?: string): string {
  if (!goal) return '';
  const op = { '<=': '≤', '>=': '≥', '=': '=' }[goal.op];
  const n = goal.target.toLocaleString('en-US', { maximumFractionDigits: 3 });
  return `${op} ${n}${unit ? (unit === '×' ? '×' : ` ${unit}`) : ''}`;
}

/** true / false against the goal, or undefined when the row has no goal. */
export function rowOk(row: Row): boolean | undefined {
  if (row.ok !== undefined) return row.ok;
  if (!row.goal) return undefined;
  if (typeof row.value !== 'number') return false;
  const { op, target } = row.goal;
  return op === '<=' ? row.value <= target : op === '>=' ? row.value >= target : row.value === target;
}

const okMark = (row: Row) => {
  const ok = rowOk(row);
  if (row.warning) return '⚠';
  return ok === undefined ? '' : ok ? '✓' : '✗';
};

export function renderTable(results: SectionResult[]): string {
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const r of results) {
    for (const row of r.rows) {
      let figure = row.figure;
      if (row.note) {
        notes.push(row.note);
        figure += ` [${notes.length}]`;
      }
      rows.push([figure, formatValue(row), formatGoal(row.goal, row.unit), okMark(row)]);
    }
    if (r.error) rows.push([`${r.section}: section failed`, r.error.split('\n')[0].slice(0, 120), '', '✗']);
  }
  const header = ['figure', 'value', 'goal', 'ok?'];
  const width = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(width[i] - [...c].length)).join(' | ')} |`;
  const out = [line(header), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  if (notes.length) out.push('', ...notes.map((n, i) => `[${i + 1}] ${n}`));
  return out.join('\n');
}

export function writeJson(root: string, payload: Record<string, unknown>, results: SectionResult[]): string {
  const dir = path.join(root, '.bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'results.json');
  const sections = results.map((r) => ({
    section: r.section,
    ms: Math.round(r.ms),
    ...(r.error && { error: r.error }),
    rows: r.rows.map((row) => ({
      ...row,
      formatted: formatValue(row),
      goalText: formatGoal(row.goal, row.unit) || undefined,
      ok: rowOk(row) ?? null,
    })),
  }));
  writeFileSync(file, JSON.stringify({ ...payload, sections }, null, 2) + '\n');
  return file;
}
