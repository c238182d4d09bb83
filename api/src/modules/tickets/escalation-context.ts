// The package a human needs when a conversation becomes a ticket: the transcript, what the
// assistant concluded (hand-off reason, summary, classification), every retrieval attempt, and who
// the customer is. Read in the creating transaction from the conversation's own rows (SQL, not
// the assistant module's services: the assistant will create tickets itself, and modules must
// not import each other in a circle).
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../errors.js';

/** The newest messages kept in the package (a longer transcript stays on the conversation). */
export const TRANSCRIPT_LIMIT = 200;
const TURNS_LIMIT = 50;

export interface EscalationContext {
  conversationId: string;
  channel: string;
  subject: string | null;
  handoff: Record<string, unknown> | null;
  classification: Record<string, unknown> | null;
  aiFailedAttempts: number;
  transcript: { seq: number; author: string; authorName: string | null; body: string; private: boolean; confidence: number | null; at: string }[];
  /** True when older messages were left out (see TRANSCRIPT_LIMIT). */
  transcriptTruncated: boolean;
  retrievalAttempts: { customerSeq: number; query: string; decision: string; reason: string | null; confidence: number | null; sources: unknown; at: string }[];
  customer: { contactId: string; name: string | null; email: string | null; externalId: string | null; vip: boolean; attributes: Record<string, unknown> } | null;
  packagedAt: string;
}

export interface ConversationFactsForTicket {
  subject: string | null;
  contactId: string;
  channel: string;
  priority: string;
  classification: Record<string, unknown> | null;
  context: EscalationContext;
}

const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : String(d));

export async function packageConversation(em: EntityManager, tenantId: string, conversationId: string): Promise<ConversationFactsForTicket> {
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  const [c] = await conn.execute<Record<string, any>[]>(
    `select c.id, c.subject, c.contact_id, c.channel, c.priority, c.handoff_context, c.classification, c.ai_failed_attempts, c.last_seq,
            k.name as contact_name, k.email as contact_email, k.external_id, k.vip, k.attributes
       from conversations c left join contacts k on k.id = c.contact_id and k.tenant_id = c.tenant_id
      where c.id = ? and c.tenant_id = ?`,
    [conversationId, tenantId],
    'all',
    tx,
  );
  if (!c) throw notFound('Conversation');
  const messages = await conn.execute<Record<string, any>[]>(
    `select m.seq, m.author, m.body, m.private, m.confidence, m.created_at, u.display_name
       from messages m left join users u on u.id = m.author_user_id
      where m.conversation_id = ? and m.tenant_id = ? order by m.seq desc limit ${TRANSCRIPT_LIMIT}`,
    [conversationId, tenantId],
    'all',
    tx,
  );
  const turns = await conn.execute<Record<string, any>[]>(
    `select customer_seq, query, decision, reason, confidence, sources, classification, created_at
       from assistant_turns where conversation_id = ? and tenant_id = ? order by created_at, id limit ${TURNS_LIMIT}`,
    [conversationId, tenantId],
    'all',
    tx,
  );
  // The latest classification: the conversation's (set at hand-off), else the newest turn's.
  const classification = (c.classification as Record<string, unknown> | null) ?? ([...turns].reverse().find((t) => t.classification)?.classification ?? null);
  const context: EscalationContext = {
    conversationId,
    channel: c.channel,
    subject: c.subject,
    handoff: c.handoff_context ?? null,
    classification,
    aiFailedAttempts: c.ai_failed_attempts,
    transcript: messages.reverse().map((m) => ({ seq: m.seq, author: m.author, authorName: m.display_name ?? null, body: m.body, private: m.private, confidence: m.confidence ?? null, at: iso(m.created_at) })),
    transcriptTruncated: c.last_seq > messages.length,
    retrievalAttempts: turns.map((t) => ({ customerSeq: t.customer_seq, query: t.query, decision: t.decision, reason: t.reason ?? null, confidence: t.confidence ?? null, sources: t.sources, at: iso(t.created_at) })),
    customer: c.contact_id
      ? { contactId: c.contact_id, name: c.contact_name ?? null, email: c.contact_email ?? null, externalId: c.external_id ?? null, vip: !!c.vip, attributes: c.attributes ?? {} }
      : null,
    packagedAt: new Date().toISOString(),
  };
  return { subject: c.subject, contactId: c.contact_id, channel: c.channel, priority: c.priority, classification, context };
}
