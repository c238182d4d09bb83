// The bookkeeping listeners that run on every message (automation, SLA, reporting, KPIs,
// notifications) cost a counted number of SQL statements per message, so the per-message work
// cannot creep back (session 11: a customer message cost them 5 statements, now 1). And what they
// remember on this instance is forgotten when it changes: a new rule runs on the very next message,
// a ticket made for the conversation gets the next reply as its first response; a message that
// moves no clock of that ticket costs one read and no sync.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { DEMO, gql, login, type GqlResult } from '../../helpers/graphql.js';
import { asAdmin } from '../../helpers/as.js';
import { widgetSession } from '../../helpers/widget.js';
import { sql } from '../../helpers/db.js';
import { sqlStats } from '../../../api/src/db/sql-counter.js';
import { domainEvent, type AnyListener } from '../../../api/src/events/domain-events.js';

let server: TestServer;
let db: string;
let nw: string;
let agent: string;
let admin: string;
let customer: { token: string; contactId: string };

/** Statements per listener since the last `reset`, counted inside each listener run. */
const counts = new Map<string, number>();
const MINE = ['automation.', 'sla.', 'reporting.', 'kpis.', 'notifications.', 'webhooks.'];

const ok = (r: GqlResult) => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};
const settled = () => server.services.domainEvents.settled();
const START = `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`;
const SEND = `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id seq } } }`;
const TAKE = `mutation($i: ConversationIdInput!) { takeOverConversation(input: $i) { conversation { id } } }`;
const FROM_CONVERSATION = `mutation($i: CreateTicketFromConversationInput!) { createTicketFromConversation(input: $i) { ticketId } }`;
const CREATE_RULE = `mutation($i: CreateAutomationRuleInput!) { createAutomationRule(input: $i) { automationRule { id } } }`;
const UPDATE_RULE = `mutation($i: UpdateAutomationRuleInput!) { updateAutomationRule(input: $i) { automationRule { id } } }`;

async function send(token: string, conversationId: string, body: string) {
  ok(await gql(server.graphqlUrl, SEND, { i: { conversationId, body, clientMessageId: randomUUID() } }, { token }));
  await settled();
}

/** Statements of one message's listeners (of the modules above), by listener. */
async function measured(act: () => Promise<unknown>): Promise<Record<string, number>> {
  await settled();
  counts.clear();
  await act();
  await settled();
  return Object.fromEntries([...counts].filter(([, n]) => n > 0));
}
const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);

async function conversation(): Promise<string> {
  const id = ok(await gql(server.graphqlUrl, START, { i: { idempotencyKey: randomUUID(), body: 'Hello, my order is late', clientMessageId: randomUUID() } }, { token: customer.token })).startConversation
    .conversationId as string;
  await settled();
  return id;
}

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  [{ id: nw }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  agent = await login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug);
  admin = await asAdmin(server);
  customer = await widgetSession(server.graphqlUrl, db);
  // Count each listener's statements inside its own runs (the same listener, wrapped).
  const events = server.services.domainEvents;
  for (const l of events.listenersOf('message.created')) {
    if (!MINE.some((m) => l.name.startsWith(m))) continue;
    events.unregister(l);
    const inner = l as AnyListener & { handle: (e: unknown) => unknown };
    events.register({
      ...l,
      handle: (e: never) => {
        const stats = { statements: 0 };
        return sqlStats.run(stats, async () => {
          try {
            return await inner.handle(e);
          } finally {
            counts.set(l.name, (counts.get(l.name) ?? 0) + stats.statements);
          }
        });
      },
    } as AnyListener);
  }
});

describe('statements per message in the bookkeeping listeners', () => {
  it("a customer's message costs 1 (reporting's state save), the assistant's 1, an agent's 2 (reporting's read and write)", async () => {
    const conversationId = await conversation();
    await send(customer.token, conversationId, 'Are you there?'); // warm: this conversation's state is now known here

    const customerMessage = await measured(() => send(customer.token, conversationId, 'Where is order 4411?'));
    expect(customerMessage).toEqual({ 'reporting.responses': 1 });

    // The assistant's answer (its listeners see exactly this event when it stores one).
    const [{ seq }] = await sql<{ seq: number }>(db, `select max(seq)::int as seq from messages where conversation_id = $1`, [conversationId]);
    const ai = await measured(async () =>
      server.services.domainEvents.emit([
        domainEvent('message.created', nw, { conversationId, messageId: randomUUID(), seq: seq + 1, author: 'AI', private: false, status: 'BOT', handler: 'AI' }),
      ]),
    );
    expect(ai).toEqual({ 'reporting.responses': 1 });

    ok(await gql(server.graphqlUrl, TAKE, { i: { conversationId } }, { token: agent }));
    await settled();
    const agentReply = await measured(() => send(agent, conversationId, 'Let me check that for you.'));
    // The reply counts (first response, reply time): the calendar and the agent's team are read.
    expect(agentReply).toEqual({ 'reporting.responses': 2 });
    const again = await measured(() => send(customer.token, conversationId, 'Thanks!'));
    expect(total(again)).toBeLessThanOrEqual(1);
  });

  it('a new rule listening to messages runs on the very next message; switched off, it stops at once', async () => {
    const conversationId = await conversation();
    await send(customer.token, conversationId, 'warm the rules');
    const ruleId = ok(
      await gql(
        server.graphqlUrl,
        CREATE_RULE,
        { i: { name: `tag every message ${randomUUID().slice(0, 6)}`, trigger: { kind: 'EVENT', events: ['MESSAGE_CREATED'] }, conditions: { all: [] }, actions: [{ type: 'addTag', tag: 'seen' }] } },
        { token: admin },
      ),
    ).createAutomationRule.automationRule.id as string;
    const runs = async () => (await sql<{ n: number }>(db, `select count(*)::int as n from automation_rule_runs where rule_id = $1 and subject_id = $2`, [ruleId, conversationId]))[0].n;

    await send(customer.token, conversationId, 'first after the rule');
    expect(await runs()).toBe(1);
    ok(await gql(server.graphqlUrl, UPDATE_RULE, { i: { id: ruleId, enabled: false } }, { token: admin }));
    await send(customer.token, conversationId, 'after it was switched off');
    expect(await runs()).toBe(1);
  });

  it("a ticket made for the conversation is seen by the next message: the agent's reply there is the ticket's first response", async () => {
    const conversationId = await conversation();
    ok(await gql(server.graphqlUrl, TAKE, { i: { conversationId } }, { token: agent }));
    await send(agent, conversationId, 'Hello, I am looking into it.'); // remembered here: no open ticket
    await send(customer.token, conversationId, 'Still nothing.');
    const ticketId = ok(await gql(server.graphqlUrl, FROM_CONVERSATION, { i: { conversationId } }, { token: agent })).createTicketFromConversation.ticketId as string;
    await settled();
    const ticket = async () => (await sql<{ sla_policy_id: string | null; first_responded_at: Date | null }>(db, `select sla_policy_id, first_responded_at from tickets where id = $1`, [ticketId]))[0];
    expect((await ticket()).sla_policy_id).not.toBeNull(); // a clock runs on it
    expect((await ticket()).first_responded_at).toBeNull();

    const reply = await measured(() => send(agent, conversationId, 'I have escalated this to our warehouse.'));
    expect((await ticket()).first_responded_at).not.toBeNull();
    expect(reply['sla.clock-on-conversation-message']).toBeGreaterThanOrEqual(1);

    // The customer writes: the next response starts (a sync). Writes again: nothing moves, so the
    // clock costs its one read and no locked sync. The agent answers: the next response is met.
    const clock = async () => (await sql<{ awaiting_reply_since: Date | null; sla_next_response_state: string | null; version: number }>(
      db, `select c.awaiting_reply_since, t.sla_next_response_state, t.version from tickets t left join sla_ticket_clocks c on c.ticket_id = t.id where t.id = $1`, [ticketId]))[0];
    await send(customer.token, conversationId, 'Any news?');
    const waiting = await clock();
    expect(waiting.awaiting_reply_since).not.toBeNull();
    const again = await measured(() => send(customer.token, conversationId, 'Hello?'));
    expect(again['sla.clock-on-conversation-message']).toBe(1);
    expect(await clock()).toEqual(waiting);
    await send(agent, conversationId, 'The parcel left the warehouse today.');
    expect(await clock()).toMatchObject({ awaiting_reply_since: null, sla_next_response_state: 'MET' });
  });
});
