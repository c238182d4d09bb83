// Presence across API instances (shared PostgreSQL + Redis): a change made on one instance — by a
// heartbeat or by that instance's sweeper — reaches presenceChanged subscribers on the other, and
// when both instances sweep at once each change is published once.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { DEMO, gql, login } from '../../helpers/graphql.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { channelSubscribers, redisAvailable, TEST_REDIS_URL } from '../../helpers/redis.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { PresenceSweeper } from '../../../api/src/modules/presence/presence.sweeper.js';

const hasRedis = await redisAvailable();
const prefix = `sbtest-${randomBytes(4).toString('hex')}:`;
const SILENCE_MS = 300;
const HEARTBEAT = `mutation { heartbeat { presence { availability } } }`;
const SET = `mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { presence { availability } } }`;
const CHANGED = `subscription { presenceChanged { userId availability } }`;

let a: TestServer;
let b: TestServer;
let dbUrl: string;
const sweepers: PresenceSweeper[] = [];

beforeAll(async () => {
  if (!hasRedis) return;
  dbUrl = await fileDatabaseUrl();
  const env = { EVENTS_CHANNEL_PREFIX: prefix };
  [a, b] = await Promise.all([startTestServer({ databaseUrl: dbUrl, redisUrl: TEST_REDIS_URL, env }), startTestServer({ databaseUrl: dbUrl, redisUrl: TEST_REDIS_URL, env })]);
});

afterEach(async () => {
  await Promise.all(sweepers.splice(0).map((s) => s.stop()));
});

const silent = (userId: string) =>
  until(async () => (await sql<{ s: boolean }>(dbUrl, `select last_seen_at < now() - make_interval(secs => $2::float8) as s from users where id = $1`, [userId, (SILENCE_MS + 20) / 1000]))[0].s);

it.skipIf(!hasRedis)('delivers presence changes made on instance B (sweeper, heartbeat) to a subscriber on instance A', async () => {
  expect(b.services.events.transport).toBe('redis');
  const [managerOnA, benOnB] = await Promise.all([login(a.graphqlUrl, DEMO.northwind.manager, 'northwind'), login(b.graphqlUrl, 'agent2@northwind.demo', 'northwind')]);
  const [{ id: benId }] = await sql<{ id: string }>(dbUrl, `select id from users where email = 'agent2@northwind.demo'`);
  const client = wsClient(a.wsUrl, managerOnA);
  const sub = subscribe(client, CHANGED);
  await until(async () => (await channelSubscribers(`${prefix}PRESENCE_CHANGED`)) >= 1);

  expect((await gql(b.graphqlUrl, HEARTBEAT, {}, { token: benOnB })).data!.heartbeat.presence.availability).toBe('ONLINE');
  const onB = new PresenceSweeper(b.services, { silenceMs: SILENCE_MS, intervalMs: 100 });
  sweepers.push(onB);
  onB.start();
  await sub.waitFor(1);
  expect(sub.events[0]).toEqual({ presenceChanged: { userId: benId, availability: 'OFFLINE' } });
  await onB.stop();

  expect((await gql(b.graphqlUrl, HEARTBEAT, {}, { token: benOnB })).data!.heartbeat.presence.availability).toBe('ONLINE');
  await sub.waitFor(2);
  expect(sub.events[1]).toEqual({ presenceChanged: { userId: benId, availability: 'ONLINE' } });
  await client.dispose();
});

it.skipIf(!hasRedis)('publishes each change once when both instances sweep at the same moment', async () => {
  const [managerOnA, adaOnA, benOnB, cleoOnA, managerOnB] = await Promise.all([
    login(a.graphqlUrl, DEMO.northwind.manager, 'northwind'),
    login(a.graphqlUrl, DEMO.northwind.agent, 'northwind'),
    login(b.graphqlUrl, 'agent2@northwind.demo', 'northwind'),
    login(a.graphqlUrl, 'agent3@northwind.demo', 'northwind'),
    login(b.graphqlUrl, DEMO.northwind.manager, 'northwind'),
  ]);
  const ids = Object.fromEntries((await sql<{ id: string; email: string }>(dbUrl, `select u.id, u.email from users u join tenants t on t.id = u.tenant_id where t.slug = 'northwind'`)).map((u) => [u.email, u.id]));
  const [ada, ben, cleo, manager] = [ids['agent@northwind.demo'], ids['agent2@northwind.demo'], ids['agent3@northwind.demo'], ids[DEMO.northwind.manager]];
  await Promise.all([gql(a.graphqlUrl, HEARTBEAT, {}, { token: adaOnA }), gql(b.graphqlUrl, HEARTBEAT, {}, { token: benOnB })]);
  const client = wsClient(b.wsUrl, managerOnA);
  const sub = subscribe(client, CHANGED);
  await until(async () => (await channelSubscribers(`${prefix}PRESENCE_CHANGED`)) >= 1);
  await Promise.all([silent(ada), silent(ben)]);

  const onA = new PresenceSweeper(a.services, { silenceMs: SILENCE_MS });
  const onB = new PresenceSweeper(b.services, { silenceMs: SILENCE_MS });
  const taken = (await Promise.all([onA.sweepOnce(), onB.sweepOnce()])).flat().map((c) => c.userId);
  expect(taken.filter((u) => u === ada || u === ben).sort()).toEqual([ada, ben].sort());

  // Then one change published by each instance (Cleo's on A, the manager's on B): Redis keeps each
  // publisher's order, so once both arrived, every earlier publish of either has too. Each sweep
  // change arrived exactly once. (Events carry ids; the subscriber re-reads the row, so a marker
  // must be someone else's change, or it could overtake what the earlier events show.)
  await Promise.all([
    gql(a.graphqlUrl, SET, { input: { availability: 'BUSY' } }, { token: cleoOnA }),
    gql(b.graphqlUrl, SET, { input: { availability: 'BUSY' } }, { token: managerOnB }),
  ]);
  await until(() => [cleo, manager].every((u) => sub.events.some((e) => e.presenceChanged.userId === u)));
  const of = (u: string) => sub.events.filter((e) => e.presenceChanged.userId === u).map((e) => e.presenceChanged.availability);
  expect([of(ada), of(ben)]).toEqual([['OFFLINE'], ['OFFLINE']]);
  await client.dispose();
});
