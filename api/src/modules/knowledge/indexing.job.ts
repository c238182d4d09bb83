// Background indexing (pg-boss jobs): chunk a published document, embed the chunks into
// PostgreSQL (the source of truth), then copy the vectors to the tenant's Chroma collection.
// Progress is written on the document and published (KNOWLEDGE_INDEXING). A failure — Chroma
// down, say — leaves the document PENDING with the reason and the job is retried with back-off,
// so indexing resumes by itself when Chroma is back. A job for an outdated version gives way.
import type { AppServices } from '../../services.js';
import { Topic } from '../../events/topics.js';
import { JobName } from '../../jobs/jobs.js';
import { chunkInWorker } from './chunk-in-worker.js';
import type { Chunk } from './chunker.js';
import { rebuildTenantVectors, syncDocumentVectors, TENANT_VECTOR_COUNT_SQL, writeChunks } from './retrieval.js';

type DocRow = {
  kind: 'ARTICLE' | 'FAQ';
  title: string;
  body: string;
  status: string;
  content_version: number;
};

async function setState(services: AppServices, tenantId: string, documentId: string, version: number, state: { status: string; progress: number; chunkCount?: number; error: string | null }) {
  const rows = await services.readPool.query<{ chunk_count: number }>(
    `update knowledge_documents set indexing_status = $4, indexing_progress = $5, indexing_error = $6,
        chunk_count = coalesce($7, chunk_count),
        indexed_version = case when $4 = 'INDEXED' then content_version else indexed_version end,
        indexed_at = case when $4 = 'INDEXED' then now() else indexed_at end
      where id = $1 and tenant_id = $2 and content_version = $3
      returning chunk_count`,
    [documentId, tenantId, version, state.status, state.progress, state.error, state.chunkCount ?? null],
  );
  if (rows.length) {
    services.events.publish(Topic.KNOWLEDGE_INDEXING, { tenantId, documentId, status: state.status, progress: state.progress, chunkCount: rows[0].chunk_count, error: state.error });
  }
}

export async function indexDocument(services: AppServices, job: { tenantId: string; documentId: string; version: number }): Promise<void> {
  const { tenantId, documentId, version } = job;
  const deps = services.knowledge;
  const [doc] = await services.readPool.query<DocRow>(
    `select kind, title, body, status, content_version from knowledge_documents where id = $1 and tenant_id = $2`,
    [documentId, tenantId],
  );
  if (!doc || doc.status !== 'PUBLISHED') {
    // Deleted or unpublished: its chunks are gone from PostgreSQL already; drop the vectors too.
    await services.readPool.query(`delete from knowledge_chunks where document_id = $1 and tenant_id = $2`, [documentId, tenantId]);
    await deps.vectors.deleteDocument(tenantId, documentId);
    return;
  }
  if (doc.content_version !== version) return; // an edit followed: its own job indexes it
  try {
    await setState(services, tenantId, documentId, version, { status: 'INDEXING', progress: 0, error: null });
    const chunks = await chunkInWorker(doc);
    if (!(await sameChunksStored(services, tenantId, documentId, chunks, deps.embedder.model))) {
      let lastShown = -1;
      await writeChunks(deps, tenantId, documentId, chunks, async (fraction) => {
        const progress = Math.round(fraction * 80); // embedding is most of the work
        if (progress - lastShown >= 10 || fraction === 1) {
          lastShown = progress;
          await setState(services, tenantId, documentId, version, { status: 'INDEXING', progress, error: null });
        }
      });
    }
    await syncDocumentVectors(deps, tenantId, documentId);
    await setState(services, tenantId, documentId, version, { status: 'INDEXED', progress: 100, chunkCount: chunks.length, error: null });
  } catch (e) {
    await setState(services, tenantId, documentId, version, { status: 'PENDING', progress: 0, error: `${(e as Error).message} — retrying automatically` }).catch(() => undefined);
    throw e;
  }
}

/**
 * A retry after a Chroma failure (or a re-index after an upgrade) need not embed again what
 * PostgreSQL already holds: same texts, same model, and each FAQ question with its own vector.
 */
async function sameChunksStored(services: AppServices, tenantId: string, documentId: string, chunks: Chunk[], model: string): Promise<boolean> {
  const rows = await services.readPool.query<{ text: string; embedding_model: string; question: string | null; has_question_vector: boolean }>(
    `select text, embedding_model, question, question_embedding is not null as has_question_vector
       from knowledge_chunks where document_id = $1 and tenant_id = $2 order by ordinal`,
    [documentId, tenantId],
  );
  return (
    rows.length === chunks.length &&
    rows.every((r, i) => r.text === chunks[i].text && r.embedding_model === model && r.question === (chunks[i].question ?? null) && r.has_question_vector === !!chunks[i].question)
  );
}

export async function rebuildKnowledge(services: AppServices, job: { tenantId: string; reembed: boolean }): Promise<void> {
  if (job.reembed) {
    // Re-embed everything (a new embedding model): one index job per published document.
    const docs = await services.readPool.query<{ id: string; content_version: number }>(
      `update knowledge_documents set indexing_status = 'PENDING', indexing_progress = 0
        where tenant_id = $1 and status = 'PUBLISHED' returning id, content_version`,
      [job.tenantId],
    );
    await services.readPool.query(`delete from knowledge_chunks where tenant_id = $1`, [job.tenantId]);
    for (const d of docs) await services.jobs.send(JobName.INDEX_DOCUMENT, { tenantId: job.tenantId, documentId: d.id, version: d.content_version });
    return;
  }
  const n = await rebuildTenantVectors(services.knowledge, job.tenantId);
  services.log.info({ tenantId: job.tenantId, vectors: n }, 'knowledge vectors rebuilt from PostgreSQL');
}

/**
 * At boot: queue what is not indexed yet, and rebuild collections that do not match PostgreSQL
 * (a new or wiped Chroma). Runs in the background; the API is up meanwhile.
 */
export async function reconcileKnowledge(services: AppServices): Promise<void> {
  const pending = await services.readPool.query<{ id: string; tenant_id: string; content_version: number }>(
    `select id, tenant_id, content_version from knowledge_documents
      where status = 'PUBLISHED' and (indexing_status <> 'INDEXED' or indexed_version is distinct from content_version)`,
    [],
  );
  for (const d of pending) {
    await services.jobs.send(JobName.INDEX_DOCUMENT, { tenantId: d.tenant_id, documentId: d.id, version: d.content_version }, { singletonKey: `${d.id}:${d.content_version}` });
  }
  const counts = await services.readPool.query<{ tenant_id: string; n: number }>(TENANT_VECTOR_COUNT_SQL, []);
  for (const { tenant_id, n } of counts) {
    const inChroma = await services.knowledge.vectors.count(tenant_id);
    if (inChroma !== n) await services.jobs.send(JobName.REBUILD_KNOWLEDGE, { tenantId: tenant_id, reembed: false }, { singletonKey: `rebuild:${tenant_id}` });
  }
}
