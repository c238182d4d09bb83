// aiUsage: the AI call log of a period summed in ONE statement — totals, per purpose, per model —
// checked against hand-computed figures of fixture rows; the tenant's rows only; the period's
// bounds; who may read it.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { asAdmin, asAgent, asPlatformAdmin, asViewer } from '../../helpers/as.js';

let server: TestServer;
let db: string;
let northwindId: string;
let harborId: string;

const FIGURES = 'calls failedCalls inputTokens outputTokens costUsd latencyP50Ms latencyP95Ms conversations handedOff handOffRate';
const USAGE = `query($from: DateTimeISO!, $to: DateTimeISO!, $tenantId: ID) {
  aiUsage(from: $from, to: $to, tenantId: $tenantId) { from to totals { ${FIGURES} } byPurpose { key ${FIGURES} } byModel { key ${FIGURES} } }
}`;
const FROM = '2020-03-01T00:00:00.000Z';
const TO = '2020-03-02T00:00:00.000Z';

async function conversation(tenantId: string, handedOff: boolean): Promise<string> {
  const [contact] = await sql<{ id: string }>(db, `select id from contacts where tenant_id = $1 limit 1`, [tenantId]);
  const id = randomUUID();
  await sql(db, `insert into conversations (id, tenant_id, contact_id, handoff_context) values ($1, $2, $3, $4)`, [id, tenantId, contact.id, handedOff ? { reason: 'LOW_CONFIDENCE' } : null]);
  return id;
}

async function call(tenantId: string, c: { conv: string | null; purpose: string; model: string; provider?: string; latency: number; input: number; output: number; cost: number; at: string; outcome?: string }) {
  await sql(
    db,
    `insert into ai_calls (id, tenant_id, conversation_id, purpose, provider, model, latency_ms, input_tokens, output_tokens, cost_usd, outcome, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [randomUUID(), tenantId, c.conv, c.purpose, c.provider ?? 'ANTHROPIC', c.model, c.latency, c.input, c.output, c.cost, c.outcome ?? 'OK', c.at],
  );
}

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  const tenants = await sql<{ id: string; slug: string }>(db, `select id, slug from tenants`);
  northwindId = tenants.find((t) => t.slug === 'northwind')!.id;
  harborId = tenants.find((t) => t.slug === 'harbor-bank')!.id;

  const a = await conversation(northwindId, true); // handed off
  const b = await conversation(northwindId, false);
  const h = await conversation(harborId, true);
  const at = '2020-03-01T10:00:00.000Z';
  // 4 answers on Sonnet: 1,000 in / 100 out each = $0.0045 each; one failed.
  await call(northwindId, { conv: a, purpose: 'ANSWER', model: 'claude-sonnet-5-5', latency: 100, input: 1000, output: 100, cost: 0.0045, at });
  await call(northwindId, { conv: a, purpose: 'ANSWER', model: 'claude-sonnet-5-5', latency: 200, input: 1000, output: 100, cost: 0.0045, at });
  await call(northwindId, { conv: b, purpose: 'ANSWER', model: 'claude-sonnet-5-5', latency: 300, input: 1000, output: 100, cost: 0.0045, at });
  await call(northwindId, { conv: b, purpose: 'ANSWER', model: 'claude-sonnet-5-5', latency: 400, input: 1000, output: 100, cost: 0.0045, at, outcome: 'ERROR' });
  // 1 classification on Haiku: 200 in / 10 out = $0.00025.
  await call(northwindId, { conv: a, purpose: 'CLASSIFY', model: 'claude-haiku-5-5', latency: 50, input: 200, output: 10, cost: 0.00025, at });
  // 1 offline embedding outside any conversation.
  await call(northwindId, { conv: null, purpose: 'EMBED', model: 'offline-embedder', provider: 'OFFLINE', latency: 10, input: 30, output: 0, cost: 0, at });
  // Outside the period (`to` is exclusive) and before it.
  await call(northwindId, { conv: a, purpose: 'ANSWER', model: 'claude-sonnet-5-5', latency: 9999, input: 5, output: 5, cost: 1, at: TO });
  await call(northwindId, { conv: a, purpose: 'ANSWER', model: 'claude-sonnet-5-5', latency: 9999, input: 5, output: 5, cost: 1, at: '2020-02-29T23:59:59.999Z' });
  // Another tenant, inside the period.
  await call(harborId, { conv: h, purpose: 'ANSWER', model: 'claude-opus-5-5', latency: 7000, input: 10, output: 10, cost: 0.5, at });
});

describe('aiUsage', () => {
  it('sums the tenant’s calls of the period in one statement: totals, per purpose, per model', async () => {
    const token = await asViewer(server);
    // The first request of a session also loads the user's auth state (cached afterwards).
    await gql(server.graphqlUrl, `{ viewer { kind } }`, {}, { token });
    const r = await gql(server.graphqlUrl, USAGE, { from: FROM, to: TO }, { token });
    expect(r.errors).toBeUndefined();
    expect(r.extensions!.sqlStatements).toBe(1);
    const u = r.data!.aiUsage;
    expect(u.from).toBe(FROM);
    expect(u.to).toBe(TO);
    // Latencies 10, 50, 100, 200, 300, 400: p50 = (100 + 200) / 2; p95 at rank 0.95 × 5 = 4.75 → 300 + 0.75 × 100.
    expect(u.totals).toEqual({
      calls: 6, failedCalls: 1, inputTokens: 4230, outputTokens: 410, costUsd: 0.01825,
      latencyP50Ms: 150, latencyP95Ms: 375, conversations: 2, handedOff: 1, handOffRate: 0.5,
    });
    expect(u.byPurpose).toEqual([
      // Latencies 100–400: p50 = 250, p95 at rank 2.85 → 300 + 0.85 × 100.
      { key: 'ANSWER', calls: 4, failedCalls: 1, inputTokens: 4000, outputTokens: 400, costUsd: 0.018, latencyP50Ms: 250, latencyP95Ms: 385, conversations: 2, handedOff: 1, handOffRate: 0.5 },
      { key: 'CLASSIFY', calls: 1, failedCalls: 0, inputTokens: 200, outputTokens: 10, costUsd: 0.00025, latencyP50Ms: 50, latencyP95Ms: 50, conversations: 1, handedOff: 1, handOffRate: 1 },
      { key: 'EMBED', calls: 1, failedCalls: 0, inputTokens: 30, outputTokens: 0, costUsd: 0, latencyP50Ms: 10, latencyP95Ms: 10, conversations: 0, handedOff: 0, handOffRate: null },
    ]);
    expect(u.byModel.map((g: any) => [g.key, g.calls, g.costUsd])).toEqual([
      ['claude-sonnet-5-5', 4, 0.018],
      ['claude-haiku-5-5', 1, 0.00025],
      ['offline-embedder', 1, 0],
    ]);
  });

  it('never shows another tenant’s calls; a tenant member naming another tenant gets NOT_FOUND', async () => {
    const harbor = await gql(server.graphqlUrl, USAGE, { from: FROM, to: TO }, { token: await asAdmin(server, 'harbor') });
    expect(harbor.data!.aiUsage.totals).toMatchObject({ calls: 1, costUsd: 0.5, handedOff: 1 });
    expect(harbor.data!.aiUsage.byModel.map((g: any) => g.key)).toEqual(['claude-opus-5-5']);
    const naming = await gql(server.graphqlUrl, USAGE, { from: FROM, to: TO, tenantId: harborId }, { token: await asAdmin(server) });
    expect(codeOf(naming)).toBe('NOT_FOUND');
    expect(naming.data).toBeNull();
  });

  it('gives platform admins every tenant, or the one they name', async () => {
    const token = await asPlatformAdmin(server);
    const all = await gql(server.graphqlUrl, USAGE, { from: FROM, to: TO }, { token });
    expect(all.data!.aiUsage.totals).toMatchObject({ calls: 7, conversations: 3, handedOff: 2 });
    const one = await gql(server.graphqlUrl, USAGE, { from: FROM, to: TO, tenantId: northwindId }, { token });
    expect(one.data!.aiUsage.totals.calls).toBe(6);
  });

  it('answers an empty period with zeros and null percentiles', async () => {
    const r = await gql(server.graphqlUrl, USAGE, { from: '2019-01-01T00:00:00Z', to: '2019-01-02T00:00:00Z' }, { token: await asViewer(server) });
    expect(r.data!.aiUsage).toMatchObject({ totals: { calls: 0, costUsd: 0, latencyP50Ms: null, latencyP95Ms: null, handOffRate: null }, byPurpose: [], byModel: [] });
  });

  it('refuses a backwards or too long period, and callers without reports.view', async () => {
    const token = await asViewer(server);
    expect(codeOf(await gql(server.graphqlUrl, USAGE, { from: TO, to: FROM }, { token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.graphqlUrl, USAGE, { from: '2019-01-01T00:00:00Z', to: '2021-01-01T00:00:00Z' }, { token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.graphqlUrl, USAGE, { from: FROM, to: TO }, { token: await asAgent(server) }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.graphqlUrl, USAGE, { from: FROM, to: TO }))).toBe('UNAUTHENTICATED');
  });
});
