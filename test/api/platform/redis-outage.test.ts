// Redis outages under chatting customers, two API instances as child processes (`npm start`),
// a private redis-server this file stops, freezes and thaws itself (test/helpers/outage-chat.ts).
// Instances stay up; /readyz says degraded while Redis is down or hung; every stored message
// reaches every subscriber (the customer's on its own instance at once, the agent's on the other
// instance after Redis returns) — including each conversation's last message, sent during the
// outage with nothing after it. And an instance boots while Redis is down.
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { chatThroughOutage, PrivateRedis, startInstance, type Instance, type InstanceEnv } from '../../helpers/outage-chat.js';
import { cloneDatabase } from '../../helpers/db.js';

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedisServer) console.warn('[test] redis-server is not installed: the Redis outage tests in this file DID NOT RUN.');
let redis: PrivateRedis;
let env: InstanceEnv;
let a: Instance;
let b: Instance;
const started: Instance[] = [];

beforeAll(async () => {
  if (!hasRedisServer) return;
  redis = await PrivateRedis.create();
  await redis.start();
  const databaseUrl = await cloneDatabase('outage');
  env = { databaseUrl, redisUrl: redis.url, jwtSecret: randomBytes(32).toString('hex'), channelPrefix: `sbtest-${randomBytes(4).toString('hex')}:`, chromaUrl: inject('chromaUrl') };
  [a, b] = await Promise.all([startInstance('A', env), startInstance('B', env)]);
  started.push(a, b);
}, 90_000);

afterAll(async () => {
  await Promise.all(started.map((i) => i.stop()));
  await redis?.stop();
});

const outage = (kind: 'stop' | 'freeze') =>
  chatThroughOutage({ instances: [a, b], databaseUrl: env.databaseUrl, redis, customers: 4, kind, outageMs: 4000, beforeMs: 800, intervalMs: 250, catchUpLimitMs: 10_000 });

it.skipIf(!hasRedisServer)('Redis stopped for 4 s under 4 chatting customers: instances stay up, nothing is lost, /readyz says degraded', { timeout: 60_000 }, async () => {
  const r = await outage('stop');
  expect({ up: r.instancesUp, exitCodes: r.exitCodes, stderr: [a.proc.stderr().slice(-2000), b.proc.stderr().slice(-2000)] }).toEqual({ up: true, exitCodes: [null, null], stderr: ['', ''] });
  expect(r.sendErrors).toEqual([]);
  expect(r.sent).toBeGreaterThan(20);
  // + one opening message per conversation? stored counts every message of these conversations.
  expect(r.stored).toBe(r.sent);
  expect({ missing: r.missing, duplicates: r.duplicates, complete: r.subscribersComplete }).toEqual({ missing: 0, duplicates: 0, complete: r.subscribers });
  expect(r.catchUpMs).not.toBeNull();
  // Same-instance subscribers kept getting events while Redis was down.
  expect(r.localDuringOutage.sent).toBeGreaterThan(4);
  expect(r.localDuringOutage.deliveredBeforeReturn).toBe(r.localDuringOutage.sent);
  expect(r.detectedMs).not.toBeNull();
  for (const answer of r.readyzDuringOutage) {
    expect(answer.status).toBe(200);
    expect(answer.body.checks.events.ok).toBe(false);
    expect(answer.body.checks.database.ok).toBe(true);
  }
  expect(r.readyzAfter.map((x) => x.body.status)).toEqual(['ready', 'ready']);
});

it.skipIf(!hasRedisServer)('a hung Redis (SIGSTOP for 4 s) is detected by the heartbeat, and nothing is lost', { timeout: 60_000 }, async () => {
  expect(a.alive() && b.alive()).toBe(true);
  const r = await outage('freeze');
  expect(r.instancesUp).toBe(true);
  expect(r.sendErrors).toEqual([]);
  expect(r.stored).toBe(r.sent);
  expect({ missing: r.missing, duplicates: r.duplicates, complete: r.subscribersComplete }).toEqual({ missing: 0, duplicates: 0, complete: r.subscribers });
  // Heartbeat: a PING every second with a 2 s deadline.
  expect(r.detectedMs).not.toBeNull();
  expect(r.detectedMs!).toBeLessThan(3900);
  expect(r.readyzDuringOutage[0].body.checks.events.detail).toMatch(/PING|hung|publish/);
  expect(r.localDuringOutage.deliveredBeforeReturn).toBe(r.localDuringOutage.sent);
  expect(r.readyzAfter.map((x) => x.body.status)).toEqual(['ready', 'ready']);
});

it.skipIf(!hasRedisServer)('boots while Redis is down (degraded), and connects when Redis comes up', { timeout: 60_000 }, async () => {
  await redis.stop();
  const c = await startInstance('C', env);
  started.push(c);
  const during = await c.readyz();
  expect(during.status).toBe(200);
  expect(during.body.status).toBe('degraded');
  expect(during.body.checks.events.ok).toBe(false);
  await redis.start();
  const deadline = Date.now() + 10_000;
  while ((await c.readyz()).body.status !== 'ready' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect((await c.readyz()).body).toMatchObject({ status: 'ready', checks: { events: { ok: true, detail: 'redis' } } });
  expect(c.alive() && a.alive() && b.alive()).toBe(true);
});
