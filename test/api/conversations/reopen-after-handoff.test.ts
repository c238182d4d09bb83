// "Customers choose" (issue 16, Chatwoot #13880): a conversation that went to people and was then
// resolved stays with people when the customer writes again — back in line (or with their agent),
// never silently back with the assistant.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { gql } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { until } from '../../helpers/ws.js';
import { asAgent, asManager, asWidget } from '../../helpers/as.js';

let server: TestServer;
let db: string;
let manager: string;

const START = `mutation($k: String!) { startConversation(input: { subject: "Help", idempotencyKey: $k }) { conversationId } }`;
const SEND = `mutation($c: ID!, $b: String!) { sendMessage(input: { conversationId: $c, body: $b, clientMessageId: "${'x'}" }) { message { seq } } }`;
const ASK = `mutation($c: ID!) { requestHumanAgent(input: { conversationId: $c }) { conversationId } }`;
const RESOLVE = `mutation($c: ID!) { resolveConversation(input: { conversationId: $c }) { conversationId } }`;
const STATE = `query($c: ID!) { conversation(id: $c) { status handler assignee { email } } }`;
const HISTORY = `query($c: ID!) { messages(conversationId: $c) { messages { author body } } }`;

const send = (c: string, body: string, token: string) => gql(server.graphqlUrl, SEND.replace('"x"', JSON.stringify(randomUUID())), { c, b: body }, { token });
const state = async (c: string) => (await gql(server.graphqlUrl, STATE, { c }, { token: manager })).data!.conversation;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  manager = await asManager(server);
  await sql(db, `update users set availability = 'OFFLINE' where email like '%@northwind.demo'`);
  await sql(db, `update conversations set status = 'CLOSED', waiting_since = null where status in ('WAITING', 'OPEN')`);
});

async function handedOff() {
  const customer = await asWidget(server, 'northwind', `Reopen ${randomUUID().slice(0, 6)}`);
  const c = (await gql(server.graphqlUrl, START, { k: randomUUID() }, { token: customer.token })).data!.startConversation.conversationId as string;
  expect((await gql(server.graphqlUrl, ASK, { c }, { token: customer.token })).errors).toBeUndefined();
  return { c, token: customer.token };
}

it('a hand-off resolved while waiting goes back in line for people when the customer writes again, and is offered to whoever is online', async () => {
  const { c, token } = await handedOff();
  expect(await state(c)).toMatchObject({ status: 'WAITING', handler: 'HUMAN' });
  expect((await gql(server.graphqlUrl, RESOLVE, { c }, { token: manager })).errors).toBeUndefined();
  // Ada comes online (nothing waits, so nothing is offered yet); then the customer writes again.
  await sql(db, `update users set availability = 'ONLINE', max_concurrent_chats = 5 where email = 'agent@northwind.demo'`);
  expect((await send(c, 'Sorry, one more question about my order', token)).errors).toBeUndefined();
  await server.services.domainEvents.settled();
  // Reopened to people and routed at once to the ONLINE agent — not to the assistant.
  await until(async () => (await state(c)).status === 'OPEN', 5000);
  expect(await state(c)).toEqual({ status: 'OPEN', handler: 'HUMAN', assignee: { email: 'agent@northwind.demo' } });
  const messages = (await gql(server.graphqlUrl, HISTORY, { c }, { token: manager })).data!.messages.messages as { author: string; body: string }[];
  const after = messages.slice(messages.findIndex((m) => m.body === 'Sorry, one more question about my order'));
  expect(after.some((m) => m.author === 'AI')).toBe(false);
  expect(messages.some((m) => /assistant is back/i.test(m.body))).toBe(false);
});

it('a hand-off an agent resolved returns to that agent, and the assistant stays silent', async () => {
  const { c, token } = await handedOff();
  await until(async () => (await state(c)).status === 'OPEN', 5000); // Ada is online now
  const ada = await asAgent(server);
  expect((await gql(server.graphqlUrl, RESOLVE, { c }, { token: ada })).errors).toBeUndefined();
  expect((await send(c, 'Do you ship to Norway?', token)).errors).toBeUndefined();
  await server.services.domainEvents.settled();
  await new Promise((r) => setTimeout(r, 300)); // give an assistant turn (if one were queued) the time to write
  expect(await state(c)).toEqual({ status: 'OPEN', handler: 'HUMAN', assignee: { email: 'agent@northwind.demo' } });
  const messages = (await gql(server.graphqlUrl, HISTORY, { c }, { token: manager })).data!.messages.messages as { author: string }[];
  expect(messages.at(-1)).toMatchObject({ author: 'CUSTOMER' });
  expect(messages.filter((m) => m.author === 'AI')).toHaveLength(0);
});
