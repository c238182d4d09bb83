// The widget's key is public, so its abuse limits are what stands between a script and the
// tenant's model bill: sessions per IP address and widget per hour, messages per customer per
// minute. Counted in PostgreSQL, so two API instances share one budget.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const limits = { WIDGET_SESSIONS_PER_HOUR: '3', WIDGET_MESSAGES_PER_MINUTE: '5' };
let a: TestServer;
let b: TestServer;
let db: string;

beforeAll(async () => {
  db = await fileDatabaseUrl();
  // Two instances on one database: the counters are shared, not per process.
  a = await startTestServer({ databaseUrl: db, env: limits });
  b = await startTestServer({ databaseUrl: db, env: limits });
});

const widgetKey = async (slug: string) => (await sql<{ widget_key: string }>(db, 'select widget_key from tenants where slug = $1', [slug]))[0].widget_key;
const startSession = (server: TestServer, key: string, ip: string) =>
  gql<{ startWidgetSession: { token: string } }>(server.graphqlUrl, `mutation($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { token } }`, { i: { widgetKey: key, name: 'Script' } }, { headers: { 'x-forwarded-for': ip } });
const send = (server: TestServer, token: string, conversationId: string, body: string) =>
  gql(server.graphqlUrl, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }`, { i: { clientMessageId: randomUUID(), conversationId, body } }, { token });
const messagesIn = async (conversationId: string) => (await sql<{ n: number }>(db, `select count(*)::int as n from messages where conversation_id = $1 and author = 'CUSTOMER'`, [conversationId]))[0].n;

describe('widget abuse limits', () => {
  it('refuses the fourth session from one IP address within the hour, on any instance, with a retry time', async () => {
    const key = await widgetKey('northwind');
    for (const server of [a, b, a]) expect((await startSession(server, key, '203.0.113.7')).data?.startWidgetSession.token).toBeTruthy();
    const refused = await startSession(b, key, '203.0.113.7');
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(3600);
    // Another address, and the same address on another tenant's widget, are not affected.
    expect((await startSession(a, key, '203.0.113.8')).data?.startWidgetSession.token).toBeTruthy();
    expect((await startSession(a, await widgetKey('harbor-bank'), '203.0.113.7')).data?.startWidgetSession.token).toBeTruthy();
  });

  it('counts sessions started over the WebSocket against the proxied client address too', async () => {
    const key = await widgetKey('northwind');
    // Through our reverse proxy (loopback), as a browser at 192.0.2.44 would come.
    class ProxiedSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { 'x-forwarded-for': '192.0.2.44' } });
      }
    }
    const ws = createClient({ url: a.wsUrl, webSocketImpl: ProxiedSocket, retryAttempts: 0, lazy: true });
    const overWs = () =>
      new Promise<any>((resolve, reject) => {
        let result: any;
        ws.subscribe({ query: `mutation($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { token } }`, variables: { i: { widgetKey: key } } }, { next: (v) => (result = v), error: reject, complete: () => resolve(result) });
      });
    try {
      for (let i = 0; i < 3; i++) expect((await overWs()).data?.startWidgetSession.token).toBeTruthy();
      expect((await overWs()).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      // The same budget as over HTTP from that address.
      expect(codeOf(await startSession(b, key, '192.0.2.44'))).toBe('RATE_LIMITED');
    } finally {
      await ws.dispose();
    }
  });

  it('refuses a customer’s sixth message within a minute and stores nothing for it; other customers and agents go on', async () => {
    const key = await widgetKey('northwind');
    const spammer = (await startSession(a, key, '198.51.100.1')).data!.startWidgetSession.token;
    const other = (await startSession(a, key, '198.51.100.2')).data!.startWidgetSession.token;
    // Starting a conversation with its first message counts as one message.
    const started = await gql<{ startConversation: { conversationId: string } }>(a.graphqlUrl, `mutation { startConversation(input: { idempotencyKey: "${randomUUID()}", body: "hello" }) { conversationId } }`, {}, { token: spammer });
    const conversationId = started.data!.startConversation.conversationId;
    for (let i = 2; i <= 5; i++) expect((await send(i % 2 ? a : b, spammer, conversationId, `message ${i}`)).errors).toBeUndefined();
    const refused = await send(b, spammer, conversationId, 'message 6');
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0].message).toMatch(/too quickly/);
    expect(await messagesIn(conversationId)).toBe(5);

    const otherConversation = (await gql<{ startConversation: { conversationId: string } }>(a.graphqlUrl, `mutation { startConversation(input: { idempotencyKey: "${randomUUID()}", body: "hi" }) { conversationId } }`, {}, { token: other })).data!.startConversation.conversationId;
    expect((await send(a, other, otherConversation, 'still fine')).errors).toBeUndefined();

    // Opening conversations has its own budget (the widget opens one empty, then sends): the
    // refused sixth message did not use it up, and a sixth new conversation is refused.
    const open = () => gql(a.graphqlUrl, `mutation { startConversation(input: { idempotencyKey: "${randomUUID()}" }) { conversationId } }`, {}, { token: other });
    for (let i = 0; i < 4; i++) expect((await open()).errors).toBeUndefined(); // + the one above = 5
    expect(codeOf(await open())).toBe('RATE_LIMITED');

    const agent = await login(a.graphqlUrl, DEMO.northwind.agent, 'northwind');
    expect((await gql(a.graphqlUrl, `mutation($c: ID!) { takeOverConversation(input: { conversationId: $c }) { conversation { id } } }`, { c: conversationId }, { token: agent })).errors).toBeUndefined();
    for (let i = 0; i < 7; i++) expect((await send(a, agent, conversationId, `agent ${i}`)).errors).toBeUndefined();
  });
});

describe('the sliding window', () => {
  const pool = { query: async <R,>(text: string, values: unknown[]) => (await sql(db, text, values)) as R[] };
  const rule = { limit: 3, windowSeconds: 86_400, message: 'Too many' };

  it('counts the previous window’s hits still inside the last day: a burst across the boundary gets no second budget', async () => {
    const { consumeRateLimit } = await import('../../../api/src/db/rate-limit.js');
    // 1,000 hits yesterday (the window before the current one): even late in today's window, far over 3.
    await sql(db, `insert into rate_limit_hits (key, window_start, hits) values ('t|burst', to_timestamp(floor(extract(epoch from now()) / 86400) * 86400) - interval '1 day', 1000)`);
    const refused = await consumeRateLimit(pool, 't|burst', rule).then(() => null, (e) => e);
    expect(refused?.code).toBe('RATE_LIMITED');
    expect(refused.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.details.retryAfterSeconds).toBeLessThanOrEqual(86_400);
    // A fresh key: three pass, the fourth does not.
    for (let i = 0; i < 3; i++) await consumeRateLimit(pool, 't|fresh', rule);
    await expect(consumeRateLimit(pool, 't|fresh', rule)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    // Windows older than the previous one count for nothing.
    await sql(db, `insert into rate_limit_hits (key, window_start, hits) values ('t|old', to_timestamp(floor(extract(epoch from now()) / 86400) * 86400) - interval '2 days', 1000)`);
    await consumeRateLimit(pool, 't|old', rule);
  });
});
