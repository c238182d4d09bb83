// The task board's pure logic: columns by status, ordered by position; a card dropped at an
// index of a column gets a position between its new neighbours (no renumbering of the others).

import type { TaskFieldsFragment } from '../gql/graphql.js';

export type Task = TaskFieldsFragment;

export const BOARD_STATUSES = ['TODO', 'IN_PROGRESS', 'REVIEW', 'DONE'] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

export const STATUS_LABELS: Record<string, string> = {
  TODO: 'To do',
  IN_PROGRESS: 'In progress',
  REVIEW: 'Review',
  DONE: 'Done',
  CANCELLED: 'Cancelled',
};

export const PRIORITY_LABELS: Record<string, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', URGENT: 'Urgent' };

export interface BoardCard {
  id: string;
  status: string;
  position: number;
}

/** Cards grouped by board column, each column sorted by position (CANCELLED ones are left out). */
export function toColumns<T extends BoardCard>(cards: readonly T[]): Record<BoardStatus, T[]> {
  const cols = Object.fromEntries(BOARD_STATUSES.map((s) => [s, [] as T[]])) as Record<BoardStatus, T[]>;
  for (const c of cards) if ((BOARD_STATUSES as readonly string[]).includes(c.status)) cols[c.status as BoardStatus].push(c);
  for (const s of BOARD_STATUSES) cols[s].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  return cols;
}

/** The position for a card placed at `index` among `column` (the card itself left out of it). */
export function positionAt(column: readonly BoardCard[], index: number): number {
  const before = column[index - 1];
  const after = column[index];
  if (!before && !after) return 1000;
  if (!before) return after!.position - 1000;
  if (!after) return before.position + 1000;
  return (before.position + after.position) / 2;
}

export interface Move {
  id: string;
  status: BoardStatus;
  position: number;
}

/**
 * Moving card `id` to `status` at `index`: the update to send (null when it stays where it is)
 * and the columns as they look after it (shown at once; a refused move reloads).
 */
export function moveCard<T extends BoardCard>(cards: readonly T[], id: string, status: BoardStatus, index: number): { move: Move | null; cards: T[] } {
  const card = cards.find((c) => c.id === id);
  if (!card) return { move: null, cards: [...cards] };
  const target = toColumns(cards.filter((c) => c.id !== id))[status];
  const i = Math.max(0, Math.min(index, target.length));
  const same = card.status === status && toColumns(cards)[status].indexOf(card) === i;
  if (same) return { move: null, cards: [...cards] };
  const position = positionAt(target, i);
  return { move: { id, status, position }, cards: cards.map((c) => (c.id === id ? { ...c, status, position } : c)) };
}

/** True when a task is past its due date and not finished. */
export function isOverdue(task: { dueAt?: string | null; status: string }, now = Date.now()): boolean {
  return !!task.dueAt && new Date(task.dueAt).getTime() < now && task.status !== 'DONE' && task.status !== 'CANCELLED';
}
