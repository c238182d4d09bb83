// The common append in ONE statement, outside any ORM transaction: the conversation's UPDATE
// takes its row lock, checks the state the append needs, moves last_seq and is the seq of the
// message inserted in the same statement (autocommit: both or neither). Concurrent appends wait
// for the row lock and re-read last_seq from the row as the previous writer committed it
// (READ COMMITTED re-checks the updated row), so seqs stay gap-free and ordered. A customer's
// message, an agent's reply and the assistant's answer take this way (session 11: the ORM
// transaction around them cost 5–7 statements and most of a message's CPU). Anything it does not
// cover — a resolved conversation reopening, a closed one, an id the caller may not see, a
// clientMessageId already used — returns null, and the caller takes the locked way
// (withLockedConversation), which decides and says why.
import { randomUUID } from 'node:crypto';
import type { AppServices } from '../../services.js';
import { isUuid } from '../../graphql/ids.js';
import type { ConversationStatus, Handler } from './conversation.entity.js';
import { Author } from './message.entity.js';
import { storedFromInput, toEvent, type Appended, type NewMessage } from './message.service.js';
import { ConversationChange, rowState, type StateRow } from './locked-conversation.js';

/** Which conversation may be appended to this way: in the caller's scope, in one of these states. */
export interface AppendGuard {
  /** Null only for platform staff. */
  tenantId: string | null;
  /** A widget client's own conversations only. */
  contactId?: string | null;
  statuses: readonly ConversationStatus[];
  /** The handler it must have (the assistant answers only while it has the conversation). */
  handler?: Handler;
}

export interface AtOnceMessage extends NewMessage {
  /** The assistant's reply: counts an unhelpful exchange in a row (true) or resets the count (false). */
  unhelpful?: boolean;
}

/**
 * More to write in the same statement, only when the message was stored: each returns the body of
 * a data-modifying CTE, binding its values with `p` (which returns the placeholder); the stored
 * message is the CTE `m` (its `id`), so the body should say `… where exists (select 1 from m)`.
 */
export type AlsoWrite = (p: (value: unknown) => string) => string;

const UNIQUE_VIOLATION = '23505';

/** Appended and published (messageAdded after commit, `message.created` to listeners), or null: take the locked way. */
export async function appendAtOnce(services: AppServices, conversationId: string, input: AtOnceMessage, guard: AppendGuard, also: AlsoWrite[] = []): Promise<Appended | null> {
  if (!isUuid(conversationId)) return null;
  const values: unknown[] = [];
  const p = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const now = new Date();
  const id = input.id ?? randomUUID();
  const at = p(now);
  const staff = input.author === Author.AGENT || input.author === Author.AI;
  const userId = p(input.authorUserId ?? null);
  // Who writes as staff: their name comes back with the message (no statement of its own).
  const nameOf = input.authorName === undefined && input.authorUserId ? `, (select display_name from users where id = ${userId}::uuid) as author_name` : '';
  const tenant = p(guard.tenantId);
  const contact = p(guard.contactId ?? null);
  const text = `with c as (
  update conversations set last_seq = last_seq + 1, last_message_at = ${at}::timestamptz, updated_at = ${at}::timestamptz,
      first_response_at = coalesce(first_response_at, ${p(!input.private && staff ? now : null)}::timestamptz)${
        input.unhelpful === undefined ? '' : `,\n      ai_failed_attempts = case when ${p(input.unhelpful)}::boolean then ai_failed_attempts + 1 else 0 end`
      }
   where id = ${p(conversationId)}::uuid and (${tenant}::uuid is null or tenant_id = ${tenant}::uuid)
     and (${contact}::uuid is null or contact_id = ${contact}::uuid)
     and status = any(${p(guard.statuses)}::text[])${guard.handler ? ` and handler = ${p(guard.handler)}` : ''}
  returning id, tenant_id, contact_id, status, handler, assignee_id, queue_id, ai_failed_attempts, last_seq
),
m as (
  insert into messages (id, tenant_id, conversation_id, seq, author, author_user_id, author_contact_id, body, private, citations, confidence, client_message_id, offline, created_at)
  select ${p(id)}::uuid, c.tenant_id, c.id, c.last_seq, ${p(input.author)}, ${userId}::uuid, ${p(input.authorContactId ?? null)}::uuid, ${p(input.body)}, ${p(!!input.private)}::boolean,
    ${p(input.citations ? JSON.stringify(input.citations) : null)}::jsonb, ${p(input.confidence ?? null)}::real, ${p(input.clientMessageId ?? null)}::text, ${p(!!input.offline)}::boolean, ${at}::timestamptz
  from c
  returning id
)${also.map((write, i) => `,\nx${i} as (${write(p)})`).join('')}
select c.id, c.tenant_id, c.contact_id, c.status, c.handler, c.assignee_id, c.queue_id, c.ai_failed_attempts, c.last_seq${nameOf} from c`;
  let row: ReturnedRow | undefined;
  try {
    [row] = await services.readPool.query<ReturnedRow>(text, values);
  } catch (e) {
    // The clientMessageId is taken (a retry, or a reuse): nothing was written; the locked way tells which.
    const err = e as { code?: string; constraint?: string };
    if (err.code === UNIQUE_VIOLATION && input.clientMessageId && err.constraint?.includes('client_message_id')) return null;
    throw e;
  }
  if (!row) return null;
  const message = storedFromInput(input, id, row.last_seq, now);
  const appended: Appended = { message, created: true, event: toEvent(message, input.authorName ?? row.author_name ?? null) };
  const change = new ConversationChange(row.tenant_id, conversationId);
  change.appended.push(appended);
  change.committed(services, rowState(row));
  return appended;
}

/** The conversation as the append left it (its new last_seq is the message's seq), and the author's name. */
type ReturnedRow = StateRow & Record<string, unknown> & {
  last_seq: number;
  author_name?: string | null;
};
