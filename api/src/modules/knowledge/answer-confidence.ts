// Confidence in [0, 1] for an answer, from two kinds of evidence (docs/assistant.md), and the
// hand-off rule built on it. It lives beside retrieval because both the assistant's turn and the
// "try a question" panel (searchKnowledge) use it, and the assistant already depends on knowledge.
//
//   retrieval: how likely the knowledge base holds the answer, from the best chunk's cosine
//     similarity s and the best full-text (BM25) score b (capped at 15):
//       p = 1 / (1 + e^-(-6.3 + 5.4 · s + 0.38 · b))
//     then mapped so that p = P_KNEE lands on 0.7, the default hand-off threshold:
//       r = 0.7 · p / P_KNEE                          for p < P_KNEE
//       r = 0.7 + 0.3 · (p - P_KNEE) / (1 - P_KNEE)   above
//     The weights come from a logistic fit on the demo tenants' in-scope and out-of-scope
//     questions (test/fixtures/assistant); agreement between the two lists and word coverage
//     added nothing once these two were in.
//
//   model (online only), from its `submit_assessment` call:
//     answered from sources:  c = 0.4 · r + 0.6 · model confidence
//     not from sources:       c = 0.25 · r   (always below any sensible hand-off threshold)
//     needs_human:            hand-off whatever c is
//
//   offline: c = r (there is no model judgement; the extract is only as good as the match).

/** What the model said of its own answer, as far as confidence uses it (the assistant's `Assessment`). */
export interface ModelJudgement {
  answeredFromSources: boolean;
  needsHuman: boolean;
  /** The model's own confidence in the answer, 0–1. */
  confidence: number;
}

export const P_KNEE = 0.2;
const W = { bias: -6.3, similarity: 5.4, bm25: 0.38, bm25Cap: 15 };

export interface EvidenceChunk {
  documentId: string;
  similarity: number | null;
  lexicalScore?: number | null;
  denseRank: number | null;
  lexicalRank: number | null;
}

export interface RetrievalEvidence {
  score: number;
  /** The fitted probability that the knowledge base answers the question. */
  probability: number;
  topSimilarity: number;
  topLexicalScore: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function retrievalEvidence(chunks: EvidenceChunk[]): RetrievalEvidence {
  const topSimilarity = Math.max(0, ...chunks.map((c) => c.similarity ?? 0));
  const topLexicalScore = Math.max(0, ...chunks.map((c) => c.lexicalScore ?? 0));
  if (!chunks.length) return { score: 0, probability: 0, topSimilarity: 0, topLexicalScore: 0 };
  const z = W.bias + W.similarity * topSimilarity + W.bm25 * Math.min(topLexicalScore, W.bm25Cap);
  const p = 1 / (1 + Math.exp(-z));
  const score = p < P_KNEE ? (0.7 * p) / P_KNEE : 0.7 + (0.3 * (p - P_KNEE)) / (1 - P_KNEE);
  return { score: clamp01(score), probability: p, topSimilarity, topLexicalScore };
}

export function combinedConfidence(retrieval: number, assessment: ModelJudgement | null): number {
  if (!assessment) return clamp01(retrieval);
  if (!assessment.answeredFromSources) return clamp01(0.25 * retrieval);
  return clamp01(0.4 * retrieval + 0.6 * assessment.confidence);
}

/** What is known of a written answer when deciding whether to send it. */
export interface AnswerAssessment {
  /** The model's judgement of its own answer; null offline. */
  model: ModelJudgement | null;
  hasText: boolean;
  /** How many real sources the answer cites. */
  citedCount: number;
}

export interface AnswerVerdict {
  confidence: number;
  /** Null: answer. Else why a human should take over instead. */
  handOff: { reason: 'LOW_CONFIDENCE' | 'MODEL_ASKED'; detail: string } | null;
}

/**
 * The one hand-off rule, for the online turn, the offline turn and the "try a question" panel.
 * Without an answer (`answer` null) it judges the retrieval evidence alone: the offline assistant
 * only writes an extract when that clears the tenant's threshold. With one, the answer must be
 * grounded (≥ 1 citation), confident enough, and not flagged by the model.
 */
export function handOffDecision(evidence: number, answer: AnswerAssessment | null, threshold: number): AnswerVerdict {
  const confidence = combinedConfidence(evidence, answer?.model ?? null);
  if (!answer) return { confidence, handOff: confidence < threshold ? { reason: 'LOW_CONFIDENCE', detail: `retrieval evidence ${evidence.toFixed(2)}` } : null };
  if (answer.model?.needsHuman === true) return { confidence, handOff: { reason: 'MODEL_ASKED', detail: 'the model asked for a human' } };
  if (!answer.citedCount) return { confidence, handOff: { reason: 'LOW_CONFIDENCE', detail: 'the answer cited no source' } };
  if (!answer.hasText || confidence < threshold) return { confidence, handOff: { reason: 'LOW_CONFIDENCE', detail: `confidence ${confidence.toFixed(2)}` } };
  return { confidence, handOff: null };
}
