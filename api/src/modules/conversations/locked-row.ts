// The locked way's conversation row (withLockedConversation): the lock's own statement is the
// fresh read, and a message appended while no entity is loaded is one statement on the
// transaction's connection (the insert and the seq update together) — no entity, no unit-of-work
// flush. State changes load the entity from this row (locked-conversation.ts: `conversation`).
// The most common appends do not even take this way: append-at-once.ts stores them in one
// statement outside any transaction.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ReferenceKind } from '@mikro-orm/core';
import { conflict } from '../../errors.js';
import { txSql } from '../../db/tx-sql.js';
import { Conversation } from './conversation.entity.js';
import { Author } from './message.entity.js';
import { sameMessage, storedFromInput, toEvent, type Appended, type NewMessage, type StoredMessage } from './message.service.js';

/** The locked row: every column of the Conversation entity, as the ORM's connection returns them. */
export type LockedRow = Record<string, unknown> & {
  id: string;
  tenant_id: string;
  contact_id: string;
  status: string;
  handler: string;
  assignee_id: string | null;
  queue_id: string | null;
  last_seq: number;
  first_response_at: Date | string | null;
  ai_failed_attempts: number;
};

let lockSql: string | null = null;

/**
 * `select <every entity column> … for update`: the lock and the fresh read in one statement. In
 * READ COMMITTED a `for update` that waited for another writer returns the row as that writer
 * committed it, so two simultaneous take-overs still see each other (the lock is on this exact
 * row, before anything is decided). The columns come from the entity's metadata, so the entity
 * can be built from the row (em.map) without a second read.
 */
function lockStatement(em: EntityManager): string {
  if (!lockSql) {
    const meta = em.getMetadata().get(Conversation);
    const columns = meta.props
      .filter((p) => p.persist !== false && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE))
      .flatMap((p) => p.fieldNames)
      .map((c) => `"${c}"`);
    lockSql = `select ${columns.join(', ')} from conversations
      where id = $1 and ($2::uuid is null or tenant_id = $2) and ($3::uuid is null or contact_id = $3) for update`;
  }
  return lockSql;
}

/**
 * Lock the conversation row for the rest of the transaction (one writer of seqs at a time) and
 * read it. Only a row of `tenantId` (null: any tenant, platform staff) and, for a widget client,
 * of `contactId` is locked at all; null when there is none.
 */
export async function lockRow(em: EntityManager, conversationId: string, tenantId: string | null, contactId: string | null = null): Promise<LockedRow | null> {
  const [row] = await txSql(em).query<LockedRow>(lockStatement(em), [conversationId, tenantId, contactId]);
  return row ?? null;
}

/**
 * The message insert and the conversation's update in one statement. A `clientMessageId` already
 * stored in this conversation inserts nothing (the unique key's ON CONFLICT) and updates nothing;
 * the update's RETURNING says which happened.
 */
const APPEND_SQL = `
with m as (
  insert into messages (id, tenant_id, conversation_id, seq, author, author_user_id, author_contact_id, body, private, citations, confidence, client_message_id, offline, created_at)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
  on conflict (conversation_id, client_message_id) do nothing
  returning id
)
update conversations set last_seq = $4, last_message_at = $14, first_response_at = $15, updated_at = $14
 where id = $3 and exists (select 1 from m)
returning id`;

const STORED_SQL = `select id, seq, author, author_user_id, author_contact_id, body, private, citations, confidence, client_message_id, offline,
  (extract(epoch from created_at) * 1000)::float8 as created_ms
  from messages where conversation_id = $1 and client_message_id = $2`;

/** Append to the locked row (lockRow, same transaction); the row follows (last seq, times). */
export async function appendToRow(em: EntityManager, row: LockedRow, input: NewMessage): Promise<Appended> {
  const sql = txSql(em);
  const now = new Date();
  const firstResponseAt = row.first_response_at ?? (!input.private && (input.author === Author.AGENT || input.author === Author.AI) ? now : null);
  const message = storedFromInput(input, input.id ?? randomUUID(), row.last_seq + 1, now);
  const updated = await sql.query(APPEND_SQL, [
    message.id, row.tenant_id, row.id, message.seq, message.author, message.authorUserId, message.authorContactId, message.body, message.private,
    message.citations ? JSON.stringify(message.citations) : null, message.confidence, message.clientMessageId, message.offline, now, firstResponseAt,
  ]);
  if (updated.length) {
    // As the ORM's connection returns timestamps (text), so the entity can still be built from the row.
    const at = now.toISOString();
    row.last_seq = message.seq;
    row.last_message_at = at;
    row.first_response_at = firstResponseAt === now ? at : firstResponseAt;
    row.updated_at = at;
    return { message, created: true, event: toEvent(message, input.authorName ?? null) };
  }
  // The clientMessageId is taken: the same sender's same message is a retry, anything else must not see it.
  const [r] = await sql.query<Record<string, any>>(STORED_SQL, [row.id, input.clientMessageId]);
  if (!r) throw new Error('appendToRow: the message was neither stored nor found');
  const existing: StoredMessage = {
    id: r.id,
    seq: r.seq,
    author: r.author,
    authorUserId: r.author_user_id,
    authorContactId: r.author_contact_id,
    body: r.body,
    private: r.private,
    citations: typeof r.citations === 'string' ? JSON.parse(r.citations) : r.citations,
    confidence: r.confidence === null ? null : Number(r.confidence),
    clientMessageId: r.client_message_id,
    offline: r.offline,
    createdAt: new Date(Number(r.created_ms)),
  };
  if (!sameMessage(existing, input)) throw conflict('This clientMessageId was already used for another message in this conversation: use a new one per message');
  return { message: existing, created: false, event: toEvent(existing, input.authorName ?? null) };
}
