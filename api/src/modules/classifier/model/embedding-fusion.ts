// The sentence embedding beside the n-gram SVM: each intent's centroid (the normalised mean of its
// examples' embeddings), and a message's cosine to every centroid added to the SVM's calibrated
// margins with a weight fitted on the held-out split. The n-grams see the words a tenant's
// customers use; the embedding sees meaning across wordings no example used ("wake me at 7" near
// "set an alarm"). Fitting the centroids costs one pass over the embeddings (milliseconds for
// 10,000), so training stays within its budget; the same 512 numbers as extra SVM features score a
// little higher but triple the training time (docs/assistant.md, "Classification"). A message
// without an embedding (the embedder failing) is scored by the SVM alone, which stays calibrated.
import { fitTemperature } from './linear-model.js';

/** Intent centroids, label-major (`centroids[k * dimensions + j]`), each of unit length. */
export function intentCentroids(embeddings: ArrayLike<number>[], ys: ArrayLike<number>, K: number, dimensions: number): Float32Array {
  const sums = new Float64Array(K * dimensions);
  // Examples in their (canonical) order: the same sums, bit for bit, for the same examples.
  for (let i = 0; i < embeddings.length; i++) {
    const e = embeddings[i];
    const row = ys[i] * dimensions;
    for (let j = 0; j < dimensions; j++) sums[row + j] += e[j];
  }
  const out = new Float32Array(K * dimensions);
  for (let k = 0; k < K; k++) {
    let norm = 0;
    for (let j = 0; j < dimensions; j++) norm += sums[k * dimensions + j] ** 2;
    if (!(norm > 0)) continue;
    const inv = 1 / Math.sqrt(norm);
    for (let j = 0; j < dimensions; j++) out[k * dimensions + j] = sums[k * dimensions + j] * inv;
  }
  return out;
}

/** Cosine of `embedding` (unit length or not) to each centroid. */
export function centroidCosines(centroids: Float32Array, K: number, embedding: ArrayLike<number>, out = new Float64Array(K)): Float64Array {
  const d = embedding.length;
  let norm = 0;
  for (let j = 0; j < d; j++) norm += embedding[j] * embedding[j];
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let k = 0; k < K; k++) {
    let s = 0;
    const row = k * d;
    for (let j = 0; j < d; j++) s += centroids[row + j] * embedding[j];
    out[k] = s * inv;
  }
  return out;
}

/**
 * How much the cosines weigh beside the (temperature-scaled) SVM scores, and the scale of the sum:
 * on a fixed grid, the weight that classifies the held-out examples best (ties: the smaller
 * log-loss), then a temperature for the combined scores, so they stay probabilities.
 * Deterministic (fixed grid, fixed order).
 */
export function fitFusion(scores: Float64Array[], cosines: Float64Array[], labels: ArrayLike<number>, K: number): { scale: number; weight: number } {
  const combined = (w: number) => scores.map((s, i) => {
    const out = new Float64Array(K);
    for (let k = 0; k < K; k++) out[k] = s[k] + w * cosines[i][k];
    return out;
  });
  let best = { weight: 0, right: correct(scores, labels, K), nll: meanNll(scores, labels, K) };
  for (let w = 1; w <= 64; w *= 1.25) {
    const c = combined(w);
    const right = correct(c, labels, K);
    if (right < best.right) continue;
    const nll = meanNll(c, labels, K);
    if (right > best.right || nll < best.nll) best = { weight: w, right, nll };
  }
  const scale = fitTemperature(combined(best.weight), labels, K);
  return { scale, weight: best.weight * scale };
}

function correct(scores: Float64Array[], labels: ArrayLike<number>, K: number): number {
  let right = 0;
  for (let i = 0; i < scores.length; i++) {
    let top = 0;
    for (let k = 1; k < K; k++) if (scores[i][k] > scores[i][top]) top = k;
    if (top === labels[i]) right++;
  }
  return right;
}

function meanNll(scores: Float64Array[], labels: ArrayLike<number>, K: number): number {
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    let max = -Infinity;
    for (let k = 0; k < K; k++) if (s[k] > max) max = s[k];
    let z = 0;
    for (let k = 0; k < K; k++) z += Math.exp(s[k] - max);
    sum += max + Math.log(z) - s[labels[i]];
  }
  return scores.length ? sum / scores.length : 0;
}
