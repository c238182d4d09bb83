// Worker thread of the classifier (threads.ts): training (seconds of CPU for thousands of
// examples) and decoding a stored model (up to a few hundred ms for a large one) run here, so the
// API's event loop keeps serving every tenant meanwhile.
import { serve } from '../../../workers/serve.js';
import { deserializeModel, serializeModel } from './serialize.js';
import { trainClassifier } from './train.js';
import type { ClassifierMetrics, LabelledExample } from './types.js';
import type { ClassifierRequest, DecodedModel, TrainedInWorker } from './threads.js';

/** A stored vector: base64 of little-endian float32 (training_examples.embedding). */
function vectorOf(base64: string): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  const out = new Float32Array(bytes.byteLength >> 2);
  new Uint8Array(out.buffer).set(bytes.subarray(0, out.length * 4));
  return out;
}

serve<ClassifierRequest, TrainedInWorker | DecodedModel>((request) => {
  if (request.op === 'train') {
    const examples = (JSON.parse(request.examples) as (Omit<LabelledExample, 'embedding'> & { embedding?: string | null })[]).map(
      (e): LabelledExample => ({ text: e.text, intent: e.intent, category: e.category, embedding: e.embedding ? vectorOf(e.embedding) : null }),
    );
    const { model, metrics, trainMs } = trainClassifier(examples, { embeddingModel: request.embeddingModel });
    const result: TrainedInWorker = { model: JSON.stringify(serializeModel(model)), metrics: metrics as ClassifierMetrics, trainMs, embeddingModel: model.embedding?.model ?? null };
    return { result };
  }
  const m = deserializeModel(request.model);
  // The term index (a Map) is rebuilt by the caller: cheaper than cloning it across threads.
  const result: DecodedModel = { ...m, vocabulary: { terms: m.vocabulary.terms, idf: m.vocabulary.idf } };
  const arrays = [m.vocabulary.idf, m.model.weights, m.model.bias, ...(m.embedding ? [m.embedding.centroids] : [])];
  return { result, transfer: arrays.map((a) => a.buffer as ArrayBuffer) };
});
