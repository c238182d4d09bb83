// Hybrid retrieval against real PostgreSQL (this file's clone of the seeded template) and a real
// Chroma child: quality on the demo questions, tenant isolation on both sides, deletes, rebuilds
// from PostgreSQL, Chroma outages, and how the two sides' scores are fused.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadPool } from '../../../api/src/db/read-pool.js';
import { startChroma, type ChromaServer } from '../../../api/src/modules/knowledge/chroma-server.js';
import { charGramSimilarities } from '../../../api/src/modules/knowledge/char-grams.js';
import { chunkDocument } from '../../../api/src/modules/knowledge/chunker.js';
import { forgetChunkVectors } from '../../../api/src/modules/knowledge/chunk-vectors.js';
import { createEmbedder, embedQuery } from '../../../api/src/modules/knowledge/embedder.js';
import {
  chunkId,
  denseSearch,
  fusedScore,
  LEXICAL_WEIGHT,
  lexicalSearch,
  rebuildTenantVectors,
  retrieve,
  syncDocumentVectors,
  writeChunks,
  type RetrievalDeps,
} from '../../../api/src/modules/knowledge/retrieval.js';
import { ChromaVectorStore, collectionName, VectorStoreUnavailable } from '../../../api/src/modules/knowledge/vector-store.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';

describe('score fusion', () => {
  it('adds full-text evidence to the cosine as a share of the query, counting a match in the question above one in the answer', () => {
    // No full-text evidence: the cosine alone. A chunk holding every query word at saturation (BM25 = 2.2 · Σ idf) gains LEXICAL_WEIGHT.
    expect(fusedScore(0.62, null, 4)).toBe(0.62);
    expect(fusedScore(0.62, { score: 8.8, questionScore: 0 }, 4)).toBeCloseTo(0.62 + LEXICAL_WEIGHT, 12);
    // The same words in the FAQ's question rather than only in its answer.
    expect(fusedScore(0.6, { score: 5, questionScore: 3 }, 4)).toBeGreaterThan(fusedScore(0.6, { score: 5, questionScore: 0 }, 4));
    // How far apart two candidates are counts, not only their order: a large lexical lead overturns a
    // small dense one, a small lexical lead does not overturn a large dense one.
    expect(fusedScore(0.7, { score: 6, questionScore: 0 }, 4)).toBeGreaterThan(fusedScore(0.72, { score: 2, questionScore: 0 }, 4));
    expect(fusedScore(0.6, { score: 2.2, questionScore: 0 }, 4)).toBeLessThan(fusedScore(0.9, { score: 1.1, questionScore: 0 }, 4));
    // Scale-free: a tenant whose BM25 and idf are all twice as large orders its chunks the same way.
    expect(fusedScore(0.5, { score: 6, questionScore: 2 }, 4)).toBeCloseTo(fusedScore(0.5, { score: 12, questionScore: 4 }, 8), 12);
  });

  it('scores letters shared with the question among the candidates: variants meet, in any order', () => {
    const titles = ['How do I strikethrough text in Gmail?', 'Send urgent mail in Gmail', 'Export Gmail messages to text or HTML files'];
    // "strike through" and "crossed" are no word of any title, but share letters with the first.
    const [strike, urgent, exportTitle] = charGramSimilarities('How can I strike through my text in gmail?', titles);
    expect(strike).toBeGreaterThan(urgent);
    expect(strike).toBeGreaterThan(exportTitle);
    // The same candidates in another order: the same scores (the idf is the candidates', not their order's).
    expect(charGramSimilarities('strike through', [...titles].reverse()).reverse()).toEqual(charGramSimilarities('strike through', titles));
  });
});

describe('collection names', () => {
  it('follow Chroma’s rules', () => {
    const tenant = '7f8e2a4c-1111-4222-8333-944445555666';
    expect(collectionName('switchboard', tenant)).toBe(`switchboard-${tenant}`);
    expect(collectionName('..test run #7..', tenant)).toBe(`test-run-7.-${tenant}`);
    expect(collectionName('', 'a')).toBe('a00');
    const long = collectionName('n'.repeat(600), tenant);
    expect(long.length).toBeLessThanOrEqual(512);
    expect(long.endsWith(tenant)).toBe(true);
    for (const name of [collectionName('_x_', '_y_'), collectionName('a..b', 'c')]) {
      expect(name).toMatch(/^[a-zA-Z0-9][a-zA-Z0-9._-]{1,510}[a-zA-Z0-9]$/);
      expect(name).not.toContain('..');
    }
  });
});

describe('against PostgreSQL and Chroma', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sb-retrieval-'));
  let chroma: ChromaServer;
  let pool: ReadPool;
  let url: string;
  let deps: RetrievalDeps;
  const tenants: Record<string, string> = {};
  const titles = new Map<string, string>(); // document id → title

  beforeAll(async () => {
    url = await fileDatabaseUrl();
    pool = new ReadPool(url, 4);
    chroma = await startChroma({ dir });
    deps = { db: pool, vectors: new ChromaVectorStore({ url: chroma.url, namespace: `t${randomBytes(4).toString('hex')}` }), embedder: createEmbedder({ provider: 'offline' }) };
    for (const t of await sql<{ id: string; slug: string }>(url, `select id, slug from tenants where slug in ('northwind', 'harbor-bank')`)) tenants[t.slug] = t.id;
    const docs = await sql<{ id: string; tenant_id: string; kind: 'ARTICLE' | 'FAQ'; title: string; body: string }>(url, `select id, tenant_id, kind, title, body from knowledge_documents where status = 'PUBLISHED'`);
    for (const d of docs) {
      titles.set(d.id, d.title);
      await writeChunks(deps, d.tenant_id, d.id, chunkDocument(d));
      await syncDocumentVectors(deps, d.tenant_id, d.id);
    }
  }, 120_000);

  afterAll(async () => {
    await pool?.end();
    await chroma?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const slug of ['northwind', 'harbor-bank']) {
    it(`finds the expected ${slug} document first for most in-scope questions, and in the top 3 for nearly all`, async () => {
      const { inScope } = JSON.parse(readFileSync(path.resolve(`test/fixtures/assistant/${slug}.questions.json`), 'utf8')) as { inScope: { question: string; expectedTitle: string }[] };
      let top1 = 0;
      let top3 = 0;
      const misses: string[] = [];
      for (const q of inScope) {
        const { chunks, timings } = await retrieve(deps, tenants[slug], q.question, { k: 3 });
        expect(chunks.length).toBeGreaterThan(0);
        expect(timings.totalMs).toBeGreaterThan(0);
        const found = chunks.map((c) => c.title);
        if (found[0] === q.expectedTitle) top1++;
        if (found.includes(q.expectedTitle)) top3++;
        else misses.push(`${q.question} → ${found.join(' | ')}`);
      }
      const rate = top3 / inScope.length;
      console.log(`[retrieval] ${slug}: expected document at 1 for ${top1}/${inScope.length}, in the top 3 for ${top3}/${inScope.length} (${rate.toFixed(2)})${misses.length ? `; missed:\n  ${misses.join('\n  ')}` : ''}`);
      expect(rate).toBeGreaterThanOrEqual(0.8);
      // Score fusion (cosine + full-text share, the question field counted apart) puts it first for
      // 22/30 and 20/30 (2026-12-07); reciprocal rank fusion managed 17/30 and 19/30.
      expect(top1 / inScope.length).toBeGreaterThanOrEqual(0.6);
    });
  }

  it('returns chunks with their document, path, scores and ranks', async () => {
    const { chunks } = await retrieve(deps, tenants.northwind, 'How many loyalty points do I get for each euro I spend?');
    expect(chunks).toHaveLength(5);
    const best = chunks[0];
    expect(best.title).toBe('Trail Points loyalty programme');
    expect(best.kind).toBe('ARTICLE');
    expect(best.headingPath[0]).toBe(best.title);
    expect(best.chunkId).toBe(chunkId(best.documentId, best.ordinal));
    expect(best.similarity).toBeGreaterThan(0.3);
    expect(best.lexicalRank).not.toBeNull();
    expect(best.lexicalScore).toBeGreaterThan(0);
    expect(best.denseRank).not.toBeNull();
    for (let i = 1; i < chunks.length; i++) expect(chunks[i].score).toBeLessThanOrEqual(chunks[i - 1].score);
    for (const c of chunks) expect(c.similarity).toEqual(expect.any(Number)); // known for every chunk, also those found by full text only
  });

  it('answers a blank question with nothing, without asking anyone', async () => {
    const broken: RetrievalDeps = { db: { query: () => Promise.reject(new Error('no')) }, vectors: null as never, embedder: null as never };
    expect(await retrieve(broken, tenants.northwind, '   ')).toEqual({ chunks: [], query: { text: '', embedText: '', corrections: [], variants: [] }, timings: { embedMs: 0, denseMs: 0, lexicalMs: 0, totalMs: 0 } });
  });

  it('never returns another tenant’s chunks, on either side', async () => {
    const northwindDocs = new Set((await sql<{ id: string }>(url, `select id from knowledge_documents where tenant_id = $1`, [tenants.northwind])).map((r) => r.id));
    const q = 'Trail Points loyalty programme Summit tier Northwind backpack warranty';
    // Lexical: the words are only in Northwind's documents.
    expect((await lexicalSearch(pool, tenants.northwind, q, 20)).length).toBeGreaterThan(0);
    const lexical = await lexicalSearch(pool, tenants['harbor-bank'], q, 50);
    expect(lexical.filter((h) => northwindDocs.has(h.documentId))).toEqual([]);
    // Dense: Harbor's collection holds Harbor's vectors only.
    const [embedding] = await deps.embedder.embed([q]);
    const dense = await denseSearch(deps, tenants['harbor-bank'], embedding, 100);
    expect(dense.length).toBeGreaterThan(0);
    expect(dense.filter((h) => northwindDocs.has(h.documentId))).toEqual([]);
    const { chunks } = await retrieve(deps, tenants['harbor-bank'], q, { k: 10, candidates: 50 });
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.filter((c) => northwindDocs.has(c.documentId))).toEqual([]);
    // A write naming another tenant's document writes nothing.
    const someNorthwindDoc = [...northwindDocs][0];
    expect(await writeChunks(deps, tenants['harbor-bank'], someNorthwindDoc, chunkDocument({ kind: 'FAQ', title: 'Q?', body: 'A.' }))).toBe(0);
    expect((await sql(url, `select 1 from knowledge_chunks where document_id = $1 and tenant_id = $2`, [someNorthwindDoc, tenants['harbor-bank']])).length).toBe(0);
  });

  it('rewrites a document’s chunks idempotently, reporting progress', async () => {
    const [doc] = await sql<{ id: string; title: string; body: string; kind: 'ARTICLE' }>(url, `select id, title, body, kind from knowledge_documents where tenant_id = $1 and kind = 'ARTICLE' order by title limit 1`, [tenants.northwind]);
    const fine = chunkDocument(doc, { maxTokens: 80, minTokens: 30 });
    expect(fine.length).toBeGreaterThan(3);
    const progress: number[] = [];
    expect(await writeChunks(deps, tenants.northwind, doc.id, fine, (f) => void progress.push(f))).toBe(fine.length);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    const rows = () => sql<{ id: string; ordinal: number; embedding_model: string; n: number }>(url, `select id, ordinal, embedding_model, cardinality(embedding) as n from knowledge_chunks where document_id = $1 order by ordinal`, [doc.id]);
    const first = await rows();
    expect(first.map((r) => r.ordinal)).toEqual(fine.map((_, i) => i));
    expect(first.every((r) => r.embedding_model === deps.embedder.model && r.n === 512)).toBe(true);
    // Again: same rows, same ids.
    await writeChunks(deps, tenants.northwind, doc.id, fine);
    expect(await rows()).toEqual(first);
    // Back to the default chunking: the surplus rows go; the vectors follow on sync.
    const normal = chunkDocument(doc);
    await writeChunks(deps, tenants.northwind, doc.id, normal);
    expect((await rows()).map((r) => r.id)).toEqual(normal.map((c) => chunkId(doc.id, c.ordinal)));
    const before = await deps.vectors.count(tenants.northwind);
    await syncDocumentVectors(deps, tenants.northwind, doc.id);
    expect(await deps.vectors.count(tenants.northwind)).toBe(before);
    // One vector per chunk, and one more per FAQ question.
    const pgCount = await sql<{ n: number }>(url, `select (count(*) + count(question_embedding))::int as n from knowledge_chunks where tenant_id = $1`, [tenants.northwind]);
    expect(await deps.vectors.count(tenants.northwind)).toBe(pgCount[0].n);
  });

  it('forgets a deleted document: at once in results, and in Chroma after the sync', async () => {
    const tenant = tenants['harbor-bank'];
    const id = randomUUID();
    await sql(url, `insert into knowledge_documents (id, tenant_id, kind, title, body, status) values ($1, $2, 'FAQ', 'Do you lend kayaks to customers?', 'Yes: every branch lends a kayak for a weekend, free for account holders.', 'PUBLISHED')`, [id, tenant]);
    const [doc] = await sql<{ kind: 'FAQ'; title: string; body: string }>(url, `select kind, title, body from knowledge_documents where id = $1`, [id]);
    await writeChunks(deps, tenant, id, chunkDocument(doc));
    await syncDocumentVectors(deps, tenant, id);
    const q = 'Can I borrow a kayak from the bank?';
    expect((await retrieve(deps, tenant, q)).chunks[0].documentId).toBe(id);
    const before = await deps.vectors.count(tenant);

    await sql(url, `delete from knowledge_documents where id = $1`, [id]); // chunks go by cascade
    expect((await retrieve(deps, tenant, q)).chunks.map((c) => c.documentId)).not.toContain(id); // PostgreSQL decides
    expect(await syncDocumentVectors(deps, tenant, id)).toBe(0);
    expect(await deps.vectors.count(tenant)).toBe(before - 2); // the FAQ's chunk and its question
    const [embedding] = await deps.embedder.embed([q]);
    expect((await deps.vectors.query(tenant, embedding, 100)).map((h) => h.documentId)).not.toContain(id);
  });

  it('finds a FAQ by its question, one hit per document, copies of one question not filling the top, misspellings corrected per tenant', async () => {
    const tenant = tenants['harbor-bank'];
    const add = async (kind: 'ARTICLE' | 'FAQ', title: string, body: string) => {
      const id = randomUUID();
      await sql(url, `insert into knowledge_documents (id, tenant_id, kind, title, body, status) values ($1, $2, $3, $4, $5, 'PUBLISHED')`, [id, tenant, kind, title, body]);
      await writeChunks(deps, tenant, id, chunkDocument({ kind, title, body }));
      await syncDocumentVectors(deps, tenant, id);
      return id;
    };
    const paddle = (i: number) => `The harbour marina keeps canoes and paddle boards for members. Section ${i}: life jackets are checked every spring, boats are cleaned after each trip, and the boathouse opens at eight. `.repeat(6);
    const article = await add('ARTICLE', 'The marina boathouse handbook', Array.from({ length: 8 }, (_, i) => `## Boathouse part ${i + 1}\n\n${paddle(i)}`).join('\n\n'));
    const faq = await add('FAQ', 'Do you lend canoes to customers?', `Account holders may take one for a weekend. ${paddle(99)}`);
    const copy = await add('FAQ', 'Do you lend canoes to customers?', 'Yes, ask at any branch.');
    try {
      const q = 'Can customers borrow a canoe?';
      const r = await retrieve(deps, tenant, q, { k: 5 });
      const docs = r.chunks.map((c) => c.documentId);
      expect(new Set(docs).size).toBe(docs.length); // documents, each by its best chunk: the 8-part article appears once
      expect(docs.filter((d) => d === article).length).toBeLessThanOrEqual(1);
      // The FAQ whose long answer never says "borrow" is found by its question, and first.
      expect([faq, copy]).toContain(docs[0]);
      // The long FAQ's similarity is its question's, above what its whole chunk (question + long answer) scores.
      const [embedding] = await deps.embedder.embed([r.query.embedText]);
      const [chunkOnly] = await sql<{ s: number }>(url, `select (select sum(a * b) from unnest(embedding, $2::real[]) as v(a, b)) as s from knowledge_chunks where document_id = $1 and ordinal = 0`, [faq, embedding]);
      const hit = (await retrieve(deps, tenant, q, { k: 100 })).chunks.find((c) => c.documentId === faq)!; // (the copy that is not the entry's lead comes after every entry)
      expect(hit.similarity!).toBeGreaterThan(Number(chunkOnly.s));
      // Two copies of one question do not take the first two places while another document matches.
      expect(r.chunks[1].title).not.toBe(r.chunks[0].title);
      expect(docs).toContain(article);

      // Spelling: corrected with this tenant's words (both sides search the corrected text) …
      const typo = await retrieve(deps, tenant, 'Can I take one of the cnaoes out from the marnia?', { k: 3 });
      expect(typo.query.corrections).toEqual([
        { from: 'cnaoes', to: 'canoes' },
        { from: 'marnia', to: 'marina' },
      ]);
      expect(typo.query.text).toBe('Can I take one of the canoes out from the marina?');
      expect([faq, copy, article]).toContain(typo.chunks[0].documentId);
      // … never with another tenant's: Northwind knows no marina.
      expect((await retrieve(deps, tenants.northwind, 'Can I take one of the cnaoes out from the marnia?', { k: 3 })).query.corrections.map((c) => c.to)).not.toContain('marina');
    } finally {
      await sql(url, `delete from knowledge_documents where id = any($1::uuid[])`, [[article, faq, copy]]);
      for (const id of [article, faq, copy]) await syncDocumentVectors(deps, tenant, id);
    }
  });

  it('scores candidates from this instance’s copy of their vectors, exactly as PostgreSQL computes the cosine, and re-reads a chunk that changed', async () => {
    const tenant = tenants.northwind;
    const question = 'How do I wash my rain jacket?';
    // What the candidates statement sent: the rows that carried vectors (array_send) came from PostgreSQL, the others from the cache.
    const sent: { id: string; vectors: boolean }[] = [];
    const recording: RetrievalDeps = {
      ...deps,
      db: {
        query: async (text, values) => {
          const rows = await pool.query(text, values);
          if (text.includes('array_send')) for (const r of rows as { id: string; embedding: unknown }[]) sent.push({ id: r.id, vectors: r.embedding !== null });
          return rows as never;
        },
      },
    };
    // The cosine as SQL computes it (the chunk, its FAQ question, its labelled questions): what retrieval returned before the cache.
    const sqlSimilarity = async (ids: string[], embedding: number[]) =>
      new Map(
        (
          await sql<{ id: string; s: number }>(
            url,
            `select c.id, greatest((select sum(a * b) from unnest(c.embedding, $2::real[]) v(a, b)), (select sum(a * b) from unnest(c.question_embedding, $2::real[]) v(a, b)),
               (select max((select sum(a * b) from unnest(q.embedding, $2::real[]) v(a, b))) from knowledge_chunk_questions q where q.tenant_id = c.tenant_id and q.document_id = c.document_id and q.ordinal = c.ordinal)) as s
             from knowledge_chunks c where c.id = any($1::uuid[])`,
            [ids, embedding],
          )
        ).map((r) => [r.id, Number(r.s)]),
      );
    forgetChunkVectors();
    const cold = await retrieve(recording, tenant, question, { k: 50 });
    const embedding = await embedQuery(deps.embedder, cold.query.embedText);
    expect(sent.length).toBeGreaterThan(5);
    expect(sent.every((r) => r.vectors)).toBe(true); // a cold instance reads every candidate's vectors
    const exact = await sqlSimilarity(cold.chunks.map((c) => c.chunkId), embedding);
    for (const c of cold.chunks) expect(c.similarity).toBe(exact.get(c.chunkId)); // the same double, not merely close

    sent.length = 0;
    const warm = await retrieve(recording, tenant, question, { k: 50 });
    expect(sent.some((r) => r.vectors)).toBe(false); // warm: no vector crosses the wire
    expect(warm.chunks).toEqual(cold.chunks);

    // A chunk rewritten in place (same id, new vector) is read again in the same statement: never a stale score.
    const target = cold.chunks[1].chunkId;
    const [saved] = await sql<{ embedding: number[] }>(url, `select embedding from knowledge_chunks where id = $1`, [target]);
    await sql(url, `update knowledge_chunks set embedding = (select embedding from knowledge_chunks where tenant_id = $2 and id <> $1 order by id limit 1) where id = $1`, [target, tenant]);
    try {
      sent.length = 0;
      const changed = await retrieve(recording, tenant, question, { k: 50 });
      expect(sent.filter((r) => r.vectors).map((r) => r.id)).toEqual([target]);
      const now = await sqlSimilarity([target], embedding);
      expect(now.get(target)).not.toBe(exact.get(target));
      expect(changed.chunks.find((c) => c.chunkId === target)?.similarity).toBe(now.get(target));
    } finally {
      await sql(url, `update knowledge_chunks set embedding = $2 where id = $1`, [target, saved.embedding]);
    }
  });

  it('rebuilds a lost collection from PostgreSQL, giving the same results', async () => {
    const tenant = tenants.northwind;
    const questions = ['Can I pay with Klarna on the US website?', 'How do I wash my rain jacket?', 'Where is my parcel?'];
    const before = await Promise.all(questions.map((q) => retrieve(deps, tenant, q)));
    const count = await deps.vectors.count(tenant);

    await deps.vectors.dropTenant(tenant);
    expect(await deps.vectors.count(tenant)).toBe(0);
    const [embedding] = await deps.embedder.embed([questions[0]]);
    expect(await deps.vectors.query(tenant, embedding, 5)).toEqual([]); // a missing collection is empty, not an error
    await deps.vectors.deleteDocument(tenant, randomUUID());

    expect(await rebuildTenantVectors(deps, tenant)).toBe(count);
    expect(await deps.vectors.count(tenant)).toBe(count);
    const after = await Promise.all(questions.map((q) => retrieve(deps, tenant, q)));
    const view = (r: typeof before) => r.map((x) => x.chunks.map((c) => [c.chunkId, c.denseRank, c.lexicalRank, c.similarity!.toFixed(5)]));
    expect(view(after)).toEqual(view(before));
  });

  it('keeps namespaces apart on one Chroma', async () => {
    const other = new ChromaVectorStore({ url: chroma.url, namespace: 'another-test-file' });
    expect(await other.count(tenants.northwind)).toBe(0);
    expect(await deps.vectors.count(tenants.northwind)).toBeGreaterThan(0);
  });

  it('rejects quickly with VectorStoreUnavailable when Chroma is down or hangs', async () => {
    // A second Chroma, stopped after indexing.
    const dir2 = mkdtempSync(path.join(os.tmpdir(), 'sb-retrieval-down-'));
    const down = await startChroma({ dir: dir2 });
    const store = new ChromaVectorStore({ url: down.url, namespace: 'down' });
    const d2: RetrievalDeps = { ...deps, vectors: store };
    expect(await store.heartbeat()).toBe(true);
    expect(await rebuildTenantVectors(d2, tenants.northwind)).toBeGreaterThan(0);
    await down.stop();
    rmSync(dir2, { recursive: true, force: true });
    expect(await store.heartbeat()).toBe(false);
    let t0 = performance.now();
    const error = await retrieve(d2, tenants.northwind, 'Do you ship to Norway?').catch((e) => e);
    expect(error).toBeInstanceOf(VectorStoreUnavailable);
    expect(performance.now() - t0).toBeLessThan(3000);
    await expect(store.upsert(tenants.northwind, [{ id: randomUUID(), embedding: new Array(512).fill(0.04), documentId: randomUUID(), ordinal: 0 }])).rejects.toBeInstanceOf(VectorStoreUnavailable);

    // A server that accepts connections and never answers: the timeout decides.
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const hanging = new ChromaVectorStore({ url: `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`, namespace: 'hang', timeoutMs: 1000 });
    t0 = performance.now();
    const timeout = await retrieve({ ...deps, vectors: hanging }, tenants.northwind, 'Do you ship to Norway?').catch((e) => e);
    expect(timeout).toBeInstanceOf(VectorStoreUnavailable);
    expect(performance.now() - t0).toBeLessThan(2500);
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => silent.close(() => r()));
  });
});
