// The tenant-trainable offline intent classifier: char + word n-grams, tf-idf, one-vs-rest linear
// SVM with temperature-scaled softmax probabilities.
// Each tenant trains it from its own labelled examples; the demo tenant from the Bitext sample.
//
//   const { model, metrics } = trainClassifier(examples);      // seconds for 10k examples (run it in the worker)
//   const stored = serializeModel(model);                     // JSON-safe, ~0.8 MB for Bitext
//   predict(deserializeModel(stored), 'where is my parcel');   // { intent, category, confidence, top }
export type { LabelledExample, TrainedClassifier, ClassifierMetrics, Prediction, LabelF1, Confusion } from './types.js';
export { trainClassifier, checkExamples, MIN_LABELS, MIN_EXAMPLES_PER_LABEL, MAX_EXAMPLES, MAX_LABELS, MAX_TEXT_LENGTH } from './train.js';
export { predict } from './predict.js';
export { serializeModel, deserializeModel, type SerializedClassifier } from './serialize.js';
export { loadBitext, parseBitext, parseCsv } from './bitext.js';
export { trainInWorker, loadInWorker, type TrainedInWorker } from './threads.js';
