// Section `ai-retrieval`: knowledge retrieval quality and speed on StackFAQ (../shared/data/stackfaq.json:
// 125 threads, each a question, paraphrases and gold answers). Every answer becomes a FAQ document
// (title = the thread's question, body = the answer) of one scratch tenant, indexed the way the
// platform does it (chunkDocument → writeChunks → syncDocumentVectors; real PostgreSQL, real Chroma
// child, offline embedder). Every paraphrase is then asked: a hit is any chunk of the thread's own
// answers. Recall@1/@3 and MRR (over the top 10) for hybrid, dense only and lexical only; latency
// per query; then the tenant is padded past 2,000 chunks and retrieval is timed again.
// A second tenant holds the same answers without their questions (titled "Answer N"), to show what
// the question title contributes (no goal: a harder, answers-only variant).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import type { Row, Section, BenchContext } from '../lib/types.js';
import type { BenchDatabase } from '../lib/database.js';

type Retrieval = typeof import('../../../api/src/modules/knowledge/retrieval.js');
type Chunker = typeof import('../../../api/src/modules/knowledge/chunker.js');
type Embedders = typeof import('../../../api/src/modules/knowledge/embedder.js');
type Vectors = typeof import('../../../api/src/modules/knowledge/vector-store.js');
type ChromaServerModule = typeof import('../../../api/src/modules/knowledge/chroma-server.js');
type ReadPoolModule = typeof import('../../../api/src/db/read-pool.js');

interface Thread {
  question: string;
  paraphrases: string[];
  answers: string[];
}

const asList = (v: unknown): string[] => (Array.isArray(v) ? v : v == null ? [] : [v]).filter((x): x is string => typeof x === 'string');

export function loadStackFaq(file: string): Thread[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { root: { qapair: { question: string; rephr: unknown; answer: unknown }[] } };
  return json.root.qapair.map((p) => ({
    question: p.question,
    // Some paraphrases are a lone "*" placeholder.
    paraphrases: asList(p.rephr).map((r) => r.trim()).filter((r) => r && r !== '*'),
    answers: asList(p.answer).map((a) => a.trim()).filter(Boolean),
  }));
}

const percentile = (values: number[], p: number) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

interface Quality {
  at1: number;
  at3: number;
  mrr: number;
}

/** Recall@1, recall@3 and MRR@10 from the 1-based rank of the first relevant result (null: not in the top 10). */
function quality(ranks: (number | null)[]): Quality {
  const n = ranks.length || 1;
  return {
    at1: ranks.filter((r) => r !== null && r <= 1).length / n,
    at3: ranks.filter((r) => r !== null && r <= 3).length / n,
    mrr: ranks.reduce<number>((s, r) => s + (r !== null && r <= 10 ? 1 / r : 0), 0) / n,
  };
}

const firstHit = (documentIds: string[], relevant: Set<string>) => {
  const i = documentIds.findIndex((d) => relevant.has(d));
  return i < 0 ? null : i + 1;
};

async function scratchTenant(db: BenchDatabase, slug: string): Promise<string> {
  await db.sql(`delete from tenants where slug = $1`, [slug]);
  const id = randomUUID();
  await db.sql(`insert into tenants (id, slug, name, branding, assistant, widget_key) values ($1, $2, $3, '{}', '{}', $4)`, [id, slug, `Bench ${slug}`, `wk_bench_${id}`]);
  return id;
}

async function addDocuments(db: BenchDatabase, tenantId: string, docs: { kind: 'ARTICLE' | 'FAQ'; title: string; body: string }[]): Promise<string[]> {
  const ids = docs.map(() => randomUUID());
  await db.sql(
    `insert into knowledge_documents (id, tenant_id, kind, title, body, status)
     select x.id, $1, x.kind, x.title, x.body, 'PUBLISHED' from jsonb_to_recordset($2::jsonb) as x(id uuid, kind text, title text, body text)`,
    [tenantId, JSON.stringify(docs.map((d, i) => ({ ...d, id: ids[i] })))],
  );
  return ids;
}

export const aiRetrieval: Section = {
  name: 'ai-retrieval',
  description: 'knowledge retrieval on StackFAQ: recall@1/@3 and MRR (hybrid, dense, lexical), latency per query, at 2,000 chunks',
  async run(ctx: BenchContext): Promise<Row[]> {
    // Beside the checkout (../shared), or beside its parent (a worktree under ../wt/<name>), or STACKFAQ_FILE.
    const candidates = [process.env.STACKFAQ_FILE, path.resolve(ctx.root, '../shared/data/stackfaq.json'), path.resolve(ctx.root, '../../shared/data/stackfaq.json')].filter((f): f is string => !!f);
    const file = candidates.find((f) => existsSync(f)) ?? candidates[0];
    if (!existsSync(file)) return [{ figure: 'StackFAQ retrieval', value: 'not measured', note: `${file} is missing`, ok: false }];
    const threads = loadStackFaq(file);

    const load = <T>(rel: string) => import(pathToFileURL(path.join(ctx.apiRoot, rel)).href) as Promise<T>;
    const [retrieval, chunker, embedders, vectors, chroma, readPool] = await Promise.all([
      load<Retrieval>('api/src/modules/knowledge/retrieval.ts'),
      load<Chunker>('api/src/modules/knowledge/chunker.ts'),
      load<Embedders>('api/src/modules/knowledge/embedder.ts'),
      load<Vectors>('api/src/modules/knowledge/vector-store.ts'),
      load<ChromaServerModule>('api/src/modules/knowledge/chroma-server.ts'),
      load<ReadPoolModule>('api/src/db/read-pool.ts'),
    ]);

    const db = await ctx.database();
    const server = await chroma.startChroma({ dir: ctx.tempDir('sb-bench-chroma-') });
    const pool = new readPool.ReadPool(db.url, 4);
    try {
      const deps = {
        db: pool,
        vectors: new vectors.ChromaVectorStore({ url: server.url, namespace: 'bench' }),
        embedder: embedders.createEmbedder({ provider: 'offline' }),
      };
      const rows: Row[] = [];

      /** Chunk, embed, store and sync documents; returns chunk count, words embedded and ms. */
      const index = async (tenantId: string, docs: { kind: 'ARTICLE' | 'FAQ'; title: string; body: string }[], docIds: string[], options?: Parameters<Chunker['chunkDocument']>[1]) => {
        let chunks = 0;
        let words = 0;
        const started = performance.now();
        for (let i = 0; i < docs.length; i++) {
          const cs = chunker.chunkDocument(docs[i], options);
          words += cs.reduce((n, c) => n + c.text.split(/\s+/).filter(Boolean).length, 0);
          chunks += await retrieval.writeChunks(deps, tenantId, docIds[i], cs);
          await retrieval.syncDocumentVectors(deps, tenantId, docIds[i]);
        }
        return { chunks, words, ms: performance.now() - started };
      };

      /** Ask every paraphrase; rank of the first chunk from the thread's own answers, per method. */
      const ask = async (tenantId: string, threadOfDoc: Map<string, number>) => {
        const ranks = { hybrid: [] as (number | null)[], dense: [] as (number | null)[], lexical: [] as (number | null)[] };
        const latencies: number[] = [];
        const parts = { embed: [] as number[], dense: [] as number[], lexical: [] as number[] };
        for (const [t, thread] of threads.entries()) {
          const relevant = new Set([...threadOfDoc].filter(([, n]) => n === t).map(([d]) => d));
          for (const q of thread.paraphrases) {
            const r = await retrieval.retrieve(deps, tenantId, q, { k: 10 });
            latencies.push(r.timings.totalMs);
            parts.embed.push(r.timings.embedMs);
            parts.dense.push(r.timings.denseMs);
            parts.lexical.push(r.timings.lexicalMs);
            ranks.hybrid.push(firstHit(r.chunks.map((c) => c.documentId), relevant));
            const embedding = await embedders.embedQuery(deps.embedder, q); // cached by retrieve
            const dense = await retrieval.denseSearch(deps, tenantId, embedding, 10);
            ranks.dense.push(firstHit(dense.map((c) => c.documentId), relevant));
            const lexical = await retrieval.lexicalSearch(deps.db, tenantId, q, 10);
            ranks.lexical.push(firstHit(lexical.map((c) => c.documentId), relevant));
          }
        }
        const p50s = `p50 of the parts: query embedding ${percentile(parts.embed, 50).toFixed(1)} ms, Chroma ${percentile(parts.dense, 50).toFixed(1)} ms, full text ${percentile(parts.lexical, 50).toFixed(1)} ms (full text runs beside the other two)`;
        return { hybrid: quality(ranks.hybrid), dense: quality(ranks.dense), lexical: quality(ranks.lexical), latencies, p50s, queries: ranks.hybrid.length };
      };

      // 1. FAQ documents: question + one gold answer each.
      const faqTenant = await scratchTenant(db, 'bench-stackfaq');
      const faqDocs = threads.flatMap((t) => t.answers.map((a) => ({ kind: 'FAQ' as const, title: t.question.slice(0, 300), body: a })));
      const faqThread = threads.flatMap((t, n) => t.answers.map(() => n));
      const faqIds = await addDocuments(db, faqTenant, faqDocs);
      ctx.log(`indexing ${faqDocs.length} StackFAQ answers as FAQ documents…`);
      const indexed = await index(faqTenant, faqDocs, faqIds);
      ctx.log(`indexed ${indexed.chunks} chunks in ${Math.round(indexed.ms)} ms; asking ${threads.reduce((n, t) => n + t.paraphrases.length, 0)} paraphrases…`);
      const faq = await ask(faqTenant, new Map(faqIds.map((id, i) => [id, faqThread[i]])));
      const note = `${faq.queries} paraphrases of ${threads.length} threads over ${faqDocs.length} answers (${indexed.chunks} chunks); a hit is any answer of the asked thread`;
      rows.push(
        { figure: 'StackFAQ hybrid recall@1', value: faq.hybrid.at1, decimals: 3, note, goal: { op: '>=', target: 0.85 } },
        { figure: 'StackFAQ hybrid recall@3', value: faq.hybrid.at3, decimals: 3, goal: { op: '>=', target: 0.95 } },
        { figure: 'StackFAQ hybrid MRR@10', value: faq.hybrid.mrr, decimals: 3 },
        { figure: 'StackFAQ dense only recall@1 / @3 / MRR', value: `${faq.dense.at1.toFixed(3)} / ${faq.dense.at3.toFixed(3)} / ${faq.dense.mrr.toFixed(3)}` },
        { figure: 'StackFAQ lexical only recall@1 / @3 / MRR', value: `${faq.lexical.at1.toFixed(3)} / ${faq.lexical.at3.toFixed(3)} / ${faq.lexical.mrr.toFixed(3)}` },
        { figure: `retrieval latency p50 (${indexed.chunks} chunks)`, value: percentile(faq.latencies, 50), unit: 'ms', decimals: 1, note: `per query, a new question each time: embed (offline) + Chroma, beside full text, then the candidates from PostgreSQL and fusion; ${faq.p50s}` },
        { figure: `retrieval latency p95 (${indexed.chunks} chunks)`, value: percentile(faq.latencies, 95), unit: 'ms', decimals: 1 },
        { figure: 'offline embedding while indexing', value: (indexed.chunks / indexed.ms) * 1000, unit: 'chunks/s', decimals: 1, note: `${Math.round((indexed.words / indexed.ms) * 1000)} words/s, including PostgreSQL writes and Chroma sync` },
      );

      // BENCH_RETRIEVAL_QUICK=1: the StackFAQ quality figures only (no answers-only tenant, no padding).
      if (process.env.BENCH_RETRIEVAL_QUICK === '1') {
        await db.sql(`delete from tenants where id = $1`, [faqTenant]);
        await deps.vectors.dropTenant(faqTenant);
        return rows;
      }

      // 2. The same answers without their questions (harder: the answer text alone must match).
      const bareTenant = await scratchTenant(db, 'bench-stackfaq-bare');
      const bareDocs = faqDocs.map((d, i) => ({ kind: 'ARTICLE' as const, title: `Answer ${i + 1}`, body: d.body }));
      const bareIds = await addDocuments(db, bareTenant, bareDocs);
      ctx.log(`indexing the answers alone…`);
      await index(bareTenant, bareDocs, bareIds);
      const bare = await ask(bareTenant, new Map(bareIds.map((id, i) => [id, faqThread[i]])));
      rows.push({
        figure: 'StackFAQ answers only: hybrid / dense / lexical recall@3',
        value: `${bare.hybrid.at3.toFixed(3)} / ${bare.dense.at3.toFixed(3)} / ${bare.lexical.at3.toFixed(3)}`,
        note: 'answers indexed without their question (title "Answer N"); MRR hybrid ' + bare.hybrid.mrr.toFixed(3),
      });
      await db.sql(`delete from tenants where id = $1`, [bareTenant]);
      await deps.vectors.dropTenant(bareTenant);

      // 3. Pad the FAQ tenant past 2,000 chunks (each thread's answers again as one article, split finer), time retrieval.
      let total = indexed.chunks;
      for (const maxTokens of [60, 90, 130, 200]) {
        if (total >= 2000) break;
        const padDocs = threads.map((t) => ({ kind: 'ARTICLE' as const, title: `${t.question.slice(0, 240)} (notes, ${maxTokens})`, body: t.answers.map((a, i) => `## Answer ${i + 1}\n\n${a}`).join('\n\n') }));
        const padIds = await addDocuments(db, faqTenant, padDocs);
        ctx.log(`padding: ${padDocs.length} articles chunked at ≤ ${maxTokens} tokens…`);
        total += (await index(faqTenant, padDocs, padIds, { maxTokens, minTokens: Math.round(maxTokens / 3) })).chunks;
      }
      // A fresh embedder instance: its query cache is empty, so every question is embedded again.
      const uncached = { ...deps, embedder: embedders.createEmbedder({ provider: 'offline' }) };
      const latencies: number[] = [];
      for (const t of threads) for (const q of t.paraphrases.slice(0, 4)) latencies.push((await retrieval.retrieve(uncached, faqTenant, q)).timings.totalMs);
      const chunkCount = await deps.vectors.count(faqTenant);
      rows.push(
        { figure: `retrieval over 2,000 chunks p50`, value: percentile(latencies, 50), unit: 'ms', decimals: 1, note: `${chunkCount} chunks in the tenant (${total} in PostgreSQL), ${latencies.length} new questions` },
        { figure: `retrieval over 2,000 chunks p95`, value: percentile(latencies, 95), unit: 'ms', decimals: 1 },
      );
      await db.sql(`delete from tenants where id = $1`, [faqTenant]);
      return rows;
    } finally {
      await pool.end();
      await server.stop();
    }
  },
};
