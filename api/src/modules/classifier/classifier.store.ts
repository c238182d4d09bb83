// Each tenant's offline classifier: its labelled examples and the trained model live in
// PostgreSQL; a trained model is cached in memory per instance and reloaded when it changes.
import type { AppServices } from '../../services.js';
import { WorkerCrashed } from '../../workers/worker-client.js';
import { loadInWorker, predict, trainInWorker, type Prediction, type TrainedClassifier } from './model/index.js';

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

  async predict(services: AppServices, tenantId: string, text: string): Promise<Prediction | null> {
    const model = await this.get(services, tenantId);
    return model ? predict(model, text) : null;
  }

  forget(tenantId: string): void {
    this.generation++;
    this.byTenant.delete(tenantId);
    this.inFlight.delete(tenantId);
  }
}

/** The training job: every example of the tenant -> metrics on a held-out split -> model stored. */
export async function trainTenantClassifier(services: AppServices, tenantId: string): Promise<void> {
  // One JSON text, not 10,000 row objects: the worker parses it, and the order does not matter
  // (training puts the examples in a canonical order itself, so the same data gives the same model).
  const [{ examples, n }] = await services.readPool.query<{ examples: string; n: number }>(
    `select coalesce(json_agg(json_build_object('text', text, 'intent', intent, 'category', category))::text, '[]') as examples, count(*)::int as n
       from training_examples where tenant_id = $1`,
    [tenantId],
  );
  try {
    const { model, metrics } = await trainInWorker(examples);
    await services.readPool.query(
      `insert into classifier_models (tenant_id, status, model, example_count, label_count, accuracy, macro_f1, error, trained_at, updated_at)
       values ($1, 'READY', $2::jsonb, $3, $4, $5, $6, null, now(), now())
       on conflict (tenant_id) do update set status = 'READY', model = excluded.model, example_count = excluded.example_count,
         label_count = excluded.label_count, accuracy = excluded.accuracy, macro_f1 = excluded.macro_f1, error = null,
         trained_at = excluded.trained_at, updated_at = now()`,
      [tenantId, model, n, metrics.labels, metrics.accuracy, metrics.macroF1],
    );
  } catch (e) {
    // A crashed worker is not the data's fault: the job is retried.
    if (e instanceof WorkerCrashed) throw e;
    // Bad training data is the admin's to fix, not a job to retry: record why and stop.
    await services.readPool.query(
      `insert into classifier_models (tenant_id, status, error, example_count, updated_at) values ($1, 'FAILED', $2, $3, now())
       on conflict (tenant_id) do update set status = case when classifier_models.model is null then 'FAILED' else 'READY' end,
         error = excluded.error, updated_at = now()`,
      [tenantId, (e as Error).message.slice(0, 500), n],
    );
  }
  services.ai.classifiers.forget(tenantId);
}

/** At boot: tenants with examples but no model (the demo seed, an interrupted training) get one. */
export async function reconcileClassifiers(services: AppServices): Promise<void> {
  const { JobName } = await import('../../jobs/jobs.js');
  const rows = await services.readPool.query<{ tenant_id: string }>(
    `select distinct e.tenant_id from training_examples e
      left join classifier_models m on m.tenant_id = e.tenant_id
      where m.tenant_id is null or m.status = 'TRAINING' or (m.status = 'UNTRAINED')`,
    [],
  );
  for (const r of rows) await services.jobs.send(JobName.TRAIN_CLASSIFIER, { tenantId: r.tenant_id }, { singletonKey: `train:${r.tenant_id}` });
}
