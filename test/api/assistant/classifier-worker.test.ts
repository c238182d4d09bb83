// Training the classifier never freezes the instance: it runs in a worker thread while every
// other tenant keeps being served; the same data always gives the same model; the first
// classifications after a training load the model once between them.
import http from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { gql } from '../../helpers/graphql.js';
import { until } from '../../helpers/ws.js';
import { bitextExamples } from '../../../api/src/boot/seed/seed.js';
import { asAdmin } from '../../helpers/as.js';

let server: TestServer;
let db: string;
let admin: string;
let tenantId: string;

const ADD = `mutation($i: AddTrainingExamplesInput!) { addTrainingExamples(input: $i) { added total } }`;
const TRAIN = `mutation { trainClassifier { status } }`;

type Example = { text: string; intent: string; category: string | null };

async function upload(examples: Example[]): Promise<void> {
  // In slices: one request stays far under any body limit.
  for (let i = 0; i < examples.length; i += 2500) {
    const r = await gql(server.graphqlUrl, ADD, { i: { examples: examples.slice(i, i + 2500), replace: i === 0 } }, { token: admin });
    expect(r.errors).toBeUndefined();
  }
}

const stored = async () =>
  (await sql<{ status: string; trained_at: string | null; accuracy: number | null; hash: string | null }>(
    db,
    `select status, trained_at::text, accuracy, md5(model::text) as hash from classifier_models where tenant_id = $1`,
    [tenantId],
  ))[0];

/** Ask for a training and wait until a model newer than the current one is stored. */
async function train(timeoutMs = 30_000) {
  const before = (await stored())?.trained_at ?? null;
  expect((await gql(server.graphqlUrl, TRAIN, {}, { token: admin })).errors).toBeUndefined();
  await until(async () => {
    const s = await stored();
    return s?.status === 'READY' && s.trained_at !== before;
  }, timeoutMs, () => 'training did not finish');
  return stored();
}

beforeAll(async () => {
  db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db });
  admin = await asAdmin(server);
  [{ id: tenantId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
});

describe('classifier training', () => {
  it('gives the identical model for the same data uploaded twice (new ids, any order)', async () => {
    // 12 wordings of each Bitext intent: enough for read-back order to change the model.
    const perIntent = new Map<string, number>();
    const data = bitextExamples()
      .filter((e) => (perIntent.set(e.intent, (perIntent.get(e.intent) ?? 0) + 1).get(e.intent) ?? 0) <= 12)
      .map((e) => ({ text: e.text, intent: e.intent, category: e.category ?? null }));
    await upload(data);
    const first = await train();
    await upload([...data].reverse());
    const second = await train();
    expect(second.hash).toBeTruthy();
    expect(second.accuracy).toBe(first.accuracy);
    expect(second.hash).toBe(first.hash);
  });

  it('loads a new model once for 20 concurrent first classifications', async () => {
    const cache = server.services.ai.classifiers;
    const before = cache.loads;
    const texts = Array.from({ length: 20 }, (_, i) => `I want to cancel my order number ${i}`);
    const results = await Promise.all(
      texts.map((t) => gql(server.graphqlUrl, `query($t: String!) { classifyText(text: $t) { intent source } }`, { t }, { token: admin })),
    );
    for (const r of results) expect(r.data?.classifyText).toMatchObject({ intent: 'cancel_order', source: 'OFFLINE' });
    expect(cache.loads - before).toBe(1);
  });

  it('keeps answering a probe every 20 ms while 10,000 examples train', async () => {
    // Bitext (8,175) plus reworded copies up to 10,000.
    const bitext = bitextExamples().map((e) => ({ text: e.text, intent: e.intent, category: e.category ?? null }));
    const data = [...bitext, ...bitext.slice(0, 10_000 - bitext.length).map((e) => ({ ...e, text: `please help: ${e.text}` }))];
    expect(data).toHaveLength(10_000);
    await upload(data);

    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const body = JSON.stringify({ query: '{ __typename }' });
    const probe = () =>
      new Promise<number>((resolve, reject) => {
        const t0 = performance.now();
        const req = http.request(server.graphqlUrl, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t0) : reject(new Error(`probe: HTTP ${res.statusCode}`))));
        });
        req.on('error', reject);
        req.end(body);
      });
    await probe(); // the keep-alive socket is open before training starts

    const before = (await stored())?.trained_at ?? null;
    const started = performance.now();
    expect((await gql(server.graphqlUrl, TRAIN, {}, { token: admin })).errors).toBeUndefined();
    const latencies: number[] = [];
    let done = false;
    const watcher = until(async () => {
      const s = await stored();
      return s?.status === 'READY' && s.trained_at !== before;
    }, 60_000, () => 'training did not finish').then(() => (done = true));
    while (!done) {
      latencies.push(await probe());
      await new Promise((r) => setTimeout(r, 20));
    }
    await watcher;
    agent.destroy();
    const trainedInMs = performance.now() - started;
    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    console.log(`probe during a 10,000-example training (${(trainedInMs / 1000).toFixed(1)} s, ${latencies.length} probes): p50 ${p(0.5).toFixed(1)} ms, p99 ${p(0.99).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
    expect(trainedInMs).toBeGreaterThan(1000); // the training really ran while we probed
    // The goal is p99 ≤ 50 ms; the bound is relaxed for a shared 2-core test machine. On the event
    // loop, one probe waited for the whole training (seconds).
    expect(p(0.99)).toBeLessThan(150);
    expect(latencies.at(-1)!).toBeLessThan(1000);
    const status = (await gql(server.graphqlUrl, `{ classifierStatus { status trainedOn accuracy } }`, {}, { token: admin })).data!.classifierStatus;
    expect(status).toMatchObject({ status: 'READY', trainedOn: 10_000 });
    expect(status.accuracy).toBeGreaterThan(0.9);
  }, 90_000);
});
