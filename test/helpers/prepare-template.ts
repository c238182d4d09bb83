// The test template gets what `npm start` does in the background after boot: the demo
// documents chunked and embedded into PostgreSQL, and the demo classifiers trained. Done once
// per run here, so no test file pays for it (each server copies the vectors into its own
// Chroma namespace at boot, from PostgreSQL, without embedding again).
import { ReadPool } from '../../api/src/db/read-pool.js';
import { chunkDocument } from '../../api/src/modules/knowledge/chunker.js';
import { createEmbedder } from '../../api/src/modules/knowledge/embedder.js';
import { writeChunks, type RetrievalDeps } from '../../api/src/modules/knowledge/retrieval.js';
import { ClassifierCache, trainTenantClassifier } from '../../api/src/modules/classifier/classifier.store.js';
import type { AppServices } from '../../api/src/services.js';

export async function prepareTemplate(url: string): Promise<void> {
  const pool = new ReadPool(url, 2);
  try {
    const deps = { db: pool, vectors: null as never, embedder: createEmbedder({ provider: 'offline' }) } as RetrievalDeps;
    const docs = await pool.query<{ id: string; tenant_id: string; kind: 'ARTICLE' | 'FAQ'; title: string; body: string }>(
      `select id, tenant_id, kind, title, body from knowledge_documents where status = 'PUBLISHED'`,
      [],
    );
    for (const d of docs) {
      const chunks = chunkDocument(d);
      await writeChunks(deps, d.tenant_id, d.id, chunks);
      await pool.query(
        `update knowledge_documents set indexing_status = 'INDEXED', indexing_progress = 100, chunk_count = $2,
            indexed_version = content_version, indexed_at = now() where id = $1`,
        [d.id, chunks.length],
      );
    }
    // The demo models are n-grams only here (no test pays for embedding 16,000 Bitext texts); tests that
    // need embeddings switch CLASSIFIER_EMBEDDINGS on for their own tenants.
    const services = { readPool: pool, config: { CLASSIFIER_EMBEDDINGS: false }, ai: { classifiers: new ClassifierCache() } } as unknown as AppServices;
    const tenants = await pool.query<{ tenant_id: string }>('select distinct tenant_id from training_examples', []);
    for (const t of tenants) await trainTenantClassifier(services, t.tenant_id);
  } finally {
    await pool.end();
  }
}
