// What staff read about the assistant's work on one conversation: why it handed off, and every
// turn it took (retrieval, decision, sources). Both statements are bound to the tenant.
import type { ReadPool, ReadScope } from '../../db/read-pool.js';
import type { TurnSource } from './turn-recorder.js';

export interface TurnRow extends Record<string, unknown> {
  customer_seq: number;
  query: string;
  decision: string;
  reason: string | null;
  confidence: number | null;
  retrieval_ms: number | null;
  sources: TurnSource[];
  answer_message_id: string | null;
  created_at: Date;
}

export async function handoffContext(pool: ReadPool, scope: ReadScope, conversationId: string) {
  const [c] = await pool.scopedQuery<{ handoff_context: Record<string, any> | null }>(
    scope,
    'select handoff_context from conversations where tenant_id = $1 and id = $2',
    [conversationId],
  );
  const turns = await pool.scopedQuery<TurnRow>(
    scope,
    `select customer_seq, query, decision, reason, confidence, retrieval_ms, sources, answer_message_id, created_at
       from assistant_turns where tenant_id = $1 and conversation_id = $2 order by created_at, id limit 200`,
    [conversationId],
  );
  return { handoff: c?.handoff_context ?? null, turns };
}
