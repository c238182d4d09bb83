// Worker thread of the classifier (threads.ts): training (seconds of CPU for thousands of
// examples) and decoding a stored model (up to a few hundred ms for a large one) run here, so the
// API's event loop keeps serving every tenant meanwhile.
import { serve } from '../../../workers/serve.js';
import { deserializeModel, serializeModel } from './serialize.js';
import { trainClassifier } from './train.js';
import type { ClassifierMetrics, LabelledExample } from './types.js';
import type { ClassifierRequest, DecodedModel, TrainedInWorker } from './threads.js';

serve<ClassifierRequest, TrainedInWorker | DecodedModel>((request) => {
  if (request.op === 'train') {
    const examples = JSON.parse(request.examples) as LabelledExample[];
    const { model, metrics, trainMs } = trainClassifier(examples);
    const result: TrainedInWorker = { model: JSON.stringify(serializeModel(model)), metrics: metrics as ClassifierMetrics, trainMs };
    return { result };
  }
  const m = deserializeModel(request.model);
  // The term index (a Map) is rebuilt by the caller: cheaper than cloning it across threads.
  const result: DecodedModel = { ...m, vocabulary: { terms: m.vocabulary.terms, idf: m.vocabulary.idf } };
  return { result, transfer: [m.vocabulary.idf, m.model.weights, m.model.bias].map((a) => a.buffer as ArrayBuffer) };
});
