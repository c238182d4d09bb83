// Part of section `ai-assistant`: every knowledge base in the repository (both demo tenants from
// the seed, StackFAQ as a third tenant) calibrated by the product itself
// (calibration.service.ts calibrateKnowledge, the code the background job runs), then measured on
// question sets the calibration never saw: HWU64 `test` (everyday requests), the held-out
// near-domain out-of-scope fixtures, FAQ questions with their rewordings, facts inside articles.
// In process (no API server): its own Chroma, read pool and offline embedder, scratch tenants.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import type { Row, BenchContext } from '../lib/types.js';
import type { BenchDatabase } from '../lib/database.js';
import { handedOffShare, type SetFigure } from '../lib/coverage.js';

type Retrieval = typeof import('../../../api/src/modules/knowledge/retrieval.js');
type Chunker = typeof import('../../../api/src/modules/knowledge/chunker.js');
type Embedders = typeof import('../../../api/src/modules/knowledge/embedder.js');
type Vectors = typeof import('../../../api/src/modules/knowledge/vector-store.js');
type ChromaServerModule = typeof import('../../../api/src/modules/knowledge/chroma-server.js');
type ReadPoolModule = typeof import('../../../api/src/db/read-pool.js');
type Confidence = typeof import('../../../api/src/modules/knowledge/answer-confidence.js');
type Calibration = typeof import('../../../api/src/modules/calibration/calibration.service.js');
type OperatingPoints = typeof import('../../../api/src/modules/knowledge/operating-point.js');

type Doc = { kind: 'ARTICLE' | 'FAQ'; title: string; body: string };
interface KnowledgeBase {
  name: string;
  docs: Doc[];
  /** FAQ questions and rewordings of them (answerable). */
  faq: string[];
  /** Questions answered by a fact inside an article (answerable). */
  facts: string[];
  /** Held-out near-domain questions the knowledge does not answer. */
  nearDomain: string[];
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

function demoBase(root: string, slug: string): KnowledgeBase {
  const raw = readJson<{ kind: 'ARTICLE' | 'FAQ'; title?: string; body?: string; question?: string; answer?: string }[]>(path.join(root, 'api/src/boot/seed/data', `${slug}.knowledge.json`));
  const docs: Doc[] = raw.map((d) => ({ kind: d.kind, title: (d.kind === 'FAQ' ? d.question : d.title) ?? '', body: (d.kind === 'FAQ' ? d.answer : d.body) ?? '' }));
  const faqTitles = new Set(docs.filter((d) => d.kind === 'FAQ').map((d) => d.title));
  const rewordings = readJson<Record<string, Record<string, string>>>(path.join(root, 'test/fixtures/calibration/faq-rewordings.json'))[slug] ?? {};
  const faq = [...faqTitles, ...Object.values(rewordings)];
  const facts: string[] = [];
  const nearDomain: string[] = [];
  for (const dir of ['test/fixtures/assistant', 'test/fixtures/assistant/heldout']) {
    const f = readJson<{ inScope: { question: string; expectedTitle: string }[]; outOfScope: (string | { question: string })[] }>(path.join(root, dir, `${slug}.questions.json`));
    for (const q of f.inScope) (faqTitles.has(q.expectedTitle) ? faq : facts).push(q.question);
    // Near-domain unanswerable: the held-out set only (the development set tuned the old global weights).
    if (dir.endsWith('heldout')) for (const q of f.outOfScope) nearDomain.push(typeof q === 'string' ? q : q.question);
  }
  return { name: slug, docs, faq, facts, nearDomain };
}

function stackFaqBase(root: string): KnowledgeBase {
  const threads = readJson<{ question: string; answer: string; rephr: string[] }[]>(path.join(root, 'test/fixtures/stackfaq/stackfaq.json'));
  return {
    name: 'stackfaq',
    docs: threads.map((t) => ({ kind: 'FAQ' as const, title: t.question.slice(0, 300), body: t.answer })),
    faq: threads.flatMap((t) => [t.question, ...t.rephr]),
    facts: [],
    nearDomain: readJson<string[]>(path.join(root, 'test/fixtures/calibration/stackfaq-near-domain.json')),
  };
}

async function scratchTenant(db: BenchDatabase, slug: string): Promise<string> {
  await db.sql(`delete from tenants where slug = $1`, [slug]);
  const id = randomUUID();
  await db.sql(`insert into tenants (id, slug, name, branding, assistant, widget_key) values ($1, $2, $3, '{}', '{}', $4)`, [id, slug, `Bench ${slug}`, `wk_bench_${id}`]);
  return id;
}

const fmt = (f: SetFigure) => `${f.handedOff}/${f.n}`;

export async function coverageFigures(ctx: BenchContext, db: BenchDatabase): Promise<Row[]> {
  const load = <T>(rel: string) => import(pathToFileURL(path.join(ctx.apiRoot, rel)).href) as Promise<T>;
  const [retrieval, chunker, embedders, vectors, chroma, readPool, confidence, calibration, operatingPoints] = await Promise.all([
    load<Retrieval>('api/src/modules/knowledge/retrieval.ts'),
    load<Chunker>('api/src/modules/knowledge/chunker.ts'),
    load<Embedders>('api/src/modules/knowledge/embedder.ts'),
    load<Vectors>('api/src/modules/knowledge/vector-store.ts'),
    load<ChromaServerModule>('api/src/modules/knowledge/chroma-server.ts'),
    load<ReadPoolModule>('api/src/db/read-pool.ts'),
    load<Confidence>('api/src/modules/knowledge/answer-confidence.ts'),
    load<Calibration>('api/src/modules/calibration/calibration.service.ts'),
    load<OperatingPoints>('api/src/modules/knowledge/operating-point.ts'),
  ]);
  const everyday = readFileSync(path.join(ctx.root, 'test/fixtures/calibration/hwu64-test.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  // BENCH_COVERAGE_BASES=northwind,stackfaq: only those knowledge bases.
  const only = process.env.BENCH_COVERAGE_BASES?.split(',');
  const bases = [demoBase(ctx.root, 'northwind'), demoBase(ctx.root, 'harbor-bank'), stackFaqBase(ctx.root)].filter((b) => !only || only.includes(b.name));
  const server = await chroma.startChroma({ dir: ctx.tempDir('sb-bench-cov-chroma-') });
  const pool = new readPool.ReadPool(db.url, 4);
  const rows: Row[] = [];
  const target = 0.9;
  try {
    const deps = { db: pool, vectors: new vectors.ChromaVectorStore({ url: server.url, namespace: 'benchcov', timeoutMs: 30_000 }), embedder: embedders.createEmbedder({ provider: 'offline' }) };
    for (const kb of bases) {
      const tenantId = await scratchTenant(db, `bench-cov-${kb.name}`);
      const ids = kb.docs.map(() => randomUUID());
      await db.sql(
        `insert into knowledge_documents (id, tenant_id, kind, title, body, status, indexing_status, indexed_version)
         select x.id, $1, x.kind, x.title, x.body, 'PUBLISHED', 'INDEXED', 1 from jsonb_to_recordset($2::jsonb) as x(id uuid, kind text, title text, body text)`,
        [tenantId, JSON.stringify(kb.docs.map((d, i) => ({ ...d, id: ids[i] })))],
      );
      const t0 = performance.now();
      for (let i = 0; i < kb.docs.length; i++) {
        await retrieval.writeChunks(deps, tenantId, ids[i], chunker.chunkDocument(kb.docs[i]));
        await retrieval.syncDocumentVectors(deps, tenantId, ids[i]);
      }
      ctx.log(`coverage: ${kb.name}: ${kb.docs.length} documents indexed in ${Math.round(performance.now() - t0)} ms; calibrating…`);
      const cal = await calibration.calibrateKnowledge(deps, tenantId, target);
      const threshold = cal.threshold ?? 0.7;
      // The operating point the product would put in force: the threshold on the calibrated model.
      const point = { threshold, calibrated: cal.threshold !== null, model: cal.model && cal.neighbours ? { weights: cal.model.weights, neighbours: cal.neighbours } : null };
      const score = async (qs: string[]) => {
        await embedders.primeQueryEmbeddings(deps.embedder, qs);
        const out: number[] = [];
        for (const q of qs) {
          const r = await retrieval.retrieve(deps, tenantId, q);
          out.push(r.chunks.length ? await operatingPoints.handoffScore(deps, point, confidence.retrievalEvidence(r.chunks).score, r.query.embedText) : 0);
        }
        return out;
      };
      const [e, n, f, a] = [handedOffShare(await score(everyday), threshold), handedOffShare(await score(kb.nearDomain), threshold), handedOffShare(await score(kb.faq), threshold), handedOffShare(await score(kb.facts), threshold)];
      const p = cal.fit?.point;
      const label = `${kb.name} (calibrated threshold ${threshold.toFixed(3)})`;
      rows.push(
        { figure: `${label}: calibration`, value: cal.tookMs, unit: 'ms', decimals: 0, note: `${cal.counts.answerable} answerable + ${cal.counts.unanswerable} unanswerable probes, target ${target}; on its probes: ${p ? `${(p.answerableHandedOff * 100).toFixed(1)} % answerable handed off, ${(p.unanswerableAnswered * 100).toFixed(1)} % unanswerable answered` : 'no fit'}` },
        { figure: `${kb.name}: everyday requests handed off (HWU64 test)`, value: e.share, decimals: 3, goal: { op: '>=', target: 0.95 }, note: fmt(e) },
        { figure: `${kb.name}: near-domain unanswerable handed off (held-out)`, value: n.n ? n.share : null, decimals: 3, goal: { op: '>=', target: 0.9 }, note: fmt(n) },
        { figure: `${kb.name}: FAQ questions and rewordings handed off`, value: f.share, decimals: 3, goal: { op: '<=', target: 0.05 }, note: fmt(f) },
        { figure: `${kb.name}: facts inside articles handed off`, value: a.n ? a.share : null, decimals: 3, goal: a.n ? { op: '<=', target: 0.15 } : undefined, note: a.n ? fmt(a) : 'no articles' },
      );
      for (const r of rows.slice(-5)) ctx.log(`${r.figure}: ${typeof r.value === 'number' ? r.value.toFixed(3) : r.value} ${r.note ?? ''}`);
      const nearOk = !n.n || n.share >= 0.9;
      const answerOk = f.share <= 0.05 && (!a.n || a.share <= 0.15);
      if ((!nearOk || !answerOk) && cal.fit) {
        // The goals cannot all hold at the point chosen: show the curve the product chose from.
        const curve = cal.fit.curve.filter((c) => Math.round(c.threshold * 100) % 5 === 0 || c.threshold === Math.round(threshold * 1e4) / 1e4);
        rows.push({ figure: `${kb.name}: calibration curve (threshold: answerable handed off / unanswerable answered, on probes)`, value: curve.map((c) => `${c.threshold.toFixed(2)}: ${c.answerableHandedOff.toFixed(2)}/${c.unanswerableAnswered.toFixed(2)}`).join('  '), note: `chosen ${threshold.toFixed(3)}` });
      }
      await db.sql(`delete from tenants where id = $1`, [tenantId]);
      await deps.vectors.dropTenant(tenantId);
    }
  } finally {
    await pool.end();
    await server.stop();
  }
  return rows;
}
