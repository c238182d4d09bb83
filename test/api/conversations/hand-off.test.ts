// A customer asks for a human: routed to an ONLINE agent with capacity, or in line with a live
// position; agents transfer to a colleague or back to a queue.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql } from '../../helpers/graphql.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { widgetSession } from '../../helpers/widget.js';
import { sql } from '../../helpers/db.js';
import { asAgent, asManager } from '../../helpers/as.js';

let server: TestServer;
let db: string;
let manager: string;

const START = `mutation($k: String!) { startConversation(input: { subject: "Help", body: "I need help", idempotencyKey: $k }) { conversationId } }`;
const ASK = `mutation($c: ID!) { requestHumanAgent(input: { conversationId: $c }) { conversationId } }`;
const STATE = `query($c: ID!) { conversation(id: $c) { status handler assignee { email } queue { name } } }`;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  manager = await asManager(server);
  // Only Ada is ONLINE, with room for exactly one more chat.
  await sql(db, `update users set availability = 'OFFLINE' where email like '%@northwind.demo' and email <> 'agent@northwind.demo'`);
  await sql(db, `update users set availability = 'ONLINE', max_concurrent_chats = 2 where email = 'agent@northwind.demo'`);
  // The seeded waiting conversation would be first in line (FIFO): close it.
  await sql(db, `update conversations set status = 'CLOSED', waiting_since = null where status = 'WAITING'`);
});

it('routes to the ONLINE agent with capacity, then queues the next customer with a live position', async () => {
  const first = await widgetSession(server.graphqlUrl, db, 'northwind', 'First');
  const a = (await gql(server.graphqlUrl, START, { k: randomUUID() }, { token: first.token })).data!.startConversation.conversationId;
  expect((await gql(server.graphqlUrl, ASK, { c: a }, { token: first.token })).errors).toBeUndefined();
  expect((await gql(server.graphqlUrl, STATE, { c: a }, { token: manager })).data!.conversation).toEqual({ status: 'OPEN', handler: 'HUMAN', assignee: { email: DEMO.northwind.agent }, queue: { name: 'Support' } });
  const history = await gql(server.graphqlUrl, `query($c: ID!) { messages(conversationId: $c) { messages { author body } } }`, { c: a }, { token: first.token });
  expect(history.data!.messages.messages.at(-1)).toEqual({ author: 'SYSTEM', body: 'Ada Agent joined the conversation' });

  // Ada is now full (seeded OPEN + this one): the next customer waits, first in line.
  const second = await widgetSession(server.graphqlUrl, db, 'northwind', 'Second');
  const b = (await gql(server.graphqlUrl, START, { k: randomUUID() }, { token: second.token })).data!.startConversation.conversationId;
  const client = wsClient(server.wsUrl, second.token);
  await gql(server.graphqlUrl, ASK, { c: b }, { token: second.token });
  const position = subscribe(client, `subscription($c: ID!) { queuePosition(conversationId: $c) { position estimatedWaitSeconds } }`, { c: b });
  const [p] = await position.waitFor(1);
  expect((p as any).queuePosition.position).toBe(1);
  expect((await gql(server.graphqlUrl, STATE, { c: b }, { token: manager })).data!.conversation.status).toBe('WAITING');

  // Ada resolves the first one: the waiting customer is assigned at once.
  const ada = await asAgent(server);
  await gql(server.graphqlUrl, `mutation($c: ID!) { resolveConversation(input: { conversationId: $c }) { conversationId } }`, { c: a }, { token: ada });
  await until(async () => (await gql(server.graphqlUrl, STATE, { c: b }, { token: manager })).data!.conversation.status === 'OPEN', 5000);
  await client.dispose();
});

it('transfers to a colleague with an internal note, and back to a queue', async () => {
  const customer = await widgetSession(server.graphqlUrl, db, 'northwind', 'Third');
  const c = (await gql(server.graphqlUrl, START, { k: randomUUID() }, { token: customer.token })).data!.startConversation.conversationId;
  const [ben] = await sql<{ id: string }>(db, `select id from users where email = 'agent2@northwind.demo'`);
  const TRANSFER = `mutation($i: TransferConversationInput!) { transferConversation(input: $i) { conversation { status assignee { email } } } }`;
  const r = await gql(server.graphqlUrl, TRANSFER, { i: { conversationId: c, toUserId: ben.id, note: 'Customer is upset about a refund' } }, { token: manager });
  expect(r.data!.transferConversation.conversation).toEqual({ status: 'OPEN', assignee: { email: 'agent2@northwind.demo' } });
  const staffView = await gql(server.graphqlUrl, `query($c: ID!) { messages(conversationId: $c) { messages { author body private } } }`, { c }, { token: manager });
  expect(staffView.data!.messages.messages).toContainEqual({ author: 'AGENT', body: 'Customer is upset about a refund', private: true });
  const customerView = await gql(server.graphqlUrl, `query($c: ID!) { messages(conversationId: $c) { messages { body } } }`, { c }, { token: customer.token });
  expect(JSON.stringify(customerView.data)).not.toMatch(/upset/);
  expect(codeOf(await gql(server.graphqlUrl, TRANSFER, { i: { conversationId: c } }, { token: manager }))).toBe('BAD_USER_INPUT');
  const [queue] = await sql<{ id: string }>(db, `select q.id from queues q join tenants t on t.id = q.tenant_id where t.slug = 'northwind' and q.is_default`);
  const back = await gql(server.graphqlUrl, TRANSFER, { i: { conversationId: c, toQueueId: queue.id } }, { token: manager });
  expect(back.errors).toBeUndefined();
});
