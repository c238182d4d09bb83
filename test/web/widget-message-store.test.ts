// The widget's message list logic (web/widget/message-store.ts), without a DOM: merging by seq,
// duplicates from replays, drafts by messageId, optimistic bubbles by clientMessageId.
import { describe, expect, it } from 'vitest';
import { MessageStore, type DraftEvent, type StoredMessage } from '../../web/widget/message-store.js';

const msg = (seq: number, over: Partial<StoredMessage> = {}): StoredMessage => ({
  id: `id-${seq}`,
  seq,
  author: 'AGENT',
  authorName: 'Alex',
  body: `message ${seq}`,
  clientMessageId: null,
  offline: false,
  citations: null,
  ...over,
});

const draft = (messageId: string, index: number, delta: string, state = 'STREAMING'): DraftEvent => ({
  messageId,
  index,
  delta,
  state,
  offline: true,
  authorName: 'Trail Guide',
});

const keys = (s: MessageStore) => s.entries().map((e) => e.key);
const seqs = (s: MessageStore) => s.messages().map((m) => m.seq);

describe('widget message store', () => {
  it('keeps one copy of each message in seq order, whatever order and how often they come', () => {
    const s = new MessageStore();
    for (const seq of [2, 1, 3, 3, 1, 5, 4, 2, 5]) s.addMessage(msg(seq));
    expect(seqs(s)).toEqual([1, 2, 3, 4, 5]);
    expect(s.lastSeq).toBe(5);
    expect(s.addMessage(msg(4))).toBe(false);
    // The same message id under another seq is still the same message.
    expect(s.addMessage(msg(9, { id: 'id-1' }))).toBe(false);
  });

  it('ignores everything at or below the floor it was resumed from', () => {
    const s = new MessageStore(10);
    expect(s.addMessage(msg(7))).toBe(false);
    expect(s.addMessage(msg(10))).toBe(false);
    expect(s.addMessage(msg(11))).toBe(true);
    expect(seqs(s)).toEqual([11]);
    expect(s.lastSeq).toBe(11);
  });

  it('a replay after a reconnect (afterSeq = lastSeq, plus overlap) adds nothing twice', () => {
    const s = new MessageStore();
    [1, 2, 3].forEach((n) => s.addMessage(msg(n)));
    const resumeFrom = s.lastSeq;
    // The server replays after `resumeFrom`; an overlapping event from the old socket sneaks in.
    [3, 4, 5, 6].forEach((n) => s.addMessage(msg(n)));
    expect(resumeFrom).toBe(3);
    expect(seqs(s)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('leaves gaps for private notes it never receives', () => {
    const s = new MessageStore();
    [1, 2, 4].forEach((n) => s.addMessage(msg(n)));
    expect(seqs(s)).toEqual([1, 2, 4]);
    expect(s.lastSeq).toBe(4);
  });

  it('assembles a draft by index, then replaces it with the stored message of the same id', () => {
    const s = new MessageStore();
    s.addMessage(msg(1, { author: 'CUSTOMER', authorName: null }));
    s.applyDraft(draft('ai-2', 0, 'You have '));
    s.applyDraft(draft('ai-2', 2, 'days.'));
    // Piece 1 is missing: the text stops before the gap.
    expect(s.entries()[1]).toMatchObject({ kind: 'draft', key: 'm:ai-2', text: 'You have ' });
    s.applyDraft(draft('ai-2', 1, '30 '));
    s.applyDraft(draft('ai-2', 1, 'DUPLICATE '));
    expect(s.entries()[1]).toMatchObject({ kind: 'draft', text: 'You have 30 days.', done: false });
    s.applyDraft(draft('ai-2', 3, '', 'DONE'));
    expect(s.entries()[1]).toMatchObject({ kind: 'draft', done: true });

    s.addMessage(msg(2, { id: 'ai-2', author: 'AI', body: 'You have 30 days. [1]' }));
    expect(s.entries()).toHaveLength(2);
    expect(s.entries()[1]).toMatchObject({ kind: 'message', key: 'm:ai-2' });
    // Late draft events for a message already stored are ignored.
    expect(s.applyDraft(draft('ai-2', 4, 'late'))).toBe(false);
    expect(s.entries()).toHaveLength(2);
  });

  it('removes a DISCARDED draft (the assistant handed off instead)', () => {
    const s = new MessageStore();
    s.applyDraft(draft('ai-5', 0, 'Maybe '));
    s.applyDraft(draft('ai-5', 1, 'this'));
    expect(keys(s)).toEqual(['m:ai-5']);
    s.applyDraft(draft('ai-5', 2, '', 'DISCARDED'));
    expect(keys(s)).toEqual([]);
  });

  it('shows an optimistic bubble until the message with its clientMessageId arrives', () => {
    const s = new MessageStore();
    s.addMessage(msg(1));
    s.addPending('c-1', 'Where is my order?');
    s.addPending('c-2', 'It was #123');
    expect(s.entries().map((e) => e.kind)).toEqual(['message', 'pending', 'pending']);
    s.markFailed('c-2');
    expect(s.entries()[2]).toMatchObject({ kind: 'pending', failed: true, body: 'It was #123' });

    s.addMessage(msg(2, { author: 'CUSTOMER', authorName: null, body: 'Where is my order?', clientMessageId: 'c-1' }));
    expect(keys(s)).toEqual(['m:id-1', 'm:id-2', 'c:c-2']);
    // Retrying clears the failure; confirming replaces the bubble.
    s.addPending('c-2', 'It was #123');
    expect(s.entries()[2]).toMatchObject({ failed: false });
    s.addMessage(msg(3, { author: 'CUSTOMER', clientMessageId: 'c-2' }));
    expect(keys(s)).toEqual(['m:id-1', 'm:id-2', 'm:id-3']);
    // A pending bubble for a message already stored is not shown again.
    s.addPending('c-1', 'Where is my order?');
    expect(keys(s)).toEqual(['m:id-1', 'm:id-2', 'm:id-3']);
  });

  it('keeps drafts and pending bubbles after the stored messages, in the order they began', () => {
    const s = new MessageStore();
    s.addPending('c-1', 'first');
    s.applyDraft(draft('ai-9', 0, 'answer'));
    s.addPending('c-2', 'second');
    s.addMessage(msg(1));
    expect(keys(s)).toEqual(['m:id-1', 'c:c-1', 'm:ai-9', 'c:c-2']);
  });
});
