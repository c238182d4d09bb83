import { probabilities } from './linear-model.js';
import { countFeatures, vectorise } from './text-features.js';
import type { Prediction, TrainedClassifier } from './types.js';

const TOP = 3;

/** Probability per label (in `model.labels` order). */
export function labelProbabilities(model: TrainedClassifier, text: string): Float64Array {
  const x = vectorise(countFeatures(text, model.features), model.vocabulary, model.features.wordWeight);
  return probabilities(model.model, x, new Float64Array(model.labels.length));
}

/** The most likely intent. A text with no known feature gets the label prior (low confidence). */
export function predict(model: TrainedClassifier, text: string): Prediction {
  const p = labelProbabilities(model, text);
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
