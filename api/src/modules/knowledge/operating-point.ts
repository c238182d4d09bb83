// The hand-off operating point in force for a tenant: in AUTO mode (the default) its latest
// finished knowledge calibration's — a threshold on the calibrated hand-off model's score
// (handoff-model.ts: retrieval evidence and the question's nearest probes) — and in MANUAL mode,
// or before any calibration, or when the knowledge was too thin to calibrate, the manual
// `handoffThreshold` on the retrieval evidence alone. The assistant's turn and `searchKnowledge`
// both read it this way (one sub-select in the statement they already run) and score a question
// with the same `handoffScore`, so they always decide alike.
import type { TenantAssistantSettings } from '../tenants/tenant.entity.js';
import { embedQuery, LruCache } from './embedder.js';
import { modelScore, neighbourFeatures, type HandoffModel, type NeighbourFeatures, type Neighbours } from './handoff-model.js';
import type { RetrievalDeps } from './retrieval-deps.js';

/** A scalar sub-select: the latest finished calibration (null: none), as JSON. */
export const calibrationInForceSql = (tenantIdExpr: string) =>
  `(select json_build_object('id', k.id, 'threshold', k.threshold, 'model', k.model) from knowledge_calibrations k
     where k.tenant_id = ${tenantIdExpr} and k.status in ('READY', 'NOT_ENOUGH_KNOWLEDGE') order by k.created_at desc limit 1)`;

export interface CalibrationInForce {
  id: string;
  /** Null: too little knowledge. */
  threshold: number | null;
  /** Null: a calibration from before the model (its threshold is on the evidence). */
  model: HandoffModel | null;
}

export interface OperatingPoint {
  threshold: number;
  /** Whether it is a calibration's (AUTO mode, calibrated): the evidence then gates online answers too. */
  calibrated: boolean;
  /** The model the threshold is on; null: on the retrieval evidence alone. */
  model: { weights: HandoffModel['weights']; neighbours: Neighbours } | null;
}

export function thresholdInForce(assistant: Pick<TenantAssistantSettings, 'handoffThreshold' | 'handoffMode'>, calibrated: number | null | undefined): number {
  const auto = (assistant.handoffMode ?? 'AUTO') === 'AUTO';
  return auto && calibrated != null ? Number(calibrated) : assistant.handoffThreshold;
}

// A calibration's neighbours never change: read once per process, on first use (≈ 1–2 MB each).
const neighbourCache = new LruCache<string, Promise<Neighbours | null>>(32);

function neighboursOf(db: RetrievalDeps['db'], calibrationId: string, model: HandoffModel): Promise<Neighbours | null> {
  let hit = neighbourCache.get(calibrationId);
  if (!hit) {
    hit = db.query<{ neighbours: Buffer | null }>('select neighbours from knowledge_calibrations where id = $1', [calibrationId]).then(([r]) => {
      if (!r?.neighbours) return null;
      // A copy: the Buffer may share (and be offset in) a larger pool, Float32Array needs alignment.
      const bytes = new Uint8Array(r.neighbours);
      return { vectors: new Float32Array(bytes.buffer, 0, bytes.byteLength / 4), dimensions: model.dimensions, answerable: model.answerable };
    });
    const pending = hit;
    pending.catch(() => neighbourCache.get(calibrationId) === pending && neighbourCache.delete(calibrationId));
    neighbourCache.set(calibrationId, hit);
  }
  return hit;
}

export async function operatingPointInForce(deps: RetrievalDeps, assistant: Pick<TenantAssistantSettings, 'handoffThreshold' | 'handoffMode'>, c: CalibrationInForce | null | undefined): Promise<OperatingPoint> {
  const manual: OperatingPoint = { threshold: assistant.handoffThreshold, calibrated: false, model: null };
  if ((assistant.handoffMode ?? 'AUTO') !== 'AUTO' || c?.threshold == null) return manual;
  if (!c.model) return { threshold: Number(c.threshold), calibrated: true, model: null };
  // Neighbours embedded by another embedder (the provider changed since) are not comparable:
  // the manual threshold serves until the next calibration.
  if (c.model.embeddingModel !== deps.embedder.model) return manual;
  const neighbours = await neighboursOf(deps.db, c.id, c.model);
  if (!neighbours) return manual;
  return { threshold: Number(c.threshold), calibrated: true, model: { weights: c.model.weights, neighbours } };
}

/**
 * The score the hand-off threshold cuts: the model's over the evidence and the question's nearest
 * neighbours, or the evidence itself. `embedText` is the text retrieval embedded
 * (`retrieve(…).query.embedText`), so the embedding comes from the query cache.
 */
export async function handoffScore(deps: RetrievalDeps, point: OperatingPoint, evidence: number, embedText: string): Promise<number> {
  if (!point.model) return evidence;
  const { neighbours } = point.model;
  // A question's nearest probes never change for one calibration (its neighbours are fixed):
  // repeated questions skip the scan over every probe (session 11: ≈ 4 % of the API's CPU under load).
  let cache = featureCaches.get(neighbours);
  if (!cache) featureCaches.set(neighbours, (cache = new LruCache(QUESTIONS_CACHED)));
  const key = `${deps.embedder.model}\n${embedText}`;
  let features = cache.get(key);
  if (!features) {
    features = neighbourFeatures(await embedQuery(deps.embedder, embedText), neighbours);
    cache.set(key, features);
  }
  return modelScore(point.model.weights, evidence, features);
}

/** Per calibration (its neighbours), the features of the questions scored last. */
const featureCaches = new WeakMap<Neighbours, LruCache<string, NeighbourFeatures>>();
const QUESTIONS_CACHED = 1000;
