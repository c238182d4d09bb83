// The Chroma child process the platform starts when CHROMA_URL is unset: a real server, its data
// kept across restarts, an orphan from a killed run stopped on the next start.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ChromaClient, type EmbeddingFunction } from 'chromadb';
import { startChroma, type ChromaServer } from '../../../api/src/modules/knowledge/chroma-server.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sb-chroma-'));
const started: ChromaServer[] = [];
afterAll(async () => {
  for (const s of started) await s.stop();
  rmSync(dir, { recursive: true, force: true });
});

// A tiny deterministic embedder (letter counts) — enough to check storage and nearest-neighbour order.
const letters: EmbeddingFunction = {
  generate: async (texts: string[]) =>
    texts.map((t) => {
      const v = new Array(26).fill(0);
      for (const ch of t.toLowerCase()) if (ch >= 'a' && ch <= 'z') v[ch.charCodeAt(0) - 97]++;
      const n = Math.hypot(...v) || 1;
      return v.map((x) => x / n);
    }),
};

const parts = (url: string) => {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port), ssl: false };
};

it('starts a real Chroma, keeps its data across a restart, and replaces an orphan', { timeout: 90_000 }, async () => {
  const first = await startChroma({ dir });
  started.push(first);
  const client = new ChromaClient(parts(first.url));
  const collection = await client.getOrCreateCollection({ name: 'tenant-test', embeddingFunction: letters });
  await collection.add({ ids: ['a', 'b', 'c'], documents: ['return policy for jackets', 'shipping to the united states', 'gift card balance'] });
  const hit = await collection.query({ queryTexts: ['how do I return a jacket'], nResults: 1 });
  expect(hit.ids[0]).toEqual(['a']);

  // Simulate a killed Node process: the child is left running; the next start must replace it.
  const orphanPid = first.pid;
  started.length = 0;
  const second = await startChroma({ dir });
  started.push(second);
  expect(second.pid).not.toBe(orphanPid);
  let orphanAlive = true;
  try {
    process.kill(orphanPid, 0);
  } catch {
    orphanAlive = false;
  }
  expect(orphanAlive).toBe(false);
  const again = await new ChromaClient(parts(second.url)).getCollection({ name: 'tenant-test', embeddingFunction: letters });
  expect(await again.count()).toBe(3);
});
