// The task board's moves: a card dropped into another column (or another place in its own) gets
// a position between its new neighbours; a drop where it already is sends nothing.
import { describe, expect, it } from 'vitest';
import { isOverdue, moveCard, toColumns } from '../../web/src/tasks/board.js';

const cards = [
  { id: 'a', status: 'TODO', position: 1000 },
  { id: 'b', status: 'TODO', position: 2000 },
  { id: 'c', status: 'IN_PROGRESS', position: 1000 },
  { id: 'd', status: 'IN_PROGRESS', position: 3000 },
  { id: 'x', status: 'CANCELLED', position: 1 },
];

describe('task board', () => {
  it('groups by status in position order and leaves cancelled tasks off the board', () => {
    const cols = toColumns(cards);
    expect(cols.TODO.map((c) => c.id)).toEqual(['a', 'b']);
    expect(cols.IN_PROGRESS.map((c) => c.id)).toEqual(['c', 'd']);
    expect(cols.REVIEW).toEqual([]);
    expect(Object.values(cols).flat().some((c) => c.id === 'x')).toBe(false);
  });

  it('between two cards of another column', () => {
    const r = moveCard(cards, 'a', 'IN_PROGRESS', 1);
    expect(r.move).toEqual({ id: 'a', status: 'IN_PROGRESS', position: 2000 });
    expect(toColumns(r.cards).IN_PROGRESS.map((c) => c.id)).toEqual(['c', 'a', 'd']);
    expect(toColumns(r.cards).TODO.map((c) => c.id)).toEqual(['b']);
  });

  it('to the top, the bottom and an empty column', () => {
    expect(moveCard(cards, 'b', 'IN_PROGRESS', 0).move).toEqual({ id: 'b', status: 'IN_PROGRESS', position: 0 });
    expect(moveCard(cards, 'b', 'IN_PROGRESS', 99).move).toEqual({ id: 'b', status: 'IN_PROGRESS', position: 4000 });
    expect(moveCard(cards, 'b', 'DONE', 0).move).toEqual({ id: 'b', status: 'DONE', position: 1000 });
  });

  it('within its own column; dropped where it is sends nothing', () => {
    expect(moveCard(cards, 'b', 'TODO', 0).move).toEqual({ id: 'b', status: 'TODO', position: 0 });
    expect(moveCard(cards, 'a', 'TODO', 0).move).toBeNull();
  });

  it('overdue: past due and not finished', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    expect(isOverdue({ dueAt: '2026-12-07T11:00:00Z', status: 'TODO' }, now)).toBe(true);
    expect(isOverdue({ dueAt: '2026-12-07T11:00:00Z', status: 'DONE' }, now)).toBe(false);
    expect(isOverdue({ dueAt: '2026-12-07T13:00:00Z', status: 'TODO' }, now)).toBe(false);
    expect(isOverdue({ dueAt: null, status: 'TODO' }, now)).toBe(false);
  });
});
