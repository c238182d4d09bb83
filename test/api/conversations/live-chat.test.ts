// Live chat between a widget customer and agents: idempotent messages, validation, private
// notes, take-over race, isolation between contacts and tenants.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { widgetSession } from '../../helpers/widget.js';
import { sql } from '../../helpers/db.js';
import { asAgent, asManager } from '../../helpers/as.js';

let server: TestServer;
let db: string;
let agent: string;
let agent2: string;
let harbor: string;

const START = `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`;
const SEND = `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id seq author authorName body private } } }`;
const HISTORY = `query($c: ID!, $after: Int) { messages(conversationId: $c, afterSeq: $after, first: 500) { hasMore messages { seq author body private authorName } } }`;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  [agent, agent2, harbor] = await Promise.all([
    asAgent(server),
    login(server.graphqlUrl, 'agent2@northwind.demo', 'northwind'),
    asAgent(server, 'harbor'),
  ]);
});

async function newConversation(token: string, body = 'Hello, where is my order?') {
  const r = await gql(server.graphqlUrl, START, { i: { idempotencyKey: randomUUID(), subject: 'Order', body, clientMessageId: 'first' } }, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.startConversation.conversationId as string;
}

describe('messages', () => {
  it('a customer starts a conversation; the agent sees it and replies; both read the history in order', async () => {
    const customer = await widgetSession(server.graphqlUrl, db);
    const id = await newConversation(customer.token);
    const list = await gql(server.graphqlUrl, `{ conversations(first: 10, filter: { statuses: [BOT] }) { totalCount edges { node { id subject status handler contact { id name } } } } }`, {}, { token: agent });
    expect(list.data!.conversations.edges.map((e: any) => e.node)).toContainEqual({ id, subject: 'Order', status: 'BOT', handler: 'AI', contact: { id: customer.contactId, name: 'Test Customer' } });
    const reply = await gql(server.graphqlUrl, SEND, { i: { clientMessageId: randomUUID(), conversationId: id, body: 'Let me check that for you.' } }, { token: agent });
    expect(reply.data!.sendMessage.message).toMatchObject({ seq: 2, author: 'AGENT', authorName: 'Ada Agent' });
    const history = await gql(server.graphqlUrl, HISTORY, { c: id }, { token: customer.token });
    expect(history.data!.messages.messages.map((m: any) => [m.seq, m.author])).toEqual([[1, 'CUSTOMER'], [2, 'AGENT']]);
  });

  it('a repeated clientMessageId stores one message; empty and oversized bodies are BAD_USER_INPUT; HTML stays text', async () => {
    const customer = await widgetSession(server.graphqlUrl, db);
    const id = await newConversation(customer.token);
    const send = (body: string, clientMessageId: string = randomUUID()) => gql(server.graphqlUrl, SEND, { i: { conversationId: id, body, clientMessageId } }, { token: customer.token });
    const a = await send('<img src=x onerror=alert(1)>', 'c-1');
    const b = await send('<img src=x onerror=alert(1)>', 'c-1');
    expect(b.data!.sendMessage.message.id).toBe(a.data!.sendMessage.message.id);
    expect((await sql(db, 'select count(*)::int as n from messages where conversation_id = $1', [id]))[0]).toEqual({ n: 2 });
    expect((await sql(db, 'select body from messages where conversation_id = $1 and seq = 2', [id]))[0]).toEqual({ body: '<img src=x onerror=alert(1)>' });
    for (const body of ['', '   ', 'x'.repeat(10_001)]) {
      const r = await send(body);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.field).toBe('body');
    }
    expect((await send('x'.repeat(10_000))).errors).toBeUndefined();
  });

  it('private notes are for agents only', async () => {
    const customer = await widgetSession(server.graphqlUrl, db);
    const id = await newConversation(customer.token);
    await gql(server.graphqlUrl, SEND, { i: { clientMessageId: randomUUID(), conversationId: id, body: 'VIP, be nice', private: true } }, { token: agent });
    await gql(server.graphqlUrl, SEND, { i: { clientMessageId: randomUUID(), conversationId: id, body: 'Hi there!' } }, { token: agent });
    const mine = await gql(server.graphqlUrl, HISTORY, { c: id }, { token: customer.token });
    expect(mine.data!.messages.messages.map((m: any) => m.body)).toEqual(['Hello, where is my order?', 'Hi there!']);
    const staff = await gql(server.graphqlUrl, HISTORY, { c: id }, { token: agent });
    expect(staff.data!.messages.messages.map((m: any) => m.private)).toEqual([false, true, false]);
    expect(codeOf(await gql(server.graphqlUrl, SEND, { i: { clientMessageId: randomUUID(), conversationId: id, body: 'sneaky', private: true } }, { token: customer.token }))).toBe('BAD_USER_INPUT');
    // a widget subscriber replaying from 0 never receives the note either
    const client = wsClient(server.wsUrl, customer.token);
    const sub = subscribe(client, `subscription($c: ID!) { messageAdded(conversationId: $c, afterSeq: 0) { seq body private } }`, { c: id });
    const events = await sub.waitFor(2);
    expect(events.map((e: any) => e.messageAdded.seq)).toEqual([1, 3]);
    await gql(server.graphqlUrl, SEND, { i: { clientMessageId: randomUUID(), conversationId: id, body: 'another note', private: true } }, { token: agent });
    await gql(server.graphqlUrl, SEND, { i: { clientMessageId: randomUUID(), conversationId: id, body: 'visible again' } }, { token: agent });
    const after = await sub.waitFor(3);
    expect(after.map((e: any) => e.messageAdded.body)).toEqual(['Hello, where is my order?', 'Hi there!', 'visible again']);
    await client.dispose();
  });
});

describe('isolation', () => {
  it("a widget token cannot read, write or subscribe to another contact's conversation", async () => {
    const alice = await widgetSession(server.graphqlUrl, db, 'northwind', 'Alice');
    const bob = await widgetSession(server.graphqlUrl, db, 'northwind', 'Bob');
    const id = await newConversation(alice.token);
    expect(codeOf(await gql(server.graphqlUrl, HISTORY, { c: id }, { token: bob.token }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.graphqlUrl, SEND, { i: { clientMessageId: randomUUID(), conversationId: id, body: 'hi' } }, { token: bob.token }))).toBe('NOT_FOUND');
    const client = wsClient(server.wsUrl, bob.token);
    const sub = subscribe(client, `subscription($c: ID!) { messageAdded(conversationId: $c) { body } }`, { c: id });
    expect(JSON.stringify(await sub.waitForError())).toMatch(/NOT_FOUND/);
    await client.dispose();
    // and staff fields stay closed to widget tokens
    expect(codeOf(await gql(server.graphqlUrl, `{ conversations { totalCount } }`, {}, { token: alice.token }))).toBe('FORBIDDEN');
    const mine = await gql(server.graphqlUrl, `{ myConversations { id } }`, {}, { token: alice.token });
    expect(mine.data!.myConversations.map((c: any) => c.id)).toEqual([id]);
  });

  it("another tenant's agent gets NOT_FOUND for the conversation and sees none of it in lists", async () => {
    const customer = await widgetSession(server.graphqlUrl, db);
    const id = await newConversation(customer.token);
    expect(codeOf(await gql(server.graphqlUrl, HISTORY, { c: id }, { token: harbor }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.graphqlUrl, `mutation($c: ID!) { takeOverConversation(input: {conversationId: $c}) { conversationId } }`, { c: id }, { token: harbor }))).toBe('NOT_FOUND');
    const list = await gql(server.graphqlUrl, `{ conversations(first: 100) { edges { node { id contact { name } } } } }`, {}, { token: harbor });
    const ids = list.data!.conversations.edges.map((e: any) => e.node.id);
    expect(ids.length).toBeGreaterThan(0); // Harbor's own demo conversations
    expect(ids).not.toContain(id);
    expect(JSON.stringify(list.data)).not.toMatch(/Test Customer/);
  });
});

describe('take-over', () => {
  it('two agents at once: exactly one wins, the other gets CONFLICT, the customer sees one "joined" message', async () => {
    const customer = await widgetSession(server.graphqlUrl, db);
    const id = await newConversation(customer.token);
    const TAKE = `mutation($c: ID!) { takeOverConversation(input: {conversationId: $c}) { conversation { status handler assignee { email } } } }`;
    const results = await Promise.all([agent, agent2].map((token) => gql(server.graphqlUrl, TAKE, { c: id }, { token })));
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map(codeOf)).toEqual(['CONFLICT']);
    expect(winners[0].data!.takeOverConversation.conversation).toMatchObject({ status: 'OPEN', handler: 'HUMAN' });
    const history = await gql(server.graphqlUrl, HISTORY, { c: id }, { token: customer.token });
    expect(history.data!.messages.messages.filter((m: any) => m.author === 'SYSTEM' && /joined/.test(m.body))).toHaveLength(1);
  });

  it('agents watching conversationUpdated see the take-over; resolve and reopen work', async () => {
    const customer = await widgetSession(server.graphqlUrl, db);
    const id = await newConversation(customer.token);
    const manager = await asManager(server);
    const client = wsClient(server.wsUrl, manager);
    const sub = subscribe(client, `subscription { conversationUpdated { id status handler assignee { displayName } } }`);
    await until(() => server.http.subscriptionCount() >= 1);
    await gql(server.graphqlUrl, `mutation($c: ID!) { takeOverConversation(input: {conversationId: $c}) { conversationId } }`, { c: id }, { token: agent });
    await until(() => sub.events.some((e: any) => e.conversationUpdated.id === id && e.conversationUpdated.status === 'OPEN'));
    const resolved = await gql(server.graphqlUrl, `mutation($c: ID!) { resolveConversation(input: {conversationId: $c}) { conversation { status resolvedAt } } }`, { c: id }, { token: agent });
    expect(resolved.data!.resolveConversation.conversation.status).toBe('RESOLVED');
    // the customer writes again: it reopens to the same agent
    await gql(server.graphqlUrl, SEND, { i: { clientMessageId: randomUUID(), conversationId: id, body: 'One more thing' } }, { token: customer.token });
    const c = await gql(server.graphqlUrl, `query($c: ID!) { conversation(id: $c) { status reopenCount assignee { email } } }`, { c: id }, { token: agent });
    expect(c.data!.conversation).toEqual({ status: 'OPEN', reopenCount: 1, assignee: { email: DEMO.northwind.agent } });
    await client.dispose();
  });
});

describe('read receipts', () => {
  it('each side marks what it has read; it never moves back or past the last message', async () => {
    const customer = await widgetSession(server.graphqlUrl, db);
    const id = await newConversation(customer.token);
    await gql(server.graphqlUrl, SEND, { i: { clientMessageId: randomUUID(), conversationId: id, body: 'Reply 1' } }, { token: agent });
    await gql(server.graphqlUrl, SEND, { i: { clientMessageId: randomUUID(), conversationId: id, body: 'Reply 2' } }, { token: agent });
    const MARK = `mutation($c: ID!, $s: Int!) { markConversationRead(input: { conversationId: $c, seq: $s }) { conversationId } }`;
    await gql(server.graphqlUrl, MARK, { c: id, s: 99 }, { token: customer.token }); // capped at the last seq (3)
    await gql(server.graphqlUrl, MARK, { c: id, s: 1 }, { token: customer.token }); // never backwards
    await gql(server.graphqlUrl, MARK, { c: id, s: 1 }, { token: agent });
    const staff = await gql(server.graphqlUrl, `query($c: ID!) { conversation(id: $c) { customerLastReadSeq agentLastReadSeq } }`, { c: id }, { token: agent });
    expect(staff.data!.conversation).toEqual({ customerLastReadSeq: 3, agentLastReadSeq: 1 });
    const mine = await gql(server.graphqlUrl, `{ myConversations { id agentLastReadSeq } }`, {}, { token: customer.token });
    expect(mine.data!.myConversations.find((c: any) => c.id === id).agentLastReadSeq).toBe(1);
    expect(codeOf(await gql(server.graphqlUrl, MARK, { c: id, s: -1 }, { token: agent }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.graphqlUrl, MARK, { c: id, s: 1 }, { token: harbor }))).toBe('NOT_FOUND');
  });
});
