// How a calibrated threshold does on held-out question sets: the computation the `ai-assistant`
// bench prints and the calibration test compares `knowledgeCoverage` with. A question is handed
// off when its retrieval evidence is below the threshold — the assistant's own rule
// (knowledge/answer-confidence.ts handOffDecision on the evidence alone; calibration/fit.ts handsOff).

export interface ScoredQuestion {
  question: string;
  score: number;
}

export interface SetFigure {
  n: number;
  handedOff: number;
  share: number;
}

export function handedOffShare(scores: number[], threshold: number): SetFigure {
  const handedOff = scores.filter((s) => s < threshold).length;
  return { n: scores.length, handedOff, share: scores.length ? handedOff / scores.length : NaN };
}

/** The operating point of a probe list at a threshold, as knowledgeCoverage reports it (rounded to 4 decimals). */
export function pointOf(probes: { kind: 'ANSWERABLE' | 'UNANSWERABLE'; score: number }[], threshold: number) {
  const a = probes.filter((p) => p.kind === 'ANSWERABLE').map((p) => p.score);
  const u = probes.filter((p) => p.kind === 'UNANSWERABLE').map((p) => p.score);
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  return { answerableHandedOff: r(handedOffShare(a, threshold).share), unanswerableAnswered: r(1 - handedOffShare(u, threshold).share) };
}
