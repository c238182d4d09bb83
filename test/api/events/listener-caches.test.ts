// What the bookkeeping listeners remember per instance (a tenant's automation rules and SLA
// settings; that a conversation has no open ticket) is forgotten on every instance when it changes: two instances
// share PostgreSQL and Redis, the change is made on one and the very next message on the other
// sees it. (The cache itself — read-through while the bus is down, emptied after an outage — is
// tested in invalidated-cache.test.ts.)
import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { DEMO, gql, login, type GqlResult } from '../../helpers/graphql.js';
import { asAdmin } from '../../helpers/as.js';
import { widgetSession } from '../../helpers/widget.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { redisAvailable, TEST_REDIS_URL } from '../../helpers/redis.js';
import { rulesCacheOf } from '../../../api/src/modules/automation/rules-cache.js';
import { conversationTicketsCacheOf } from '../../../api/src/modules/sla/conversation-tickets.js';
import { slaSetupCacheOf } from '../../../api/src/modules/sla/setup-cache.js';

const hasRedis = await redisAvailable();
let a: TestServer;
let b: TestServer;
let db: string;
let nw: string;
let adminToken: string;
const admin = () => adminToken;

const ok = (r: GqlResult) => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};
const settled = () => Promise.all([a.services.domainEvents.settled(), b.services.domainEvents.settled()]);
const START = `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`;
const SEND = `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }`;
const TAKE = `mutation($i: ConversationIdInput!) { takeOverConversation(input: $i) { conversation { id } } }`;
const FROM_CONVERSATION = `mutation($i: CreateTicketFromConversationInput!) { createTicketFromConversation(input: $i) { ticketId } }`;
const CREATE_RULE = `mutation($i: CreateAutomationRuleInput!) { createAutomationRule(input: $i) { automationRule { id } } }`;
const UPDATE_POLICY = `mutation($i: UpdateSlaPolicyInput!) { updateSlaPolicy(input: $i) { slaPolicy { id } } }`;
const UPDATE_RULE = `mutation($i: UpdateAutomationRuleInput!) { updateAutomationRule(input: $i) { automationRule { id } } }`;

beforeAll(async () => {
  if (!hasRedis) return;
  db = await fileDatabaseUrl();
  const env = { EVENTS_CHANNEL_PREFIX: `sbtest-${randomBytes(4).toString('hex')}:` };
  [a, b] = await Promise.all([startTestServer({ databaseUrl: db, redisUrl: TEST_REDIS_URL, env }), startTestServer({ databaseUrl: db, redisUrl: TEST_REDIS_URL, env })]);
  [{ id: nw }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  adminToken = await asAdmin(a);
});

async function send(server: TestServer, token: string, conversationId: string, body: string) {
  ok(await gql(server.graphqlUrl, SEND, { i: { conversationId, body, clientMessageId: randomUUID() } }, { token }));
  await settled();
}

async function conversationOn(server: TestServer, token: string): Promise<string> {
  const id = ok(await gql(server.graphqlUrl, START, { i: { idempotencyKey: randomUUID(), body: 'Hello there', clientMessageId: randomUUID() } }, { token })).startConversation.conversationId as string;
  await settled();
  return id;
}

describe.skipIf(!hasRedis)('listener caches on two instances', () => {
  it('a rule created on A runs on the next message handled by B; switched off on A, B stops running it', async () => {
    const customer = await widgetSession(b.graphqlUrl, db);
    const conversationId = await conversationOn(b, customer.token);
    expect(rulesCacheOf(b.services).trusted).toBe(true);
    expect(rulesCacheOf(b.services).size).toBeGreaterThan(0); // B holds northwind's rules now

    const input = { name: `tag every message ${randomUUID().slice(0, 6)}`, trigger: { kind: 'EVENT', events: ['MESSAGE_CREATED'] }, conditions: { all: [] }, actions: [{ type: 'addTag', tag: 'seen' }] };
    const ruleId = ok(await gql(a.graphqlUrl, CREATE_RULE, { i: input }, { token: admin() })).createAutomationRule.automationRule.id as string;
    const runs = async () => (await sql<{ n: number }>(db, `select count(*)::int as n from automation_rule_runs where rule_id = $1 and subject_id = $2`, [ruleId, conversationId]))[0].n;

    await send(b, customer.token, conversationId, 'the next message, on B');
    expect(await runs()).toBe(1);
    await send(b, customer.token, conversationId, 'and another');
    expect(await runs()).toBe(2);

    ok(await gql(a.graphqlUrl, UPDATE_RULE, { i: { id: ruleId, enabled: false } }, { token: admin() }));
    await send(b, customer.token, conversationId, 'after it was switched off on A, on B');
    expect(await runs()).toBe(2);
  });

  it("a ticket made on A for a conversation B remembered as ticketless: the agent's next reply on B is the ticket's first response; A changes its SLA policy, B's next sync follows it", async () => {
    const customer = await widgetSession(b.graphqlUrl, db);
    const conversationId = await conversationOn(b, customer.token);
    const agentB = await login(b.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug);
    ok(await gql(b.graphqlUrl, TAKE, { i: { conversationId } }, { token: agentB }));
    await send(b, agentB, conversationId, 'Hello, looking into it.');
    await send(b, customer.token, conversationId, 'Thanks, still waiting.');
    expect(conversationTicketsCacheOf(b.services).size).toBeGreaterThan(0); // B remembers: no open ticket

    const agentA = await login(a.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug);
    const ticketId = ok(await gql(a.graphqlUrl, FROM_CONVERSATION, { i: { conversationId } }, { token: agentA })).createTicketFromConversation.ticketId as string;
    await settled();
    const ticket = async () => (await sql<{ sla_policy_id: string | null; first_responded_at: Date | null }>(db, `select sla_policy_id, first_responded_at from tickets where id = $1 and tenant_id = $2`, [ticketId, nw]))[0];
    expect((await ticket()).sla_policy_id).not.toBeNull();
    expect((await ticket()).first_responded_at).toBeNull();

    await send(b, agentB, conversationId, 'Escalated to the warehouse.');
    expect((await ticket()).first_responded_at).not.toBeNull();

    // B holds the tenant's SLA settings now (it just synced the clock). A changes the ticket's
    // policy: A recomputes the ticket; B's next sync must use the new policy, not put the old due time back.
    expect(slaSetupCacheOf(b.services).size).toBeGreaterThan(0);
    const policyId = (await ticket()).sla_policy_id!;
    const due = async () => (await sql<{ resolution_due_at: Date | null }>(db, `select resolution_due_at from tickets where id = $1`, [ticketId]))[0].resolution_due_at?.getTime() ?? null;
    const [{ resolution_minutes }] = await sql<{ resolution_minutes: number | null }>(db, `select resolution_minutes from sla_policies where id = $1`, [policyId]);
    const before = await due();
    ok(await gql(a.graphqlUrl, UPDATE_POLICY, { i: { id: policyId, resolutionMinutes: (resolution_minutes ?? 60) * 2 } }, { token: admin() }));
    await settled();
    const moved = await due();
    expect(moved).not.toBe(before);
    await send(b, customer.token, conversationId, 'Any news?'); // the customer waits again: B syncs the clock
    await send(b, agentB, conversationId, 'Not yet, sorry.');
    expect(await due()).toBe(moved);
  });
});
