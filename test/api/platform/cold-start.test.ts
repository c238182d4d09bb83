// `npm start` on an empty DATA_DIR is ready before the demo knowledge base is indexed: readiness
// does not wait on background work (issue 18 goal 4; docs/performance.md, start-up). The embedding
// provider here is a local endpoint that never answers, so indexing cannot finish: were readiness
// waiting on it, the start would time out. Meanwhile the knowledge list says what is not indexed yet.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort, runMain, waitReady, type Proc } from '../../helpers/process.js';
import { gql, login, DEMO } from '../../helpers/graphql.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sb-cold-'));
let proc: Proc | undefined;

// An OpenAI-compatible embeddings endpoint that takes every request and never answers (until the
// end, when it refuses them at once so the shutdown does not wait on a stuck job).
const held = new Set<Socket>();
let embeddingRequests = 0;
let refusing = false;
const stalled = http.createServer((req, res) => {
  embeddingRequests++;
  if (refusing) return void res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"message":"test over"}}');
  held.add(req.socket);
});
const releaseAll = () => {
  refusing = true;
  for (const s of held) s.destroy();
  held.clear();
};

afterAll(async () => {
  releaseAll();
  if (proc && proc.child.exitCode === null) proc.child.kill('SIGKILL');
  await proc?.exited;
  await new Promise((r) => stalled.close(r));
  rmSync(dataDir, { recursive: true, force: true });
});

it('is ready while the demo knowledge is still being indexed, and logs where the start-up time went', { timeout: 120_000 }, async () => {
  const embedPort = await freePort();
  await new Promise<void>((r) => stalled.listen(embedPort, '127.0.0.1', r));
  const port = await freePort();
  proc = runMain({
    DATA_DIR: dataDir,
    PORT: String(port),
    WEB_DIST: '/nonexistent',
    EMBEDDINGS_PROVIDER: 'openai',
    EMBEDDINGS_API_KEY: 'test-key-not-secret',
    EMBEDDINGS_BASE_URL: `http://127.0.0.1:${embedPort}/v1`,
    EMBEDDINGS_DIMENSIONS: '8',
  });
  // Generous on a busy machine; the figure itself is measured by `npm run bench -- foundation`.
  await waitReady(port, proc, 90_000);
  const url = `http://127.0.0.1:${port}/graphql`;

  // Indexing started after the start, and is stuck on the embedder: nothing is indexed.
  await expect.poll(() => embeddingRequests, { timeout: 30_000 }).toBeGreaterThan(0);
  const token = await login(url, DEMO.northwind.admin, 'northwind');
  const docs = await gql<{ knowledgeDocuments: { totalCount: number; edges: { node: { indexingStatus: string } }[] } }>(
    url,
    `{ knowledgeDocuments(first: 100) { totalCount edges { node { indexingStatus } } } }`,
    {},
    { token },
  );
  const statuses = docs.data!.knowledgeDocuments.edges.map((e) => e.node.indexingStatus);
  expect(statuses.length).toBeGreaterThan(5);
  expect(statuses).not.toContain('INDEXED');
  expect(new Set(statuses)).toEqual(new Set(statuses.filter((s) => s === 'PENDING' || s === 'INDEXING')));

  // The ready line carries each boot step's wall time (what `foundation` reports).
  const ready = proc.stdout().split('\n').find((l) => l.includes('Switchboard is ready'));
  const phases = JSON.parse(ready!).phases as Record<string, number>;
  expect(Object.keys(phases)).toEqual(expect.arrayContaining(['modules', 'database', 'migrations', 'seed', 'jobs', 'schema', 'listen']));

  // (Graceful shutdown has its own tests; here it only has to end.)
  releaseAll();
  proc.child.kill('SIGTERM');
  await proc.exited;
});
