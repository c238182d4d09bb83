// Sorting the operator performance table: numbers as numbers, names as words (locale, numeric
// aware), and rows without a value ("—": no data in the range) always last, whichever way the
// column is sorted — so "slowest first response" never starts with agents who had none.

export type SortDirection = 'asc' | 'desc';
export interface SortState<K extends string = string> {
  key: K;
  direction: SortDirection;
}

const missing = (v: unknown) => v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v));

export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

/** A sorted copy; ties keep their order (a stable sort); missing values last in both directions. */
export function sortRows<R>(rows: readonly R[], sort: SortState | null, value: (row: R, key: string) => unknown): R[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = value(x, sort.key);
    const b = value(y, sort.key);
    const ma = missing(a);
    const mb = missing(b);
    if (ma || mb) return ma === mb ? 0 : ma ? 1 : -1;
    return sign * compareValues(a, b);
  });
}

/**
 * The next sort after a click on a column's header: the same column flips its direction, a new
 * one starts with its natural direction (names A→Z, numbers largest first).
 */
export function nextSort(current: SortState | null, key: string, firstDirection: SortDirection): SortState {
  if (current?.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: firstDirection };
}

export function ariaSort(current: SortState | null, key: string): 'ascending' | 'descending' | 'none' {
  if (current?.key !== key) return 'none';
  return current.direction === 'asc' ? 'ascending' : 'descending';
}

/** A column of the operator table (OperatorTable.vue). */
export interface OperatorColumn {
  key: string;
  label: string;
  /** How the value is written; 'text' for names. */
  unit: 'count' | 'duration' | 'percent' | 'text';
  /** The drill-down this number opens (counts only). */
  drill?: string;
  /** Longer description of the column (the header's title). */
  description?: string;
}

/** A row of the operator table: an id, a name, and the values by column key. */
export type OperatorRow = { id: string; name: string } & Record<string, unknown>;
