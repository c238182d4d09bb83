// The calibrated hand-off score (docs/assistant.md, "Calibration"). Retrieval evidence sees how
// close a question is to the knowledge, not how close it is to what is known NOT to be answered
// there ("set an alarm for 7" finds an article about opening hours). So a calibration also keeps
// its probes' embeddings as neighbours — unanswerable (the everyday bank, other businesses'
// questions, the team's "not in our knowledge" labels) and answerable (the tenant's own) — and
// fits a small logistic model over three features:
//
//   e  = the retrieval evidence (answer-confidence.ts)
//   nu = cosine similarity of the question to its nearest unanswerable neighbour
//   na = cosine similarity of the question to its nearest answerable neighbour
//   score = 1 / (1 + e^-(w_e·e + w_u·nu + w_a·na + b))
//
// The threshold is then on that score (calibration/fit.ts). Pure and deterministic.

export const HANDOFF_MODEL = 'EVIDENCE_NEIGHBOURS_V1';

/** A fitted model: its weights and how to read its neighbours. */
export interface HandoffModel {
  kind: typeof HANDOFF_MODEL;
  /** [evidence, nearest unanswerable, nearest answerable, bias]. */
  weights: [number, number, number, number];
  /** The embedder the neighbours were embedded with: another one's vectors are not comparable. */
  embeddingModel: string;
  dimensions: number;
  /** The neighbours: the first `answerable` vectors are answerable, the rest unanswerable. */
  answerable: number;
  unanswerable: number;
}

/** The neighbour vectors of a model, unit length, in one buffer (answerable first). */
export interface Neighbours {
  vectors: Float32Array;
  dimensions: number;
  answerable: number;
}

export interface NeighbourFeatures {
  nearestUnanswerable: number;
  nearestAnswerable: number;
}

/**
 * The nearest neighbour of each kind. `self` (an index into the neighbours) is left out: a probe
 * must not be its own nearest neighbour when the model is fitted (leave-one-out). A kind with no
 * neighbour counts as similarity 0.
 */
export function neighbourFeatures(query: ArrayLike<number>, n: Neighbours, self = -1): NeighbourFeatures {
  const d = n.dimensions;
  const count = n.vectors.length / d;
  let nu = 0;
  let na = 0;
  let hasU = false;
  let hasA = false;
  for (let i = 0; i < count; i++) {
    if (i === self) continue;
    let dot = 0;
    const off = i * d;
    for (let j = 0; j < d; j++) dot += query[j] * n.vectors[off + j];
    if (i < n.answerable) {
      if (!hasA || dot > na) na = dot;
      hasA = true;
    } else {
      if (!hasU || dot > nu) nu = dot;
      hasU = true;
    }
  }
  return { nearestUnanswerable: nu, nearestAnswerable: na };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function modelScore(weights: HandoffModel['weights'], evidence: number, f: NeighbourFeatures): number {
  return sigmoid(weights[0] * evidence + weights[1] * f.nearestUnanswerable + weights[2] * f.nearestAnswerable + weights[3]);
}

/**
 * Logistic regression by Newton's method (a few hundred rows, three features): classes weighted
 * to count equally, a small L2 penalty on the weights (not the bias) so separable probes still
 * give finite weights. Starts from zero and runs a fixed number of steps: deterministic.
 */
export function fitLogistic(rows: number[][], answerable: boolean[], l2 = 0.01, steps = 50): number[] {
  const d = rows[0]?.length ?? 0;
  const pos = answerable.filter(Boolean).length;
  const neg = answerable.length - pos;
  const w = new Array<number>(d + 1).fill(0);
  if (!pos || !neg) return w;
  const cw = (y: boolean) => (y ? 0.5 / (pos / answerable.length) : 0.5 / (neg / answerable.length));
  for (let step = 0; step < steps; step++) {
    const g = new Array<number>(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < rows.length; i++) {
      const x = [...rows[i], 1];
      let z = 0;
      for (let j = 0; j <= d; j++) z += w[j] * x[j];
      const p = sigmoid(z);
      const c = cw(answerable[i]);
      const r = c * (p - (answerable[i] ? 1 : 0));
      const h = c * p * (1 - p);
      for (let j = 0; j <= d; j++) {
        g[j] += r * x[j];
        for (let k = 0; k <= d; k++) H[j][k] += h * x[j] * x[k];
      }
    }
    for (let j = 0; j < d; j++) {
      g[j] += l2 * w[j];
      H[j][j] += l2;
    }
    const delta = solve(H, g);
    for (let j = 0; j <= d; j++) w[j] -= delta[j];
  }
  return w;
}

/** Gaussian elimination with partial pivoting (a 4×4 system). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    if (Math.abs(M[c][c]) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => (Math.abs(row[i]) < 1e-12 ? 0 : row[n] / row[i]));
}
