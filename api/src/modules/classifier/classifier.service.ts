// The classifier's API side: tenant admins add labelled examples, ask for training (a
// background job) and read its status with held-out accuracy and macro-F1.
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { requireStaffTenant } from '../../auth/viewer.js';
import { JobName } from '../../jobs/jobs.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AddTrainingExamplesInput } from './classifier.inputs.js';
import type { ClassifierStatusType } from './classifier.types.js';
import { once } from '../../idempotency/idempotency.js';
import { embedderId } from './example-embeddings.js';

const MAX_EXAMPLES = 10_000;
const LABEL = /^[a-z0-9_]{1,100}$/;

export const tenantIdOf = (ctx: Context) => requireStaffTenant(ctx.viewer);

export async function addTrainingExamples(ctx: Context, input: AddTrainingExamplesInput): Promise<{ added: number; total: number }> {
  const tenantId = tenantIdOf(ctx);
  if (!input.examples.length || input.examples.length > MAX_EXAMPLES) throw badInput(`add 1–${MAX_EXAMPLES.toLocaleString('en')} examples at a time`, 'examples');
  const rows = input.examples.map((e, i) => {
    const text = e.text.trim();
    if (!text || text.length > 2000) throw badInput('text must be 1–2,000 characters', `examples[${i}].text`);
    const intent = e.intent.trim().toLowerCase();
    if (!LABEL.test(intent)) throw badInput('intent must be 1–100 characters of a-z, 0-9 and _', `examples[${i}].intent`);
    const category = e.category?.trim().toUpperCase() || null;
    if (category && category.length > 100) throw badInput('category has at most 100 characters', `examples[${i}].category`);
    return { text, intent, category };
  });
  const { result } = await ctx.em.transactional((em) => once(ctx, em, 'addTrainingExamples', input, async () => {
    const conn = em.getConnection();
    const tx = em.getTransactionContext();
    if (input.replace) await conn.execute('delete from training_examples where tenant_id = ?', [tenantId], 'run', tx);
    await conn.execute(
      `insert into training_examples (id, tenant_id, text, intent, category)
       select gen_random_uuid(), ?::uuid, text, intent, category from jsonb_to_recordset(?::jsonb) as e(text text, intent text, category text)`,
      [tenantId, JSON.stringify(rows)],
      'run',
      tx,
    );
    recordAudit(ctx, em, { action: 'classifier.examples_added', resourceType: 'Classifier', after: { added: rows.length, replace: !!input.replace } });
    return { added: rows.length };
  }));
  // Each new example gets its sentence embedding in the background, so a training need not embed it.
  if (ctx.services.config.CLASSIFIER_EMBEDDINGS)
    await ctx.services.jobs.send(JobName.EMBED_TRAINING_EXAMPLES, { tenantId }, { singletonKey: `embed-examples:${tenantId}` });
  const [row] = await ctx.services.readPool.query<{ n: number }>('select count(*)::int as n from training_examples where tenant_id = $1', [tenantId]);
  return { added: result.added, total: row?.n ?? 0 };
}

export async function requestTraining(ctx: Context): Promise<void> {
  const tenantId = tenantIdOf(ctx);
  const [row] = await ctx.services.readPool.query<{ n: number }>('select count(*)::int as n from training_examples where tenant_id = $1', [tenantId]);
  if (!row?.n) throw badInput('Add labelled examples first (addTrainingExamples)');
  await ctx.services.readPool.query(
    `insert into classifier_models (tenant_id, status, updated_at) values ($1, 'TRAINING', now())
     on conflict (tenant_id) do update set status = 'TRAINING', error = null, progress = null, updated_at = now()`,
    [tenantId],
  );
  await ctx.em.transactional(async (em) => {
    recordAudit(ctx, em, { action: 'classifier.training_requested', resourceType: 'Classifier', after: { examples: row.n } });
  });
  await ctx.services.jobs.send(JobName.TRAIN_CLASSIFIER, { tenantId }, { singletonKey: `train:${tenantId}` });
}

export async function classifierStatus(ctx: Context): Promise<ClassifierStatusType> {
  const tenantId = tenantIdOf(ctx);
  const [m] = await ctx.services.readPool.query<{ status: string; example_count: number; label_count: number; accuracy: number | null; macro_f1: number | null; error: string | null; trained_at: Date | null; embedding_model: string | null; progress: string | null }>(
    'select status, example_count, label_count, accuracy, macro_f1, error, trained_at, embedding_model, progress from classifier_models where tenant_id = $1',
    [tenantId],
  );
  const [n] = await ctx.services.readPool.query<{ n: number; embedded: number }>(
    'select count(*)::int as n, count(*) filter (where embedding_model = $2)::int as embedded from training_examples where tenant_id = $1',
    [tenantId, embedderId(ctx.services.knowledge.embedder)],
  );
  return {
    status: m?.status ?? 'UNTRAINED',
    exampleCount: n?.n ?? 0,
    trainedOn: m?.trained_at ? m.example_count : 0,
    labelCount: m?.label_count ?? 0,
    accuracy: m?.accuracy ?? null,
    macroF1: m?.macro_f1 ?? null,
    error: m?.error ?? null,
    trainedAt: m?.trained_at ?? null,
    embeddedExamples: n?.embedded ?? 0,
    embeddingModel: m?.trained_at ? (m.embedding_model ?? null) : null,
    progress: m?.progress ?? null,
  };
}
