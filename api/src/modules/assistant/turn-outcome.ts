// How an assistant turn ends. Every exit of the turn is one of these outcomes; the turn runner
// acts on it (stores the reply, hands off) and the turn recorder keeps it.
import type { AnswerVerdict } from '../knowledge/answer-confidence.js';
import type { RetrievedChunk } from '../knowledge/retrieval.js';
import type { HandoffReason } from './handoff.js';
import type { AiCallEntry } from '../ai-calls/ai-call-log.js';

/** What retrieval found for the turn, kept with its record. */
export interface Retrieved {
  chunks: RetrievedChunk[];
  retrievalMs: number;
  /** Both sides of the decision, recorded per turn (agreement counts in knowledgeCoverage). */
  judgement?: TurnJudgement;
}

export interface TurnJudgement {
  /** The retrieval evidence and the threshold in force. */
  evidence: number;
  threshold: number;
  /** Whether the evidence alone would answer (evidence ≥ threshold). */
  evidenceAnswerable: boolean;
  /** Claude's `answered_from_sources`; null offline or when the model gave no assessment. */
  modelAnsweredFromSources: boolean | null;
}

export interface HandOffOutcome {
  decision: 'HANDED_OFF';
  reason: HandoffReason;
  detail: string | null;
  retrieved?: Retrieved;
  confidence?: number;
  calls?: AiCallEntry[];
}

// `calls`: the model calls of the turn (counted in /metrics already); recordTurn writes them with the turn.
export type TurnOutcome =
  /** A reply that asks the customer for more, without retrieval. */
  | { decision: 'CLARIFIED'; reason: string; reply: { body: string; unhelpful: boolean } }
  | HandOffOutcome
  | { decision: 'ANSWERED'; answerMessageId: string; retrieved: Retrieved; confidence: number; calls?: AiCallEntry[] }
  /** The answer was ready but a human took over meanwhile. */
  | { decision: 'SKIPPED'; reason: string; retrieved: Retrieved; confidence: number; calls?: AiCallEntry[] };

/** An answer written (and streamed) but not yet sent: the verdict says whether it may be. */
export interface WrittenAnswer {
  text: string;
  cited: number[];
  verdict: AnswerVerdict;
  /** What the answer quotes word for word, by source number (the offline extract): the citation's excerpt shows exactly that. */
  quotes?: Record<number, string>;
  /** Online: Claude's `answered_from_sources` (null when it sent no assessment). */
  modelAnsweredFromSources?: boolean | null;
  /** The call that wrote it (counted, not yet stored: recordTurn writes it with the turn). */
  call: AiCallEntry;
}

export type TurnDecision = TurnOutcome['decision'];

export const handedOff = (reason: HandoffReason, detail: string | null, more: Pick<HandOffOutcome, 'retrieved' | 'confidence' | 'calls'> = {}): HandOffOutcome => ({
  decision: 'HANDED_OFF',
  reason,
  detail,
  ...more,
});
