import { centroidCosines } from './embedding-fusion.js';
import { probabilities, scoresOf, softmaxInPlace } from './linear-model.js';
import { countFeatures, vectorise } from './text-features.js';
import type { Prediction, TrainedClassifier } from './types.js';

const TOP = 3;

/**
 * Probability per label (in `model.labels` order). `embedding`: the text's sentence embedding, for
 * a model trained with embeddings; without it (or from another embedder: other size) the SVM's
 * own calibrated probabilities.
 */
export function labelProbabilities(model: TrainedClassifier, text: string, embedding?: ArrayLike<number> | null): Float64Array {
  const x = vectorise(countFeatures(text, model.features), model.vocabulary, model.features.wordWeight);
  const K = model.labels.length;
  const e = model.embedding;
  if (!e || !embedding || embedding.length !== e.dimensions) return probabilities(model.model, x, new Float64Array(K));
  const scores = scoresOf(model.model.weights, model.model.bias, K, x, new Float64Array(K));
  const cos = centroidCosines(e.centroids, K, embedding);
  for (let k = 0; k < K; k++) scores[k] = e.scale * scores[k] + e.weight * cos[k];
  return softmaxInPlace(scores, K);
}

/** The most likely intent. A text with no known feature gets the label prior (low confidence). */
export function predict(model: TrainedClassifier, text: string, embedding?: ArrayLike<number> | null): Prediction {
  const p = labelProbabilities(model, text, embedding);
  const order = Array.from(p.keys()).sort((a, b) => p[b] - p[a] || a - b);
  const best = order[0];
  const intent = model.labels[best];
  return {
    intent,
    category: model.categoryOf[intent] ?? null,
    confidence: p[best],
    top: order.slice(0, TOP).map((k) => ({ intent: model.labels[k], p: p[k] })),
  };
}
