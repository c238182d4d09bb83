// Extra questions of a chunk (table knowledge_chunk_questions): customer questions the team
// labelled "our knowledge answers this" with an article (modules/knowledge-labels) become
// retrieval evidence for that article, matched the way a FAQ's question is:
// - dense: the question's own vector (embedded as a customer's question is: normalised against
//   the tenant's words, function words dropped), a Chroma record pointing to the article's chunk
//   closest to it; that chunk's similarity is the best of its own, its FAQ question's and these;
// - lexical: the question's words as one more weight-A field of that chunk (retrieval.ts).
// So the same question asked again, or one close to it, finds the article with strong evidence.
// The chunk is chosen again whenever the article is re-chunked (writeChunks), and the vectors
// travel with the document's (syncDocumentVectors, rebuildTenantVectors), so a re-index or a Chroma
// rebuild keeps them. Every statement filters by tenant; the document must be the tenant's.
import type { RetrievalDeps } from './retrieval-deps.js';
import type { VectorItem } from './vector-store.js';
import { embedQuery } from './embedder.js';
import { normalizeQuery, tenantQueryTerms } from './query-normalization.js';

export interface QuestionVectorRow extends Record<string, unknown> {
  id: string;
  chunk_id: string;
  document_id: string;
  ordinal: number;
  embedding: number[];
}

/** A labelled question's Chroma record: its own id (the label's), standing for the chunk. */
export const questionItems = (r: QuestionVectorRow): VectorItem => ({ id: r.id, chunkId: r.chunk_id, embedding: r.embedding, documentId: r.document_id, ordinal: r.ordinal });

const QUESTION_VECTORS = `
select q.id, c.id as chunk_id, q.document_id, q.ordinal, array_to_json(q.embedding) as embedding
from knowledge_chunk_questions q
join knowledge_chunks c on c.tenant_id = q.tenant_id and c.document_id = q.document_id and c.ordinal = q.ordinal and c.embedding_model = q.embedding_model`;

/** The anchored labelled questions of one document, embedded by the current model. */
export const DOCUMENT_QUESTION_VECTORS_SQL = `${QUESTION_VECTORS} where q.tenant_id = $1 and q.document_id = $2 and q.embedding_model = $3 order by q.id`;
/** All of a tenant's (a rebuild). */
export const TENANT_QUESTION_VECTORS_SQL = `${QUESTION_VECTORS} where q.tenant_id = $1 and q.embedding_model = $2 order by q.id`;

/**
 * Each labelled question of a document goes to the document's chunk closest to it (cosine of the
 * stored unit vectors; ties: the first chunk). No chunk (the document has none): null, inert.
 */
export const ANCHOR_CHUNK_QUESTIONS_SQL = `
update knowledge_chunk_questions q set ordinal = (
  select c.ordinal from knowledge_chunks c
   where c.tenant_id = q.tenant_id and c.document_id = q.document_id and c.embedding_model = q.embedding_model
   order by (select sum(a * b) from unnest(c.embedding, q.embedding) as v(a, b)) desc nulls last, c.ordinal
   limit 1)
where q.tenant_id = $1 and q.document_id = $2`;

/** The question's vector, exactly as retrieve() embeds a customer's question. */
async function embedQuestion(deps: RetrievalDeps, tenantId: string, question: string): Promise<number[]> {
  const { vocab, synonyms } = await tenantQueryTerms(deps.db, tenantId);
  return embedQuery(deps.embedder, normalizeQuery(question, vocab, synonyms).embedText);
}

const tokens = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** After a change of embedding model (a re-embed): the document's labelled questions are embedded again. */
export async function reembedChunkQuestions(deps: RetrievalDeps, tenantId: string, documentId: string): Promise<void> {
  const stale = await deps.db.query<{ id: string; question: string }>(
    `select id, question from knowledge_chunk_questions where tenant_id = $1 and document_id = $2 and embedding_model <> $3`,
    [tenantId, documentId, deps.embedder.model],
  );
  for (const q of stale) {
    await deps.db.query(`update knowledge_chunk_questions set embedding = $3::real[], embedding_model = $4 where id = $1 and tenant_id = $2`, [
      q.id,
      tenantId,
      await embedQuestion(deps, tenantId, q.question),
      deps.embedder.model,
    ]);
  }
}

const UPSERT_SQL = `
with doc as (select id from knowledge_documents where id = $3 and tenant_id = $2)
insert into knowledge_chunk_questions (id, tenant_id, document_id, question, token_count, embedding, embedding_model)
select $1, $2, doc.id, $4, $5, $6::real[], $7 from doc
on conflict (id) do update set document_id = excluded.document_id, question = excluded.question, token_count = excluded.token_count,
  embedding = excluded.embedding, embedding_model = excluded.embedding_model, ordinal = null, created_at = now()
where knowledge_chunk_questions.tenant_id = excluded.tenant_id
returning id`;

/**
 * Make `id` (a label) evidence for `target.documentId` with its question, or — target null — no
 * evidence at all. Returns the documents whose vectors must be synced to Chroma (the previous one
 * and the new one); the caller syncs them (retrieval.ts: syncDocumentVectors).
 */
export async function writeChunkQuestion(deps: RetrievalDeps, tenantId: string, id: string, target: { documentId: string; question: string } | null): Promise<string[]> {
  const [prev] = await deps.db.query<{ document_id: string }>(`select document_id from knowledge_chunk_questions where id = $1 and tenant_id = $2`, [id, tenantId]);
  const docs = new Set(prev ? [prev.document_id] : []);
  if (!target) {
    await deps.db.query(`delete from knowledge_chunk_questions where id = $1 and tenant_id = $2`, [id, tenantId]);
    return [...docs];
  }
  const embedding = await embedQuestion(deps, tenantId, target.question);
  const written = await deps.db.query(UPSERT_SQL, [id, tenantId, target.documentId, target.question, tokens(target.question), embedding, deps.embedder.model]);
  if (written.length) {
    await deps.db.query(ANCHOR_CHUNK_QUESTIONS_SQL, [tenantId, target.documentId]);
    docs.add(target.documentId);
  }
  return [...docs];
}
