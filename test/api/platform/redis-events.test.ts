// Two API instances sharing PostgreSQL and Redis: an event published through one reaches a
// subscription opened on the other.
import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { DEMO, gql, login } from '../../helpers/graphql.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { channelSubscribers, redisAvailable, TEST_REDIS_URL } from '../../helpers/redis.js';
import { fileDatabaseUrl } from '../../helpers/db.js';

const hasRedis = await redisAvailable();
const prefix = `sbtest-${randomBytes(4).toString('hex')}:`;
let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  if (!hasRedis) return;
  const databaseUrl = await fileDatabaseUrl();
  const env = { EVENTS_CHANNEL_PREFIX: prefix };
  [a, b] = await Promise.all([startTestServer({ databaseUrl, redisUrl: TEST_REDIS_URL, env }), startTestServer({ databaseUrl, redisUrl: TEST_REDIS_URL, env })]);
});

it.skipIf(!hasRedis)('delivers an update made on instance B to a subscriber on instance A', async () => {
  expect(a.services.events.transport).toBe('redis');
  const ready = await (await fetch(`${a.url}/readyz`)).json();
  expect(ready.checks.events).toMatchObject({ ok: true, detail: 'redis' });

  const [agentOnA, adminOnB] = await Promise.all([login(a.graphqlUrl, DEMO.northwind.agent, 'northwind'), login(b.graphqlUrl, DEMO.northwind.admin, 'northwind')]);
  const client = wsClient(a.wsUrl, agentOnA);
  const sub = subscribe(client, `subscription { tenantUpdated { name } }`);
  await until(async () => (await channelSubscribers(`${prefix}TENANT_UPDATED`)) >= 1);

  const r = await gql(b.graphqlUrl, `mutation { updateTenant(input: { name: "Northwind via B" }) { tenant { name } } }`, {}, { token: adminOnB });
  expect(r.errors).toBeUndefined();
  const [event] = await sub.waitFor(1);
  expect(event).toEqual({ tenantUpdated: { name: 'Northwind via B' } });
  await client.dispose();
});
