// Confidence in [0, 1] for an answer, from two kinds of evidence (docs/assistant.md):
//
//   retrieval  r = 0.7 · dense + 0.2 · agreement + 0.1 · lexical
//     dense     = the best chunk's cosine similarity mapped linearly from [DENSE_FLOOR, DENSE_FULL] to [0, 1]
//     agreement = 1 when the best dense and the best lexical chunks come from the same document,
//                 0.5 when that document is elsewhere in both top-3 lists, else 0
//     lexical   = 1 when full-text search found the question's words in any chunk, else 0
//
//   model (online only), from its `submit_assessment` call:
//     answered from sources:  c = 0.4 · r + 0.6 · model confidence
//     not from sources:       c = 0.25 · r   (always below any sensible hand-off threshold)
//     needs_human:            hand-off whatever c is
//
//   offline: c = r (there is no model judgement; the extract is only as good as the match).
//
// The floor and full marks were calibrated on the demo tenants' in-scope and out-of-scope
// questions (test/fixtures/assistant/*.questions.json) with the offline embedder.
import type { Assessment } from './providers/provider.js';

export const DENSE_FLOOR = 0.3;
export const DENSE_FULL = 0.6;

export interface EvidenceChunk {
  documentId: string;
  similarity: number | null;
  denseRank: number | null;
  lexicalRank: number | null;
}

export interface RetrievalEvidence {
  score: number;
  topSimilarity: number;
  agreement: number;
  lexical: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function retrievalEvidence(chunks: EvidenceChunk[], floor = DENSE_FLOOR, full = DENSE_FULL): RetrievalEvidence {
  const dense = chunks.filter((c) => c.denseRank !== null).sort((a, b) => a.denseRank! - b.denseRank!);
  const lexical = chunks.filter((c) => c.lexicalRank !== null).sort((a, b) => a.lexicalRank! - b.lexicalRank!);
  const topSimilarity = Math.max(0, ...dense.map((c) => c.similarity ?? 0));
  const densePart = clamp01((topSimilarity - floor) / (full - floor));
  let agreement = 0;
  if (dense.length && lexical.length) {
    if (dense[0].documentId === lexical[0].documentId) agreement = 1;
    else {
      const top3 = (list: EvidenceChunk[]) => new Set(list.slice(0, 3).map((c) => c.documentId));
      const d = top3(dense);
      if ([...top3(lexical)].some((id) => d.has(id))) agreement = 0.5;
    }
  }
  const lexicalPart = lexical.length ? 1 : 0;
  return { score: clamp01(0.7 * densePart + 0.2 * agreement + 0.1 * lexicalPart), topSimilarity, agreement, lexical: lexicalPart };
}

export function combinedConfidence(retrieval: number, assessment: Assessment | null): number {
  if (!assessment) return clamp01(retrieval);
  if (!assessment.answeredFromSources) return clamp01(0.25 * retrieval);
  return clamp01(0.4 * retrieval + 0.6 * assessment.confidence);
}
