// CSAT: a widget customer rates the resolution of their own conversation, once per resolution
// cycle; staff see the rating on the conversation; `customer.rated` is emitted once per rating.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { sql } from '../../helpers/db.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { asAdmin, asAgent, asWidget } from '../../helpers/as.js';
import { listener, type DomainEvent } from '../../../api/src/events/domain-events.js';

let server: TestServer;
let db: string;
const rated: DomainEvent<'customer.rated'>[] = [];

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  server.services.domainEvents.register(listener({ name: 'test.rated', on: 'customer.rated', handle: (e) => void rated.push(e) }));
});

const SUBMIT = `mutation($i: SubmitCsatInput!) { submitCsat(input: $i) { conversationId csat { rating comment resolutionCycle aiOnly agentId } } }`;
const submit = (token: string, conversationId: string, rating: number, comment?: string) => gql(server.graphqlUrl, SUBMIT, { i: { conversationId, rating, comment } }, { token });
const REQUEST = `{ myConversations { id status csatRequest { question lowLabel highLabel alreadyRated rating } } }`;
const csatRequestOf = async (token: string, id: string) => {
  const r = await gql<{ myConversations: { id: string; csatRequest: Record<string, unknown> | null }[] }>(server.graphqlUrl, REQUEST, {}, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.myConversations.find((c) => c.id === id)!.csatRequest;
};

async function conversation(token: string): Promise<string> {
  const r = await gql<{ startConversation: { conversationId: string } }>(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { body: 'Hello', idempotencyKey: randomUUID(), clientMessageId: randomUUID() } }, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.startConversation.conversationId;
}

async function staff(token: string, mutation: 'takeOverConversation' | 'resolveConversation' | 'reopenConversation', conversationId: string) {
  const r = await gql(server.graphqlUrl, `mutation($i: ConversationIdInput!) { ${mutation}(input: $i) { conversationId } }`, { i: { conversationId } }, { token });
  expect(r.errors).toBeUndefined();
}

const count = async (conversationId: string) => (await sql<{ n: number }>(db, 'select count(*)::int as n from csat_responses where conversation_id = $1', [conversationId]))[0]!.n;

describe('submitCsat', () => {
  it('rates once per resolution: CONFLICT the second time, again after a reopen and a new resolution; one event each', async () => {
    const me = await asWidget(server);
    const agent = await asAgent(server);
    const id = await conversation(me.token);
    await staff(agent, 'takeOverConversation', id);

    // Not resolved yet: nothing to rate.
    expect(await csatRequestOf(me.token, id)).toBeNull();
    const early = await submit(me.token, id, 5);
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0]!.message).toMatch(/not resolved/);

    await staff(agent, 'resolveConversation', id);
    expect(await csatRequestOf(me.token, id)).toEqual({ question: 'How would you rate this conversation?', lowLabel: 'Very dissatisfied', highLabel: 'Very satisfied', alreadyRated: false, rating: null });

    rated.length = 0;
    const first = await submit(me.token, id, 5, '  Great help  ');
    expect(first.errors).toBeUndefined();
    const [{ id: agentId }] = await sql<{ id: string }>(db, `select id from users where email = 'agent@northwind.demo'`);
    expect(first.data!.submitCsat).toEqual({ conversationId: id, csat: { rating: 5, comment: 'Great help', resolutionCycle: 0, aiOnly: false, agentId } });
    expect(await csatRequestOf(me.token, id)).toMatchObject({ alreadyRated: true, rating: 5 });

    const again = await submit(me.token, id, 1);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(await count(id)).toBe(1);

    await server.services.domainEvents.settled();
    expect(rated).toHaveLength(1);
    expect(rated[0]!.payload).toMatchObject({ conversationId: id, contactId: me.contactId, rating: 5, agentId, aiOnly: false, resolutionCycle: 0, comment: 'Great help' });

    // Reopened and resolved again: a new cycle, a new rating.
    await staff(agent, 'reopenConversation', id);
    expect(await csatRequestOf(me.token, id)).toBeNull();
    await staff(agent, 'resolveConversation', id);
    expect(await csatRequestOf(me.token, id)).toMatchObject({ alreadyRated: false });
    const second = await submit(me.token, id, 3);
    expect(second.data?.submitCsat.csat).toMatchObject({ rating: 3, resolutionCycle: 1, comment: null });
    expect(await count(id)).toBe(2);
    await server.services.domainEvents.settled();
    expect(rated).toHaveLength(2);

    // Staff see the latest rating on the conversation.
    const seen = await gql(server.graphqlUrl, `query($id: ID!) { conversation(id: $id) { csat { rating comment resolutionCycle } } }`, { id }, { token: agent });
    expect(seen.data?.conversation.csat).toEqual({ rating: 3, comment: null, resolutionCycle: 1 });
  });

  it('an AI-only conversation is rated with no agent', async () => {
    const me = await asWidget(server);
    const id = await conversation(me.token);
    await staff(await asAgent(server), 'resolveConversation', id);
    const r = await submit(me.token, id, 4);
    expect(r.data?.submitCsat.csat).toMatchObject({ rating: 4, aiOnly: true, agentId: null });
  });

  it('a rating outside 1–5 or a comment over 1,000 characters is BAD_USER_INPUT and stores nothing', async () => {
    const me = await asWidget(server);
    const id = await conversation(me.token);
    await staff(await asAgent(server), 'resolveConversation', id);
    rated.length = 0;
    for (const rating of [0, 6, -1]) {
      const r = await submit(me.token, id, rating);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.extensions!.field).toBe('rating');
    }
    expect(codeOf(await submit(me.token, id, 4, 'x'.repeat(1001)))).toBe('BAD_USER_INPUT');
    expect(await count(id)).toBe(0);
    await server.services.domainEvents.settled();
    expect(rated).toHaveLength(0);
  });

  it('another contact’s or another tenant’s conversation is NOT_FOUND; staff cannot rate', async () => {
    const owner = await asWidget(server);
    const id = await conversation(owner.token);
    await staff(await asAgent(server), 'resolveConversation', id);
    const stranger = await asWidget(server);
    const otherTenant = await asWidget(server, 'harbor');
    expect(codeOf(await submit(stranger.token, id, 5))).toBe('NOT_FOUND');
    expect(codeOf(await submit(otherTenant.token, id, 5))).toBe('NOT_FOUND');
    expect(codeOf(await submit(owner.token, randomUUID(), 5))).toBe('NOT_FOUND');
    expect(codeOf(await submit(owner.token, 'not-an-id', 5))).toBe('NOT_FOUND');
    expect(codeOf(await submit(await asAgent(server), id, 5))).toBe('FORBIDDEN');
    expect(await count(id)).toBe(0);
    // Another tenant's staff never see the rating either.
    expect(codeOf(await submit(owner.token, id, 5))).toBeUndefined();
    const harborAdmin = await asAdmin(server, 'harbor');
    const seen = await gql(server.graphqlUrl, `query($id: ID!) { conversation(id: $id) { csat { rating } } }`, { id }, { token: harborAdmin });
    expect(codeOf(seen)).toBe('NOT_FOUND');
  });

  it('turned off by the tenant admin: no survey, and a rating is BAD_USER_INPUT; the wording follows the setting', async () => {
    const admin = await asAdmin(server);
    const update = (csat: Record<string, unknown>) => gql(server.graphqlUrl, `mutation($i: UpdateTenantInput!) { updateTenant(input: $i) { tenant { csat { enabled question lowLabel highLabel } } } }`, { i: { csat } }, { token: admin });
    const me = await asWidget(server);
    const id = await conversation(me.token);
    await staff(await asAgent(server), 'resolveConversation', id);

    const off = await update({ enabled: false });
    expect(off.data?.updateTenant.tenant.csat.enabled).toBe(false);
    expect(await csatRequestOf(me.token, id)).toBeNull();
    const r = await submit(me.token, id, 5);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toMatch(/turned off/);
    expect(await count(id)).toBe(0);

    const on = await update({ enabled: true, question: 'How did we do?', lowLabel: 'Bad', highLabel: 'Great' });
    expect(on.data?.updateTenant.tenant.csat).toEqual({ enabled: true, question: 'How did we do?', lowLabel: 'Bad', highLabel: 'Great' });
    expect(await csatRequestOf(me.token, id)).toMatchObject({ question: 'How did we do?', lowLabel: 'Bad', highLabel: 'Great', alreadyRated: false });
    const [{ widget_key }] = await sql<{ widget_key: string }>(db, `select widget_key from tenants where slug = 'northwind'`);
    const config = await gql(server.graphqlUrl, `query($k: String!) { widgetConfig(widgetKey: $k) { csat { enabled question lowLabel highLabel } } }`, { k: widget_key });
    expect(config.data?.widgetConfig.csat).toEqual({ enabled: true, question: 'How did we do?', lowLabel: 'Bad', highLabel: 'Great' });
    expect(codeOf(await update({ question: '' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.graphqlUrl, `mutation($i: UpdateTenantInput!) { updateTenant(input: $i) { tenant { id } } }`, { i: { csat: { enabled: false } } }, { token: await asAgent(server) }))).toBe('FORBIDDEN');
  });

  it('staff lists read ratings in one batched statement', async () => {
    const agent = await asAgent(server);
    const r = await gql(server.graphqlUrl, `{ conversations(first: 50) { edges { node { id csat { rating } } } } }`, {}, { token: agent, headers: { 'x-debug-sql-count': '1' } });
    expect(r.errors).toBeUndefined();
    expect(r.extensions?.sqlStatements).toBeLessThanOrEqual(2);
  });
});
