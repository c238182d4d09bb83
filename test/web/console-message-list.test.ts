// @vitest-environment happy-dom
// The console's message timeline (web/src/console/message-list.ts): merge by seq,
// duplicates and out-of-order events, drafts assembled, replaced and discarded.
import { describe, expect, it } from 'vitest';
import {
  addMessages,
  applyDraftPiece,
  emptyMessageList,
  lastSeq,
  timeline,
  type DraftPiece,
  type MessageListState,
} from '../../web/src/console/message-list.js';

interface M {
  id: string;
  seq: number;
  body: string;
}
const m = (seq: number, body = `m${seq}`, id = `id-${seq}`): M => ({ id, seq, body });
const piece = (messageId: string, index: number, delta: string, state = 'STREAMING'): DraftPiece => ({
  messageId,
  index,
  delta,
  state,
  authorName: 'Assistant',
  offline: true,
});
const seqs = (s: MessageListState<M>) => s.messages.map((x) => x.seq);

describe('message list: stored messages', () => {
  it('merges a page and live events in seq order, whatever the arrival order', () => {
    let s = emptyMessageList<M>();
    s = addMessages(s, [m(1), m(2), m(3)]);
    s = addMessages(s, [m(6)]);
    s = addMessages(s, [m(4)]);
    s = addMessages(s, [m(5)]);
    expect(seqs(s)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(lastSeq(s)).toBe(6);
  });

  it('keeps exactly one copy of a message replayed after a reconnect', () => {
    let s = addMessages(emptyMessageList<M>(), [m(1), m(2), m(3)]);
    s = addMessages(s, [m(2), m(3), m(4)]);
    s = addMessages(s, [m(4)]);
    expect(seqs(s)).toEqual([1, 2, 3, 4]);
    expect(new Set(s.messages.map((x) => x.id)).size).toBe(4);
  });

  it('a later copy of the same id replaces the earlier one', () => {
    let s = addMessages(emptyMessageList<M>(), [m(1, 'old')]);
    s = addMessages(s, [m(1, 'new')]);
    expect(s.messages).toEqual([m(1, 'new')]);
  });

  it('does not mutate its input and returns the same state for nothing new', () => {
    const s0 = addMessages(emptyMessageList<M>(), [m(1)]);
    const snapshot = JSON.stringify(s0);
    const s1 = addMessages(s0, [m(2)]);
    expect(JSON.stringify(s0)).toBe(snapshot);
    expect(s1).not.toBe(s0);
    expect(addMessages(s1, [])).toBe(s1);
    expect(lastSeq(emptyMessageList<M>())).toBe(0);
  });
});

describe('message list: assistant drafts', () => {
  it('assembles pieces token by token, out of order, shown only without gaps', () => {
    let s = emptyMessageList<M>();
    s = applyDraftPiece(s, piece('a1', 0, 'Hel'));
    expect(s.drafts[0]!.text).toBe('Hel');
    s = applyDraftPiece(s, piece('a1', 2, ' world'));
    expect(s.drafts[0]!.text).toBe('Hel'); // index 1 still missing
    s = applyDraftPiece(s, piece('a1', 1, 'lo,'));
    expect(s.drafts[0]!.text).toBe('Hello, world');
    s = applyDraftPiece(s, piece('a1', 1, 'lo,')); // duplicate piece
    expect(s.drafts[0]!.text).toBe('Hello, world');
    s = applyDraftPiece(s, piece('a1', 3, '', 'DONE'));
    expect(s.drafts[0]!.done).toBe(true);
    expect(timeline(s).map((e) => e.kind)).toEqual(['draft']);
  });

  it('is replaced by the stored message with the same id, with a stable key', () => {
    let s = addMessages(emptyMessageList<M>(), [m(1, 'question')]);
    s = applyDraftPiece(s, piece('a1', 0, 'Answer'));
    const before = timeline(s).map((e) => e.key);
    s = applyDraftPiece(s, piece('a1', 1, '', 'DONE'));
    s = addMessages(s, [m(2, 'Answer [1]', 'a1')]);
    expect(s.drafts).toEqual([]);
    const entries = timeline(s);
    expect(entries.map((e) => e.kind)).toEqual(['message', 'message']);
    expect(entries.map((e) => e.key)).toEqual(before);
    // A piece arriving after the stored message is ignored.
    s = applyDraftPiece(s, piece('a1', 2, ' late'));
    expect(s.drafts).toEqual([]);
  });

  it('removes a DISCARDED draft (the assistant handed off instead)', () => {
    let s = emptyMessageList<M>();
    s = applyDraftPiece(s, piece('a1', 0, 'Maybe'));
    s = applyDraftPiece(s, piece('a2', 0, 'Other'));
    s = applyDraftPiece(s, piece('a1', 1, '', 'DISCARDED'));
    expect(s.drafts.map((d) => d.messageId)).toEqual(['a2']);
    s = applyDraftPiece(s, piece('a2', 1, '', 'DISCARDED'));
    expect(timeline(s)).toEqual([]);
  });
});
