// Appending messages: the conversation row is locked, its last_seq incremented and the message
// stored with that seq in one transaction, so seqs are gap-free and ordered; a repeated
// clientMessageId returns the stored message instead of a second one. The event is published
// after commit, carrying the row (publishCommitted). The common appends are one statement
// (append-at-once.ts); the locked way appends with plain SQL to its locked row (locked-row.ts), or
// through the entity here when a state change loaded it.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../services.js';
import { badInput, conflict } from '../../errors.js';
import { Topic, type MessageEvent } from '../../events/topics.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Conversation } from './conversation.entity.js';
import { Author, Message, type Citation } from './message.entity.js';

export const MAX_BODY = 10_000;

export interface NewMessage {
  author: Author;
  body: string;
  authorUserId?: string | null;
  authorName?: string | null;
  authorContactId?: string | null;
  private?: boolean;
  clientMessageId?: string | null;
  citations?: Citation[] | null;
  confidence?: number | null;
  /** A message id chosen in advance (the assistant streams a draft under it first). */
  id?: string;
  offline?: boolean;
}

export function validateBody(body: string): string {
  // Stored as text exactly as sent (HTML included): the UIs escape it when rendering.
  if (!body.trim()) throw badInput('The message is empty', 'body');
  if (body.length > MAX_BODY) throw badInput(`A message has at most ${MAX_BODY} characters`, 'body');
  return body;
}

export function validateClientMessageId(id: string | null | undefined): string | null {
  if (id === undefined || id === null) return null;
  if (id.length < 1 || id.length > 100) throw badInput('clientMessageId must be 1–100 characters', 'clientMessageId');
  return id;
}

/** A stored message as its writer knows it (no entity: locked-row.ts writes most with plain SQL). */
export interface StoredMessage {
  id: string;
  seq: number;
  author: Author;
  authorUserId: string | null;
  authorContactId: string | null;
  body: string;
  private: boolean;
  citations: Citation[] | null;
  confidence: number | null;
  clientMessageId: string | null;
  offline: boolean;
  createdAt: Date;
}

const storedOf = (m: Message): StoredMessage => ({
  id: m.id,
  seq: m.seq,
  author: m.author,
  authorUserId: m.authorUser?.id ?? null,
  authorContactId: m.authorContact?.id ?? null,
  body: m.body,
  private: m.private,
  citations: m.citations,
  confidence: m.confidence,
  clientMessageId: m.clientMessageId,
  offline: m.offline,
  createdAt: m.createdAt,
});

/** A new message as it is stored: what the writer was given, under its id and seq. */
export const storedFromInput = (input: NewMessage, id: string, seq: number, createdAt: Date): StoredMessage => ({
  id,
  seq,
  author: input.author,
  authorUserId: input.authorUserId ?? null,
  authorContactId: input.authorContactId ?? null,
  body: input.body,
  private: !!input.private,
  citations: input.citations ?? null,
  confidence: input.confidence ?? null,
  clientMessageId: input.clientMessageId ?? null,
  offline: !!input.offline,
  createdAt,
});

export interface Appended {
  message: StoredMessage;
  /** False when a message with that clientMessageId already existed (nothing new was stored). */
  created: boolean;
  event: MessageEvent;
}

/**
 * Append through the entity, for a conversation whose entity is loaded (a state change in the same
 * transaction, or one created in it and not flushed yet); otherwise locked-row.ts's appendToRow.
 * Must run inside a transaction that already holds the conversation lock.
 */
export async function appendMessage(em: EntityManager, conversation: Conversation, input: NewMessage): Promise<Appended> {
  if (input.clientMessageId) {
    // A plain read on the transaction's connection first: a retry is rare, and an ORM findOne on
    // every message cost more CPU than its statement (session 10 profile: findOne ≈ 6 % of the API
    // under load). The entity is loaded only for a retry.
    const [hit] = await em
      .getConnection()
      .execute<{ id: string }[]>('select id from messages where conversation_id = ? and client_message_id = ?', [conversation.id, input.clientMessageId], 'all', em.getTransactionContext());
    const found = hit ? await em.findOne(Message, { id: hit.id }) : null;
    if (found) {
      const existing = storedOf(found);
      // Only the same sender's same message is a retry; anything else must not see that message.
      if (!sameMessage(existing, input)) throw conflict('This clientMessageId was already used for another message in this conversation: use a new one per message');
      return { message: existing, created: false, event: toEvent(existing, input.authorName ?? null) };
    }
  }
  const now = new Date();
  conversation.lastSeq += 1;
  conversation.lastMessageAt = now;
  if (!conversation.firstResponseAt && !input.private && (input.author === Author.AGENT || input.author === Author.AI)) conversation.firstResponseAt = now;
  const message = Object.assign(new Message(), {
    ...(input.id && { id: input.id }),
    offline: !!input.offline,
    tenant: em.getReference(Tenant, conversation.tenant.id),
    conversation: em.getReference(Conversation, conversation.id),
    seq: conversation.lastSeq,
    author: input.author,
    authorUser: input.authorUserId ? em.getReference(User, input.authorUserId) : null,
    authorContact: input.authorContactId ? em.getReference(Contact, input.authorContactId) : null,
    body: input.body,
    private: !!input.private,
    citations: input.citations ?? null,
    confidence: input.confidence ?? null,
    clientMessageId: input.clientMessageId ?? null,
    createdAt: now,
  });
  em.persist(message);
  const stored = storedOf(message);
  return { message: stored, created: true, event: toEvent(stored, input.authorName ?? null) };
}

export function sameMessage(m: StoredMessage, input: NewMessage): boolean {
  return (
    m.author === input.author &&
    m.authorUserId === (input.authorUserId ?? null) &&
    m.authorContactId === (input.authorContactId ?? null) &&
    m.private === !!input.private &&
    m.body === input.body
  );
}

export function toEvent(m: StoredMessage, authorName: string | null): MessageEvent {
  return {
    id: m.id,
    seq: m.seq,
    author: m.author,
    authorUserId: m.authorUserId,
    authorName,
    body: m.body,
    private: m.private,
    citations: m.citations,
    confidence: m.confidence,
    clientMessageId: m.clientMessageId,
    offline: m.offline,
    createdAt: m.createdAt.toISOString(),
  };
}

/** After commit: deliver new messages to subscribers on every instance. */
export function publishCommitted(services: AppServices, tenantId: string, conversationId: string, appended: Appended[]): void {
  for (const a of appended) {
    if (a.created) services.events.publishTo(Topic.MESSAGE_ADDED, conversationId, { tenantId, conversationId, message: a.event });
  }
}
