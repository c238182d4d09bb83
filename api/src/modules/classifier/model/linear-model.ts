// Multinomial logistic regression (softmax) over sparse vectors, trained with Adagrad.
// A linear model over n-grams is the classic strong baseline for short-text intent detection: it
// trains in a second or two on one core, predicts in microseconds, and its probabilities are
// usable as a confidence. Adagrad gives rare-but-telling features larger steps than common ones,
// which is what sparse text needs, without a learning-rate schedule to tune.
import type { SparseVector } from './text-features.js';

export interface LinearModel {
  classes: number;
  features: number;
  /** Feature-major (`weights[f * classes + k]`): a sparse input touches contiguous rows. */
  weights: Float32Array;
  bias: Float32Array;
}

export interface SgdOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty, applied to the weights an example touches (lazy: untouched rows never move). */
  l2: number;
  seed: number;
}

export const DEFAULT_SGD: SgdOptions = { epochs: 5, learningRate: 0.4, l2: 1e-4, seed: 1 };

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

export function trainSoftmax(
  xs: SparseVector[],
  ys: ArrayLike<number>,
  classes: number,
  features: number,
  opts: SgdOptions = DEFAULT_SGD,
): LinearModel {
  const K = classes;
  // Float64 while training (no rounding on every update), Float32 in the model (half the size).
  const W = new Float64Array(features * K);
  const B = new Float64Array(K);
  const gW = new Float64Array(W.length); // Adagrad: running sum of squared gradients per weight
  const gB = new Float64Array(K);
  const p = new Float64Array(K);
  const order = Int32Array.from(xs.keys());
  const rng = createRng(opts.seed);
  const lr = opts.learningRate;
  const l2 = opts.l2;
  const EPS = 1e-8;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rng);
    for (const i of order) {
      const x = xs[i];
      scoresInto(W, B, K, x, p);
      softmaxInPlace(p, K);
      p[ys[i]] -= 1; // now the gradient of the cross-entropy w.r.t. the logits
      for (let k = 0; k < K; k++) {
        const g = p[k];
        gB[k] += g * g;
        B[k] -= (lr * g) / (Math.sqrt(gB[k]) + EPS);
      }
      for (let f = 0; f < x.idx.length; f++) {
        const row = x.idx[f] * K;
        const v = x.val[f];
        for (let k = 0; k < K; k++) {
          const j = row + k;
          const g = p[k] * v + l2 * W[j];
          gW[j] += g * g;
          W[j] -= (lr * g) / (Math.sqrt(gW[j]) + EPS);
        }
      }
    }
  }
  return { classes: K, features, weights: Float32Array.from(W), bias: Float32Array.from(B) };
}

function scoresInto(W: Float32Array | Float64Array, B: Float32Array | Float64Array, K: number, x: SparseVector, out: Float64Array): void {
  for (let k = 0; k < K; k++) out[k] = B[k];
  for (let n = 0; n < x.idx.length; n++) {
    const row = x.idx[n] * K;
    const v = x.val[n];
    for (let k = 0; k < K; k++) out[k] += W[row + k] * v;
  }
}

function softmaxInPlace(out: Float64Array, K: number): void {
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (out[k] > max) max = out[k];
  let sum = 0;
  for (let k = 0; k < K; k++) sum += out[k] = Math.exp(out[k] - max);
  for (let k = 0; k < K; k++) out[k] /= sum;
}
