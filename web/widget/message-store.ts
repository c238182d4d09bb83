// The widget's message list as pure data, no DOM: stored messages merged by seq, the assistant's
// drafts assembled by messageId, and the customer's optimistic (pending) messages by
// clientMessageId. Events may arrive twice (replay after a reconnect) or out of order; the
// store keeps exactly one copy of each message, in seq order.

export type AuthorKind = 'AGENT' | 'AI' | 'CUSTOMER' | 'SYSTEM';

export interface SourceChip {
  n: number;
  title: string;
  excerpt: string;
}

export interface StoredMessage {
  id: string;
  seq: number;
  author: AuthorKind;
  authorName: string | null;
  body: string;
  clientMessageId: string | null;
  offline: boolean;
  citations: SourceChip[] | null;
}

export interface DraftEvent {
  messageId: string;
  index: number;
  delta: string;
  /** STREAMING, DONE or DISCARDED. */
  state: string;
  offline: boolean;
  authorName: string;
}

/** One bubble to render, with a key that stays the same while its content changes. */
export type Entry =
  | { kind: 'message'; key: string; message: StoredMessage }
  | { kind: 'draft'; key: string; messageId: string; text: string; authorName: string; offline: boolean; done: boolean }
  | { kind: 'pending'; key: string; clientMessageId: string; body: string; failed: boolean };

interface Draft {
  messageId: string;
  /** Pieces by index; the text shown is the run without gaps from index 0. */
  pieces: string[];
  authorName: string;
  offline: boolean;
  done: boolean;
  order: number;
}

interface Pending {
  clientMessageId: string;
  body: string;
  failed: boolean;
  order: number;
}

export class MessageStore {
  /** Highest seq held (resume point for `messageAdded(afterSeq)`). */
  lastSeq: number;
  private readonly floorSeq: number;
  private readonly bySeq = new Map<number, StoredMessage>();
  private readonly ids = new Set<string>();
  private readonly drafts = new Map<string, Draft>();
  private readonly pending = new Map<string, Pending>();
  private order = 0;

  /** `floorSeq`: messages up to it are already shown elsewhere and ignored here. */
  constructor(floorSeq = 0) {
    this.floorSeq = floorSeq;
    this.lastSeq = floorSeq;
  }

  /** Adds a stored message; false when it is a duplicate or at/below the floor. */
  addMessage(m: StoredMessage): boolean {
    if (m.seq <= this.floorSeq || this.bySeq.has(m.seq) || this.ids.has(m.id)) return false;
    this.bySeq.set(m.seq, m);
    this.ids.add(m.id);
    if (m.seq > this.lastSeq) this.lastSeq = m.seq;
    // The real message replaces its draft and its optimistic bubble.
    this.drafts.delete(m.id);
    if (m.clientMessageId) this.pending.delete(m.clientMessageId);
    return true;
  }

  hasMessage(id: string): boolean {
    return this.ids.has(id);
  }

  /** Applies one assistantDraft event; returns whether anything visible changed. */
  applyDraft(e: DraftEvent): boolean {
    if (this.ids.has(e.messageId)) return false; // the stored message is already here
    if (e.state === 'DISCARDED') return this.drafts.delete(e.messageId);
    let d = this.drafts.get(e.messageId);
    if (!d) {
      d = { messageId: e.messageId, pieces: [], authorName: e.authorName, offline: e.offline, done: false, order: this.order++ };
      this.drafts.set(e.messageId, d);
    }
    if (e.index >= 0 && d.pieces[e.index] === undefined) d.pieces[e.index] = e.delta;
    if (e.state === 'DONE') d.done = true;
    return true;
  }

  /** The customer's message before the server confirmed it. */
  addPending(clientMessageId: string, body: string): void {
    const known = [...this.bySeq.values()].some((m) => m.clientMessageId === clientMessageId);
    if (known) return;
    const p = this.pending.get(clientMessageId);
    if (p) p.failed = false;
    else this.pending.set(clientMessageId, { clientMessageId, body, failed: false, order: this.order++ });
  }

  markFailed(clientMessageId: string): void {
    const p = this.pending.get(clientMessageId);
    if (p) p.failed = true;
  }

  pendingBody(clientMessageId: string): string | undefined {
    return this.pending.get(clientMessageId)?.body;
  }

  /** Everything to render: messages by seq, then drafts and pending bubbles as they began. */
  entries(): Entry[] {
    const messages: Entry[] = [...this.bySeq.values()]
      .sort((a, b) => a.seq - b.seq)
      .map((message) => ({ kind: 'message', key: `m:${message.id}`, message }));
    const transient: (Entry & { order: number })[] = [
      ...[...this.drafts.values()].map((d) => ({
        kind: 'draft' as const,
        key: `m:${d.messageId}`,
        messageId: d.messageId,
        text: draftText(d.pieces),
        authorName: d.authorName,
        offline: d.offline,
        done: d.done,
        order: d.order,
      })),
      ...[...this.pending.values()].map((p) => ({
        kind: 'pending' as const,
        key: `c:${p.clientMessageId}`,
        clientMessageId: p.clientMessageId,
        body: p.body,
        failed: p.failed,
        order: p.order,
      })),
    ].sort((a, b) => a.order - b.order);
    return [...messages, ...transient.map(({ order: _order, ...e }) => e as Entry)];
  }

  /** Stored messages in seq order. */
  messages(): StoredMessage[] {
    return [...this.bySeq.values()].sort((a, b) => a.seq - b.seq);
  }
}

/** Pieces 0..n without a gap: a missed piece stops the text until the stored message comes. */
function draftText(pieces: string[]): string {
  let text = '';
  for (let i = 0; i < pieces.length && pieces[i] !== undefined; i++) text += pieces[i];
  return text;
}
