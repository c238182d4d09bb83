// Each tenant's offline classifier: its labelled examples and the trained model live in
// PostgreSQL; a trained model is cached in memory per instance and reloaded when it changes.
import type { AppServices } from '../../services.js';
import { WorkerCrashed } from '../../workers/worker-client.js';
import { loadInWorker, predict, trainInWorker, type Prediction, type TrainedClassifier } from './model/index.js';
import { classifierEmbeddingsOn, countUnembedded, embedderId, embedMissingExamples, messageEmbedding } from './example-embeddings.js';

const RECHECK_MS = 15_000;

interface Cached {
  trainedAt: string | null;
  model: TrainedClassifier | null;
  checkedAt: number;
}

export class ClassifierCache {
  private readonly byTenant = new Map<string, Cached>();
  /** One look-up per tenant at a time: 20 first classifications after a training load the model once. */
  private readonly inFlight = new Map<string, Promise<TrainedClassifier | null>>();
  /** Bumped by forget(): a look-up that started before must not store what it found. */
  private generation = 0;
  /** Models decoded by this instance since it started (tests and metrics). */
  loads = 0;

  get(services: AppServices, tenantId: string): Promise<TrainedClassifier | null> {
    const cached = this.byTenant.get(tenantId);
    if (cached && Date.now() - cached.checkedAt < RECHECK_MS) return Promise.resolve(cached.model);
    let pending = this.inFlight.get(tenantId);
    if (!pending) {
      pending = this.lookUp(services, tenantId, cached).finally(() => {
        if (this.inFlight.get(tenantId) === pending) this.inFlight.delete(tenantId);
      });
      this.inFlight.set(tenantId, pending);
    }
    return pending;
  }

  private async lookUp(services: AppServices, tenantId: string, cached: Cached | undefined): Promise<TrainedClassifier | null> {
    const generation = this.generation;
    const now = Date.now();
    const [row] = await services.readPool.query<{ trained_at: string | null }>(
      `select trained_at::text from classifier_models where tenant_id = $1 and status in ('READY', 'TRAINING') and model is not null`,
      [tenantId],
    );
    const trainedAt = row?.trained_at ?? null;
    if (cached && cached.trainedAt === trainedAt) {
      cached.checkedAt = now;
      return cached.model;
    }
    let model: TrainedClassifier | null = null;
    if (trainedAt) {
      // As text: parsing and decoding megabytes of model happen in the worker, not on this loop.
      const [m] = await services.readPool.query<{ model: string | null }>(`select model::text as model from classifier_models where tenant_id = $1`, [tenantId]);
      if (m?.model) {
        this.loads++;
        model = await loadInWorker(m.model);
      }
    }
    if (generation === this.generation) this.byTenant.set(tenantId, { trainedAt, model, checkedAt: now });
    return model;
  }

  /** A model trained with embeddings gets the message's embedding too (n-grams alone when it cannot have one). */
  /**
   * The tenant's prediction for `text`. `ngramsOnly`: the model's n-gram part alone (no encoder
   * call, ≈ 14 ms of CPU less) — for quick checks on the turn's path, such as "asks for a human".
   */
  async predict(services: AppServices, tenantId: string, text: string, o: { ngramsOnly?: boolean } = {}): Promise<Prediction | null> {
    const model = await this.get(services, tenantId);
    if (!model) return null;
    const embedding = model.embedding && !o.ngramsOnly ? await messageEmbedding(services, model.embedding.model, text) : null;
    return predict(model, text, embedding);
  }

  forget(tenantId: string): void {
    this.generation++;
    this.byTenant.delete(tenantId);
    this.inFlight.delete(tenantId);
  }
}

const setProgress = (services: AppServices, tenantId: string, progress: string | null) =>
  services.readPool.query(
    `insert into classifier_models (tenant_id, status, progress, updated_at) values ($1, 'TRAINING', $2, now())
     on conflict (tenant_id) do update set progress = excluded.progress, updated_at = now()`,
    [tenantId, progress],
  );

/**
 * Examples that have no embedding yet (uploaded a moment ago, or before embeddings existed) are
 * embedded first, and the status says so; if the embedder fails, the model is trained on n-grams
 * alone (and says so too). Resolves with the embedder whose stored vectors the training may use.
 */
async function embeddingsForTraining(services: AppServices, tenantId: string, storedOnly: boolean): Promise<string | null> {
  if (!classifierEmbeddingsOn(services)) return null;
  const missing = await countUnembedded(services, tenantId);
  // Some missing and told not to wait for them: n-grams now (the embedding job trains again after).
  if (missing && storedOnly) return null;
  if (missing) {
    await setProgress(services, tenantId, `embedding ${missing.toLocaleString('en')} examples that have no embedding yet`);
    try {
      await embedMissingExamples(services, tenantId);
    } catch (e) {
      services.log.warn({ err: e, tenantId }, 'classifier: examples could not be embedded; training on n-grams alone');
      await setProgress(services, tenantId, `training on n-grams alone: the embedder failed (${(e as Error).message})`.slice(0, 300));
      return null;
    }
  }
  await setProgress(services, tenantId, 'training');
  return embedderId(services.knowledge.embedder);
}

/**
 * The training job: every example of the tenant -> metrics on a held-out split -> model stored.
 * `storedEmbeddingsOnly`: do not embed missing examples first — the boot's training of a tenant
 * that has no model yet (the demo tenants at first start: 8,000 Bitext texts would take minutes of
 * encoder CPU) gives an n-gram model at once, and the embedding job trains again when it is done.
 */
export async function trainTenantClassifier(services: AppServices, tenantId: string, opts: { storedEmbeddingsOnly?: boolean } = {}): Promise<void> {
  const embeddingModel = await embeddingsForTraining(services, tenantId, !!opts.storedEmbeddingsOnly);
  // One JSON text, not 10,000 row objects: the worker parses it, and the order does not matter
  // (training puts the examples in a canonical order itself, so the same data gives the same model).
  // Stored vectors travel as base64 of their float32 bytes.
  const [{ examples, n }] = await services.readPool.query<{ examples: string; n: number }>(
    `select coalesce(json_agg(json_build_object('text', text, 'intent', intent, 'category', category,
              'embedding', case when embedding_model = $2 then encode(embedding, 'base64') end))::text, '[]') as examples, count(*)::int as n
       from training_examples where tenant_id = $1`,
    [tenantId, embeddingModel],
  );
  try {
    const { model, metrics, embeddingModel: used } = await trainInWorker(examples, embeddingModel);
    await services.readPool.query(
      `insert into classifier_models (tenant_id, status, model, example_count, label_count, accuracy, macro_f1, error, embedding_model, progress, trained_at, updated_at)
       values ($1, 'READY', $2::jsonb, $3, $4, $5, $6, null, $7, null, now(), now())
       on conflict (tenant_id) do update set status = 'READY', model = excluded.model, example_count = excluded.example_count,
         label_count = excluded.label_count, accuracy = excluded.accuracy, macro_f1 = excluded.macro_f1, error = null,
         embedding_model = excluded.embedding_model,
         progress = case when excluded.embedding_model is null and classifier_models.progress like 'training on n-grams alone%' then classifier_models.progress end,
         trained_at = excluded.trained_at, updated_at = now()`,
      [tenantId, model, n, metrics.labels, metrics.accuracy, metrics.macroF1, used],
    );
  } catch (e) {
    // A crashed worker is not the data's fault: the job is retried.
    if (e instanceof WorkerCrashed) throw e;
    // Bad training data is the admin's to fix, not a job to retry: record why and stop.
    await services.readPool.query(
      `insert into classifier_models (tenant_id, status, error, example_count, updated_at) values ($1, 'FAILED', $2, $3, now())
       on conflict (tenant_id) do update set status = case when classifier_models.model is null then 'FAILED' else 'READY' end,
         error = excluded.error, progress = null, updated_at = now()`,
      [tenantId, (e as Error).message.slice(0, 500), n],
    );
  }
  services.ai.classifiers.forget(tenantId);
}

/**
 * The job after an upload: the tenant's new examples get their embeddings. A tenant whose model
 * was trained without them (the demo tenants, trained from Bitext at first start before anything
 * was embedded) is then trained again, now with them.
 */
export async function embedTenantExamples(services: AppServices, tenantId: string): Promise<void> {
  if (!classifierEmbeddingsOn(services)) return;
  const embedded = await embedMissingExamples(services, tenantId);
  const id = embedderId(services.knowledge.embedder);
  // Only the same examples the model was trained on: new uploads wait for the admin's own training.
  const [m] = await services.readPool.query<{ status: string; embedding_model: string | null; unchanged: boolean }>(
    `select status, embedding_model,
            example_count = (select count(*) from training_examples e where e.tenant_id = m.tenant_id)
              and not exists (select 1 from training_examples e where e.tenant_id = m.tenant_id and e.created_at > m.trained_at) as unchanged
       from classifier_models m where tenant_id = $1 and model is not null`,
    [tenantId],
  );
  if (m?.status === 'READY' && m.unchanged && m.embedding_model !== id && !(await countUnembedded(services, tenantId))) {
    const { JobName } = await import('../../jobs/jobs.js');
    services.log.info({ tenantId, embedded }, 'classifier: examples embedded; training again with them');
    await services.jobs.send(JobName.TRAIN_CLASSIFIER, { tenantId }, { singletonKey: `train:${tenantId}` });
  }
}

/**
 * At boot: tenants with examples but no model (the demo seed, an interrupted training) get one
 * (n-grams only if their examples are not all embedded yet). Nothing is embedded here: uploads
 * queue their own embedding job, and a training embeds what is missing first. So the demo
 * tenants' Bitext models stay n-gram models (embeddings add nothing there: held-out 0.9988 both
 * ways) instead of a first start spending minutes of a core on 16,000 encoder calls.
 */
export async function reconcileClassifiers(services: AppServices): Promise<void> {
  const { JobName } = await import('../../jobs/jobs.js');
  const rows = await services.readPool.query<{ tenant_id: string }>(
    `select distinct e.tenant_id from training_examples e
      left join classifier_models m on m.tenant_id = e.tenant_id
      where m.tenant_id is null or m.status = 'TRAINING' or (m.status = 'UNTRAINED')`,
    [],
  );
  for (const r of rows) await services.jobs.send(JobName.TRAIN_CLASSIFIER, { tenantId: r.tenant_id, storedEmbeddingsOnly: true }, { singletonKey: `train:${r.tenant_id}` });
}
