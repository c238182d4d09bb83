// The classifier's public shapes (re-exported by index.ts).
import type { LinearModel } from './linear-model.js';
import type { FeatureConfig, Vocabulary } from './text-features.js';

/** One tenant-labelled example. `category` groups intents (e.g. ORDER for cancel_order). */
export interface LabelledExample {
  text: string;
  intent: string;
  category?: string | null;
  /**
   * The text's sentence embedding (unit length), computed once when the example was uploaded.
   * Used only when every example of a training has one from the same embedder.
   */
  embedding?: Float32Array | null;
}

/** The sentence-embedding part of a model: which embedder, and how much it weighs beside the n-grams. */
export interface EmbeddingPart {
  /** The embedder's id (model/dimensions): a message embedded by another embedder is not used. */
  model: string;
  dimensions: number;
  /** Score of intent k with an embedding: scale × (the SVM's calibrated score) + weight × cos(embedding, centroid k). */
  scale: number;
  weight: number;
  /** Each intent's centroid (unit length), label-major: labels × dimensions. */
  centroids: Float32Array;
}

export interface TrainedClassifier {
  version: 1;
  /** Intents, in the model's class order. */
  labels: string[];
  /** Intent -> the category most of its examples carried. */
  categoryOf: Record<string, string | null>;
  features: FeatureConfig;
  vocabulary: Vocabulary;
  /** Null: n-grams only (trained without embeddings). */
  embedding: EmbeddingPart | null;
  model: LinearModel;
}

export interface LabelF1 {
  label: string;
  f1: number;
  support: number;
}

/** A held-out example of `actual` predicted as `predicted`, `count` times. */
export interface Confusion {
  actual: string;
  predicted: string;
  count: number;
}

export interface ClassifierMetrics {
  accuracy: number;
  macroF1: number;
  /** Examples scored (held out of the evaluation model). */
  heldOut: number;
  /** Examples the returned model was trained on (all of them). */
  trainedOn: number;
  labels: number;
  perLabel: LabelF1[];
  /** The most frequent mistakes on the held-out examples, worst first (at most 10). */
  mistakes: Confusion[];
}

export interface Prediction {
  intent: string;
  category: string | null;
  /** Probability of `intent`, 0..1. */
  confidence: number;
  /** The three most likely intents, most likely first. */
  top: { intent: string; p: number }[];
}
