// Hybrid retrieval over a tenant's knowledge chunks: dense (Chroma, cosine over our own
// embeddings) and lexical (PostgreSQL full text, BM25-style scoring) in parallel, fused by score
// (cosine plus the self-normalised BM25 share: fusedScore). PostgreSQL is the source of truth: chunk text and embeddings live in
// knowledge_chunks; Chroma holds a copy of the vectors that can be rebuilt without re-embedding.
//
// What is matched: a chunk's text under its heading path (dense: one vector; lexical: the title
// weighted above the headings, the headings above the text), and a FAQ's question on its own (a
// second vector of the FAQ's first chunk, so a rewording of the question meets the question), and
// the questions the team labelled "our knowledge answers this" with an article, the same way (a
// vector each and weight-A words on the article's closest chunk: chunk-questions.ts). The
// question is normalised once (query-normalization.ts: spelling against the tenant's vocabulary,
// word variants, function words) and that same text goes to both sides. Each candidate chunk gets
// one fused score, with the character n-grams it shares with the question (char-grams.ts);
// a document ranks at its best chunk, so one long article cannot fill the top k by itself, and
// documents with the same title (one question imported with several answers) count as one entry.
//
// Tenant isolation: every SQL statement here filters by tenant_id, and the dense side only reads
// the tenant's own collection; dense hits are re-read from PostgreSQL by (tenant, id) as well.
import { createHash } from 'node:crypto';
import type { ReadPool } from '../../db/read-pool.js';
import { charGramSimilarities, TEXT_CHARS } from './char-grams.js';
import { cachedChunkVectors, CHUNK_STAMP_SQL, float4ArrayFromSend, float4AsPrinted, float4Dot, rememberChunkVectors, type ChunkVectors } from './chunk-vectors.js';
import { embeddingText, type Chunk } from './chunker.js';
import { embedQuery, type Embedder } from './embedder.js';
import { normalizeQuery, tenantQueryTerms, type NormalizedQuery, type QueryTermsVersion } from './query-normalization.js';
import type { RetrievalDeps } from './retrieval-deps.js';
import { ANCHOR_CHUNK_QUESTIONS_SQL, DOCUMENT_QUESTION_VECTORS_SQL, questionItems, reembedChunkQuestions, TENANT_QUESTION_VECTORS_SQL, writeChunkQuestion, type QuestionVectorRow } from './chunk-questions.js';
import type { VectorStore } from './vector-store.js';

export type { RetrievalDeps } from './retrieval-deps.js';

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
   * also those found only by full text (null only for a chunk embedded by another model). For a
   * FAQ's first chunk, the better of the chunk's and its question's similarity; for a chunk with
   * labelled questions (chunk-questions.ts), the best of those too.
   */
  similarity: number | null;
  /** Lexical (BM25) score; null when the chunk is not in the lexical candidates. */
  lexicalScore: number | null;
  /** 1-based place by similarity among all candidates (the dense hits come first, as Chroma ranked them). */
  denseRank: number | null;
  /** 1-based place in the lexical candidates; null when full text did not find the chunk. */
  lexicalRank: number | null;
  /** Fused score of the chunk (fusedScore: cosine plus the full-text share, plus the letters shared with the question: CHAR_*; higher is better); a further copy of an entry never scores above the last entry. */
  score: number;
}

export interface RetrievalResult {
  /** The best chunk of each of the best `k` documents, best first. */
  chunks: RetrievedChunk[];
  /** The question as both sides searched it (spelling corrected against the tenant's words). */
  query: NormalizedQuery;
  timings: { embedMs: number; denseMs: number; lexicalMs: number; totalMs: number };
}

export interface RetrieveOptions {
  /** Documents returned, each by its best chunk (default 5). */
  k?: number;
  /** Candidates taken from each side before fusion (default 20). */
  candidates?: number;
  /** The tenant's query-terms version, when the caller read it already (queryTermsVersionSql): saves a statement. */
  termsVersion?: QueryTermsVersion | null;
}

export const DEFAULT_K = 5;
/** Per side. The union is re-scored (exact cosine, letters among the candidates): on StackFAQ 30 found 0.5 point more at recall@1 than 20, and 40 no more than 30. */
export const DEFAULT_CANDIDATES = 30;

// ---------------------------------------------------------------------------------------------
// Score fusion

/**
 * How a candidate chunk is scored: its cosine similarity to the question plus its full-text
 * evidence on the same scale, `similarity + LEXICAL_WEIGHT · (bm25 + QUESTION_WEIGHT · questionBm25) / (2.2 · Σ idf)`.
 * Dividing by 2.2 · Σ idf (the BM25 a chunk would score if it held every query word at
 * saturation, k1 + 1 = 2.2) makes the lexical part a share in [0, ~1] whatever the tenant's size or
 * the question's length, so one weight fits every tenant — unlike reciprocal rank fusion, it keeps
 * how far apart two candidates are, not only their order (Bruch, Gai & Ingber, "An Analysis of
 * Fusion Functions for Hybrid Retrieval", TOIS 2023). `questionBm25` is the same query matched
 * against the question field alone (the document title / FAQ question and labelled questions,
 * tsv weight A): a customer's question that meets a FAQ's question counts above one that meets
 * only its answer. Measured on StackFAQ and kept where the result was flat (λ 0.8–1.2, question
 * weight 0.5–0.75 all within a point of recall@1); with the letters (CHAR_*) beside them, full
 * text weighs a little less (λ 0.8, question 0.25: the letters already count shared words); see docs/assistant.md.
 */
export const LEXICAL_WEIGHT = 0.8;
export const QUESTION_WEIGHT = 0.25;
/**
 * Character 3–4-gram evidence among the candidates (char-grams.ts), added to the fused score: the
 * question against the title and headings, and against the title, headings and opening of the
 * text. StackFAQ recall@1 was flat for weights 0.3–0.5 each (docs/assistant.md).
 */
export const CHAR_TITLE_WEIGHT = 0.4;
export const CHAR_TEXT_WEIGHT = 0.4;

/** The fused score of one candidate chunk (higher is better); `idfSum` 0 means no query word is in the tenant's chunks. */
export function fusedScore(similarity: number | null, lexical: { score: number; questionScore: number } | null, idfSum: number): number {
  const lexicalShare = lexical && idfSum > 0 ? (lexical.score + QUESTION_WEIGHT * lexical.questionScore) / (2.2 * idfSum) : 0;
  return (similarity ?? 0) + LEXICAL_WEIGHT * lexicalShare;
}

// ---------------------------------------------------------------------------------------------
// The two sides

/**
 * BM25 over knowledge_chunks.tsv, in one statement and one pass over the matching chunks. A
 * question in natural language rarely has all its words in one chunk, so any query lexeme may
 * match (OR); rare lexemes weigh more (idf over the tenant's own chunks: every chunk holding a
 * query lexeme is among the matches, so document frequencies come from them). Fields weigh by
 * their tsv weight: the document title or FAQ question (A) counts WEIGHT_A times, a section
 * heading (B) WEIGHT_B times, the text (D) once. k1 = 1.2, b = 0.75 (the usual values); chunk
 * length = token_count.
 */
/** Term-frequency multipliers of the title / FAQ question (tsv weight A) and of section headings (B). */
export const WEIGHT_A = 3;
export const WEIGHT_B = 2;

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
-- A chunk's labelled questions (chunk-questions.ts) are one more weight-A field of the chunk.
extra as materialized (
  select c.id, setweight(to_tsvector('english', string_agg(q.question, ' ' order by q.id)), 'A') as tsv, sum(q.token_count)::int as tokens
  from knowledge_chunk_questions q
  join knowledge_chunks c on c.tenant_id = $1 and c.document_id = q.document_id and c.ordinal = q.ordinal
  where q.tenant_id = $1
  group by c.id
),
matched as (
  select c.id from terms t join knowledge_chunks c on c.tenant_id = $1 and c.tsv @@ t.q
  union
  select x.id from terms t join extra x on x.tsv @@ t.q
),
tf as materialized (
  select c.id, c.document_id, c.token_count + coalesce(x.tokens, 0) as token_count, u.lexeme,
    cardinality(u.positions) + ${WEIGHT_A - 1} * cardinality(array_positions(u.weights, 'A')) + ${WEIGHT_B - 1} * cardinality(array_positions(u.weights, 'B')) as f,
    cardinality(array_positions(u.weights, 'A')) as fa
  from terms t
  join matched m on true
  join knowledge_chunks c on c.tenant_id = $1 and c.id = m.id
  left join extra x on x.id = c.id
  -- (a chunk without labelled questions is unnested as it is, not copied by a concatenation first)
  cross join lateral unnest(case when x.tsv is null then c.tsv else c.tsv || x.tsv end) u
  where u.lexeme = any(t.lexemes)
),
df as materialized (
  select lexeme, ln(1 + (s.n - count(*) + 0.5) / (count(*) + 0.5)) as idf from tf cross join stats s group by lexeme, s.n
)
select tf.id, tf.document_id,
  sum(df.idf * tf.f * 2.2 / (tf.f + 1.2 * (0.25 + 0.75 * tf.token_count / s.avgdl))) as score,
  sum(df.idf * tf.fa * 2.2 / (tf.fa + 1.2)) as question_score,
  (select sum(idf) from df) as idf_sum
from tf join df using (lexeme) cross join stats s
group by tf.id, tf.document_id
order by score desc, tf.id
limit $3`;

export interface LexicalHit {
  id: string;
  documentId: string;
  /** BM25 over the whole chunk (title, headings and text, weighted). */
  score: number;
  /** BM25 of the question field alone (title / FAQ question and labelled questions: weight A), without length normalisation (it is short). */
  questionScore: number;
  /** Σ idf of the query's words found in the tenant's chunks (the same for every hit of one query): what fusion divides by. */
  idfSum: number;
}

/** The lexical candidates for a query, best first (empty when no query word is in the tenant's chunks). */
export async function lexicalSearch(db: RetrievalDeps['db'], tenantId: string, query: string, limit: number): Promise<LexicalHit[]> {
  const rows = await db.query<{ id: string; document_id: string; score: number; question_score: number; idf_sum: number }>(LEXICAL_SQL, [tenantId, query, limit]);
  return rows.map((r) => ({ id: r.id, documentId: r.document_id, score: Number(r.score), questionScore: Number(r.question_score), idfSum: Number(r.idf_sum) }));
}

/**
 * The dense candidates, best first: Chroma's nearest vectors of the tenant's collection, one hit
 * per chunk (a FAQ chunk can be near by its own vector and by its question's).
 */
export async function denseSearch(deps: RetrievalDeps, tenantId: string, embedding: number[], limit: number) {
  const hits = await deps.vectors.query(tenantId, embedding, limit);
  const seen = new Set<string>();
  return hits.filter((h) => !seen.has(h.chunkId) && !!seen.add(h.chunkId)).map((h) => ({ ...h, id: h.chunkId }));
}

interface CandidateRow extends Record<string, unknown> {
  id: string;
  document_id: string;
  title: string;
  kind: 'ARTICLE' | 'FAQ';
  heading_path: string[];
  ordinal: number;
  text: string;
  /** Embedded by the query's model (else the chunk has no similarity). */
  same_model: boolean;
  stamp: string;
  /** array_send of the chunk's vectors: only when this instance does not hold them at `stamp` (chunk-vectors.ts). */
  embedding: Buffer | null;
  question_embedding: Buffer | null;
  /** The best similarity of the chunk's labelled questions (chunk-questions.ts), computed here: a few per tenant. */
  labelled_similarity: number | null;
}

/**
 * The candidates' rows from PostgreSQL (the source of truth: an id Chroma still has but the table
 * no longer has is dropped), with what the exact cosine similarity to the query needs: the chunk's
 * vectors come from this instance's cache when it holds them at the row's current version
 * ($5/$6: the ids and stamps it holds), else from this statement (chunk-vectors.ts). Both sides
 * are unit vectors, so cosine is a dot product.
 */
const CANDIDATES_SQL = `
select c.id, c.document_id, d.title, d.kind, c.heading_path, c.ordinal, c.text,
  c.embedding_model = $4 as same_model, ${CHUNK_STAMP_SQL} as stamp,
  case when c.embedding_model = $4 and k.stamp is distinct from ${CHUNK_STAMP_SQL} then array_send(c.embedding) end as embedding,
  case when c.embedding_model = $4 and k.stamp is distinct from ${CHUNK_STAMP_SQL} then array_send(c.question_embedding) end as question_embedding,
  case when c.embedding_model = $4 then
    (select max((select sum(a * b) from unnest(q.embedding, $3::real[]) as v(a, b))) from knowledge_chunk_questions q
      where q.tenant_id = $1 and q.document_id = c.document_id and q.ordinal = c.ordinal and q.embedding_model = $4)
  end as labelled_similarity
from knowledge_chunks c
join knowledge_documents d on d.id = c.document_id and d.tenant_id = $1
left join unnest($5::uuid[], $6::text[]) as k(id, stamp) on k.id = c.id
where c.tenant_id = $1 and c.id = any($2::uuid[]) and d.status = 'PUBLISHED'`;

/**
 * The query vector as a real[] literal, written once per vector: the same question's embedding comes
 * back from the query cache (embedQuery) as the same array, and pg's own array serialiser quotes and
 * converts each of its numbers on every call.
 */
const vectorLiterals = new WeakMap<number[], string>();
function realArrayLiteral(v: number[]): string {
  let text = vectorLiterals.get(v);
  if (text === undefined) vectorLiterals.set(v, (text = `{${v.join(',')}}`));
  return text;
}

/** SQL's greatest(): the largest of the values that are not null, null when all are. */
const greatest = (...values: (number | null)[]) => values.reduce<number | null>((m, v) => (v === null ? m : m === null || v > m ? v : m), null);

/**
 * The candidates with their exact cosine similarity: the better of the chunk's and its question's,
 * and of its labelled questions' (null for a chunk embedded by another model).
 */
async function candidateRows(deps: RetrievalDeps, tenantId: string, ids: string[], embedding: number[]) {
  // The vectors held now, kept for this call: concurrent retrievals may evict them from the cache before the rows come back.
  const held = new Map<string, ChunkVectors>();
  for (const id of ids) {
    const v = cachedChunkVectors(id);
    if (v) held.set(id, v);
  }
  const rows = await deps.db.query<CandidateRow>(CANDIDATES_SQL, [tenantId, ids, realArrayLiteral(embedding), deps.embedder.model, [...held.keys()], [...held.values()].map((v) => v.stamp)]);
  const query = Float32Array.from(embedding);
  return rows.map((r) => {
    let similarity: number | null = null;
    if (r.same_model) {
      let vectors = held.get(r.id);
      if (r.embedding) {
        vectors = { stamp: r.stamp, embedding: float4ArrayFromSend(r.embedding), question: r.question_embedding ? float4ArrayFromSend(r.question_embedding) : null };
        rememberChunkVectors(r.id, vectors);
      }
      const best = greatest(float4Dot(vectors!.embedding, query), vectors!.question && float4Dot(vectors!.question, query));
      similarity = greatest(best === null ? null : float4AsPrinted(best), r.labelled_similarity === null ? null : Number(r.labelled_similarity));
    }
    return { id: r.id, document_id: r.document_id, title: r.title, kind: r.kind, heading_path: r.heading_path, ordinal: r.ordinal, text: r.text, similarity };
  });
}

// ---------------------------------------------------------------------------------------------
// Retrieval

/** Documents whose titles agree up to case and punctuation are copies of one entry (one question imported with several answers). */
const titleKey = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Hybrid retrieval. The question is normalised once (spelling against the tenant's vocabulary);
 * dense (its embedding → Chroma, `candidates` nearest) and lexical (BM25, `candidates` best) run
 * in parallel on that same text; their union is read back from PostgreSQL with the exact cosine
 * of every candidate, so a chunk found only by full text still gets its true similarity. Every
 * candidate chunk is scored once (fusedScore: cosine + LEXICAL_WEIGHT · its BM25 and question-field
 * BM25 as a share of the query's Σ idf); a document stands at its best chunk, and documents with
 * the same title (one FAQ question imported with several answers, an article pasted twice) are one
 * entry: the best entries come first, each by its best document, then the other copies. The best
 * `k` documents are returned, each by its best chunk, so neither a long article nor copies of one
 * question fill the top k by themselves.
 */
export async function retrieve(deps: RetrievalDeps, tenantId: string, question: string, opts: RetrieveOptions = {}): Promise<RetrievalResult> {
  const started = performance.now();
  const k = opts.k ?? DEFAULT_K;
  const candidates = Math.max(opts.candidates ?? DEFAULT_CANDIDATES, k);
  const timings = { embedMs: 0, denseMs: 0, lexicalMs: 0, totalMs: 0 };
  if (!question.trim()) return { chunks: [], query: normalizeQuery('', null), timings };
  const { vocab, synonyms } = await tenantQueryTerms(deps.db, tenantId, opts.termsVersion);
  const query = normalizeQuery(question, vocab, synonyms);

  const dense = (async () => {
    const t0 = performance.now();
    const embedding = await embedQuery(deps.embedder, query.embedText);
    const t1 = performance.now();
    timings.embedMs = t1 - t0;
    const hits = await denseSearch(deps, tenantId, embedding, candidates);
    timings.denseMs = performance.now() - t1;
    return { embedding, hits };
  })();
  const lexical = (async () => {
    const t0 = performance.now();
    const hits = await lexicalSearch(deps.db, tenantId, query.text, candidates);
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
  const rows = ids.length ? await candidateRows(deps, tenantId, ids, embedding) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));

  const denseOrder = [...byId.values()].filter((r) => r.similarity !== null).sort((a, b) => b.similarity! - a.similarity! || (a.id < b.id ? -1 : 1)).map((r) => r.id);
  const lexicalOrder = lexicalHits.filter((h) => byId.has(h.id));
  const lexicalOf = new Map(lexicalOrder.map((h) => [h.id, h]));
  const denseRankOf = new Map(denseOrder.map((id, i) => [id, i + 1]));
  const lexicalRankOf = new Map(lexicalOrder.map((h, i) => [h.id, i + 1]));
  const idfSum = lexicalHits[0]?.idfSum ?? 0;
  // Letters shared with the question, among the candidates (the idf is theirs: candidates are sorted by id so it does not depend on the order).
  const pool = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const heads = pool.map((r) => [r.title, ...r.heading_path.filter((h) => h !== r.title)].join(' '));
  const charTitle = charGramSimilarities(query.text, heads);
  const charText = charGramSimilarities(query.text, pool.map((r, i) => `${heads[i]} ${r.text.slice(0, TEXT_CHARS)}`));
  const charOf = new Map(pool.map((r, i) => [r.id, CHAR_TITLE_WEIGHT * charTitle[i] + CHAR_TEXT_WEIGHT * charText[i]]));
  // Every candidate chunk scored on one scale (fusedScore plus the letters), best first; ties by id, so the order is deterministic.
  const scored = pool
    .map((r) => ({ row: r, score: fusedScore(r.similarity, lexicalOf.get(r.id) ?? null, idfSum) + charOf.get(r.id)! }))
    .sort((a, b) => b.score - a.score || (a.row.id < b.row.id ? -1 : 1));
  // A document at its best chunk; an entry (documents with the same title) at its best document.
  const bestChunk = new Map<string, (typeof scored)[number]>();
  for (const c of scored) if (!bestChunk.has(c.row.document_id)) bestChunk.set(c.row.document_id, c);
  const documents = [...bestChunk.values()];
  const entries = new Set<string>();
  const leading = documents.filter((c) => !entries.has(titleKey(c.row.title)) && !!entries.add(titleKey(c.row.title)));
  // The other copies of an entry follow every entry (never above one), in their own order.
  const lead = new Set(leading);
  const floor = leading.at(-1)?.score ?? 0;
  const fusedDocuments = [...leading, ...documents.filter((c) => !lead.has(c)).map((c) => ({ ...c, score: Math.min(c.score, floor) }))].slice(0, k);

  const chunks = fusedDocuments.map(({ row, score }): RetrievedChunk => ({
    chunkId: row.id,
    documentId: row.document_id,
    title: row.title,
    kind: row.kind,
    headingPath: row.heading_path,
    ordinal: row.ordinal,
    text: row.text,
    similarity: row.similarity,
    lexicalScore: lexicalOf.get(row.id)?.score ?? null,
    denseRank: denseRankOf.get(row.id) ?? null,
    lexicalRank: lexicalRankOf.get(row.id) ?? null,
    score,
  }));
  timings.totalMs = performance.now() - started;
  return { chunks, query, timings };
}

// ---------------------------------------------------------------------------------------------
// Writing chunks (PostgreSQL) and syncing vectors (Chroma)

/** Chunks embedded per call (and per progress report). */
const EMBED_BATCH = 16;
/** Vectors read from PostgreSQL per page when rebuilding a tenant's collection. */
const REBUILD_PAGE = 500;

const uuidOf = (name: string) => {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** A chunk's id is derived from (document, ordinal): rewriting a document keeps its ids stable. */
export function chunkId(documentId: string, ordinal: number): string {
  return uuidOf(`knowledge-chunk:${documentId}:${ordinal}`);
}

/** The id of the vector of a FAQ's question, which stands for the chunk (document, ordinal) in Chroma. */
export function questionVectorId(documentId: string, ordinal: number): string {
  return uuidOf(`knowledge-question:${documentId}:${ordinal}`);
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
insert into knowledge_chunks (id, tenant_id, document_id, ordinal, heading_path, text, token_count, embedding, question, question_embedding, embedding_model)
select x.id, $1, doc.id, x.ordinal, x.heading_path, x.text, x.token_count, x.embedding, x.question, x.question_embedding, $5
from doc cross join jsonb_to_recordset($3::jsonb) as x(id uuid, ordinal int, heading_path text[], text text, token_count int, embedding real[], question text, question_embedding real[])
on conflict (document_id, ordinal) do update set
  id = excluded.id, heading_path = excluded.heading_path, text = excluded.text, token_count = excluded.token_count,
  embedding = excluded.embedding, question = excluded.question, question_embedding = excluded.question_embedding,
  embedding_model = excluded.embedding_model, created_at = now()
where knowledge_chunks.tenant_id = excluded.tenant_id
returning id`;

/**
 * Embed a document's chunks (in batches, reporting the embedded fraction after each) and replace
 * its rows in knowledge_chunks. PostgreSQL only: call syncDocumentVectors afterwards for Chroma.
 * Returns the number of chunks written.
 */
export async function writeChunks(deps: RetrievalDeps, tenantId: string, documentId: string, chunks: Chunk[], onProgress?: (fraction: number) => void | Promise<void>): Promise<number> {
  // The chunks' texts, then the FAQ questions (embedded on their own, as a question is asked).
  const texts = [...chunks.map(embeddingText), ...chunks.flatMap((c) => (c.question ? [embeddingText({ headingPath: [], text: c.question })] : []))];
  const embeddings: number[][] = [];
  for (let i = 0; i < texts.length; i += EMBED_BATCH) {
    embeddings.push(...(await deps.embedder.embed(texts.slice(i, i + EMBED_BATCH))));
    await onProgress?.(embeddings.length / texts.length);
  }
  let q = chunks.length;
  const rows = chunks.map((c, i) => ({
    id: chunkId(documentId, c.ordinal),
    ordinal: c.ordinal,
    heading_path: c.headingPath,
    text: c.text,
    token_count: c.tokenCount,
    embedding: embeddings[i],
    question: c.question ?? null,
    question_embedding: c.question ? embeddings[q++] : null,
  }));
  const written = await deps.db.query(WRITE_CHUNKS_SQL, [tenantId, documentId, JSON.stringify(rows), chunks.length, deps.embedder.model]);
  // The document's labelled questions follow its new chunks (each to the one now closest to it).
  await reembedChunkQuestions(deps, tenantId, documentId);
  await deps.db.query(ANCHOR_CHUNK_QUESTIONS_SQL, [tenantId, documentId]);
  if (!chunks.length) await onProgress?.(1);
  return written.length;
}

const DOCUMENT_VECTORS_SQL = `
select id, document_id, ordinal, array_to_json(embedding) as embedding, array_to_json(question_embedding) as question_embedding from knowledge_chunks
where tenant_id = $1 and document_id = $2 and embedding_model = $3
order by ordinal`;

interface VectorRow extends Record<string, unknown> {
  id: string;
  document_id: string;
  ordinal: number;
  embedding: number[];
  question_embedding: number[] | null;
}

/** A chunk's vectors for Chroma: its own, and its question's (a FAQ's first chunk). */
const vectorItems = (r: VectorRow) => [
  { id: r.id, embedding: r.embedding, documentId: r.document_id, ordinal: r.ordinal },
  ...(r.question_embedding ? [{ id: questionVectorId(r.document_id, r.ordinal), chunkId: r.id, embedding: r.question_embedding, documentId: r.document_id, ordinal: r.ordinal }] : []),
];

/** Vectors a tenant should have in Chroma (chunks plus FAQ questions plus anchored labelled questions), to compare with Chroma's count. */
export const TENANT_VECTOR_COUNT_SQL = `
select tenant_id, sum(n)::int as n from (
  select tenant_id, (count(*) + count(question_embedding))::int as n from knowledge_chunks group by tenant_id
  union all
  select q.tenant_id, count(*)::int from knowledge_chunk_questions q
    join knowledge_chunks c on c.tenant_id = q.tenant_id and c.document_id = q.document_id and c.ordinal = q.ordinal and c.embedding_model = q.embedding_model
   group by q.tenant_id
) x group by tenant_id`;

/**
 * Make Chroma match PostgreSQL for one document: upsert its current vectors (chunks, FAQ
 * question, labelled questions), then delete any others it had (upsert first, so queries never see the document
 * missing). Returns the number of vectors.
 */
export async function syncDocumentVectors(deps: RetrievalDeps, tenantId: string, documentId: string): Promise<number> {
  const rows = await deps.db.query<VectorRow>(DOCUMENT_VECTORS_SQL, [tenantId, documentId, deps.embedder.model]);
  const questions = await deps.db.query<QuestionVectorRow>(DOCUMENT_QUESTION_VECTORS_SQL, [tenantId, documentId, deps.embedder.model]);
  const items = [...rows.flatMap(vectorItems), ...questions.map(questionItems)];
  await deps.vectors.upsert(tenantId, items);
  await deps.vectors.deleteDocument(tenantId, documentId, { except: items.map((x) => x.id) });
  return items.length;
}

/**
 * Make `id` (a label) retrieval evidence for an article — its question as an extra question of
 * the article's closest chunk (chunk-questions.ts) — or, `target` null, evidence for nothing; then
 * bring Chroma in line for every document it touched (the previous article and the new one).
 */
export async function setChunkQuestion(deps: RetrievalDeps, tenantId: string, id: string, target: { documentId: string; question: string } | null): Promise<void> {
  for (const documentId of await writeChunkQuestion(deps, tenantId, id, target)) await syncDocumentVectors(deps, tenantId, documentId);
}

const TENANT_VECTORS_SQL = `
select id, document_id, ordinal, array_to_json(embedding) as embedding, array_to_json(question_embedding) as question_embedding from knowledge_chunks
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
  // The labelled questions (a few per tenant: one per label) in one go.
  const questions = (await deps.db.query<QuestionVectorRow>(TENANT_QUESTION_VECTORS_SQL, [tenantId, deps.embedder.model])).map(questionItems);
  await deps.vectors.upsert(tenantId, questions);
  let total = questions.length;
  for (;;) {
    const rows = await deps.db.query<VectorRow>(TENANT_VECTORS_SQL, [tenantId, deps.embedder.model, after]);
    if (!rows.length) return total;
    const items = rows.flatMap(vectorItems);
    await deps.vectors.upsert(tenantId, items);
    total += items.length;
    after = rows[rows.length - 1].id;
  }
}
