// READYZ_REQUIRE=events: a deployment that wants instances out of rotation while Redis is down
// gets 503 naming Redis, and 200 again once Redis answers. Uses a private redis-server the test
// stops and restarts itself (never the machine's Redis).
import { spawnSync } from 'node:child_process';
import { afterAll, expect, it } from 'vitest';
import { PrivateRedis } from '../../helpers/outage-chat.js';
import { startTestServer } from '../../helpers/server.js';

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedisServer) console.warn('[test] redis-server is not installed: the READYZ_REQUIRE test DID NOT RUN.');
let redis: PrivateRedis | undefined;
afterAll(async () => redis?.stop());

type Readyz = { status: number; body: { status: string; down: string[]; message?: string; checks: Record<string, { ok: boolean; required: boolean; detail?: string }> } };

async function waitFor(url: string, status: number, ms = 10_000): Promise<Readyz> {
  const deadline = Date.now() + ms;
  let last: Readyz | undefined;
  while (Date.now() < deadline) {
    const r = await fetch(`${url}/readyz`);
    last = { status: r.status, body: await r.json() };
    if (last.status === status) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`/readyz never answered ${status}; last: ${JSON.stringify(last)}`);
}

it.skipIf(!hasRedisServer)('READYZ_REQUIRE=events: 503 naming Redis while it is down, 200 when it is back', { timeout: 60_000 }, async () => {
  redis = await PrivateRedis.create();
  await redis.start();
  const app = await startTestServer({ redisUrl: redis.url, env: { READYZ_REQUIRE: 'events' } });
  const up = await waitFor(app.url, 200);
  expect(up.body).toMatchObject({ status: 'ready', down: [], checks: { events: { ok: true, required: true }, database: { ok: true, required: true } } });

  await redis.stop();
  const down = await waitFor(app.url, 503);
  expect(down.body.status).toBe('unavailable');
  expect(down.body.down).toEqual(['events']);
  expect(down.body.checks.events).toMatchObject({ ok: false, required: true });
  expect(down.body.checks.database.ok).toBe(true);
  expect(down.body.message).toMatch(/^down: Redis \(.+\)$/);

  await redis.start();
  const back = await waitFor(app.url, 200);
  expect(back.body).toMatchObject({ status: 'ready', down: [] });
  expect(back.body.message).toBeUndefined();
});

it('an optional check left out of READYZ_REQUIRE stays optional, and a bad name is refused', async () => {
  const { loadConfig, ConfigError } = await import('../../../api/src/config.js');
  expect(() => loadConfig({ READYZ_REQUIRE: 'events,redis', JWT_SECRET: 'x'.repeat(32), ENCRYPTION_KEY: 'x'.repeat(32) })).toThrow(ConfigError);
  expect(loadConfig({ READYZ_REQUIRE: 'events, vectorStore', JWT_SECRET: 'x'.repeat(32), ENCRYPTION_KEY: 'x'.repeat(32) }).READYZ_REQUIRE).toEqual(['events', 'vectorStore']);
});
