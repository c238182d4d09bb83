// Every assistant turn is kept: the query, what retrieval returned (with scores), the decision
// and why. Agents see these in the hand-off package; quality reviews read them.
import { randomUUID } from 'node:crypto';
import type { ReadPool } from '../../db/read-pool.js';
import { aiCallsFromJsonSql, aiCallsJson } from '../ai-calls/ai-call-log.js';
import type { AlsoWrite } from '../conversations/append-at-once.js';
import type { Classification } from '../classifier/classification.js';
import type { TurnContext } from './turn-context.js';
import type { TurnOutcome } from './turn-outcome.js';

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

const TURN_COLUMNS = `id, tenant_id, conversation_id, customer_seq, query, sources, retrieval_ms, decision, reason, confidence, classification, answer_message_id,
    model_answered_from_sources, evidence_answerable, evidence_score, evidence_threshold`;
/** Casts of the values in column order (a CTE's INSERT … SELECT gets no types from the columns). */
const TURN_TYPES = ['uuid', 'uuid', 'uuid', 'int', 'text', 'jsonb', 'int', 'text', 'text', 'real', 'jsonb', 'uuid', 'boolean', 'boolean', 'float8', 'float8'];

/** The row of assistant_turns for customer message `seq` as its outcome says, in TURN_COLUMNS order. */
function turnValues(t: TurnContext, seq: number, outcome: TurnOutcome, classification: Classification | null): unknown[] {
  const retrieved = 'retrieved' in outcome ? outcome.retrieved : undefined;
  const sources: TurnSource[] = (retrieved?.chunks ?? []).map((c) => ({
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
  const reason =
    outcome.decision === 'HANDED_OFF' ? `${outcome.reason}${outcome.detail ? `: ${outcome.detail}` : ''}` : outcome.decision === 'ANSWERED' ? null : outcome.reason;
  const confidence = 'confidence' in outcome ? (outcome.confidence ?? null) : null;
  const answerMessageId = outcome.decision === 'ANSWERED' ? outcome.answerMessageId : null;
  const j = retrieved?.judgement;
  return [randomUUID(), t.tenantId, t.conversationId, seq, t.pendingCustomerText.slice(0, 4000), JSON.stringify(sources), retrieved?.retrievalMs ?? null, outcome.decision, reason, confidence, classification ? JSON.stringify(classification) : null, answerMessageId,
    j?.modelAnsweredFromSources ?? null, j?.evidenceAnswerable ?? null, j?.evidence ?? null, j?.threshold ?? null];
}

const callsOf = (outcome: TurnOutcome) => ('calls' in outcome && outcome.calls) || [];

/**
 * Stores the turn for customer message `seq` as its outcome says (a hand-off also keeps its
 * classification), with the model calls the turn made (`outcome.calls`, counted already) in the
 * same statement.
 */
export async function recordTurn(db: Pick<ReadPool, 'query'>, t: TurnContext, seq: number, outcome: TurnOutcome, classification: Classification | null = null): Promise<void> {
  const calls = callsOf(outcome);
  await db.query(
    `${calls.length ? `with calls as (${aiCallsFromJsonSql('$17')}) ` : ''}insert into assistant_turns (${TURN_COLUMNS})
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [...turnValues(t, seq, outcome, classification), ...(calls.length ? [aiCallsJson(calls)] : [])],
  );
}

/**
 * The same record as writes of the answer's own statement (appendAtOnce's `also`): the answer,
 * its turn and its model call are stored together, or not at all.
 */
export function turnRecordWrites(t: TurnContext, seq: number, outcome: TurnOutcome): AlsoWrite[] {
  const calls = callsOf(outcome);
  const values = turnValues(t, seq, outcome, null);
  const turn: AlsoWrite = (p) => `insert into assistant_turns (${TURN_COLUMNS})
    select ${values.map((v, i) => `${p(v)}::${TURN_TYPES[i]}`).join(', ')} where exists (select 1 from m)`;
  return calls.length ? [(p) => `${aiCallsFromJsonSql(p(aiCallsJson(calls)))} where exists (select 1 from m)`, turn] : [turn];
}
