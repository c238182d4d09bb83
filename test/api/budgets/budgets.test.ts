// Budgets by cost (issue 17): every operation takes its cost from the caller's bucket before it
// runs, gets back what it did not need after, and says where the caller stands (x-ratelimit-*
// headers, extensions.cost, `rateLimit`). An empty bucket is RATE_LIMITED before any resolver.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql, type GqlResult } from '../../helpers/graphql.js';
import { asAdmin } from '../../helpers/as.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { redisAvailable, TEST_REDIS_URL } from '../../helpers/redis.js';
import { DEFAULT_POINTS_PER_HOUR, EVENT_COST_FRACTION } from '../../../api/src/graphql/budget/index.js';

let server: TestServer;
let admin: string;
let harborAdmin: string;

const RATE = `rateLimit { limit cost remaining used resetAt }`;
/** 15 aliases of `rateLimit` with 5 fields each: 15 × 6 = 90 points, all of it used (no refund). */
const COSTS_90 = `{ ${Array.from({ length: 15 }, (_, i) => `r${i}: rateLimit { limit cost remaining used resetAt }`).join(' ')} }`;

async function createKey(token: string, input: Record<string, unknown>): Promise<{ secret: string; id: string }> {
  const r = await gql(server.graphqlUrl, `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id pointsPerHour } } }`, { i: { name: `budget ${randomUUID().slice(0, 8)}`, scopes: ['users.view', 'tenants.view'], ...input } }, { token });
  expect(r.errors).toBeUndefined();
  return { secret: r.data!.createApiKey.secret, id: r.data!.createApiKey.apiKey.id };
}

const header = (r: GqlResult, name: string) => Number(r.headers.get(name));

beforeAll(async () => {
  server = await startTestServer();
  [admin, harborAdmin] = await Promise.all([asAdmin(server), asAdmin(server, 'harbor')]);
});

describe('budgets by cost over HTTP', () => {
  it('headers, extensions.cost and rateLimit agree when the operation uses all it asked for', async () => {
    const { secret } = await createKey(admin, {});
    const r = await gql(server.graphqlUrl, `{ ${RATE} }`, {}, { token: secret });
    expect(r.errors).toBeUndefined();
    const rl = r.data!.rateLimit;
    expect(rl.limit).toBe(DEFAULT_POINTS_PER_HOUR.apiKey);
    expect(rl.cost).toBe(6); // the field and its 5 leaves
    expect(rl.remaining).toBe(rl.limit - 6);
    expect(rl.used).toBe(6);
    expect(r.extensions!.cost).toEqual({ requested: 6, actual: 6, remaining: rl.remaining });
    expect(header(r, 'x-ratelimit-limit')).toBe(rl.limit);
    expect(header(r, 'x-ratelimit-remaining')).toBe(rl.remaining);
    expect(header(r, 'x-ratelimit-used')).toBe(rl.used);
    expect(r.headers.get('access-control-expose-headers')).toContain('x-ratelimit-remaining');
    // Full again 6 points of an hour later (epoch seconds, GitHub's form).
    const reset = header(r, 'x-ratelimit-reset');
    expect(Math.abs(reset - Math.ceil(Date.parse(rl.resetAt) / 1000))).toBeLessThanOrEqual(1);
    expect(reset * 1000 - Date.now()).toBeLessThan((6 / rl.limit) * 3_600_000 + 2000);

    // The next operation starts from there (refilled meanwhile at 1,000,000 an hour: ≈ 278 a second).
    const next = await gql(server.graphqlUrl, `{ ${RATE} }`, {}, { token: secret });
    expect(next.data!.rateLimit.remaining).toBeGreaterThanOrEqual(rl.remaining - 6);
    expect(next.data!.rateLimit.remaining).toBeLessThanOrEqual(Math.min(rl.limit - 6, rl.remaining - 6 + 300));
  });

  it('refunds what a list did not return: actual from the real lengths, headers after the refund', async () => {
    const { secret } = await createKey(admin, { pointsPerHour: 10_000 });
    const started = Date.now();
    const r = await gql(server.graphqlUrl, `{ ${RATE} users(first: 100) { edges { node { id email } } } }`, {}, { token: secret });
    expect(r.errors).toBeUndefined();
    const n = r.data!.users.edges.length;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(100);
    // users 1 + 100 × (edges 1 + node 1 + id 1 + email 1), rateLimit 6.
    const requested = 6 + 1 + 100 * 4;
    const actual = 6 + 1 + n * 4;
    expect(r.data!.rateLimit).toMatchObject({ limit: 10_000, cost: requested, remaining: 10_000 - requested });
    expect(r.extensions!.cost).toEqual({ requested, actual, remaining: 10_000 - actual });
    expect(header(r, 'x-ratelimit-remaining')).toBe(10_000 - actual);
    expect(header(r, 'x-ratelimit-used')).toBe(actual);
    // The refund is in the bucket: the next operation starts from it.
    const next = await gql(server.graphqlUrl, `{ ${RATE} }`, {}, { token: secret });
    expect(next.data!.rateLimit.remaining).toBeGreaterThanOrEqual(10_000 - actual - 6);
    // (plus what refilled meanwhile: 10,000 an hour is 2.8 a second)
    const refilled = Math.ceil(((Date.now() - started) / 3_600_000) * 10_000);
    expect(next.data!.rateLimit.remaining).toBeLessThanOrEqual(10_000 - actual - 6 + refilled);
  });

  it('an exhausted budget is RATE_LIMITED with 429 and Retry-After before any resolver runs (0 SQL statements)', async () => {
    const { secret } = await createKey(admin, { pointsPerHour: 100 });
    const first = await gql(server.graphqlUrl, COSTS_90, {}, { token: secret });
    expect(first.errors).toBeUndefined();
    expect(first.extensions!.cost).toEqual({ requested: 90, actual: 90, remaining: 10 });

    // rateLimit 6 + users 1 + 10 × (edges, node, id, email) = 47 > 10.
    const refused = await gql(server.graphqlUrl, `{ ${RATE} users(first: 10) { edges { node { id email } } } }`, {}, { token: secret });
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.data).toBeUndefined();
    expect(refused.extensions!.sqlStatements).toBe(0);
    // (47 − 10) points at 100 an hour ≈ 1,332 s.
    const retry = refused.errors![0].extensions!.retryAfterSeconds;
    expect(retry).toBeGreaterThan(1300);
    expect(retry).toBeLessThanOrEqual(1333);
    expect(Number(refused.headers.get('retry-after'))).toBe(retry);
    // A refusal takes nothing: the headers still say 10 left, and a cheaper operation still runs.
    expect(header(refused, 'x-ratelimit-remaining')).toBe(10);
    expect(refused.extensions!.cost).toMatchObject({ requested: 47, actual: 0, remaining: 10 });
    const cheap = await gql(server.graphqlUrl, `{ rateLimit { remaining } }`, {}, { token: secret });
    expect(cheap.errors).toBeUndefined();
    expect(cheap.data!.rateLimit.remaining).toBe(8);
  });

  it('an operation costing more than the whole budget is QUERY_TOO_COMPLEX (it could never run)', async () => {
    const { secret } = await createKey(admin, { pointsPerHour: 100 });
    const r = await gql(server.graphqlUrl, `{ users(first: 50) { edges { node { id email } } } }`, {}, { token: secret });
    expect(codeOf(r)).toBe('QUERY_TOO_COMPLEX');
    expect(r.errors![0].extensions).toMatchObject({ limit: 'cost', max: 100, found: 201 });
  });

  it('one key exhausting its budget leaves other keys, of this tenant and of another, untouched', async () => {
    const [spent, sibling, other] = await Promise.all([
      createKey(admin, { pointsPerHour: 100 }),
      createKey(admin, { pointsPerHour: 100 }),
      createKey(harborAdmin, { pointsPerHour: 100 }),
    ]);
    expect((await gql(server.graphqlUrl, COSTS_90, {}, { token: spent.secret })).errors).toBeUndefined();
    expect(codeOf(await gql(server.graphqlUrl, COSTS_90, {}, { token: spent.secret }))).toBe('RATE_LIMITED');
    for (const key of [sibling, other]) {
      const r = await gql(server.graphqlUrl, COSTS_90, {}, { token: key.secret });
      expect(r.errors).toBeUndefined();
      expect(r.extensions!.cost.remaining).toBe(10);
    }
  });

  it('staff users and anonymous callers get their kind’s default budget', async () => {
    const staff = await gql(server.graphqlUrl, `{ rateLimit { limit } }`, {}, { token: admin });
    expect(staff.data!.rateLimit.limit).toBe(DEFAULT_POINTS_PER_HOUR.user);
    const anonymous = await gql(server.graphqlUrl, `{ rateLimit { limit } }`);
    expect(anonymous.data!.rateLimit.limit).toBe(DEFAULT_POINTS_PER_HOUR.anonymous);
    expect(header(anonymous, 'x-ratelimit-limit')).toBe(DEFAULT_POINTS_PER_HOUR.anonymous);
  });
});

describe('per-key budgets', () => {
  const UPDATE = `mutation($i: UpdateApiKeyInput!) { updateApiKey(input: $i) { apiKey { id name pointsPerHour budget { limit remaining used resetAt } } } }`;

  it('createApiKey and updateApiKey set the key’s points per hour; it applies from the key’s next request; null goes back to the default', async () => {
    const { secret, id } = await createKey(admin, { pointsPerHour: 5000 });
    expect((await gql(server.graphqlUrl, `{ rateLimit { limit } }`, {}, { token: secret })).data!.rateLimit.limit).toBe(5000);

    const up = await gql(server.graphqlUrl, UPDATE, { i: { id, pointsPerHour: 7000 } }, { token: admin });
    expect(up.errors).toBeUndefined();
    expect(up.data!.updateApiKey.apiKey).toMatchObject({ pointsPerHour: 7000, budget: { limit: 7000 } });
    const after = await gql(server.graphqlUrl, `{ rateLimit { limit } }`, {}, { token: secret });
    expect(after.data!.rateLimit.limit).toBe(7000);
    expect(header(after, 'x-ratelimit-limit')).toBe(7000);

    // Renaming alone leaves the budget as it is.
    const renamed = await gql(server.graphqlUrl, UPDATE, { i: { id, name: 'Renamed' } }, { token: admin });
    expect(renamed.data!.updateApiKey.apiKey).toMatchObject({ name: 'Renamed', pointsPerHour: 7000 });

    const back = await gql(server.graphqlUrl, UPDATE, { i: { id, pointsPerHour: null } }, { token: admin });
    expect(back.data!.updateApiKey.apiKey).toMatchObject({ pointsPerHour: null, budget: { limit: DEFAULT_POINTS_PER_HOUR.apiKey } });
    expect((await gql(server.graphqlUrl, `{ rateLimit { limit } }`, {}, { token: secret })).data!.rateLimit.limit).toBe(DEFAULT_POINTS_PER_HOUR.apiKey);
  });

  it('the API-key list shows each key’s budget and current use', async () => {
    const { secret, id } = await createKey(admin, { pointsPerHour: 1000 });
    await gql(server.graphqlUrl, COSTS_90, {}, { token: secret });
    const list = await gql(server.graphqlUrl, `{ apiKeys(first: 100) { edges { node { id pointsPerHour budget { limit remaining used resetAt } } } } }`, {}, { token: admin });
    expect(list.errors).toBeUndefined();
    const node = list.data!.apiKeys.edges.map((e: any) => e.node).find((n: any) => n.id === id);
    expect(node.pointsPerHour).toBe(1000);
    expect(node.budget.limit).toBe(1000);
    expect(node.budget.remaining).toBeGreaterThanOrEqual(910);
    expect(node.budget.remaining).toBeLessThan(913);
    expect(node.budget.used).toBe(1000 - node.budget.remaining);
    expect(Date.parse(node.budget.resetAt)).toBeGreaterThan(Date.now());
  });

  it('refuses budgets out of range (BAD_USER_INPUT on pointsPerHour) and another tenant’s key (NOT_FOUND)', async () => {
    const { id } = await createKey(admin, {});
    for (const bad of [50, 2_000_000_000]) {
      const create = await gql(server.graphqlUrl, `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`, { i: { name: 'x', scopes: ['users.view'], pointsPerHour: bad } }, { token: admin });
      expect(codeOf(create)).toBe('BAD_USER_INPUT');
      const update = await gql(server.graphqlUrl, UPDATE, { i: { id, pointsPerHour: bad } }, { token: admin });
      expect(codeOf(update)).toBe('BAD_USER_INPUT');
      if (bad === 50) expect(update.errors![0].extensions!.field).toBe('pointsPerHour');
    }
    const foreign = await gql(server.graphqlUrl, UPDATE, { i: { id, pointsPerHour: 5000 } }, { token: harborAdmin });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const unchanged = await gql(server.graphqlUrl, `{ apiKeys(first: 100) { edges { node { id pointsPerHour } } } }`, {}, { token: admin });
    expect(unchanged.data!.apiKeys.edges.find((e: any) => e.node.id === id).node.pointsPerHour).toBeNull();
  });
});

describe('subscriptions', () => {
  it('are charged at subscribe time and per delivered event, and end with RATE_LIMITED (socket kept) when the bucket cannot pay', async () => {
    const { secret } = await createKey(admin, { pointsPerHour: 100 });
    const client = wsClient(server.wsUrl, secret);
    const closes: number[] = [];
    client.on('closed', (event) => closes.push((event as { code: number }).code));
    // tenantUpdated 1 + 19 fields = 20 points to start; each event 2.
    const fields = 'id name slug timezone status createdAt widgetKey id2: id id3: id id4: id id5: id id6: id id7: id id8: id id9: id id10: id id11: id id12: id id13: id';
    const sub = subscribe(client, `subscription { tenantUpdated { ${fields} } }`);
    await until(() => server.http.subscriptionCount() >= 1);
    const costOfSub = 20;
    // Spend down to 7 left: 80 − 6 × 12 = 8, minus one `{ rateLimit { remaining } }` (2) = 6.
    for (let i = 0; i < 12; i++) expect((await gql(server.graphqlUrl, `{ ${RATE} }`, {}, { token: secret })).errors).toBeUndefined();
    const left = await gql(server.graphqlUrl, `{ rateLimit { remaining } }`, {}, { token: secret });
    expect(left.data!.rateLimit.remaining).toBe(100 - costOfSub - 72 - 2);
    // 6 points: three events at 2 each, then the fourth is refused.
    for (let i = 1; i <= 4; i++) {
      const u = await gql(server.graphqlUrl, `mutation($n: String!) { updateTenant(input: { name: $n }) { tenant { name } } }`, { n: `Northwind ${i}` }, { token: admin });
      expect(u.errors).toBeUndefined();
      if (i < 4) await sub.waitFor(i);
    }
    await sub.waitForError();
    expect(sub.events).toHaveLength(3);
    const [error] = sub.errors[0] as { extensions: Record<string, unknown> }[];
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect(error.extensions.retryAfterSeconds).toBeGreaterThan(0);
    await until(() => sub.completed, 2000, () => 'the refused subscription did not complete');
    await until(() => server.http.subscriptionCount() === 0, 2000);
    // The server closed nothing (4xxx): the lazy test client closes its own socket (1000) once it has no subscription left.
    expect(closes.filter((c) => c !== 1000)).toEqual([]);
    expect(EVENT_COST_FRACTION * costOfSub).toBe(2);
    await client.dispose();
    await gql(server.graphqlUrl, `mutation { updateTenant(input: { name: "Northwind" }) { tenant { name } } }`, {}, { token: admin });
  });
});

describe('two instances sharing Redis', () => {
  let a: TestServer;
  let b: TestServer;
  let up = false;

  beforeAll(async () => {
    up = await redisAvailable();
    if (!up) return;
    const databaseUrl = server.services.config.DATABASE_URL!;
    const env = { EVENTS_CHANNEL_PREFIX: `budgets-test-${randomUUID()}:` };
    [a, b] = await Promise.all([startTestServer({ databaseUrl, redisUrl: TEST_REDIS_URL, env }), startTestServer({ databaseUrl, redisUrl: TEST_REDIS_URL, env })]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('share one budget per key (not one each): alternating instances run 11 operations of 90 out of 1,000, not 22', async (t) => {
    if (!up) return t.skip();
    const { secret } = await createKey(admin, { pointsPerHour: 1000 });
    const remaining: number[] = [];
    let allowed = 0;
    for (let i = 0; i < 24; i++) {
      const r = await gql((i % 2 ? b : a).graphqlUrl, COSTS_90, {}, { token: secret });
      if (!r.errors) {
        allowed++;
        remaining.push(r.extensions!.cost.remaining);
      } else expect(codeOf(r)).toBe('RATE_LIMITED');
    }
    expect(allowed).toBe(11);
    // One bucket: every answer, from either instance, continues the same count down.
    // (a few points refill meanwhile: 1,000 an hour is 0.28 a second)
    remaining.forEach((r, i) => {
      expect(r).toBeGreaterThanOrEqual(1000 - 90 * (i + 1));
      expect(r).toBeLessThanOrEqual(1000 - 90 * (i + 1) + 3);
    });
    const viaA = await gql(a.graphqlUrl, COSTS_90, {}, { token: secret });
    expect(codeOf(viaA)).toBe('RATE_LIMITED');
    expect(header(viaA, 'x-ratelimit-remaining')).toBeGreaterThanOrEqual(10);
    expect(header(viaA, 'x-ratelimit-remaining')).toBeLessThan(15);
  });
});

describe('Redis down', () => {
  it('fails open to this instance’s own buckets with one log line, and keeps answering', async () => {
    const { freePort } = await import('../../../api/src/free-port.js');
    const port = await freePort();
    const down = await startTestServer({ databaseUrl: server.services.config.DATABASE_URL!, redisUrl: `redis://127.0.0.1:${port}`, env: { EVENTS_CHANNEL_PREFIX: `budgets-down-${randomUUID()}:` } });
    try {
      const { secret } = await createKey(admin, { pointsPerHour: 100 });
      const first = await gql(down.graphqlUrl, COSTS_90, {}, { token: secret });
      expect(first.errors).toBeUndefined();
      expect(first.extensions!.cost.remaining).toBe(10);
      // Still limited, by this instance alone.
      expect(codeOf(await gql(down.graphqlUrl, COSTS_90, {}, { token: secret }))).toBe('RATE_LIMITED');
      for (let i = 0; i < 5; i++) await gql(down.graphqlUrl, `{ rateLimit { remaining } }`, {}, { token: secret });
      const lines = down.logs.filter((l) => String(l.msg).startsWith('budgets: Redis is down'));
      expect(lines).toHaveLength(1);
    } finally {
      await down.stop();
    }
  });
});
