// The classifier's CPU-heavy steps in worker threads (classifier.worker.ts). Two threads, so a
// model load (the first classification after a training, on any instance) never waits behind
// another tenant's training of several seconds.
import { WorkerClient } from '../../../workers/worker-client.js';
import type { ClassifierMetrics, TrainedClassifier } from './types.js';

export type ClassifierRequest = { op: 'train'; examples: string; embeddingModel: string | null } | { op: 'load'; model: string };

export interface TrainedInWorker {
  /** The serialized model as JSON text (what classifier_models.model stores). */
  model: string;
  metrics: ClassifierMetrics;
  trainMs: number;
  /** The embedder the model reads, or null: n-grams only (no embedder given, or an example without one). */
  embeddingModel: string | null;
}

export type DecodedModel = Omit<TrainedClassifier, 'vocabulary'> & { vocabulary: Omit<TrainedClassifier['vocabulary'], 'index'> };

const script = new URL('./classifier.worker.ts', import.meta.url);
// Trainings are rare: the trainer's thread (and the memory a training used) goes after a minute idle.
const trainer = new WorkerClient<ClassifierRequest, TrainedInWorker>(script, 'classifier trainer', 60_000);
const loader = new WorkerClient<ClassifierRequest, DecodedModel>(script, 'classifier loader');

/**
 * Train on `examples` (a JSON array of { text, intent, category, embedding? }, the embedding as
 * base64 of little-endian float32); data errors reject with a plain Error. With `embeddingModel`
 * and an embedding on every example, the model fuses them with its n-grams.
 */
export function trainInWorker(examples: string, embeddingModel: string | null = null): Promise<TrainedInWorker> {
  return trainer.run({ op: 'train', examples, embeddingModel });
}

/** Decode and validate a stored model (its JSON text). */
export async function loadInWorker(model: string): Promise<TrainedClassifier> {
  const m = await loader.run({ op: 'load', model });
  return { ...m, vocabulary: { ...m.vocabulary, index: new Map(m.vocabulary.terms.map((t, i) => [t, i])) } };
}
