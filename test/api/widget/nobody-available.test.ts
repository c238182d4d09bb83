// "Nobody available": outside business hours or with no agent online, the widget is told so (with
// the tenant's away message) instead of a place in line, and may leave an e-mail address.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { sql } from '../../helpers/db.js';
import { gql } from '../../helpers/graphql.js';
import { asAgent, asWidget } from '../../helpers/as.js';
import { subscribe, wsClient } from '../../helpers/ws.js';
import { queuePosition } from '../../../api/src/modules/routing/routing.service.js';

let server: TestServer;
let db: string;
let tenantId: string;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  [{ id: tenantId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  // Nobody of northwind takes chats right now.
  await sql(db, `update users set availability = 'OFFLINE' where tenant_id = $1`, [tenantId]);
});

async function waitingConversation(token: string): Promise<string> {
  const started = await gql<{ startConversation: { conversationId: string } }>(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { subject: 'Help', body: 'Hello', idempotencyKey: randomUUID(), clientMessageId: randomUUID() } }, { token });
  const id = started.data!.startConversation.conversationId;
  const asked = await gql(server.graphqlUrl, `mutation($i: RequestHumanInput!) { requestHumanAgent(input: $i) { conversation { id status } } }`, { i: { conversationId: id } }, { token });
  expect(asked.errors).toBeUndefined();
  return id;
}

const codeOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const leave = (token: string, conversationId: string, email: string) =>
  gql<{ leaveEmailForReply: { conversationId: string } }>(server.graphqlUrl, `mutation($i: LeaveEmailForReplyInput!) { leaveEmailForReply(input: $i) { conversationId } }`, { i: { conversationId, email } }, { token });

describe('nobody available', () => {
  it('outside business hours the widget gets the away message instead of a place in line', async () => {
    await sql(db, `update business_calendars set weekly_hours = '[[],[],[],[],[],[],[]]' where tenant_id = $1 and queue_id is null`, [tenantId]);
    const me = await asWidget(server);
    const id = await waitingConversation(me.token);
    const client = wsClient(server.wsUrl, me.token);
    const sub = subscribe<{ queuePosition: { waiting: boolean; position: number | null; nobodyAvailable: boolean; awayMessage: string | null } }>(client, `subscription($id: ID!) { queuePosition(conversationId: $id) { waiting position nobodyAvailable awayMessage } }`, { id });
    const [first] = await sub.waitFor(1);
    const [{ away }] = await sql<{ away: string }>(db, `select branding->>'awayMessage' as away from tenants where id = $1`, [tenantId]);
    expect(first!.queuePosition).toEqual({ waiting: true, position: 1, nobodyAvailable: true, awayMessage: away });
    sub.close();
    await client.dispose();
  });

  it('open, but no agent of the queue online: nobody available; one online (and full) agent: a place in line', async () => {
    // Open every day, all day, in the tenant's zone.
    await sql(db, `update business_calendars set weekly_hours = '[[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}]]', holidays = '[]' where tenant_id = $1 and queue_id is null`, [tenantId]);
    const me = await asWidget(server);
    const id = await waitingConversation(me.token);
    expect(await queuePosition(server.services, tenantId, id)).toMatchObject({ nobodyAvailable: true });
    await sql(db, `update users set availability = 'ONLINE', max_concurrent_chats = 0 where email = 'agent@northwind.demo'`);
    expect(await queuePosition(server.services, tenantId, id)).toMatchObject({ nobodyAvailable: false, position: expect.any(Number) });
    await sql(db, `update users set availability = 'OFFLINE' where email = 'agent@northwind.demo'`);
  });

  it('leaveEmailForReply stores the address on my contact, says so once in the conversation, and refuses bad input and strangers', async () => {
    const me = await asWidget(server);
    const id = await waitingConversation(me.token);
    const messages = async () => (await sql<{ body: string }>(db, `select body from messages where conversation_id = $1 and author = 'SYSTEM' and body like '%by e-mail%' order by seq`, [id])).map((m) => m.body);

    const bad = await leave(me.token, id, 'not-an-address');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('email');
    expect(await messages()).toEqual([]);

    const stranger = await asWidget(server, 'northwind', 'Someone Else');
    expect(codeOf(await leave(stranger.token, id, 'x@example.com'))).toBe('NOT_FOUND');
    expect(codeOf(await leave(stranger.token, randomUUID(), 'x@example.com'))).toBe('NOT_FOUND');
    expect(codeOf(await leave(await asAgent(server), id, 'x@example.com'))).toBe('FORBIDDEN');
    const otherTenant = await asWidget(server, 'harbor');
    expect(codeOf(await leave(otherTenant.token, id, 'x@example.com'))).toBe('NOT_FOUND');

    const ok = await leave(me.token, id, ' Ada@Example.com ');
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.leaveEmailForReply.conversationId).toBe(id);
    const [conversation] = await sql<{ reply_by_email: boolean }>(db, `select reply_by_email from conversations where id = $1`, [id]);
    expect(conversation!.reply_by_email).toBe(true);
    const [contact] = await sql<{ email: string }>(db, `select email from contacts where id = $1`, [me.contactId]);
    expect(contact!.email).toBe('ada@example.com');
    await leave(me.token, id, 'ada@example.com'); // the same again: said once
    expect(await messages()).toEqual(['The customer asked for an answer by e-mail at ada@example.com.']);
    const [strangerContact] = await sql<{ email: string | null }>(db, `select email from contacts where id = $1`, [stranger.contactId]);
    expect(strangerContact!.email).toBeNull();
  });
});
