// Each tenant's offline classifier: its labelled examples and the trained model live in
// PostgreSQL; a trained model is cached in memory per instance and reloaded when it changes.
import type { AppServices } from '../../services.js';
import { deserializeModel, predict, serializeModel, trainClassifier, type Prediction, type TrainedClassifier } from './classifier/index.js';

const RECHECK_MS = 15_000;

interface Cached {
  trainedAt: string | null;
  model: TrainedClassifier | null;
  checkedAt: number;
}

export class ClassifierCache {
  private readonly byTenant = new Map<string, Cached>();

  async get(services: AppServices, tenantId: string): Promise<TrainedClassifier | null> {
    const now = Date.now();
    const cached = this.byTenant.get(tenantId);
    if (cached && now - cached.checkedAt < RECHECK_MS) return cached.model;
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
      const [m] = await services.readPool.query<{ model: unknown }>(`select model from classifier_models where tenant_id = $1`, [tenantId]);
      model = m?.model ? deserializeModel(m.model) : null;
    }
    this.byTenant.set(tenantId, { trainedAt, model, checkedAt: now });
    return model;
  }

  async predict(services: AppServices, tenantId: string, text: string): Promise<Prediction | null> {
    const model = await this.get(services, tenantId);
    return model ? predict(model, text) : null;
  }

  forget(tenantId: string): void {
    this.byTenant.delete(tenantId);
  }
}

/** The training job: every example of the tenant -> metrics on a held-out split -> model stored. */
export async function trainTenantClassifier(services: AppServices, tenantId: string): Promise<void> {
  const examples = await services.readPool.query<{ text: string; intent: string; category: string | null }>(
    `select text, intent, category from training_examples where tenant_id = $1 order by created_at, id`,
    [tenantId],
  );
  try {
    const { model, metrics } = trainClassifier(examples);
    await services.readPool.query(
      `insert into classifier_models (tenant_id, status, model, example_count, label_count, accuracy, macro_f1, error, trained_at, updated_at)
       values ($1, 'READY', $2, $3, $4, $5, $6, null, now(), now())
       on conflict (tenant_id) do update set status = 'READY', model = excluded.model, example_count = excluded.example_count,
         label_count = excluded.label_count, accuracy = excluded.accuracy, macro_f1 = excluded.macro_f1, error = null,
         trained_at = excluded.trained_at, updated_at = now()`,
      [tenantId, JSON.stringify(serializeModel(model)), examples.length, metrics.labels, metrics.accuracy, metrics.macroF1],
    );
  } catch (e) {
    // Bad training data is the admin's to fix, not a job to retry: record why and stop.
    await services.readPool.query(
      `insert into classifier_models (tenant_id, status, error, example_count, updated_at) values ($1, 'FAILED', $2, $3, now())
       on conflict (tenant_id) do update set status = case when classifier_models.model is null then 'FAILED' else 'READY' end,
         error = excluded.error, updated_at = now()`,
      [tenantId, (e as Error).message.slice(0, 500), examples.length],
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
