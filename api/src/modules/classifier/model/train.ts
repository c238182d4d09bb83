import { DEFAULT_SVM, fitTemperature, scoresOf, trainOvrSvm, type LinearModel, type SvmOptions } from './linear-model.js';
import { evaluate, stratifiedSplit } from './metrics.js';
import { centroidCosines, fitFusion, intentCentroids } from './embedding-fusion.js';
import { predict } from './predict.js';
import { buildVocabulary, countFeatures, DEFAULT_FEATURES, normalise, vectorise, type FeatureConfig, type SparseVector, type Vocabulary } from './text-features.js';
import type { ClassifierMetrics, EmbeddingPart, LabelledExample, TrainedClassifier } from './types.js';

/** Fewer than two intents is not a classification problem. */
export const MIN_LABELS = 2;
/**
 * The held-out split needs one example to score and two to learn from per intent. This is a floor,
 * not advice: ten or more wordings per intent are what make a model generalise.
 */
export const MIN_EXAMPLES_PER_LABEL = 3;
/** Bounds training time and model size for tenant-made sets (Bitext is ~8k examples, 27 intents). */
export const MAX_EXAMPLES = 50_000;
export const MAX_LABELS = 300;
export const MAX_TEXT_LENGTH = 2000;

export interface FitOptions {
  seed: number;
  features: FeatureConfig;
  /** Feature cap: keeps the stored model small (weights = features × labels floats). */
  maxFeatures: number;
  svm: Omit<SvmOptions, 'seed'>;
}

export const DEFAULT_FIT: FitOptions = {
  seed: 1,
  features: DEFAULT_FEATURES,
  maxFeatures: 20_000,
  svm: { C: DEFAULT_SVM.C, eps: DEFAULT_SVM.eps, maxIterations: DEFAULT_SVM.maxIterations },
};

interface Prepared {
  text: string;
  intent: string;
  category: string | null;
  counts: Map<string, number>;
  embedding: Float32Array | null;
}

/** Checks the examples; throws a plain Error saying what to fix. */
export function checkExamples(examples: LabelledExample[]): void {
  if (!Array.isArray(examples)) throw new Error('Training examples must be an array');
  if (examples.length > MAX_EXAMPLES) throw new Error(`Too many training examples: ${examples.length} (at most ${MAX_EXAMPLES})`);
  const perLabel = new Map<string, number>();
  examples.forEach((e, i) => {
    if (typeof e?.text !== 'string' || typeof e.intent !== 'string' || e.intent.trim() === '')
      throw new Error(`Training example ${i + 1} needs a text and an intent`);
    if (e.text.length > MAX_TEXT_LENGTH) throw new Error(`Training example ${i + 1} is longer than ${MAX_TEXT_LENGTH} characters`);
    if (normalise(e.text) === '') throw new Error(`Training example ${i + 1} has no words: "${e.text}"`);
    const l = e.intent.trim();
    perLabel.set(l, (perLabel.get(l) ?? 0) + 1);
  });
  if (perLabel.size < MIN_LABELS)
    throw new Error(`Training needs at least ${MIN_LABELS} intents; got ${perLabel.size}${perLabel.size ? ` (${[...perLabel.keys()].join(', ')})` : ''}`);
  if (perLabel.size > MAX_LABELS) throw new Error(`Too many intents: ${perLabel.size} (at most ${MAX_LABELS})`);
  const thin = [...perLabel].filter(([, n]) => n < MIN_EXAMPLES_PER_LABEL);
  if (thin.length > 0)
    throw new Error(
      `Training needs at least ${MIN_EXAMPLES_PER_LABEL} examples per intent; too few for: ` +
        thin.map(([l, n]) => `${l} (${n})`).join(', '),
    );
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The examples in one canonical order (intent, text, category; by code unit, not locale): the
 * split and the coordinate-descent order are seeded, so the model then depends on the examples alone — never
 * on the order a database returned them in or a tenant uploaded them in.
 */
export function canonicalOrder(examples: LabelledExample[]): LabelledExample[] {
  return [...examples].sort(
    (a, b) => byCodeUnit(a.intent.trim(), b.intent.trim()) || byCodeUnit(a.text, b.text) || byCodeUnit(a.category?.trim() ?? '', b.category?.trim() ?? ''),
  );
}

function prepare(examples: LabelledExample[], features: FeatureConfig, withEmbeddings: boolean): Prepared[] {
  return examples.map((e) => ({
    text: e.text,
    intent: e.intent.trim(),
    category: e.category?.trim() || null,
    counts: countFeatures(e.text, features),
    embedding: withEmbeddings ? e.embedding! : null,
  }));
}

/** The embeddings' size when every example has one, all of one size with finite values; else 0 (n-grams only). */
export function embeddingDimensions(examples: LabelledExample[]): number {
  const d = examples[0]?.embedding?.length ?? 0;
  if (!d) return 0;
  for (const e of examples) {
    if (!e.embedding || e.embedding.length !== d) return 0;
    for (let j = 0; j < d; j++) if (!Number.isFinite(e.embedding[j])) return 0;
  }
  return d;
}

/** Centroids of `examples` (all carrying embeddings) with the fitted fusion. */
function embeddingPart(examples: Prepared[], labelIndex: Map<string, number>, model: string, dimensions: number, fusion: { scale: number; weight: number }): EmbeddingPart {
  const ys = Int32Array.from(examples, (e) => labelIndex.get(e.intent)!);
  return { model, dimensions, ...fusion, centroids: intentCentroids(examples.map((e) => e.embedding!), ys, labelIndex.size, dimensions) };
}

/** Intent -> its most common category (ties: alphabetical), or null when none was given. */
function categoriesOf(examples: Prepared[]): Record<string, string | null> {
  const tally = new Map<string, Map<string, number>>();
  for (const e of examples) {
    const t = tally.get(e.intent) ?? new Map<string, number>();
    tally.set(e.intent, t);
    if (e.category) t.set(e.category, (t.get(e.category) ?? 0) + 1);
  }
  const out: Record<string, string | null> = {};
  for (const [intent, t] of [...tally].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const best = [...t].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0];
    out[intent] = best ? best[0] : null;
  }
  return out;
}

interface Fit {
  labels: string[];
  vocabulary: Vocabulary;
  xs: SparseVector[];
  ys: Int32Array;
  weights: Float64Array;
  bias: Float64Array;
  alphas: Float64Array;
}

/** `labels` are all the intents (the held-out split keeps every intent on the training side). */
function fit(examples: Prepared[], labels: string[], opts: FitOptions, initialAlphas?: Float64Array): Fit {
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const docs = examples.map((e) => e.counts);
  // A feature seen once in a big set is mostly a typo; in a small tenant set it may be the one
  // word that tells two intents apart.
  const minDf = examples.length >= 1000 ? 2 : 1;
  const vocabulary = buildVocabulary(docs, { minDf, maxFeatures: opts.maxFeatures });
  const xs = docs.map((d) => vectorise(d, vocabulary, opts.features.wordWeight));
  const ys = Int32Array.from(examples, (e) => labelIndex.get(e.intent)!);
  const svm = trainOvrSvm(xs, ys, labels.length, vocabulary.terms.length, { ...opts.svm, seed: opts.seed }, initialAlphas);
  return { labels, vocabulary, xs, ys, weights: svm.weights, bias: svm.bias, alphas: svm.alphas };
}

/** The stored model: SVM margins scaled by the temperature, so softmax of them is a probability. */
function finish(f: Fit, temperature: number, examples: Prepared[], features: FeatureConfig, embedding: EmbeddingPart | null): TrainedClassifier {
  const model: LinearModel = {
    classes: f.labels.length,
    features: f.vocabulary.terms.length,
    weights: Float32Array.from(f.weights, (w) => w * temperature),
    bias: Float32Array.from(f.bias, (b) => b * temperature),
  };
  return { version: 1, labels: f.labels, categoryOf: categoriesOf(examples), features, vocabulary: f.vocabulary, embedding, model };
}

/**
 * Scores a model trained on a stratified (seeded) 80% against the other 20%, then trains the
 * returned model on all examples: the metrics describe how the returned model generalises, and no
 * labelled example is wasted. Deterministic: the same examples, in any order, give the same model.
 * Seconds of CPU for thousands of examples: the API runs it in a worker (threads.ts).
 */
export function trainClassifier(
  examples: LabelledExample[],
  opts: {
    seed?: number;
    heldOutFraction?: number;
    fit?: Partial<FitOptions>;
    /** The embedder the examples' embeddings came from; without it (or when any example lacks one) the model is n-grams only. */
    embeddingModel?: string | null;
  } = {},
): { model: TrainedClassifier; metrics: ClassifierMetrics; trainMs: number } {
  const started = performance.now();
  checkExamples(examples);
  const fitOpts: FitOptions = { ...DEFAULT_FIT, ...opts.fit, seed: opts.seed ?? opts.fit?.seed ?? DEFAULT_FIT.seed };
  const fraction = opts.heldOutFraction ?? 0.2;
  if (!(fraction > 0 && fraction < 1)) throw new Error(`heldOutFraction must be between 0 and 1; got ${fraction}`);
  const dimensions = opts.embeddingModel ? embeddingDimensions(examples) : 0;
  const prepared = prepare(canonicalOrder(examples), fitOpts.features, dimensions > 0);
  const labels = [...new Set(prepared.map((e) => e.intent))].sort();
  const split = stratifiedSplit(prepared.map((e) => e.intent), fraction, fitOpts.seed);
  const trainSide = split.train.map((i) => prepared[i]);
  const evalFit = fit(trainSide, labels, fitOpts);
  // The held-out margins set the temperature (how sure a margin is) and the metrics.
  const K = labels.length;
  const heldOutScores = split.test.map((i) =>
    scoresOf(evalFit.weights, evalFit.bias, K, vectorise(prepared[i].counts, evalFit.vocabulary, fitOpts.features.wordWeight), new Float64Array(K)),
  );
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const temperature = fitTemperature(heldOutScores, Int32Array.from(split.test, (i) => labelIndex.get(prepared[i].intent)!), K);
  // With embeddings: the weight of the cosines to the 80 % side's centroids, on the same held-out margins.
  let fusion: { scale: number; weight: number } | null = null;
  let evalEmbedding: EmbeddingPart | null = null;
  if (dimensions) {
    const probe = embeddingPart(trainSide, labelIndex, opts.embeddingModel!, dimensions, { scale: 1, weight: 0 });
    const cosines = split.test.map((i) => centroidCosines(probe.centroids, K, prepared[i].embedding!));
    const calibrated = heldOutScores.map((s) => s.map((v) => v * temperature));
    fusion = fitFusion(calibrated, cosines, Int32Array.from(split.test, (i) => labelIndex.get(prepared[i].intent)!), K);
    evalEmbedding = { ...probe, ...fusion };
  }
  const evalModel = finish(evalFit, temperature, trainSide, fitOpts.features, evalEmbedding);
  const actual = split.test.map((i) => prepared[i].intent);
  const predicted = split.test.map((i) => predict(evalModel, prepared[i].text, prepared[i].embedding).intent);
  const scored = evaluate(actual, predicted);
  // The full fit starts from the 80% solution (the held-out examples from zero): same optimum,
  // a fraction of the passes.
  const n = prepared.length;
  const nTrain = split.train.length;
  const initial = new Float64Array(n * K);
  for (let k = 0; k < K; k++) for (let j = 0; j < nTrain; j++) initial[k * n + split.train[j]] = evalFit.alphas[k * nTrain + j];
  const embedding = fusion ? embeddingPart(prepared, labelIndex, opts.embeddingModel!, dimensions, fusion) : null;
  const model = finish(fit(prepared, labels, fitOpts, initial), temperature, prepared, fitOpts.features, embedding);
  const metrics: ClassifierMetrics = {
    accuracy: scored.accuracy,
    macroF1: scored.macroF1,
    heldOut: split.test.length,
    trainedOn: prepared.length,
    labels: model.labels.length,
    perLabel: scored.perLabel,
    mistakes: scored.mistakes,
  };
  return { model, metrics, trainMs: performance.now() - started };
}
