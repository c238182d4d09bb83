// Every assistant turn is kept: the query, what retrieval returned (with scores), the decision
// and why. Agents see these in the hand-off package; quality reviews read them.
import { randomUUID } from 'node:crypto';
import type { AppServices } from '../../services.js';
import type { RetrievedChunk } from '../knowledge/retrieval.js';
import type { Classification } from '../classifier/classification.js';

export type TurnDecision = 'ANSWERED' | 'HANDED_OFF' | 'CLARIFIED' | 'SKIPPED';

export interface TurnSource {
  documentId: string;
  chunkId: string;
  title: string;
  headingPath: string[];
  chunk: number;
  similarity: number | null;
  denseRank: number | null;
  lexicalRank: number | null;
  score: number;
}

export async function recordTurn(
  services: AppServices,
  turn: {
    tenantId: string;
    conversationId: string;
    seq: number;
    query: string;
    decision: TurnDecision;
    reason: string | null;
    sources: RetrievedChunk[];
    retrievalMs: number | null;
    confidence: number | null;
    classification: Classification | null;
    answerMessageId: string | null;
  },
): Promise<void> {
  const sources: TurnSource[] = turn.sources.map((c) => ({
    documentId: c.documentId,
    chunkId: c.chunkId,
    title: c.title,
    headingPath: c.headingPath,
    chunk: c.ordinal,
    similarity: c.similarity,
    denseRank: c.denseRank,
    lexicalRank: c.lexicalRank,
    score: c.score,
  }));
  await services.readPool.query(
    `insert into assistant_turns (id, tenant_id, conversation_id, customer_seq, query, sources, retrieval_ms, decision, reason, confidence, classification, answer_message_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [randomUUID(), turn.tenantId, turn.conversationId, turn.seq, turn.query.slice(0, 4000), JSON.stringify(sources), turn.retrievalMs, turn.decision, turn.reason, turn.confidence, turn.classification ? JSON.stringify(turn.classification) : null, turn.answerMessageId],
  );
}

/**
 * Claim the turn for customer message `seq` across instances (conversations.assistant_claim_seq):
 * false when another instance is already on it. A claim older than the longest model call plus a
 * margin is stale — its instance died mid-turn — and is taken over.
 */
export async function claimTurn(services: AppServices, conversationId: string, seq: number): Promise<boolean> {
  const staleSeconds = Math.ceil(services.config.AI_TIMEOUT_MS / 1000) + 30;
  const rows = await services.readPool.query(
    `update conversations set assistant_claim_seq = $2, assistant_claimed_at = now()
      where id = $1 and (assistant_claim_seq is distinct from $2 or assistant_claimed_at < now() - make_interval(secs => $3::int))
      returning id`,
    [conversationId, seq, staleSeconds],
  );
  return rows.length === 1;
}
