// Hybrid retrieval over a tenant's knowledge chunks: dense (Chroma, cosine over our own
// embeddings) and lexical (PostgreSQL full text, BM25-style scoring) in parallel, fused by
// reciprocal rank. PostgreSQL is the source of truth: chunk text and embeddings live in
// knowledge_chunks; Chroma holds a copy of the vectors that can be rebuilt without re-embedding.
//
// Tenant isolation: every SQL statement here filters by tenant_id, and the dense side only reads
// the tenant's own collection; dense hits are re-read from PostgreSQL by (tenant, id) as well.
import { createHash } from 'node:crypto';
import type { ReadPool } from '../../db/read-pool.js';
import { embeddingText, type Chunk } from './chunker.js';
import { embedQuery, type Embedder } from './embedder.js';
import type { VectorStore } from './vector-store.js';

export interface RetrievalDeps {
  db: Pick<ReadPool, 'query'>;
  vectors: VectorStore;
  embedder: Embedder;
}

export interface RetrievedChunk {
  chunkId: string;
  documentId: string;
  title: string;
  kind: 'ARTICLE' | 'FAQ';
  headingPath: string[];
  ordinal: number;
  text: string;
  /**
   * Cosine similarity to the query, from the stored embedding — known for every returned chunk,
   * also those found only by full text (null only for a chunk embedded by another model).
   */
  similarity: number | null;
  /** Lexical (BM25) score; null when the chunk is not in the lexical candidates. */
  lexicalScore: number | null;
  /** 1-based place by similarity among all candidates (the dense hits come first, as Chroma ranked them). */
  denseRank: number | null;
  /** 1-based place in the lexical candidates; null when full text did not find the chunk. */
  lexicalRank: number | null;
  /** Reciprocal-rank-fusion score (higher is better). */
  score: number;
}

export interface RetrievalResult {
  chunks: RetrievedChunk[];
  timings: { embedMs: number; denseMs: number; lexicalMs: number; totalMs: number };
}

export interface RetrieveOptions {
  /** Chunks returned (default 5). */
  k?: number;
  /** Candidates taken from each side before fusion (default 20). */
  candidates?: number;
}

export const DEFAULT_K = 5;
/** Per side. With the union re-scored by exact cosine, fewer but better candidates fuse best (StackFAQ, demo tenants). */
export const DEFAULT_CANDIDATES = 20;

// ---------------------------------------------------------------------------------------------
// Reciprocal rank fusion

/**
 * The usual constant of reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): a chunk
 * at rank r (1-based) in a list earns weight / (RRF_K + r). 60 keeps the top ranks from dominating:
 * agreement between the lists matters more than being first in one of them.
 */
export const RRF_K = 60;

export interface FusedItem {
  id: string;
  score: number;
  /** 1-based rank in each input list, null where absent. */
  ranks: (number | null)[];
}

/** Fuse ranked id lists (best first). Ties: better best rank, then earlier list, then id — deterministic. */
export function reciprocalRankFusion(lists: string[][], options: { k?: number; weights?: number[] } = {}): FusedItem[] {
  const k = options.k ?? RRF_K;
  const items = new Map<string, FusedItem>();
  lists.forEach((list, li) => {
    const weight = options.weights?.[li] ?? 1;
    list.forEach((id, i) => {
      let item = items.get(id);
      if (!item) items.set(id, (item = { id, score: 0, ranks: lists.map(() => null) }));
      if (item.ranks[li] !== null) return; // a repeated id counts once, at its best rank
      item.ranks[li] = i + 1;
      item.score += weight / (k + i + 1);
    });
  });
  const bestRank = (x: FusedItem) => Math.min(...x.ranks.map((r) => r ?? Infinity));
  const firstList = (x: FusedItem) => x.ranks.findIndex((r) => r !== null);
  return [...items.values()].sort((a, b) => b.score - a.score || bestRank(a) - bestRank(b) || firstList(a) - firstList(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// The two sides

/**
 * BM25 over knowledge_chunks.tsv, in one statement and one pass over the matching chunks. A
 * question in natural language rarely has all its words in one chunk, so any query lexeme may
 * match (OR); rare lexemes weigh more (idf over the tenant's own chunks: every chunk holding a
 * query lexeme is among the matches, so document frequencies come from them) and a lexeme in the
 * heading path (tsv weight A) counts double. k1 = 1.2, b = 0.75 (the usual values); chunk
 * length = token_count.
 */
const LEXICAL_SQL = `
with terms as (
  -- (a lexeme with a quote or backslash could not be quoted into a tsquery; English text gives none)
  select array_agg(distinct lexeme) as lexemes, string_agg(distinct quote_literal(lexeme), ' | ')::tsquery as q
  from unnest(to_tsvector('english', $2)) where lexeme !~ '[''\\\\]'
),
stats as materialized (
  select count(*)::float8 as n, greatest(avg(token_count), 1)::float8 as avgdl
  from knowledge_chunks where tenant_id = $1
),
tf as materialized (
  select c.id, c.document_id, c.token_count, u.lexeme,
    cardinality(u.positions) + cardinality(array_positions(u.weights, 'A')) as f
  from terms t
  join knowledge_chunks c on c.tenant_id = $1 and c.tsv @@ t.q
  cross join lateral unnest(c.tsv) u
  where u.lexeme = any(t.lexemes)
),
df as materialized (
  select lexeme, count(*)::float8 as n from tf group by lexeme
)
select tf.id, tf.document_id,
  sum(ln(1 + (s.n - df.n + 0.5) / (df.n + 0.5)) * tf.f * 2.2 / (tf.f + 1.2 * (0.25 + 0.75 * tf.token_count / s.avgdl))) as score
from tf join df using (lexeme) cross join stats s
group by tf.id, tf.document_id
order by score desc, tf.id
limit $3`;

export interface LexicalHit {
  id: string;
  documentId: string;
  score: number;
}

/** The lexical candidates for a query, best first (empty when no query word is in the tenant's chunks). */
export async function lexicalSearch(db: RetrievalDeps['db'], tenantId: string, query: string, limit: number): Promise<LexicalHit[]> {
  const rows = await db.query<{ id: string; document_id: string; score: number }>(LEXICAL_SQL, [tenantId, query, limit]);
  return rows.map((r) => ({ id: r.id, documentId: r.document_id, score: Number(r.score) }));
}

/** The dense candidates, best first: Chroma's nearest vectors of the tenant's collection. */
export async function denseSearch(deps: RetrievalDeps, tenantId: string, embedding: number[], limit: number) {
  return deps.vectors.query(tenantId, embedding, limit);
}

interface CandidateRow extends Record<string, unknown> {
  id: string;
  document_id: string;
  title: string;
  kind: 'ARTICLE' | 'FAQ';
  heading_path: string[];
  ordinal: number;
  text: string;
  similarity: number | null;
}

/**
 * The candidates' rows from PostgreSQL (the source of truth: an id Chroma still has but the table
 * no longer has is dropped) with the exact cosine similarity to the query for every one of them,
 * computed from the stored embedding (both sides are unit vectors, so a dot product).
 */
const CANDIDATES_SQL = `
select c.id, c.document_id, d.title, d.kind, c.heading_path, c.ordinal, c.text,
  case when c.embedding_model = $4 then (select sum(a * b) from unnest(c.embedding, $3::real[]) as v(a, b)) end as similarity
from knowledge_chunks c
join knowledge_documents d on d.id = c.document_id and d.tenant_id = $1
where c.tenant_id = $1 and c.id = any($2::uuid[]) and d.status = 'PUBLISHED'`;

// ---------------------------------------------------------------------------------------------
// Retrieval

/**
 * Hybrid retrieval. Dense (query embedding → Chroma, `candidates` nearest) and lexical (BM25,
 * `candidates` best) run in parallel; their union is read back from PostgreSQL with the exact
 * cosine of every candidate, so a chunk found only by full text still gets its true place in the
 * dense order (ranked after the dense hits, by cosine) instead of counting as absent. The two
 * orders are fused by reciprocal rank (k = RRF_K) and the best `k` chunks returned.
 */
export async function retrieve(deps: RetrievalDeps, tenantId: string, query: string, opts: RetrieveOptions = {}): Promise<RetrievalResult> {
  const started = performance.now();
  const k = opts.k ?? DEFAULT_K;
  const candidates = Math.max(opts.candidates ?? DEFAULT_CANDIDATES, k);
  const timings = { embedMs: 0, denseMs: 0, lexicalMs: 0, totalMs: 0 };
  if (!query.trim()) return { chunks: [], timings };

  const dense = (async () => {
    const t0 = performance.now();
    const embedding = await embedQuery(deps.embedder, query);
    const t1 = performance.now();
    timings.embedMs = t1 - t0;
    const hits = await denseSearch(deps, tenantId, embedding, candidates);
    timings.denseMs = performance.now() - t1;
    return { embedding, hits };
  })();
  const lexical = (async () => {
    const t0 = performance.now();
    const hits = await lexicalSearch(deps.db, tenantId, query, candidates);
    timings.lexicalMs = performance.now() - t0;
    return hits;
  })();
  // Both settle before we answer. A dense failure (VectorStoreUnavailable) goes to the caller as it
  // is — no silent lexical-only answer; the caller decides (e.g. hand off to a human).
  const [d, l] = await Promise.allSettled([dense, lexical]);
  if (d.status === 'rejected') throw d.reason;
  if (l.status === 'rejected') throw l.reason;
  const { embedding, hits: denseHits } = d.value;
  const lexicalHits = l.value;

  const ids = [...new Set([...denseHits.map((h) => h.id), ...lexicalHits.map((h) => h.id)])];
  const rows = ids.length ? await deps.db.query<CandidateRow>(CANDIDATES_SQL, [tenantId, ids, embedding, deps.embedder.model]) : [];
  const byId = new Map(rows.map((r) => [r.id, { ...r, similarity: r.similarity === null ? null : Number(r.similarity) }]));

  const denseOrder = [...byId.values()].filter((r) => r.similarity !== null).sort((a, b) => b.similarity! - a.similarity! || (a.id < b.id ? -1 : 1));
  const lexicalOrder = lexicalHits.filter((h) => byId.has(h.id));
  const lexicalScore = new Map(lexicalOrder.map((h) => [h.id, h.score]));
  const fused = reciprocalRankFusion([denseOrder.map((r) => r.id), lexicalOrder.map((h) => h.id)]).slice(0, k);

  const chunks = fused.map(({ id, score, ranks: [denseRank, lexicalRank] }): RetrievedChunk => {
    const row = byId.get(id)!;
    return {
      chunkId: id,
      documentId: row.document_id,
      title: row.title,
      kind: row.kind,
      headingPath: row.heading_path,
      ordinal: row.ordinal,
      text: row.text,
      similarity: row.similarity,
      lexicalScore: lexicalScore.get(id) ?? null,
      denseRank,
      lexicalRank,
      score,
    };
  });
  timings.totalMs = performance.now() - started;
  return { chunks, timings };
}

// ---------------------------------------------------------------------------------------------
// Writing chunks (PostgreSQL) and syncing vectors (Chroma)

/** Chunks embedded per call (and per progress report). */
const EMBED_BATCH = 16;
/** Vectors read from PostgreSQL per page when rebuilding a tenant's collection. */
const REBUILD_PAGE = 500;

/** A chunk's id is derived from (document, ordinal): rewriting a document keeps its ids stable. */
export function chunkId(documentId: string, ordinal: number): string {
  const h = createHash('sha1').update(`knowledge-chunk:${documentId}:${ordinal}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * One statement, so no transaction is needed and a retry is harmless: rows beyond the new chunk
 * count go, the others are inserted or overwritten in place ((document_id, ordinal) is unique).
 * The document must belong to the tenant, or nothing is written.
 */
const WRITE_CHUNKS_SQL = `
with doc as (
  select id from knowledge_documents where id = $2 and tenant_id = $1
),
removed as (
  delete from knowledge_chunks where tenant_id = $1 and document_id = $2 and ordinal >= $4
)
insert into knowledge_chunks (id, tenant_id, document_id, ordinal, heading_path, text, token_count, embedding, embedding_model)
select x.id, $1, doc.id, x.ordinal, x.heading_path, x.text, x.token_count, x.embedding, $5
from doc cross join jsonb_to_recordset($3::jsonb) as x(id uuid, ordinal int, heading_path text[], text text, token_count int, embedding real[])
on conflict (document_id, ordinal) do update set
  id = excluded.id, heading_path = excluded.heading_path, text = excluded.text, token_count = excluded.token_count,
  embedding = excluded.embedding, embedding_model = excluded.embedding_model, created_at = now()
where knowledge_chunks.tenant_id = excluded.tenant_id
returning id`;

/**
 * Embed a document's chunks (in batches, reporting the embedded fraction after each) and replace
 * its rows in knowledge_chunks. PostgreSQL only: call syncDocumentVectors afterwards for Chroma.
 * Returns the number of chunks written.
 */
export async function writeChunks(deps: RetrievalDeps, tenantId: string, documentId: string, chunks: Chunk[], onProgress?: (fraction: number) => void | Promise<void>): Promise<number> {
  const embeddings: number[][] = [];
  for (let i = 0; i < chunks.length; i += EMBED_BATCH) {
    const batch = chunks.slice(i, i + EMBED_BATCH);
    embeddings.push(...(await deps.embedder.embed(batch.map(embeddingText))));
    await onProgress?.(embeddings.length / chunks.length);
  }
  const rows = chunks.map((c, i) => ({ id: chunkId(documentId, c.ordinal), ordinal: c.ordinal, heading_path: c.headingPath, text: c.text, token_count: c.tokenCount, embedding: embeddings[i] }));
  const written = await deps.db.query(WRITE_CHUNKS_SQL, [tenantId, documentId, JSON.stringify(rows), chunks.length, deps.embedder.model]);
  if (!chunks.length) await onProgress?.(1);
  return written.length;
}

const DOCUMENT_VECTORS_SQL = `
select id, ordinal, array_to_json(embedding) as embedding from knowledge_chunks
where tenant_id = $1 and document_id = $2 and embedding_model = $3
order by ordinal`;

/**
 * Make Chroma match PostgreSQL for one document: upsert its current vectors, then delete any
 * others it had (upsert first, so queries never see the document missing). Returns the count.
 */
export async function syncDocumentVectors(deps: RetrievalDeps, tenantId: string, documentId: string): Promise<number> {
  const rows = await deps.db.query<{ id: string; ordinal: number; embedding: number[] }>(DOCUMENT_VECTORS_SQL, [tenantId, documentId, deps.embedder.model]);
  await deps.vectors.upsert(tenantId, rows.map((r) => ({ id: r.id, embedding: r.embedding, documentId, ordinal: r.ordinal })));
  await deps.vectors.deleteDocument(tenantId, documentId, { except: rows.map((r) => r.id) });
  return rows.length;
}

const TENANT_VECTORS_SQL = `
select id, document_id, ordinal, array_to_json(embedding) as embedding from knowledge_chunks
where tenant_id = $1 and embedding_model = $2 and id > $3
order by id
limit ${REBUILD_PAGE}`;

/**
 * Rebuild the tenant's collection from PostgreSQL (e.g. after Chroma lost its data): drop it, then
 * upsert every stored vector page by page — no re-embedding. Returns the number of vectors.
 */
export async function rebuildTenantVectors(deps: RetrievalDeps, tenantId: string): Promise<number> {
  await deps.vectors.dropTenant(tenantId);
  let after = '00000000-0000-0000-0000-000000000000';
  let total = 0;
  for (;;) {
    const rows = await deps.db.query<{ id: string; document_id: string; ordinal: number; embedding: number[] }>(TENANT_VECTORS_SQL, [tenantId, deps.embedder.model, after]);
    if (!rows.length) return total;
    await deps.vectors.upsert(tenantId, rows.map((r) => ({ id: r.id, embedding: r.embedding, documentId: r.document_id, ordinal: r.ordinal })));
    total += rows.length;
    after = rows[rows.length - 1].id;
  }
}
