// The console's message timeline as pure data (no Vue, no DOM): stored messages merged
// by seq, assistant drafts assembled from `assistantDraft` pieces, and the rules that
// tie them together. Events may arrive twice (replay after a reconnect) or out of
// order; the state keeps exactly one copy of each message, in seq order.
//
// Every function returns a new state and never mutates its input, so a Vue ref can
// hold the state and reassigning it re-renders.

export interface SeqMessage {
  id: string;
  seq: number;
}

export interface DraftPiece {
  messageId: string;
  index: number;
  delta: string;
  /** STREAMING, DONE or DISCARDED. */
  state: string;
  authorName: string;
  offline: boolean;
}

export interface Draft {
  messageId: string;
  /** Pieces by index; `text` is the run without gaps from index 0. */
  pieces: Record<number, string>;
  text: string;
  authorName: string;
  offline: boolean;
  done: boolean;
}

export interface MessageListState<M extends SeqMessage> {
  /** Stored messages, ascending by seq, one per id and per seq. */
  messages: M[];
  /** Drafts still streaming (or DONE and waiting for the stored message), in arrival order. */
  drafts: Draft[];
}

export function emptyMessageList<M extends SeqMessage>(): MessageListState<M> {
  return { messages: [], drafts: [] };
}

/** Highest seq held: the resume point for `messageAdded(afterSeq)`. */
export function lastSeq<M extends SeqMessage>(state: MessageListState<M>): number {
  return state.messages.length ? state.messages[state.messages.length - 1]!.seq : 0;
}

/**
 * Merge stored messages (a page or one live event) into the list. A message whose id
 * (or seq) is already present replaces the old copy; the result stays sorted by seq.
 * A stored message ends the draft with the same id.
 */
export function addMessages<M extends SeqMessage>(state: MessageListState<M>, incoming: readonly M[]): MessageListState<M> {
  if (incoming.length === 0) return state;
  const byId = new Map<string, M>();
  for (const m of state.messages) byId.set(m.id, m);
  for (const m of incoming) byId.set(m.id, m);
  const bySeq = new Map<number, M>();
  for (const m of byId.values()) bySeq.set(m.seq, m);
  const messages = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  const ids = new Set(incoming.map((m) => m.id));
  const drafts = state.drafts.filter((d) => !ids.has(d.messageId));
  return { messages, drafts };
}

function assemble(pieces: Record<number, string>): string {
  let text = '';
  for (let i = 0; pieces[i] !== undefined; i++) text += pieces[i];
  return text;
}

/**
 * Apply one `assistantDraft` piece: STREAMING and DONE pieces add text; DONE marks the
 * draft finished (the stored message follows); DISCARDED removes it. A piece for a
 * message already stored is ignored (it arrived late).
 */
export function applyDraftPiece<M extends SeqMessage>(state: MessageListState<M>, piece: DraftPiece): MessageListState<M> {
  if (piece.state === 'DISCARDED') {
    return { messages: state.messages, drafts: state.drafts.filter((d) => d.messageId !== piece.messageId) };
  }
  if (state.messages.some((m) => m.id === piece.messageId)) return state;
  const existing = state.drafts.find((d) => d.messageId === piece.messageId);
  const pieces = { ...(existing?.pieces ?? {}) };
  if (piece.delta !== '' || pieces[piece.index] === undefined) pieces[piece.index] = piece.delta;
  const draft: Draft = {
    messageId: piece.messageId,
    pieces,
    text: assemble(pieces),
    authorName: piece.authorName,
    offline: piece.offline,
    done: (existing?.done ?? false) || piece.state === 'DONE',
  };
  const drafts = existing
    ? state.drafts.map((d) => (d.messageId === piece.messageId ? draft : d))
    : [...state.drafts, draft];
  return { messages: state.messages, drafts };
}

export type TimelineEntry<M extends SeqMessage> =
  | { kind: 'message'; key: string; message: M }
  | { kind: 'draft'; key: string; draft: Draft };

/** What to render: stored messages in seq order, then the drafts. Keys stay stable when a draft becomes its message. */
export function timeline<M extends SeqMessage>(state: MessageListState<M>): TimelineEntry<M>[] {
  return [
    ...state.messages.map((message) => ({ kind: 'message' as const, key: message.id, message })),
    ...state.drafts.map((draft) => ({ kind: 'draft' as const, key: draft.messageId, draft })),
  ];
}
