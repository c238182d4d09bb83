// Sentence embeddings for the classifier: each training example is embedded once, in the
// background after its upload (job `classifier-embed-examples`), and kept with the example; a
// training then reads 10,000 stored vectors instead of paying ≈ 14 ms of encoder CPU for each.
// A classified message is embedded through the embedder's query cache, so the same text asked
// again (the signals step, then the hand-off's classification) is embedded once.
import type { AppServices } from '../../services.js';
import { embedQuery, type Embedder } from '../knowledge/embedder.js';

/** Examples read and written per round trip. */
const PAGE = 32;

/** Which embedder made a vector: vectors of different embedders (or sizes) never mix. */
export function embedderId(embedder: Embedder): string {
  return embedder.dimensions ? `${embedder.model}/${embedder.dimensions}` : embedder.model;
}

/** What is embedded for a text: trimmed, runs of white space as one (the query cache's key). */
export const embeddingKey = (text: string) => text.trim().replace(/\s+/g, ' ');

export const classifierEmbeddingsOn = (services: AppServices) => services.config.CLASSIFIER_EMBEDDINGS;

/** A message's embedding for the model, or null (the model then scores on its n-grams alone). */
export async function messageEmbedding(services: AppServices, modelEmbedder: string, text: string): Promise<number[] | null> {
  const embedder = services.knowledge.embedder;
  if (!classifierEmbeddingsOn(services) || embedderId(embedder) !== modelEmbedder) return null;
  try {
    return await embedQuery(embedder, embeddingKey(text));
  } catch (e) {
    services.log.warn({ err: e }, 'classifier: the message could not be embedded; scoring on n-grams alone');
    return null;
  }
}

export function encodeVector(v: ArrayLike<number>): Buffer {
  const f = Float32Array.from(v);
  return Buffer.from(f.buffer, f.byteOffset, f.byteLength);
}

export async function countUnembedded(services: AppServices, tenantId: string): Promise<number> {
  const [row] = await services.readPool.query<{ n: number }>(
    `select count(*)::int as n from training_examples where tenant_id = $1 and (embedding is null or embedding_model is distinct from $2)`,
    [tenantId, embedderId(services.knowledge.embedder)],
  );
  return row?.n ?? 0;
}

// One run per tenant at a time on an instance: the upload's job and a training that wants the
// same examples share it instead of embedding them twice.
const running = new Map<string, Promise<number>>();

/**
 * Embeds and stores every example of the tenant without a vector from the current embedder;
 * resolves with how many were embedded. Each text is embedded on its own (one encoder call per
 * text, ≈ the same CPU as batches): batched, a vector differs in its last bits with the texts
 * beside it, and the same examples must give the same model whatever order they were uploaded in.
 */
export function embedMissingExamples(services: AppServices, tenantId: string): Promise<number> {
  let run = running.get(tenantId);
  if (!run) {
    run = embedAll(services, tenantId).finally(() => running.delete(tenantId));
    running.set(tenantId, run);
  }
  return run;
}

async function embedAll(services: AppServices, tenantId: string): Promise<number> {
  const embedder = services.knowledge.embedder;
  const id = embedderId(embedder);
  let done = 0;
  for (;;) {
    const rows = await services.readPool.query<{ id: string; text: string }>(
      `select id, text from training_examples where tenant_id = $1 and (embedding is null or embedding_model is distinct from $2) order by id limit ${PAGE}`,
      [tenantId, id],
    );
    if (!rows.length) return done;
    const byText = new Map<string, Buffer>();
    for (const r of rows) {
      const key = embeddingKey(r.text);
      if (!byText.has(key)) byText.set(key, encodeVector((await embedder.embed([key]))[0]));
    }
    // The embedder may have learnt its size on the first call (hosted models): store under the id it has now.
    const storedAs = embedderId(embedder);
    await services.readPool.query(
      `update training_examples t set embedding = v.embedding, embedding_model = $2
         from unnest($3::uuid[], $4::bytea[]) as v(id, embedding) where t.id = v.id and t.tenant_id = $1`,
      [tenantId, storedAs, rows.map((r) => r.id), rows.map((r) => byText.get(embeddingKey(r.text))!)],
    );
    done += rows.length;
    if (storedAs !== id) return done + (await embedAll(services, tenantId));
  }
}
