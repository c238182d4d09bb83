// What the agent console shows must be true (issue 11, items 13, 15, 16) — the API side:
// - every staff member watching conversationUpdated hears that a waiting conversation went to a
//   colleague (else it stays in their Queue and they try to take a chat already taken);
// - transfer targets are the people who take conversations (agents and managers), and the API
//   refuses a transfer to anyone else;
// - canned responses have a title, and can be rendered for a conversation without sending.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { widgetSession } from '../../helpers/widget.js';
import { sql } from '../../helpers/db.js';

let server: TestServer;
let db: string;
const tokens: Record<string, string> = {};
const NORTHWIND_STAFF = [DEMO.northwind.admin, DEMO.northwind.manager, DEMO.northwind.agent, 'agent2@northwind.demo', 'agent3@northwind.demo', DEMO.northwind.viewer];

const SET_AVAILABILITY = `mutation($i: SetAvailabilityInput!) { setAvailability(input: $i) { presence { availability } } }`;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  for (const email of NORTHWIND_STAFF) tokens[email] = await login(server.graphqlUrl, email, DEMO.northwind.slug);
  tokens.harbor = await login(server.graphqlUrl, DEMO.harbor.agent, DEMO.harbor.slug);
});

async function userId(email: string): Promise<string> {
  return (await sql<{ id: string }>(db, `select id from users where email = $1`, [email]))[0].id;
}

/** A widget customer who asked for a person: the conversation waits (nobody is ONLINE). */
async function waitingConversation(): Promise<string> {
  const customer = await widgetSession(server.graphqlUrl, db);
  const started = await gql(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { subject: 'Refund', body: 'Hello', idempotencyKey: randomUUID(), clientMessageId: randomUUID() } }, { token: customer.token });
  const id = started.data!.startConversation.conversationId as string;
  const asked = await gql(server.graphqlUrl, `mutation($i: RequestHumanInput!) { requestHumanAgent(input: $i) { conversation { id } } }`, { i: { conversationId: id } }, { token: customer.token });
  expect(asked.errors).toBeUndefined();
  expect((await sql<{ status: string }>(db, `select status from conversations where id = $1`, [id]))[0].status).toBe('WAITING');
  return id;
}

describe('conversationUpdated keeps every console list true', () => {
  it("an agent hears that a conversation in their Queue was auto-assigned to a colleague who went ONLINE", async () => {
    for (const email of NORTHWIND_STAFF) expect((await gql(server.graphqlUrl, SET_AVAILABILITY, { i: { availability: 'AWAY' } }, { token: tokens[email] })).errors).toBeUndefined();
    // Only our conversation waits, so the colleague gets exactly this one.
    await sql(db, `update conversations set status = 'RESOLVED', waiting_since = null where status = 'WAITING'`);
    const id = await waitingConversation();
    const bo = await userId('agent2@northwind.demo');

    // Ada (an AGENT, no conversations.assign) watches, as the console does.
    const client = wsClient(server.wsUrl, tokens[DEMO.northwind.agent]);
    const sub = subscribe(client, `subscription { conversationUpdated { id status assignee { id } } }`);
    await until(() => server.http.subscriptionCount() >= 1);

    expect((await gql(server.graphqlUrl, SET_AVAILABILITY, { i: { availability: 'ONLINE' } }, { token: tokens['agent2@northwind.demo'] })).errors).toBeUndefined();
    await until(async () => (await sql<{ assignee_id: string | null }>(db, `select assignee_id from conversations where id = $1`, [id]))[0].assignee_id === bo, 10_000, () => 'never assigned to Bo');
    await until(() => sub.events.some((e: any) => e.conversationUpdated.id === id), 5_000, () => `Ada never heard of ${id}: ${JSON.stringify(sub.events)}`);
    expect(sub.events.find((e: any) => e.conversationUpdated.id === id)!.conversationUpdated).toEqual({ id, status: 'OPEN', assignee: { id: bo } });
    expect(sub.errors).toEqual([]);
    await client.dispose();
    await gql(server.graphqlUrl, SET_AVAILABILITY, { i: { availability: 'AWAY' } }, { token: tokens['agent2@northwind.demo'] });
  });

  it('a user of another tenant hears nothing of it', async () => {
    const client = wsClient(server.wsUrl, tokens.harbor);
    const sub = subscribe(client, `subscription { conversationUpdated { id } }`);
    await until(() => server.http.subscriptionCount() >= 1);
    const id = await waitingConversation();
    const manager = tokens[DEMO.northwind.manager];
    await gql(server.graphqlUrl, `mutation($i: ConversationIdInput!) { takeOverConversation(input: $i) { conversationId } }`, { i: { conversationId: id } }, { token: manager });
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.events).toEqual([]);
    await client.dispose();
  });
});

describe('transfer targets are the people who take conversations', () => {
  it('presence(takesConversations: true) lists agents and managers only; the full list still has everyone', async () => {
    const token = tokens[DEMO.northwind.agent];
    const roles = async (args: string) => {
      const r = await gql(server.graphqlUrl, `{ presence${args} { userId } }`, {}, { token });
      expect(r.errors).toBeUndefined();
      const ids = r.data!.presence.map((p: any) => p.userId);
      return (await sql<{ role: string }>(db, `select role from users where id = any($1::uuid[])`, [ids])).map((u) => u.role);
    };
    expect(new Set(await roles('(takesConversations: true)'))).toEqual(new Set(['AGENT', 'MANAGER']));
    expect(new Set(await roles(''))).toEqual(new Set(['TENANT_ADMIN', 'MANAGER', 'AGENT', 'VIEWER']));
  });

  it('a transfer to a viewer or an admin is refused (BAD_USER_INPUT), to an agent it works', async () => {
    const id = await waitingConversation();
    const manager = tokens[DEMO.northwind.manager];
    const TRANSFER = `mutation($i: TransferConversationInput!) { transferConversation(input: $i) { conversation { assignee { id } } } }`;
    for (const email of [DEMO.northwind.viewer, DEMO.northwind.admin]) {
      const r = await gql(server.graphqlUrl, TRANSFER, { i: { conversationId: id, toUserId: await userId(email) } }, { token: manager });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/does not take conversations/);
    }
    expect((await sql<{ assignee_id: string | null }>(db, `select assignee_id from conversations where id = $1`, [id]))[0].assignee_id).toBeNull();
    const bo = await userId('agent2@northwind.demo');
    const ok = await gql(server.graphqlUrl, TRANSFER, { i: { conversationId: id, toUserId: bo } }, { token: manager });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.transferConversation.conversation.assignee.id).toBe(bo);
  });
});

describe('canned responses: a title, and rendered for the composer without sending', () => {
  const CREATE = `mutation($i: CreateCannedResponseInput!) { createCannedResponse(input: $i) { cannedResponse { id shortcut title body shared } } }`;
  const RENDER = `query($c: ID!, $s: String!) { renderCannedResponse(conversationId: $c, shortcut: $s) }`;

  it('create and update keep a title; a blank title is none; over 120 characters is BAD_USER_INPUT', async () => {
    const agent = tokens[DEMO.northwind.agent];
    const r = await gql(server.graphqlUrl, CREATE, { i: { shortcut: 'refund-time', title: ' Refund timeline ', body: 'Refunds take 5 days, {{contact.name}}.' } }, { token: agent });
    expect(r.errors).toBeUndefined();
    const created = r.data!.createCannedResponse.cannedResponse;
    expect(created).toMatchObject({ shortcut: 'refund-time', title: 'Refund timeline', shared: false });
    const UPDATE = `mutation($i: UpdateCannedResponseInput!) { updateCannedResponse(input: $i) { cannedResponse { title body } } }`;
    const cleared = await gql(server.graphqlUrl, UPDATE, { i: { id: created.id, title: '' } }, { token: agent });
    expect(cleared.data!.updateCannedResponse.cannedResponse).toEqual({ title: null, body: 'Refunds take 5 days, {{contact.name}}.' });
    const long = await gql(server.graphqlUrl, UPDATE, { i: { id: created.id, title: 'x'.repeat(121) } }, { token: agent });
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions!.field).toBe('title');
    const listed = await gql(server.graphqlUrl, `{ cannedResponses(first: 50) { edges { node { shortcut title } } } }`, {}, { token: agent });
    expect(listed.data!.cannedResponses.edges.map((e: any) => e.node)).toContainEqual({ shortcut: 'refund-time', title: null });
  });

  it('renderCannedResponse fills the variables in and sends nothing; unknown: NOT_FOUND; viewers: FORBIDDEN; other tenants: NOT_FOUND', async () => {
    const agent = tokens[DEMO.northwind.agent];
    expect((await gql(server.graphqlUrl, CREATE, { i: { shortcut: 'hello-there', body: 'Hi {{contact.name}}, {{agent.name}} from {{tenant.name}} here.' } }, { token: agent })).errors).toBeUndefined();
    const id = await waitingConversation();
    const seqBefore = (await sql<{ last_seq: number }>(db, `select last_seq from conversations where id = $1`, [id]))[0].last_seq;
    const r = await gql(server.graphqlUrl, RENDER, { c: id, s: '/hello-there' }, { token: agent });
    expect(r.errors).toBeUndefined();
    expect(r.data!.renderCannedResponse).toBe('Hi Test Customer, Ada Agent from Northwind Outfitters here.');
    expect((await sql<{ last_seq: number }>(db, `select last_seq from conversations where id = $1`, [id]))[0].last_seq).toBe(seqBefore);
    expect(codeOf(await gql(server.graphqlUrl, RENDER, { c: id, s: 'nope' }, { token: agent }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.graphqlUrl, RENDER, { c: id, s: 'hello-there' }, { token: tokens[DEMO.northwind.viewer] }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.graphqlUrl, RENDER, { c: id, s: 'hello-there' }, { token: tokens.harbor }))).toBe('NOT_FOUND');
  });
});
