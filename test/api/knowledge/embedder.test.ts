// Embedders: the offline Universal Sentence Encoder, the OpenAI-compatible HTTP provider (against a
// fake server on 127.0.0.1), and the query-embedding cache.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbedder, embedQuery, LruCache, type Embedder } from '../../../api/src/modules/knowledge/embedder.js';
import { OfflineEmbedder, batches } from '../../../api/src/modules/knowledge/embedders/offline.js';
import { EmbeddingProviderError, OpenAiEmbedder } from '../../../api/src/modules/knowledge/embedders/openai.js';

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);
const norm = (a: number[]) => Math.sqrt(dot(a, a));

describe('offline embedder', () => {
  const embedder = createEmbedder({ provider: 'offline' });

  it('gives unit vectors of 512 dimensions, in input order, the same every time', { timeout: 60_000 }, async () => {
    expect(embedder).toBeInstanceOf(OfflineEmbedder);
    expect(embedder.dimensions).toBe(512);
    const texts = ['How long does delivery to Spain take?', '', 'Gift cards never expire.', 'x '.repeat(600), 'Standard shipping to EU countries takes 3-5 business days.'];
    const vectors = await embedder.embed(texts);
    expect(vectors).toHaveLength(texts.length);
    for (const v of vectors) {
      expect(v).toHaveLength(512);
      expect(v.every(Number.isFinite)).toBe(true);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
    // Each text alone gives the same vector as in the batch (the batch is reordered by length inside).
    const alone = await embedder.embed([texts[4]]);
    expect(dot(alone[0], vectors[4])).toBeCloseTo(1, 5);
    // Meaning: the delivery question is closer to the shipping sentence than to the gift-card one.
    expect(dot(vectors[0], vectors[4])).toBeGreaterThan(dot(vectors[0], vectors[2]) + 0.1);
  });

  it('never holds the event loop while it embeds (the model runs in a worker thread)', { timeout: 60_000 }, async () => {
    await embedder.embed(['warm the model up']);
    const texts = Array.from({ length: 48 }, (_, i) => `Article ${i}: ` + 'standard delivery to the Netherlands takes two to four working days '.repeat(8));
    let worst = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 5);
    const t0 = performance.now();
    await embedder.embed(texts);
    const took = performance.now() - t0;
    clearInterval(tick);
    // ≈ 3,500 words: seconds of model time; on the event loop each batch would stall it ≈ 0.5–0.7 s.
    // 250 ms leaves room for a busy 2-core machine descheduling this thread, and none for a batch.
    expect(took).toBeGreaterThan(300);
    expect(worst).toBeLessThan(250);
  });

  it('embeds in batches bounded by texts and words, so the event loop is never held long', () => {
    const texts = [...Array(40).fill('short text'), 'w '.repeat(700), 'w '.repeat(700)];
    const b = batches(texts, 16, 800);
    expect(b.map((x) => x.length)).toEqual([16, 16, 9, 1]); // 8 short texts + 700 words ≤ 800; the next one would not fit
    expect(b.flat()).toEqual(texts);
  });

  it('lets a query through between the batches of a long job', { timeout: 60_000 }, async () => {
    const long = Array.from({ length: 64 }, (_, i) => `Paragraph ${i}: ` + 'the tent pole warranty covers breakage in normal use '.repeat(12));
    const job = embedder.embed(long);
    await new Promise((r) => setTimeout(r, 20));
    const t0 = performance.now();
    let queryDone = 0;
    await embedder.embed(['where is my parcel?']).then(() => (queryDone = performance.now()));
    const jobDone = await job.then(() => performance.now());
    expect(queryDone).toBeLessThan(jobDone); // the query did not wait for the whole job
    expect(queryDone - t0).toBeLessThan(6000);
  });
});

describe('query embedding cache', () => {
  class Counting implements Embedder {
    readonly model = 'counting';
    readonly dimensions = 2;
    calls = 0;
    fail = false;
    async embed(texts: string[]) {
      this.calls++;
      if (this.fail) throw new Error('provider down');
      return texts.map((t) => [t.length, 1]);
    }
  }

  it('embeds the same question once (whitespace aside), per embedder', async () => {
    const e = new Counting();
    const a = await embedQuery(e, 'Where is my parcel?');
    const b = await embedQuery(e, '  Where is   my parcel? ');
    expect(b).toBe(a);
    await Promise.all([embedQuery(e, 'new question'), embedQuery(e, 'new question')]);
    expect(e.calls).toBe(2);
    const other = new Counting();
    await embedQuery(other, 'Where is my parcel?');
    expect(other.calls).toBe(1);
  });

  it('does not remember a failure', async () => {
    const e = new Counting();
    e.fail = true;
    await expect(embedQuery(e, 'hello')).rejects.toThrow('provider down');
    e.fail = false;
    await expect(embedQuery(e, 'hello')).resolves.toEqual([5, 1]);
  });

  it('evicts the least recently used entry', () => {
    const lru = new LruCache<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([1, undefined, 3, 2]);
  });
});

describe('OpenAI-compatible provider', () => {
  let server: http.Server;
  let baseUrl: string;
  const requests: { path: string; auth: string | undefined; body: { model: string; input: string[]; dimensions?: number } }[] = [];
  let failures: number[] = []; // statuses to answer before succeeding

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (d) => (raw += d));
      req.on('end', () => {
        const body = JSON.parse(raw);
        requests.push({ path: req.url!, auth: req.headers.authorization, body });
        const status = failures.shift();
        if (status) {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: `fake ${status}` } }));
          return;
        }
        // Deterministic 3-d vectors, deliberately unnormalised and listed in reverse order.
        const data = body.input.map((t: string, index: number) => ({ object: 'embedding', index, embedding: [t.length, 2, 0] })).reverse();
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('speaks the /v1/embeddings format, in batches, and normalises in input order', async () => {
    requests.length = 0;
    const e = new OpenAiEmbedder({ apiKey: 'sk-test', model: 'my-embed', baseUrl: `${baseUrl}/`, batchSize: 2 });
    expect(e.dimensions).toBe(0); // unknown model: learnt from the first answer
    const vectors = await e.embed(['a', 'bbbb', 'cc', 'dddddd', 'e']);
    expect(requests.map((r) => r.body.input)).toEqual([['a', 'bbbb'], ['cc', 'dddddd'], ['e']]);
    expect(requests.every((r) => r.path === '/v1/embeddings' && r.auth === 'Bearer sk-test' && r.body.model === 'my-embed')).toBe(true);
    expect(vectors.map((v) => v.map((x) => Number(x.toFixed(3))))).toEqual([
      [0.447, 0.894, 0],
      [0.894, 0.447, 0],
      [0.707, 0.707, 0],
      [0.949, 0.316, 0],
      [0.447, 0.894, 0],
    ]);
    expect(e.dimensions).toBe(3);
  });

  it('retries on 429 and 5xx, and fails clearly on other errors', async () => {
    requests.length = 0;
    failures = [503, 429];
    const e = createEmbedder({ provider: 'openai', apiKey: 'sk-test', baseUrl, model: 'text-embedding-3-small' });
    expect(e.dimensions).toBe(1536);
    await expect(e.embed(['hello'])).resolves.toHaveLength(1);
    expect(requests).toHaveLength(3);

    failures = [400];
    const error = await e.embed(['hello']).catch((x) => x);
    expect(error).toBeInstanceOf(EmbeddingProviderError);
    expect(error.status).toBe(400);
    expect(error.message).toContain('fake 400');
  });

  it('asks for a configured dimension count and needs a key', async () => {
    requests.length = 0;
    await createEmbedder({ provider: 'openai', apiKey: 'k', baseUrl, dimensions: 256 }).embed(['x']);
    expect(requests[0].body.dimensions).toBe(256);
    expect(() => createEmbedder({ provider: 'openai' })).toThrow(/API key/);
  });
});
