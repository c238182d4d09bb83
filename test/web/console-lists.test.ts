// @vitest-environment happy-dom
// The console's conversation lists (web/src/console/conversation-lists.ts) and the
// keyboard-shortcut guard (web/src/console/shortcuts.ts).
import { describe, expect, it } from 'vitest';
import {
  applyConversationUpdate,
  belongsTo,
  listQuery,
  neighbour,
  type ConversationLists,
  type ListConversation,
} from '../../web/src/console/conversation-lists.js';
import { shortcutFor } from '../../web/src/console/shortcuts.js';

const ME = 'user-me';
const conv = (id: string, status: string, updatedAt: string, assignee: string | null = null, waitingSince: string | null = null): ListConversation => ({
  id,
  status,
  updatedAt,
  waitingSince,
  assignee: assignee ? { id: assignee } : null,
});
const ids = (lists: ConversationLists<ListConversation>) => ({
  queue: lists.queue.map((c) => c.id),
  mine: lists.mine.map((c) => c.id),
  open: lists.open.map((c) => c.id),
});

describe('conversation lists', () => {
  it('a conversationUpdated event moves a conversation from the queue to Mine', () => {
    const waiting = conv('c1', 'WAITING', '2026-01-01T10:00:00Z', null, '2026-01-01T10:00:00Z');
    const other = conv('c2', 'WAITING', '2026-01-01T09:00:00Z', null, '2026-01-01T09:00:00Z');
    let lists: ConversationLists<ListConversation> = { queue: [other, waiting], mine: [], open: [waiting, other] };

    lists = applyConversationUpdate(lists, conv('c1', 'OPEN', '2026-01-01T10:05:00Z', ME), ME);
    expect(ids(lists)).toEqual({ queue: ['c2'], mine: ['c1'], open: ['c1', 'c2'] });

    // Resolved: out of every list.
    lists = applyConversationUpdate(lists, conv('c1', 'RESOLVED', '2026-01-01T10:10:00Z', ME), ME);
    expect(ids(lists)).toEqual({ queue: ['c2'], mine: [], open: ['c2'] });

    // Assigned to someone else: in All open, not in Mine or the queue.
    lists = applyConversationUpdate(lists, conv('c2', 'OPEN', '2026-01-01T10:11:00Z', 'user-other'), ME);
    expect(ids(lists)).toEqual({ queue: [], mine: [], open: ['c2'] });
  });

  it('keeps the queue first-in first-out and the other lists newest first, without duplicates', () => {
    let lists: ConversationLists<ListConversation> = { queue: [], mine: [], open: [] };
    lists = applyConversationUpdate(lists, conv('late', 'WAITING', '2026-01-01T12:00:00Z', null, '2026-01-01T12:00:00Z'), ME);
    lists = applyConversationUpdate(lists, conv('early', 'WAITING', '2026-01-01T12:30:00Z', null, '2026-01-01T11:00:00Z'), ME);
    lists = applyConversationUpdate(lists, conv('early', 'WAITING', '2026-01-01T12:30:00Z', null, '2026-01-01T11:00:00Z'), ME);
    expect(ids(lists).queue).toEqual(['early', 'late']);
    expect(ids(lists).open).toEqual(['early', 'late']);
  });

  it('the server filters mirror membership', () => {
    expect(listQuery('queue').filter.statuses).toEqual(['WAITING']);
    expect(listQuery('mine').filter.mine).toBe(true);
    expect(belongsTo(conv('x', 'BOT', 't'), 'open', ME)).toBe(true);
    expect(belongsTo(conv('x', 'CLOSED', 't', ME), 'mine', ME)).toBe(false);
    expect(belongsTo(conv('x', 'OPEN', 't', ME), 'mine', null)).toBe(false);
  });

  it('j/k neighbours stop at the ends', () => {
    const list = [conv('a', 'OPEN', 't'), conv('b', 'OPEN', 't'), conv('c', 'OPEN', 't')];
    expect(neighbour(list, null, 1)?.id).toBe('a');
    expect(neighbour(list, 'a', 1)?.id).toBe('b');
    expect(neighbour(list, 'c', 1)?.id).toBe('c');
    expect(neighbour(list, 'a', -1)?.id).toBe('a');
    expect(neighbour([], 'a', 1)).toBeNull();
  });
});

describe('keyboard shortcuts', () => {
  function keyOn(target: Element, key: string, init: KeyboardEventInit = {}) {
    let seen: ReturnType<typeof shortcutFor> = null;
    const listener = (e: Event) => (seen = shortcutFor(e as KeyboardEvent));
    document.addEventListener('keydown', listener);
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
    document.removeEventListener('keydown', listener);
    return seen;
  }

  it('fires on the page but never while typing in a field', () => {
    const div = document.createElement('div');
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    document.body.append(div, input, textarea);
    expect(keyOn(div, 'j')).toBe('next');
    expect(keyOn(div, 'k')).toBe('previous');
    expect(keyOn(div, 't')).toBe('takeOver');
    expect(keyOn(div, 'r')).toBe('resolve');
    expect(keyOn(div, 'f')).toBe('transfer');
    expect(keyOn(input, 'f')).toBeNull();
    expect(keyOn(div, 'r', { ctrlKey: true })).toBeNull();
    expect(keyOn(div, 'x')).toBeNull();
    expect(keyOn(input, 'j')).toBeNull();
    expect(keyOn(textarea, 't')).toBeNull();
    div.remove();
    input.remove();
    textarea.remove();
  });
});
