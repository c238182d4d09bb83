// Per-tenant calibration of the assistant's hand-off (docs/assistant.md, "Calibration").
//
// A change of published knowledge (domain event `knowledge.published`) or `recalibrateKnowledge`
// (re)schedules the tenant's debounce timer; when it fires, a CALIBRATING row is written and a
// pg-boss job queued. The job waits for indexing to finish, builds the probes (worker thread),
// scores each with the assistant's own retrieval evidence and keeps its embedding as a neighbour,
// fits the hand-off model and its threshold for the tenant's target (worker thread), stores them
// with the curve, every probe and the neighbours, and keeps the last few.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AppServices } from '../../services.js';
import type { FiredTimer } from '../../jobs/timers.js';
import { JobName } from '../../jobs/jobs.js';
import { retrievalEvidence } from '../knowledge/answer-confidence.js';
import { retrieve, type RetrievalDeps } from '../knowledge/retrieval.js';
import { embedQuery, primeQueryEmbeddings } from '../knowledge/embedder.js';
import { HANDOFF_MODEL, type HandoffModel, type Neighbours } from '../knowledge/handoff-model.js';
import { normalizeQuery, tenantQueryTerms } from '../knowledge/query-normalization.js';
import { DEFAULT_COVERAGE_TARGET, type TenantAssistantSettings } from '../tenants/tenant.entity.js';
import { knowledgeVersion, neighbourOnlyTexts, type LabelledExample, type Probe, type ProbeBanks, type ProbeDocument } from './probes.js';
import { fitModelInWorker, probesInWorker } from './calibrate-in-worker.js';
import type { Fit } from './fit.js';

export const CALIBRATION_TIMER = 'knowledge-calibration';
/** Calibrations kept per tenant (the latest and a few before it, for "what changed"). */
export const KEEP = 5;
/** Fewer answerable probes than this: the knowledge is too thin to calibrate on. */
export const MIN_ANSWERABLE = 3;
/** Longest a calibration waits for the tenant's documents to finish indexing before it retries. */
const INDEXING_WAIT_MS = 120_000;

let banks: ProbeBanks | null = null;
/** The shipped banks of unanswerable questions (data/README.md). */
export function probeBanks(): ProbeBanks {
  if (!banks) {
    const lines = (f: string) => readFileSync(new URL(`./data/${f}`, import.meta.url), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    banks = { everyday: lines('everyday-requests.txt'), otherDomain: lines('other-business-support.txt'), everydayNeighbours: lines('everyday-neighbours.txt') };
  }
  return banks;
}

/** (Re)start the tenant's debounce: the calibration runs `delayMs` after the last call. */
export async function scheduleCalibration(services: AppServices, tenantId: string, delayMs: number): Promise<void> {
  await services.timers.scheduleAt({ tenantId, kind: CALIBRATION_TIMER, key: 'calibrate', version: randomUUID(), at: new Date(Date.now() + delayMs) });
}

/** The debounce timer fired: mark the tenant CALIBRATING and queue the work. */
export async function onCalibrationTimer(services: AppServices, timer: FiredTimer): Promise<void> {
  const { tenantId } = timer;
  const [t] = await services.readPool.query<{ assistant: TenantAssistantSettings }>('select assistant from tenants where id = $1', [tenantId]);
  if (!t) return;
  const calibrationId = randomUUID();
  await services.readPool.query(`insert into knowledge_calibrations (id, tenant_id, status, target) values ($1, $2, 'CALIBRATING', $3)`, [calibrationId, tenantId, t.assistant.coverageTarget ?? DEFAULT_COVERAGE_TARGET]);
  await services.jobs.send(JobName.CALIBRATE_KNOWLEDGE, { tenantId, calibrationId });
}

interface DocRow extends Record<string, unknown> {
  id: string;
  kind: 'ARTICLE' | 'FAQ';
  title: string;
  body: string;
  content_version: number;
  indexed: boolean;
}

async function waitForIndexing(db: Db, tenantId: string): Promise<DocRow[]> {
  const started = Date.now();
  for (;;) {
    const docs = await db.query<DocRow>(
      `select id, kind, title, body, content_version,
              (indexing_status = 'INDEXED' and indexed_version is not distinct from content_version) as indexed
         from knowledge_documents where tenant_id = $1 and status = 'PUBLISHED' order by id`,
      [tenantId],
    );
    if (docs.every((d) => d.indexed)) return docs;
    if (Date.now() - started > INDEXING_WAIT_MS) throw new Error('knowledge still indexing; calibration retries later');
    await new Promise((r) => setTimeout(r, 500));
  }
}

type Db = RetrievalDeps['db'];

export interface StoredProbe {
  question: string;
  kind: Probe['kind'];
  source: Probe['source'];
  documentId: string | null;
  documentTitle: string | null;
  /** The hand-off model's score (its neighbours leaving this probe out): what the threshold cuts. */
  score: number;
  /** The retrieval evidence alone. */
  evidence: number;
}

interface EvidenceProbe extends Probe {
  evidence: number;
  vector: number[];
}

/** Score probes with the assistant's own retrieval and evidence (the same call as a customer's turn), and keep their embeddings. */
export async function scoreProbes(knowledge: RetrievalDeps, tenantId: string, probes: Probe[]): Promise<EvidenceProbe[]> {
  const out: EvidenceProbe[] = [];
  const PART = 200;
  for (let i = 0; i < probes.length; i += PART) {
    const part = probes.slice(i, i + PART);
    // Primed with exactly the text retrieve() embeds (normalised, function words dropped), or the
    // cache misses and every probe is embedded twice.
    const { vocab, synonyms } = await tenantQueryTerms(knowledge.db, tenantId);
    await primeQueryEmbeddings(knowledge.embedder, part.map((p) => normalizeQuery(p.question, vocab, synonyms).embedText));
    const scored = await mapLimit(part, 4, async (p) => {
      const r = await retrieve(knowledge, tenantId, p.question);
      // The embedding retrieve just made (a cache hit): the probe as a neighbour.
      return { ...p, evidence: retrievalEvidence(r.chunks).score, vector: await embedQuery(knowledge.embedder, r.query.embedText) };
    });
    out.push(...scored);
  }
  return out;
}

/** Embeddings of texts as a customer's question is embedded (normalised against the tenant's vocabulary). */
async function embedAsQueries(knowledge: RetrievalDeps, tenantId: string, texts: string[]): Promise<number[][]> {
  const { vocab, synonyms } = await tenantQueryTerms(knowledge.db, tenantId);
  const keys = texts.map((t) => normalizeQuery(t, vocab, synonyms).embedText);
  const out: number[][] = [];
  for (let i = 0; i < keys.length; i += 200) {
    await primeQueryEmbeddings(knowledge.embedder, keys.slice(i, i + 200));
    for (const k of keys.slice(i, i + 200)) out.push(await embedQuery(knowledge.embedder, k));
  }
  return out;
}

/** The neighbours in one buffer, answerable first; where each probe's own vector sits. */
function neighbourBuffer(probes: EvidenceProbe[], extraUnanswerable: number[][], dimensions: number): { neighbours: Neighbours; self: number[] } {
  const answerable = probes.map((p, i) => i).filter((i) => probes[i].kind === 'ANSWERABLE');
  const unanswerable = probes.map((p, i) => i).filter((i) => probes[i].kind === 'UNANSWERABLE');
  const order = [...answerable, ...unanswerable];
  const vectors = new Float32Array((order.length + extraUnanswerable.length) * dimensions);
  const self = new Array<number>(probes.length);
  order.forEach((pi, row) => {
    vectors.set(probes[pi].vector, row * dimensions);
    self[pi] = row;
  });
  extraUnanswerable.forEach((v, j) => vectors.set(v, (order.length + j) * dimensions));
  return { neighbours: { vectors, dimensions, answerable: answerable.length }, self };
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

export interface CalibrationOutcome {
  status: 'READY' | 'NOT_ENOUGH_KNOWLEDGE';
  threshold: number | null;
  fit: Fit | null;
  /** The hand-off model the threshold is on, with its neighbours (null: not enough knowledge). */
  model: HandoffModel | null;
  neighbours: Neighbours | null;
  probes: StoredProbe[];
  counts: { answerable: number; unanswerable: number; labelled: number };
  version: string;
  documents: { id: string; title: string; version: number }[];
  tookMs: number;
}

/**
 * The whole calibration of one tenant, without storing it: what the job runs and what the
 * `ai-assistant` bench runs for each knowledge base (so its figures are the product's own).
 */
export async function calibrateKnowledge(knowledge: RetrievalDeps, tenantId: string, target: number): Promise<CalibrationOutcome> {
  const started = performance.now();
  const docs = await waitForIndexing(knowledge.db, tenantId);
  const examples = await knowledge.db.query<{ question: string; kind: 'ANSWERABLE' | 'UNANSWERABLE'; document_id: string | null }>(
    // Open labels; a dismissed "not in our knowledge" stays unanswerable. One resolved with an FAQ
    // written for it is answered by that FAQ now; a resolved ANSWERABLE one, or one whose article
    // left the knowledge (unpublished, deleted), has no evidence left.
    `select question, kind, document_id from knowledge_examples e
      where tenant_id = $1 and (resolved_at is null or (kind = 'UNANSWERABLE' and resolved_document_id is null))
        and (kind = 'UNANSWERABLE' or exists (select 1 from knowledge_documents d where d.id = e.document_id and d.tenant_id = $1 and d.status = 'PUBLISHED'))
      order by created_at, id`,
    [tenantId],
  );
  const probeDocs: ProbeDocument[] = docs.map((d) => ({ id: d.id, kind: d.kind, title: d.title, body: d.body }));
  const labelled: LabelledExample[] = examples.map((e) => ({ question: e.question, kind: e.kind, documentId: e.document_id }));
  const probes = await probesInWorker(probeDocs, probeBanks(), labelled);
  const version = knowledgeVersion(docs.map((d) => ({ id: d.id, version: d.content_version })));
  const documents = docs.map((d) => ({ id: d.id, title: d.title, version: d.content_version }));
  const answerable = probes.filter((p) => p.kind === 'ANSWERABLE').length;
  const counts = { answerable, unanswerable: probes.length - answerable, labelled: probes.filter((p) => p.source === 'LABELLED_EXAMPLE').length };
  if (answerable < MIN_ANSWERABLE) return { status: 'NOT_ENOUGH_KNOWLEDGE', threshold: null, fit: null, model: null, neighbours: null, probes: [], counts, version, documents, tookMs: performance.now() - started };
  const scored = await scoreProbes(knowledge, tenantId, probes);
  const extra = await embedAsQueries(knowledge, tenantId, neighbourOnlyTexts(probeBanks(), probes));
  const dimensions = scored[0].vector.length;
  const { neighbours, self } = neighbourBuffer(scored, extra, dimensions);
  const fit = await fitModelInWorker(scored.map((p, i) => ({ kind: p.kind, evidence: p.evidence, self: self[i] })), neighbours, target);
  const model: HandoffModel = {
    kind: HANDOFF_MODEL,
    weights: fit.weights,
    embeddingModel: knowledge.embedder.model,
    dimensions,
    answerable: neighbours.answerable,
    unanswerable: neighbours.vectors.length / dimensions - neighbours.answerable,
  };
  const stored: StoredProbe[] = scored.map(({ vector: _, ...p }, i) => ({ ...p, score: fit.scores[i] }));
  const { scores: _s, weights: _w, ...plainFit } = fit;
  return { status: 'READY', threshold: fit.threshold, fit: plainFit, model, neighbours, probes: stored, counts, version, documents, tookMs: performance.now() - started };
}

export async function runCalibration(services: AppServices, job: { tenantId: string; calibrationId: string }): Promise<void> {
  const { tenantId, calibrationId } = job;
  const [row] = await services.readPool.query<{ status: string; target: number }>('select status, target from knowledge_calibrations where id = $1 and tenant_id = $2', [calibrationId, tenantId]);
  if (!row || (row.status !== 'CALIBRATING' && row.status !== 'FAILED')) return; // done already (a retry after success)
  try {
    const r = await calibrateKnowledge(services.knowledge, tenantId, Number(row.target));
    await finish(services, tenantId, calibrationId, { ...r, curve: r.fit?.curve ?? [] });
    services.log.info({ tenantId, status: r.status, threshold: r.threshold, point: r.fit?.point, probes: r.counts, tookMs: Math.round(r.tookMs) }, 'knowledge calibrated');
  } catch (e) {
    await services.readPool.query(`update knowledge_calibrations set status = 'FAILED', error = $3 where id = $1 and tenant_id = $2`, [calibrationId, tenantId, (e as Error).message.slice(0, 500)]).catch(() => undefined);
    throw e; // pg-boss retries with back-off
  }
}

async function finish(
  services: AppServices,
  tenantId: string,
  id: string,
  r: Pick<CalibrationOutcome, 'status' | 'threshold' | 'model' | 'neighbours' | 'probes' | 'counts' | 'version' | 'documents' | 'tookMs'> & { curve: unknown[] },
) {
  const vectors = r.neighbours ? Buffer.from(r.neighbours.vectors.buffer, r.neighbours.vectors.byteOffset, r.neighbours.vectors.byteLength) : null;
  await services.readPool.query(
    `update knowledge_calibrations set status = $3, threshold = $4, curve = $5, probes = $6, counts = $7, knowledge_version = $8, documents = $9,
        took_ms = $10, model = $11, neighbours = $12, finished_at = now(), error = null
      where id = $1 and tenant_id = $2`,
    [id, tenantId, r.status, r.threshold, JSON.stringify(r.curve), JSON.stringify(r.probes), JSON.stringify(r.counts), r.version, JSON.stringify(r.documents), Math.round(r.tookMs), r.model && JSON.stringify(r.model), vectors],
  );
  // Only the calibration in force needs its neighbours (≈ 2 KB each): the older ones keep their
  // model and probes for "what changed", not ≈ 1–2 MB of vectors each.
  if (r.neighbours) await services.readPool.query(`update knowledge_calibrations set neighbours = null where tenant_id = $1 and id <> $2 and neighbours is not null and created_at < (select created_at from knowledge_calibrations where id = $2)`, [tenantId, id]);
  // Keep the last few finished ones (and anything newer than this one, e.g. a queued recalibration).
  await services.readPool.query(
    `delete from knowledge_calibrations where tenant_id = $1 and id in (
       select id from knowledge_calibrations where tenant_id = $1 and status in ('READY', 'NOT_ENOUGH_KNOWLEDGE', 'FAILED')
        order by created_at desc offset ${KEEP})`,
    [tenantId],
  );
}

/**
 * At boot (automatic calibration on): tenants whose published knowledge has no finished
 * calibration of its current version, and no calibration pending, get one scheduled.
 */
export async function reconcileCalibrations(services: AppServices): Promise<void> {
  const rows = await services.readPool.query<{ tenant_id: string; ids: string[]; versions: number[]; latest: string | null; pending: boolean }>(
    `select d.tenant_id, array_agg(d.id order by d.id)::text[] as ids, array_agg(d.content_version order by d.id) as versions,
            (select k.knowledge_version from knowledge_calibrations k where k.tenant_id = d.tenant_id and k.status in ('READY', 'NOT_ENOUGH_KNOWLEDGE') order by k.created_at desc limit 1) as latest,
            exists (select 1 from timers t where t.tenant_id = d.tenant_id and t.kind = '${CALIBRATION_TIMER}')
              or exists (select 1 from knowledge_calibrations k where k.tenant_id = d.tenant_id and k.status = 'CALIBRATING' and k.created_at > now() - interval '15 minutes') as pending
       from knowledge_documents d where d.status = 'PUBLISHED' group by d.tenant_id`,
    [],
  );
  for (const r of rows) {
    const version = knowledgeVersion(r.ids.map((id, i) => ({ id, version: r.versions[i] })));
    if (r.latest !== version && !r.pending) await scheduleCalibration(services, r.tenant_id, services.config.KNOWLEDGE_CALIBRATION_DEBOUNCE_MS);
  }
}
