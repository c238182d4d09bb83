// The stored form of a trained classifier (classifier_models.model, jsonb). Numbers travel as
// base64 of little-endian Float32 arrays: a third of the size of JSON number lists and exact.
// Everything is validated on the way back in, because a bad row must fail loudly at load time,
// not as NaN confidences in a conversation.
import type { LinearModel } from './linear-model.js';
import type { FeatureConfig } from './text-features.js';
import type { EmbeddingPart, TrainedClassifier } from './types.js';

export const MODEL_FORMAT = 'switchboard.intent-classifier';

export interface SerializedClassifier {
  format: typeof MODEL_FORMAT;
  version: 1;
  labels: string[];
  categoryOf: Record<string, string | null>;
  features: FeatureConfig;
  /** Feature strings in weight-row order. */
  terms: string[];
  idf: string;
  /** Present when the model also reads the text's sentence embedding (absent: n-grams only). */
  embedding?: Omit<EmbeddingPart, 'centroids'> & { centroids: string };
  /** features × labels, feature-major. */
  weights: string;
  bias: string;
}

// x86 and ARM are little-endian; refuse to write a model another machine would misread.
if (new Uint8Array(new Float32Array([1]).buffer)[3] !== 0x3f) throw new Error('classifier models assume a little-endian machine');

function encode(a: Float32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decode(value: unknown, length: number, what: string): Float32Array {
  if (typeof value !== 'string' || value.length % 4 !== 0 || !BASE64.test(value)) fail(`${what} is not base64`);
  const bytes = Buffer.from(value, 'base64');
  if (bytes.byteLength !== length * 4) fail(`${what} holds ${bytes.byteLength / 4} numbers, expected ${length}`);
  const out = new Float32Array(length);
  new Uint8Array(out.buffer).set(bytes);
  for (let i = 0; i < out.length; i++) if (!Number.isFinite(out[i])) fail(`${what} contains a non-finite number`);
  return out;
}

function fail(message: string): never {
  throw new Error(`Invalid classifier model: ${message}`);
}

export function serializeModel(model: TrainedClassifier): SerializedClassifier {
  return {
    format: MODEL_FORMAT,
    version: 1,
    labels: model.labels,
    categoryOf: model.categoryOf,
    features: model.features,
    terms: model.vocabulary.terms,
    idf: encode(model.vocabulary.idf),
    ...(model.embedding ? { embedding: { ...model.embedding, centroids: encode(model.embedding.centroids) } } : {}),
    weights: encode(model.model.weights),
    bias: encode(model.model.bias),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringList(v: unknown, what: string): string[] {
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) fail(`${what} must be a list of strings`);
  if (new Set(v).size !== v.length) fail(`${what} has duplicates`);
  return v as string[];
}

export function deserializeModel(json: unknown): TrainedClassifier {
  if (typeof json === 'string') {
    try {
      json = JSON.parse(json);
    } catch {
      fail('not JSON');
    }
  }
  if (!isObject(json)) fail('not an object');
  if (json.format !== MODEL_FORMAT) fail(`format is ${JSON.stringify(json.format)}, expected "${MODEL_FORMAT}"`);
  if (json.version !== 1) fail(`unsupported version ${JSON.stringify(json.version)}`);
  const labels = stringList(json.labels, 'labels');
  if (labels.length < 2 || labels.some((l) => l === '')) fail('needs at least two non-empty labels');
  const categories = json.categoryOf;
  if (!isObject(categories)) fail('categoryOf must be an object');
  const categoryOf: Record<string, string | null> = {};
  for (const l of labels) {
    const c = categories[l] ?? null;
    if (c !== null && typeof c !== 'string') fail(`category of ${l} must be a string or null`);
    categoryOf[l] = c;
  }
  const f = json.features;
  if (
    !isObject(f) ||
    !Number.isInteger(f.charMin) ||
    !Number.isInteger(f.charMax) ||
    typeof f.bigrams !== 'boolean' ||
    (f.charMin as number) < 1 ||
    (f.charMax as number) > 10 ||
    (f.charMin as number) > (f.charMax as number) ||
    (f.wordWeight !== undefined && !(typeof f.wordWeight === 'number' && f.wordWeight >= 0 && f.wordWeight <= 1))
  )
    fail('features must be { charMin, charMax, bigrams, wordWeight? } with 1 ≤ charMin ≤ charMax ≤ 10 and 0 ≤ wordWeight ≤ 1');
  const features: FeatureConfig = { charMin: f.charMin as number, charMax: f.charMax as number, bigrams: f.bigrams as boolean };
  // Models stored before word/character weighting existed have no wordWeight: one norm, as trained.
  if (f.wordWeight !== undefined) features.wordWeight = f.wordWeight as number;
  const terms = stringList(json.terms, 'terms');
  const idf = decode(json.idf, terms.length, 'idf');
  const embedding = embeddingPart(json.embedding, labels.length);
  const model: LinearModel = {
    classes: labels.length,
    features: terms.length,
    weights: decode(json.weights, terms.length * labels.length, 'weights'),
    bias: decode(json.bias, labels.length, 'bias'),
  };
  return {
    version: 1,
    labels,
    categoryOf,
    features,
    vocabulary: { index: new Map(terms.map((t, i) => [t, i])), terms, idf },
    embedding,
    model,
  };
}

function embeddingPart(e: unknown, labels: number): EmbeddingPart | null {
  if (e === undefined) return null;
  const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  if (
    !isObject(e) ||
    typeof e.model !== 'string' ||
    e.model === '' ||
    !Number.isInteger(e.dimensions) ||
    (e.dimensions as number) < 1 ||
    (e.dimensions as number) > 10_000 ||
    !finite(e.scale) ||
    !finite(e.weight)
  )
    fail('embedding must be { model, dimensions, scale, weight, centroids } with 1 ≤ dimensions ≤ 10,000');
  const dimensions = e.dimensions as number;
  return { model: e.model as string, dimensions, scale: e.scale as number, weight: e.weight as number, centroids: decode(e.centroids, labels * dimensions, 'embedding centroids') };
}
