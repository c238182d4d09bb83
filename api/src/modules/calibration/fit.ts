// The operating point: a threshold on the retrieval evidence score. A question whose evidence is
// below the threshold is handed off (knowledge/answer-confidence.ts: handOffDecision). The fit
// finds the smallest threshold that hands off at least `target` of the unanswerable probes (raising
// the threshold can only hand off more answerable probes too, so it hands off the fewest answerable
// ones), then raises it as far as it goes without handing off one more answerable probe: of the
// thresholds with that answerable count, the one that hands off the most unanswerable probes.
// Pure and deterministic.
//
// Since issue 16's follow-up the calibration fits the threshold on a model's score over the
// evidence and the question's nearest neighbours among the probes (fitModel below); the plain
// threshold on the evidence is what a manual override still means.
import { fitLogistic, modelScore, neighbourFeatures, type Neighbours } from '../knowledge/handoff-model.js';

export interface ScoredProbe {
  kind: 'ANSWERABLE' | 'UNANSWERABLE';
  score: number;
}

export interface CurvePoint {
  threshold: number;
  /** Share of answerable probes handed off (score < threshold). */
  answerableHandedOff: number;
  /** Share of unanswerable probes answered (score ≥ threshold). */
  unanswerableAnswered: number;
}

export interface Fit {
  threshold: number;
  point: CurvePoint;
  curve: CurvePoint[];
  /** Whether the target could be met without handing off every answerable probe. */
  targetMet: boolean;
}

/** The one hand-off rule on the evidence alone (the same comparison as handOffDecision). */
export const handsOff = (score: number, threshold: number) => score < threshold;

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/** What a threshold does to a set of probes. */
export function pointAt(probes: ScoredProbe[], threshold: number): CurvePoint {
  let a = 0, aOff = 0, u = 0, uOn = 0;
  for (const p of probes) {
    if (p.kind === 'ANSWERABLE') {
      a++;
      if (handsOff(p.score, threshold)) aOff++;
    } else {
      u++;
      if (!handsOff(p.score, threshold)) uOn++;
    }
  }
  return { threshold, answerableHandedOff: a ? round(aOff / a) : 0, unanswerableAnswered: u ? round(uOn / u) : 0 };
}

/** Thresholds 0, 0.01 … 1 plus the chosen one, ascending: the curve an admin reads. */
export function curveOf(probes: ScoredProbe[], chosen: number): CurvePoint[] {
  const ts = new Set<number>();
  for (let i = 0; i <= 100; i++) ts.add(i / 100);
  ts.add(chosen);
  return [...ts].sort((x, y) => x - y).map((t) => pointAt(probes, t));
}

/**
 * `placement`: where in the gap above the target's cut the threshold goes when answerable probes
 * lie above it — `LARGEST` (just below the next answerable score: every unanswerable probe below
 * it handed off too) or `MIDDLE` (halfway between the cut and that answerable score: a margin on
 * both sides, for the model, whose probes are often separated by a wide gap that questions it
 * never saw fall into).
 */
export function fitThreshold(probes: ScoredProbe[], target: number, placement: 'LARGEST' | 'MIDDLE' = 'LARGEST'): Fit {
  const unanswerable = probes.filter((p) => p.kind === 'UNANSWERABLE').map((p) => p.score).sort((x, y) => x - y);
  const all = [...new Set(probes.map((p) => p.score))].sort((x, y) => x - y);
  if (!unanswerable.length) {
    const threshold = 0;
    return { threshold, point: pointAt(probes, threshold), curve: curveOf(probes, threshold), targetMet: false };
  }
  // Hand off the `need` lowest unanswerable scores: the threshold sits just above the need-th
  // one, halfway to the next distinct score of any probe (a margin on both sides).
  const need = Math.min(unanswerable.length, Math.ceil(target * unanswerable.length - 1e-9));
  const last = unanswerable[need - 1];
  // The largest safe threshold: up to the next answerable score above `last` (which must stay
  // answered), halfway between it and the highest score of any probe below it.
  const nextAnswerable = probes.filter((p) => p.kind === 'ANSWERABLE' && p.score > last).reduce((m, p) => Math.min(m, p.score), Infinity);
  let threshold: number;
  if (nextAnswerable === Infinity) {
    // Every answerable probe is handed off anyway (target not met): stay at the smallest threshold.
    const next = all.find((s) => s > last);
    threshold = next === undefined ? Math.min(1, last + 0.01) : (last + next) / 2;
  } else if (placement === 'MIDDLE') {
    threshold = (last + nextAnswerable) / 2;
  } else {
    const below = all.filter((s) => s < nextAnswerable).at(-1)!; // ≥ last
    threshold = (below + nextAnswerable) / 2;
  }
  const point = pointAt(probes, threshold);
  return { threshold, point, curve: curveOf(probes, threshold), targetMet: point.answerableHandedOff < 1 };
}

// ---------------------------------------------------------------------------------------------
// The model over evidence and neighbours (knowledge/handoff-model.ts)

export interface ProbeEvidence {
  kind: 'ANSWERABLE' | 'UNANSWERABLE';
  evidence: number;
  /** This probe's own vector among the neighbours (left out of its own features), or -1. */
  self: number;
}

export interface ModelFit extends Fit {
  weights: [number, number, number, number];
  /** Each probe's score under the model (leave-one-out neighbours), in the order given. */
  scores: number[];
}

/**
 * Fit the logistic model over [evidence, nearest unanswerable, nearest answerable] on the probes
 * (each probe's neighbour features leave it out), then the threshold on the model's score exactly
 * as fitThreshold fits it on the evidence — the target share of unanswerable probes handed off,
 * with the fewest answerable ones — placed in the middle of the gap to the next answerable probe.
 */
export function fitModel(probes: ProbeEvidence[], neighbours: Neighbours, target: number): ModelFit {
  const rows = probes.map((p) => {
    const f = neighbourFeatures(neighbours.vectors.subarray(p.self * neighbours.dimensions, (p.self + 1) * neighbours.dimensions), neighbours, p.self);
    return [p.evidence, f.nearestUnanswerable, f.nearestAnswerable];
  });
  const w = fitLogistic(rows, probes.map((p) => p.kind === 'ANSWERABLE'));
  const weights: ModelFit['weights'] = [w[0], w[1], w[2], w[3]];
  const scores = rows.map(([e, nu, na]) => modelScore(weights, e, { nearestUnanswerable: nu, nearestAnswerable: na }));
  const fit = fitThreshold(probes.map((p, i) => ({ kind: p.kind, score: scores[i] })), target, 'MIDDLE');
  return { ...fit, weights, scores };
}
