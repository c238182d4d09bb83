// Domain-event listeners in the running app, on two instances sharing PostgreSQL and Redis:
// each listener runs exactly once per event in the whole deployment (the committing instance
// handles it), a failing listener neither stops the others nor undoes the change, and the
// assistant and routing react through their listeners.
import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { DEMO, gql, login } from '../../helpers/graphql.js';
import { widgetSession } from '../../helpers/widget.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { redisAvailable, TEST_REDIS_URL } from '../../helpers/redis.js';
import { listener, type DomainEvent } from '../../../api/src/events/domain-events.js';

const hasRedis = await redisAvailable();
let a: TestServer;
let b: TestServer;
let dbUrl: string;

beforeAll(async () => {
  if (!hasRedis) return;
  dbUrl = await fileDatabaseUrl();
  const env = { EVENTS_CHANNEL_PREFIX: `sbtest-${randomBytes(4).toString('hex')}:` };
  [a, b] = await Promise.all([startTestServer({ databaseUrl: dbUrl, redisUrl: TEST_REDIS_URL, env }), startTestServer({ databaseUrl: dbUrl, redisUrl: TEST_REDIS_URL, env })]);
});

const START = `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`;
const SEND = `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }`;
const RESOLVE = `mutation($i: ConversationIdInput!) { resolveConversation(input: $i) { conversation { id } } }`;
const TAKE = `mutation($i: ConversationIdInput!) { takeOverConversation(input: $i) { conversation { id } } }`;

describe.skipIf(!hasRedis)('domain-event listeners on two instances', () => {
  it('each listener runs once per event across the deployment; one throwing stops neither the other nor the change', async () => {
    const all = new Map<string, { name: string; conversationId: string; instances: string[] }>();
    const note = (instance: string) => (e: DomainEvent) => {
      const entry = all.get(e.id) ?? { name: e.name, conversationId: (e.payload as { conversationId: string }).conversationId, instances: [] };
      entry.instances.push(instance);
      all.set(e.id, entry);
    };
    for (const [name, server] of [['a', a], ['b', b]] as const) {
      server.services.domainEvents.register(
        listener({ name: 'test.failing', on: 'message.created', handle: () => { throw new Error('listener exploded'); } }),
        listener<'message.created'>({ name: 'test.counting', on: 'message.created', handle: note(name) }),
        listener<'conversation.resolved'>({ name: 'test.counting-resolved', on: 'conversation.resolved', handle: note(name) }),
      );
    }
    const customer = await widgetSession(a.graphqlUrl, dbUrl);
    const started = await gql(a.graphqlUrl, START, { i: { idempotencyKey: randomUUID(), body: 'Hello from A', clientMessageId: randomUUID() } }, { token: customer.token });
    expect(started.errors).toBeUndefined();
    const conversationId = started.data!.startConversation.conversationId;
    for (let i = 0; i < 6; i++) {
      const via = i % 2 ? b : a;
      const r = await gql(via.graphqlUrl, SEND, { i: { conversationId, body: `message ${i}`, clientMessageId: randomUUID() } }, { token: customer.token });
      expect(r.errors).toBeUndefined();
    }
    const agent = await login(b.graphqlUrl, DEMO.northwind.agent, 'northwind');
    expect((await gql(b.graphqlUrl, TAKE, { i: { conversationId } }, { token: agent })).errors).toBeUndefined();
    expect((await gql(b.graphqlUrl, RESOLVE, { i: { conversationId } }, { token: agent })).errors).toBeUndefined();
    await Promise.all([a.services.domainEvents.settled(), b.services.domainEvents.settled()]);

    // 7 customer messages + "joined" + "resolved" system messages = 9 message.created, 1 resolved.
    const messages = await sql<{ n: number }>(dbUrl, `select count(*)::int as n from messages where conversation_id = $1`, [conversationId]);
    expect(messages[0].n).toBe(9); // the failing listener undid nothing
    const mine = [...all.entries()].filter(([, e]) => e.conversationId === conversationId);
    expect(mine.map(([, e]) => e.name).sort()).toEqual([...Array(9).fill('message.created'), 'conversation.resolved'].sort());
    for (const [, e] of mine) expect(e.instances).toHaveLength(1);
    expect(new Set(mine.flatMap(([, e]) => e.instances))).toEqual(new Set(['a', 'b'])); // each instance handled its own commits
    const seen = new Set(mine.map(([id]) => id));

    const failures = [...a.logs, ...b.logs].filter((l) => l.msg === 'domain event listener failed');
    const failedHere = failures.filter((f) => seen.has(f.eventId as string));
    expect(failedHere).toHaveLength(9); // once per message.created of this conversation, named by event id
    expect(failedHere.every((f) => f.listener === 'test.failing')).toBe(true);
  });

  it('routing reacts through its listener once: an agent coming ONLINE on one instance gets a waiting conversation exactly once', async () => {
    const customer = await widgetSession(a.graphqlUrl, dbUrl, 'harbor-bank');
    const agent = await login(b.graphqlUrl, DEMO.harbor.agent, 'harbor-bank');
    const setAvailability = (availability: string) =>
      gql(b.graphqlUrl, `mutation($i: SetAvailabilityInput!) { setAvailability(input: $i) { presence { availability } } }`, { i: { availability } }, { token: agent });
    await setAvailability('OFFLINE');
    await sql(dbUrl, `update users set availability = 'OFFLINE' where email like '%@harbor.demo'`);
    // Only this conversation waits, and the agent has room for it.
    await sql(dbUrl, `update conversations set status = 'CLOSED' where tenant_id = (select id from tenants where slug = 'harbor-bank')`);
    const started = await gql(a.graphqlUrl, START, { i: { idempotencyKey: randomUUID() } }, { token: customer.token });
    const conversationId = started.data!.startConversation.conversationId;
    const asked = await gql(a.graphqlUrl, `mutation($i: RequestHumanInput!) { requestHumanAgent(input: $i) { conversation { id } } }`, { i: { conversationId } }, { token: customer.token });
    expect(asked.errors).toBeUndefined();
    await setAvailability('ONLINE');
    await Promise.all([a.services.domainEvents.settled(), b.services.domainEvents.settled()]);
    const [row] = await sql<{ status: string; assignee_email: string | null }>(dbUrl, `select c.status, u.email as assignee_email from conversations c left join users u on u.id = c.assignee_id where c.id = $1`, [conversationId]);
    expect(row).toEqual({ status: 'OPEN', assignee_email: DEMO.harbor.agent });
    const joined = await sql<{ n: number }>(dbUrl, `select count(*)::int as n from messages where conversation_id = $1 and body like '% joined the conversation'`, [conversationId]);
    expect(joined[0].n).toBe(1);
  });
});
