// kpisUpdated: pushed within 1.5 s of a change, at most once per second per tenant under a burst,
// computed once per push for all subscribers, and each permission group sees only its fields.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { gql } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { widgetSession } from '../../helpers/widget.js';
import { asAgent, asManager, asPlatformAdmin, asViewer } from '../../helpers/as.js';
import { domainEvent } from '../../../api/src/events/domain-events.js';
import { Topic } from '../../../api/src/events/topics.js';
import { kpiThrottleOf, liveComputations, PUSH_INTERVAL_MS } from '../../../api/src/modules/kpis/kpis.live.js';

let server: TestServer;
let db: string;
let northwind: string;
let manager: string, viewer: string, agent: string, harborManager: string;

const SUB = `subscription { kpisUpdated { tenantId computedAt waitingCustomers activeConversations humanHandledNow agents { userId activeConversations } } }`;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  [manager, viewer, agent, harborManager] = await Promise.all([asManager(server), asViewer(server), asAgent(server), asManager(server, 'harbor')]);
  [{ id: northwind }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
});

const throttle = () => kpiThrottleOf(server.services);
const computations = () => liveComputations.get(server.services) ?? 0;
const quiet = () => until(() => !throttle().pending(northwind), 5000);

/** Publish instants of KPIS_UPDATED for Northwind (the throttle's own clock, carried as `at`). */
function recordPushes(): { at: number[]; stop: () => void } {
  const at: number[] = [];
  const stream = server.services.events.pubSub.subscribe(Topic.KPIS_UPDATED) as AsyncIterableIterator<{ tenantId: string; at: string }>;
  void (async () => {
    for await (const e of stream) if (e.tenantId === northwind) at.push(Date.parse(e.at));
  })();
  return { at, stop: () => void stream.return?.() };
}

async function openConversation(): Promise<string> {
  const customer = await widgetSession(server.graphqlUrl, db);
  const r = await gql(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { idempotencyKey: randomUUID(), subject: 'KPI', body: 'Hello', clientMessageId: 'first' } }, { token: customer.token });
  const id = r.data!.startConversation.conversationId as string;
  const t = await gql(server.graphqlUrl, `mutation($c: ID!) { takeOverConversation(input: {conversationId: $c}) { conversationId } }`, { c: id }, { token: agent });
  expect(t.errors).toBeUndefined();
  return id;
}

describe('kpisUpdated', () => {
  it('reaches a subscriber within 1.5 s of a conversation being resolved, with the new figures', async () => {
    const id = await openConversation();
    await server.services.domainEvents.settled();
    await quiet();
    const client = wsClient(server.wsUrl, manager);
    const sub = subscribe<any>(client, SUB);
    await until(() => server.http.subscriptionCount() >= 1);
    const t0 = Date.now();
    const r = await gql(server.graphqlUrl, `mutation($c: ID!) { resolveConversation(input: {conversationId: $c}) { conversationId } }`, { c: id }, { token: agent });
    expect(r.errors).toBeUndefined();
    await sub.waitFor(1, 3000);
    const elapsed = Date.now() - t0;
    expect(elapsed).toBeLessThan(1500);
    // Routing may give the freed agent a waiting conversation (another change, another push):
    // once all is quiet, the last push shows the rows as they are.
    await server.services.domainEvents.settled();
    await quiet();
    const [now] = await sql<{ open: number; active: number }>(db, `select count(*) filter (where status = 'OPEN' and handler = 'HUMAN')::int as open, count(*) filter (where status in ('BOT', 'WAITING', 'OPEN'))::int as active from conversations where tenant_id = $1`, [northwind]);
    await until(() => sub.events.at(-1).kpisUpdated.humanHandledNow === now.open && sub.events.at(-1).kpisUpdated.activeConversations === now.active, 3000, () => JSON.stringify({ now, events: sub.events }));
    expect(sub.events.at(-1).kpisUpdated.tenantId).toBe(northwind);
    await client.dispose();
  });

  it('never more than once per second per tenant under a burst of 500 changes; one computation per push', async () => {
    await quiet();
    const client = wsClient(server.wsUrl, manager);
    const sub = subscribe<any>(client, SUB);
    const harborClient = wsClient(server.wsUrl, harborManager);
    const harborSub = subscribe<any>(harborClient, SUB);
    await until(() => server.http.subscriptionCount() >= 2);
    const pushes = recordPushes();
    const received: number[] = [];
    const seen = sub.events.length;
    const computed = computations();
    const burstStart = Date.now();
    for (let i = 0; i < 500; i++) {
      server.services.domainEvents.emit([domainEvent('customer.rated', northwind, { conversationId: randomUUID(), contactId: randomUUID(), rating: 5 })]);
      if (i % 20 === 19) await new Promise((r) => setTimeout(r, 100)); // ≈ 2.5 s of changes
    }
    const burstMs = Date.now() - burstStart;
    await quiet();
    await until(() => sub.events.length - seen >= pushes.at.length && pushes.at.length > 0, 3000);
    for (let i = seen; i < sub.events.length; i++) received.push(Date.parse(sub.events[i].kpisUpdated.computedAt));
    pushes.stop();
    const gaps = pushes.at.slice(1).map((t, i) => t - pushes.at[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(PUSH_INTERVAL_MS);
    expect(pushes.at.length).toBeGreaterThanOrEqual(2);
    expect(pushes.at.length).toBeLessThanOrEqual(Math.ceil(burstMs / 1000) + 1);
    expect(sub.events.length - seen).toBe(pushes.at.length);
    // What subscribers saw is spaced the same (computation times jitter by a few ms).
    expect(received.slice(1).every((t, i) => t - received[i] >= PUSH_INTERVAL_MS - 250)).toBe(true);
    // Computed once per push (this tenant), however many subscribers.
    expect(computations() - computed).toBe(pushes.at.length);
    // The other tenant heard nothing.
    expect(harborSub.events).toHaveLength(0);
    await client.dispose();
    await harborClient.dispose();
  });

  it('a VIEWER and a MANAGER subscribed together each get only what they may see, from one computation', async () => {
    await quiet();
    const clients = [wsClient(server.wsUrl, manager), wsClient(server.wsUrl, viewer), wsClient(server.wsUrl, viewer)];
    const [m, v1, v2] = clients.map((c) => subscribe<any>(c, SUB));
    await until(() => server.http.subscriptionCount() >= 3);
    const computed = computations();
    server.services.domainEvents.emit([domainEvent('customer.rated', northwind, { conversationId: randomUUID(), contactId: randomUUID(), rating: 4 })]);
    await Promise.all([m.waitFor(1, 3000), v1.waitFor(1, 3000), v2.waitFor(1, 3000)]);
    expect(computations() - computed).toBe(1);
    const mk = m.events[0].kpisUpdated;
    expect(mk.agents.length).toBeGreaterThan(0);
    expect(m.errors).toHaveLength(0);
    for (const v of [v1, v2]) {
      const vk = v.events[0].kpisUpdated;
      expect(vk.agents).toBeNull();
      expect({ ...vk, agents: undefined }).toEqual({ ...mk, agents: undefined });
      expect((v.errors[0] as any[]).map((e) => [e.path.join('.'), e.extensions.code])).toEqual([['kpisUpdated.agents', 'FORBIDDEN']]);
    }
    for (const c of clients) await c.dispose();
  });

  it('a tenant member naming another tenant gets NOT_FOUND; a platform admin must name one', async () => {
    const [{ id: harbor }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'harbor-bank'`);
    const client = wsClient(server.wsUrl, manager);
    const sub = subscribe<any>(client, `subscription($t: ID) { kpisUpdated(tenantId: $t) { tenantId } }`, { t: harbor });
    const err = (await sub.waitForError(3000)) as any;
    expect(JSON.stringify(err)).toMatch(/NOT_FOUND/);
    await client.dispose();
    const platform = wsClient(server.wsUrl, await asPlatformAdmin(server));
    const none = subscribe<any>(platform, `subscription { kpisUpdated { tenantId } }`);
    expect(JSON.stringify(await none.waitForError(3000))).toMatch(/BAD_USER_INPUT/);
    await platform.dispose();
  });
});
