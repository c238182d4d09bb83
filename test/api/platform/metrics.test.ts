// Observability (issue 17): /metrics is valid Prometheus text and its figures move with traffic;
// it is protected (token, internal port, development only); each operation is logged once;
// /readyz names each dependency.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { asAdmin } from '../../helpers/as.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { parsePrometheus, sampleValue } from '../../helpers/prometheus.js';
import { PrivateRedis } from '../../helpers/outage-chat.js';
import { freePort } from '../../../api/src/free-port.js';
import { domainEvent, listener } from '../../../api/src/events/domain-events.js';
import { metricsOnMainPort } from '../../../api/src/http/metrics-route.js';
import { Metrics } from '../../../api/src/metrics/metrics.js';
import { OperationNames } from '../../../api/src/metrics/platform-metrics.js';
import { loadConfig } from '../../../api/src/config.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

async function scrape(s: TestServer = server, headers: Record<string, string> = {}) {
  const r = await fetch(`${s.url}/metrics`, { headers });
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheus(await r.text());
}

describe('/metrics', () => {
  it('is valid exposition text with HELP and TYPE for every family, and its counters move with traffic', async () => {
    const token = await asAdmin(server);
    const before = await scrape();
    for (const name of ['graphql_operations_total', 'graphql_operation_duration_seconds', 'graphql_subscriptions_active', 'graphql_websockets_open', 'db_pool_connections', 'jobs_queue_depth', 'switchboard_process_cpu_seconds_total']) {
      expect(before.has(name), name).toBe(true);
    }
    expect(before.get('graphql_operation_duration_seconds')!.type).toBe('histogram');

    // A named query, an anonymous one, and one refused with a code.
    expect((await gql(server.graphqlUrl, 'query MetricsProbe { viewer { user { id } } }', {}, { token })).errors).toBeUndefined();
    await gql(server.graphqlUrl, '{ __typename }');
    const bad = await gql(server.graphqlUrl, 'query MetricsBroken { noSuchField }', {}, { token });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const refused = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer nonsense' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(refused.status).toBe(401);

    // A subscription opens (gauges), receives an event (delivered, published), closes.
    const ws = wsClient(server.wsUrl, token);
    const sub = subscribe(ws, 'subscription { tenantUpdated { id } }');
    await until(() => server.http.subscriptionCount() === 1);
    const open = await scrape();
    expect(sampleValue(open, 'graphql_subscriptions_active')).toBe(1);
    expect(sampleValue(open, 'graphql_websockets_open')).toBe(1);
    const upd = await gql(server.graphqlUrl, 'mutation Rename($i: UpdateTenantInput!) { updateTenant(input: $i) { tenant { id } } }', { i: { name: 'Northwind Traders' } }, { token });
    expect(upd.errors).toBeUndefined();
    await sub.waitFor(1);
    sub.close();
    await ws.dispose();
    await until(() => server.http.subscriptionCount() === 0);

    // A listener that fails.
    const failing = listener({ name: 'test.metrics-failing', on: 'user.updated', handle: () => { throw new Error('listener broke on purpose'); } });
    server.services.domainEvents.register(failing);
    server.services.domainEvents.emit([domainEvent('user.updated', '00000000-0000-4000-8000-000000000000', { userId: '00000000-0000-4000-8000-000000000001' })]);
    await server.services.domainEvents.settled();
    server.services.domainEvents.unregister(failing);

    const after = await scrape();
    const moved = (name: string, labels: Record<string, string>) => sampleValue(after, name, labels) - sampleValue(before, name, labels);
    expect(moved('graphql_operations_total', { operation: 'MetricsProbe', type: 'query', caller: 'user', outcome: 'ok' })).toBe(1);
    expect(moved('graphql_operations_total', { operation: 'anonymous', caller: 'anonymous', outcome: 'ok' })).toBe(1);
    expect(moved('graphql_operations_total', { operation: 'MetricsBroken', outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(moved('graphql_operations_total', { caller: 'anonymous', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(moved('graphql_operations_total', { type: 'subscription', caller: 'user', outcome: 'ok' })).toBe(1);
    expect(moved('graphql_operation_duration_seconds_count', { operation: 'MetricsProbe' })).toBe(1);
    expect(moved('realtime_events_published_total', { topic: 'TENANT_UPDATED' })).toBeGreaterThanOrEqual(1);
    expect(moved('realtime_events_delivered_total', { subscription: 'tenantUpdated' })).toBe(1);
    expect(moved('domain_event_listener_failures_total', { listener: 'test.metrics-failing', event: 'user.updated' })).toBe(1);
    expect(sampleValue(after, 'graphql_subscriptions_active')).toBe(0);
    expect(sampleValue(after, 'db_pool_connections', { pool: 'read', state: 'idle' })).toBeGreaterThanOrEqual(1);
  });

  it('escapes label values and lets modules register counters (the webhooks module counts deliveries this way)', async () => {
    const deliveries = server.services.metrics.counter('webhook_deliveries_total', 'Webhook deliveries by outcome.', ['outcome']);
    expect(server.services.metrics.counter('webhook_deliveries_total', 'Webhook deliveries by outcome.', ['outcome'])).toBe(deliveries);
    expect(() => server.services.metrics.counter('webhook_deliveries_total', 'x', ['other'])).toThrow(/already registered/);
    deliveries.inc({ outcome: 'delivered' });
    deliveries.inc({ outcome: 'delivered' });
    server.services.metrics.counter('test_escaping_total', 'Label escaping.', ['v']).inc({ v: 'a "quoted" back\\slash\nnewline' });
    const families = await scrape();
    expect(sampleValue(families, 'webhook_deliveries_total', { outcome: 'delivered' })).toBe(2);
    expect(sampleValue(families, 'test_escaping_total', { v: 'a "quoted" back\\slash\nnewline' })).toBe(1);
  });

  it('keeps operation names bounded: unnamed → anonymous, known names always, others capped → other', () => {
    const names = new OperationNames(new Set(['WidgetConfig']), 2);
    expect(names.label(undefined)).toBe('anonymous');
    expect(names.label('A')).toBe('A');
    expect(names.label('B')).toBe('B');
    expect(names.label('C')).toBe('other');
    expect(names.label('A')).toBe('A');
    expect(names.label('WidgetConfig')).toBe('WidgetConfig');
  });

  it('logs each GraphQL operation once with name, caller, tenant, cost, duration, outcome and request id', async () => {
    const token = await asAdmin(server);
    const requestId = `metrics-log-${Date.now()}`;
    await gql(server.graphqlUrl, 'query LoggedOnce { users(first: 5) { edges { node { id } } } }', {}, { token, headers: { 'x-request-id': requestId } });
    const lines = server.logs.filter((l) => l.requestId === requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'graphql operation', operation: 'LoggedOnce', type: 'query', caller: 'user', outcome: 'ok', transport: 'http', requestId });
    expect(lines[0].tenantId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines[0].cost).toBeGreaterThan(1);
    expect(typeof lines[0].ms).toBe('number');
  });
});

describe('/metrics protection', () => {
  const config = (env: Record<string, string>) => loadConfig({ DATA_DIR: '/tmp/sb-metrics-test', JWT_SECRET: 'x'.repeat(32), ENCRYPTION_KEY: 'y'.repeat(32), ...env });
  const m = new Metrics(true, { defaultMetrics: false });

  it('production refuses without METRICS_TOKEN or METRICS_PORT, and points to the internal port when set', async () => {
    expect((await metricsOnMainPort(config({ NODE_ENV: 'production' }), m, undefined)).status).toBe(403);
    const internal = await metricsOnMainPort(config({ NODE_ENV: 'production', METRICS_PORT: '9464' }), m, undefined);
    expect(internal.status).toBe(403);
    expect(internal.body).toMatch(/METRICS_PORT/);
    expect((await metricsOnMainPort(config({ NODE_ENV: 'development' }), m, undefined)).status).toBe(200);
  });

  it('refuses a METRICS_PORT equal to PORT and a short METRICS_TOKEN', () => {
    expect(() => config({ PORT: '9464', METRICS_PORT: '9464' })).toThrow(/METRICS_PORT/);
    expect(() => config({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: expected at least 32 characters/);
  });

  it('with METRICS_TOKEN: 401 without the bearer token or with a wrong one, 200 with it; METRICS_PORT serves it on 127.0.0.1 without a token', async () => {
    const metricsToken = 'm'.repeat(40);
    const port = await freePort();
    const s = await startTestServer({ env: { METRICS_TOKEN: metricsToken, METRICS_PORT: String(port) } });
    expect((await fetch(`${s.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${'n'.repeat(40)}` } })).status).toBe(401);
    await scrape(s, { authorization: `Bearer ${metricsToken}` });
    const internal = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(internal.status).toBe(200);
    parsePrometheus(await internal.text());
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    await s.stop();
  });

  it('METRICS=off: /metrics answers 404', async () => {
    const s = await startTestServer({ env: { METRICS: 'off' } });
    expect((await fetch(`${s.url}/metrics`)).status).toBe(404);
    expect(s.services.metrics.enabled).toBe(false);
    await s.stop();
  });
});

describe('/readyz', () => {
  it('reports every dependency with its status and whether it is required', async () => {
    const r = await fetch(`${server.url}/readyz`);
    expect(r.status).toBe(200);
    const body = (await r.json()) as { status: string; down: string[]; checks: Record<string, { ok: boolean; required: boolean }> };
    expect(Object.keys(body.checks).sort()).toEqual(['database', 'embedder', 'events', 'jobs', 'vectorStore']);
    expect(body).toMatchObject({ status: 'ready', down: [], checks: { database: { ok: true, required: true }, jobs: { ok: true, required: true }, events: { ok: true, required: false }, embedder: { required: false } } });
    // The embedder is probed in the background (a cold model load must not slow /readyz down).
    let embedder = body.checks.embedder as { ok: boolean; detail?: string };
    const deadline = Date.now() + 20_000;
    while (embedder.detail?.startsWith('first check') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      embedder = ((await (await fetch(`${server.url}/readyz`)).json()) as typeof body).checks.embedder;
    }
    expect(embedder).toMatchObject({ ok: true });
  });

  const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
  if (!hasRedisServer) console.warn('[test] redis-server is not installed: the readyz Redis test DID NOT RUN.');
  let redis: PrivateRedis | undefined;
  afterAll(async () => {
    await redis?.stop();
  });

  it.skipIf(!hasRedisServer)('names Redis when it is down, and is ready again when it is back', { timeout: 30_000 }, async () => {
    redis = await PrivateRedis.create();
    await redis.start();
    const s = await startTestServer({ redisUrl: redis.url, env: { EVENTS_CHANNEL_PREFIX: `sbmetrics-${Date.now()}:` } });
    const ready = async () => {
      const r = await fetch(`${s.url}/readyz`);
      return { status: r.status, body: (await r.json()) as { status: string; down: string[]; checks: Record<string, { ok: boolean; detail?: string; required: boolean }> } };
    };
    expect((await ready()).body.checks.events).toMatchObject({ ok: true, detail: 'redis' });
    await redis.stop();
    let during = await ready();
    const deadline = Date.now() + 10_000;
    while (during.body.checks.events.ok && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      during = await ready();
    }
    // Redis carries events between instances only: the instance keeps serving (degraded, 200),
    // the check names Redis and says why (docs/deployment.md, "When a dependency is down").
    expect(during.status).toBe(200);
    expect(during.body.status).toBe('degraded');
    expect(during.body.down).toEqual(['events']);
    expect(during.body.checks.events.detail).toMatch(/^redis: /);
    await redis.start();
    while ((await ready()).body.status !== 'ready' && Date.now() < deadline + 10_000) await new Promise((r) => setTimeout(r, 100));
    expect((await ready()).body.status).toBe('ready');
    await s.stop();
  });
});
