// Linear models over sparse vectors: a one-vs-rest squared-hinge SVM (trainOvrSvm) whose margins,
// scaled by a temperature fitted on held-out examples, give softmax probabilities. A linear model
// over n-grams is the classic strong baseline for short-text intent detection: it trains in
// seconds on one core, predicts in microseconds, and its calibrated probabilities are usable as a
// confidence.
import type { SparseVector } from './text-features.js';

export interface LinearModel {
  classes: number;
  features: number;
  /** Feature-major (`weights[f * classes + k]`): a sparse input touches contiguous rows. */
  weights: Float32Array;
  bias: Float32Array;
}

/** mulberry32: tiny, fast and seedable, so the same examples always give the same model. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleInPlace(items: number[] | Int32Array, rng: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
}

/** Class probabilities for `x`, written into `out` (length = classes). */
export function probabilities(model: LinearModel, x: SparseVector, out: Float64Array): Float64Array {
  scoresInto(model.weights, model.bias, model.classes, x, out);
  softmaxInPlace(out, model.classes);
  return out;
}

function scoresInto(W: Float32Array | Float64Array, B: Float32Array | Float64Array, K: number, x: SparseVector, out: Float64Array): void {
  for (let k = 0; k < K; k++) out[k] = B[k];
  for (let n = 0; n < x.idx.length; n++) {
    const row = x.idx[n] * K;
    const v = x.val[n];
    for (let k = 0; k < K; k++) out[k] += W[row + k] * v;
  }
}

export function softmaxInPlace(out: Float64Array, K: number): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (out[k] > max) max = out[k];
  let sum = 0;
  for (let k = 0; k < K; k++) sum += out[k] = Math.exp(out[k] - max);
  for (let k = 0; k < K; k++) out[k] /= sum;
  return out;
}

export interface SvmOptions {
  /** Inverse regularisation strength (liblinear's C): larger fits the training set more closely. */
  C: number;
  /**
   * Stop when the projected gradients of all examples span less than this. liblinear's default is
   * 0.1; on HWU64 0.5 scores the same (0.881) in about two thirds of the passes.
   */
  eps: number;
  /** Passes over the examples per class, at most. */
  maxIterations: number;
  seed: number;
}

export const DEFAULT_SVM: SvmOptions = { C: 0.5, eps: 0.5, maxIterations: 50, seed: 1 };

export interface SvmFit {
  /** Feature-major scores (`weights[f * classes + k]`), bias as a constant feature of value 1. */
  weights: Float64Array;
  bias: Float64Array;
  /** The dual variables, class-major (`alphas[k * n + i]`): a later fit can start from them. */
  alphas: Float64Array;
  /** Passes over the (active) examples, summed over the classes. */
  iterations: number;
}

/**
 * One-vs-rest linear SVM with the squared hinge loss (L2-regularised, L2-loss), solved in the dual
 * by coordinate descent with shrinking — liblinear's solver 1 (Hsieh et al., ICML 2008). For short
 * texts over n-grams it is the strongest linear model we measured, and it converges in a handful
 * of passes because most (text, other intent) pairs are settled after the first one and then
 * skipped. Deterministic: a fixed example order and a seeded shuffle, no other randomness.
 *
 * `initialAlphas` (class-major, n per class) starts from an earlier solution, e.g. the model fitted
 * on 80% of these examples: the full fit then needs a few passes instead of a dozen.
 */
export function trainOvrSvm(
  xs: SparseVector[],
  ys: ArrayLike<number>,
  classes: number,
  features: number,
  opts: SvmOptions = DEFAULT_SVM,
  initialAlphas?: Float64Array,
): SvmFit {
  const n = xs.length;
  const K = classes;
  const diag = 1 / (2 * opts.C);
  // All examples in one compressed-row block: the inner loops read flat arrays, not objects.
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i] + xs[i].idx.length;
  const fIdx = new Int32Array(start[n]);
  const fVal = new Float64Array(start[n]);
  for (let i = 0; i < n; i++) {
    fIdx.set(xs[i].idx, start[i]);
    fVal.set(xs[i].val, start[i]);
  }
  const yOf = Int32Array.from(ys);
  const qd = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 1 + diag; // the bias feature contributes 1
    for (let m = start[i]; m < start[i + 1]; m++) s += fVal[m] * fVal[m];
    qd[i] = s;
  }
  const W = new Float64Array(features * K);
  const B = new Float64Array(K);
  const alphas = initialAlphas ? Float64Array.from(initialAlphas) : new Float64Array(n * K);
  if (alphas.length !== n * K) throw new Error(`initialAlphas holds ${alphas.length} values, expected ${n * K}`);
  const w = new Float64Array(features);
  const index = new Int32Array(n);
  const rng = createRng(opts.seed);
  let iterations = 0;
  for (let k = 0; k < K; k++) {
    const alpha = alphas.subarray(k * n, (k + 1) * n);
    w.fill(0);
    let b = 0;
    for (let i = 0; i < n; i++) {
      const a = alpha[i];
      if (a === 0) continue;
      const d = yOf[i] === k ? a : -a;
      for (let m = start[i]; m < start[i + 1]; m++) w[fIdx[m]] += d * fVal[m];
      b += d;
    }
    for (let i = 0; i < n; i++) index[i] = i;
    let active = n;
    let pgMaxOld = Infinity;
    let pgMinOld = -Infinity;
    for (let it = 0; it < opts.maxIterations; it++) {
      iterations++;
      shuffleInPlace(index.subarray(0, active), rng);
      let pgMax = -Infinity;
      let pgMin = Infinity;
      for (let s = 0; s < active; s++) {
        const i = index[s];
        const y = yOf[i] === k ? 1 : -1;
        const from = start[i];
        const to = start[i + 1];
        let dot = b;
        for (let m = from; m < to; m++) dot += w[fIdx[m]] * fVal[m];
        const a = alpha[i];
        const G = y * dot - 1 + a * diag;
        let pg = 0;
        if (a === 0) {
          if (G > pgMaxOld) {
            // Settled on the right side of the margin: skip it until the final check.
            active--;
            index[s] = index[active];
            index[active] = i;
            s--;
            continue;
          }
          if (G < 0) pg = G;
        } else pg = G;
        if (pg > pgMax) pgMax = pg;
        if (pg < pgMin) pgMin = pg;
        if (pg > 1e-12 || pg < -1e-12) {
          const next = Math.max(a - G / qd[i], 0);
          alpha[i] = next;
          const d = (next - a) * y;
          for (let m = from; m < to; m++) w[fIdx[m]] += d * fVal[m];
          b += d;
        }
      }
      if (pgMax - pgMin <= opts.eps) {
        if (active === n) break;
        // Converged on the active set: check every example once more before stopping.
        active = n;
        pgMaxOld = Infinity;
        pgMinOld = -Infinity;
        continue;
      }
      pgMaxOld = pgMax <= 0 ? Infinity : pgMax;
      pgMinOld = pgMin >= 0 ? -Infinity : pgMin;
    }
    void pgMinOld;
    for (let f = 0; f < features; f++) W[f * K + k] = w[f];
    B[k] = b;
  }
  return { weights: W, bias: B, alphas, iterations };
}

/**
 * The temperature T that makes softmax(T × scores) honest probabilities on held-out examples
 * (minimum mean negative log-likelihood; Guo et al. 2017). An SVM's scores are margins, not
 * probabilities; scaled by T they serve as the confidence the assistant acts on. A 1-D search on a
 * fixed grid and then golden-section refinement: deterministic.
 */
export function fitTemperature(scores: Float64Array[], labels: ArrayLike<number>, K: number): number {
  if (scores.length === 0) return 1;
  const nll = (logT: number) => {
    const T = Math.exp(logT);
    let sum = 0;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i];
      let max = -Infinity;
      for (let k = 0; k < K; k++) if (s[k] * T > max) max = s[k] * T;
      let z = 0;
      for (let k = 0; k < K; k++) z += Math.exp(s[k] * T - max);
      sum += max + Math.log(z) - s[labels[i]] * T;
    }
    return sum / scores.length;
  };
  let best = 0;
  let bestValue = Infinity;
  for (let logT = Math.log(0.25); logT <= Math.log(64); logT += 0.25) {
    const v = nll(logT);
    if (v < bestValue) [best, bestValue] = [logT, v];
  }
  let lo = best - 0.25;
  let hi = best + 0.25;
  const g = (Math.sqrt(5) - 1) / 2;
  for (let r = 0; r < 30; r++) {
    const a = hi - g * (hi - lo);
    const b = lo + g * (hi - lo);
    if (nll(a) < nll(b)) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}

/** Scores (not probabilities) of `x` under feature-major weights. */
export function scoresOf(weights: Float32Array | Float64Array, bias: Float32Array | Float64Array, K: number, x: SparseVector, out: Float64Array): Float64Array {
  scoresInto(weights, bias, K, x, out);
  return out;
}
