// The embedded Chroma child (no CHROMA_URL) is supervised: killed with -9, it is restarted by the
// API itself, /readyz goes degraded and back to ready on its own, and the assistant answers from
// the knowledge base again instead of handing every conversation off.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { gql } from '../../helpers/graphql.js';
import { widgetSession } from '../../helpers/widget.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { createLogger } from '../../../api/src/logger.js';
import { ChromaSupervisor } from '../../../api/src/modules/knowledge/chroma-supervisor.js';
import { Writable } from 'node:stream';

let server: TestServer;
let db: string;
let dataDir: string;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const chromaPid = () => Number(readFileSync(path.join(dataDir, 'chroma', 'chroma.pid'), 'utf8'));

const readyz = async () => {
  const r = await fetch(`${server.url}/readyz`);
  return { status: r.status, body: (await r.json()) as { status: string; checks: Record<string, { ok: boolean; detail?: string }> } };
};

/** A customer asks a question the northwind knowledge base answers; returns the AI's reply and who handles the conversation next. */
async function ask(body: string) {
  const customer = await widgetSession(server.graphqlUrl, db);
  const started = await gql(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { body, idempotencyKey: randomUUID(), clientMessageId: randomUUID() } }, { token: customer.token });
  const id = started.data!.startConversation.conversationId as string;
  const ws = wsClient(server.wsUrl, customer.token);
  const messages = subscribe<any>(ws, `subscription($c: ID!) { messageAdded(conversationId: $c) { author body citations { title } } }`, { c: id });
  const events = await messages.waitFor(2, 15_000);
  ws.dispose();
  const [conv] = await sql<{ handler: string }>(db, 'select handler from conversations where id = $1', [id]);
  return { reply: events.map((e) => e.messageAdded).find((m) => m.author === 'AI'), handler: conv.handler };
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'sb-chroma-supervised-'));
  db = await fileDatabaseUrl();
  // No CHROMA_URL: the API starts (and must keep) its own Chroma child in DATA_DIR.
  server = await startTestServer({ databaseUrl: db, env: { ASSISTANT_ENABLED: 'true', CHROMA_URL: '', DATA_DIR: dataDir } });
  const [{ id }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  await until(async () => (await server.services.knowledge.vectors.count(id)) > 0, 30_000, () => 'vectors not rebuilt');
});
afterAll(async () => {
  const pid = chromaPid();
  await server?.stop();
  // Graceful stop: the child is stopped, and not restarted behind our back.
  await new Promise((r) => setTimeout(r, 1000));
  expect(alive(pid)).toBe(false);
  expect(existsSync(path.join(dataDir, 'chroma', 'chroma.pid'))).toBe(false);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded Chroma', () => {
  it('is restarted after kill -9: readyz degraded, then ready by itself, and the assistant answers again', async () => {
    expect((await readyz()).body.status).toBe('ready');
    const question = 'Is it OK to put my rain jacket in the washing machine?';
    const before = await ask(question);
    expect(before.handler).toBe('AI');
    expect(before.reply.citations[0].title).toBe('How do I wash and care for a waterproof jacket?');

    const pid = chromaPid();
    process.kill(pid, 'SIGKILL');
    await until(async () => !alive(pid), 5_000, () => 'chroma not killed');
    const killedAt = performance.now();
    const degraded = await readyz();
    expect(degraded.status).toBe(200);
    expect(degraded.body.status).toBe('degraded');
    expect(degraded.body.checks.vectorStore).toMatchObject({ ok: false });

    await until(async () => (await readyz()).body.status === 'ready', 15_000, () => 'readyz did not come back to ready');
    const backInMs = performance.now() - killedAt;
    console.log(`embedded Chroma back (readyz ready) ${backInMs.toFixed(0)} ms after kill -9`);
    expect(backInMs).toBeLessThan(10_000);
    expect(chromaPid()).not.toBe(pid);
    // A line per restart (the child may answer a moment before the supervisor notices it is up).
    await until(async () => server.logs.some((l) => l.msg === 'chroma restarted'), 2_000, () => 'no restart logged');
    expect(server.logs.find((l) => String(l.msg).startsWith('chroma exited'))).toMatchObject({ signal: 'SIGKILL', restartInMs: 250 });

    const after = await ask(question);
    expect(after.handler).toBe('AI');
    expect(after.reply.citations[0].title).toBe('How do I wash and care for a waterproof jacket?');
  }, 60_000);
});

describe('Chroma supervisor', () => {
  it('backs off between restarts of a child that keeps dying, up to its cap, and stops restarting on stop()', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sb-chroma-backoff-'));
    const lines: Record<string, any>[] = [];
    const log = createLogger('info', new Writable({ write: (c, _e, done) => (lines.push(...c.toString().trim().split('\n').map((l: string) => JSON.parse(l))), done()) }));
    const supervisor = await ChromaSupervisor.start({ dir, log, initialDelayMs: 200, maxDelayMs: 500 });
    try {
      for (let i = 1; i <= 3; i++) {
        const pid = supervisor.pid!;
        process.kill(pid, 'SIGKILL');
        await until(async () => supervisor.restarts === i && supervisor.pid !== pid, 15_000, () => `restart ${i} did not happen`);
      }
      const delays = lines.filter((l) => l.msg?.startsWith('chroma exited')).map((l) => l.restartInMs);
      expect(delays).toEqual([200, 400, 500]); // doubling, capped
      expect(lines.filter((l) => l.msg === 'chroma restarted')).toHaveLength(3);
      expect(await (await fetch(`${supervisor.url}/api/v2/heartbeat`)).ok).toBe(true);
    } finally {
      const pid = supervisor.pid!;
      await supervisor.stop();
      await new Promise((r) => setTimeout(r, 800));
      expect(alive(pid)).toBe(false);
      expect(supervisor.restarts).toBe(3);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
