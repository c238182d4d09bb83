// Canned responses: shared (managers) and personal (any agent) templates, listed by shortcut in
// one statement, applied into a conversation as a real agent message with variables filled in;
// validation, conflicts, ownership, tenant isolation and the audit trail.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login, type GqlResult } from '../../helpers/graphql.js';
import { widgetSession } from '../../helpers/widget.js';
import { sql } from '../../helpers/db.js';

let server: TestServer;
let db: string;
let manager: string;
let agent: string;
let agent2: string;
let harborAdmin: string;
let harborAgent: string;
let agentId: string;

const NODE = `id shortcut body shared createdAt`;
const CREATE = `mutation($i: CreateCannedResponseInput!) { createCannedResponse(input: $i) { cannedResponse { ${NODE} } } }`;
const UPDATE = `mutation($i: UpdateCannedResponseInput!) { updateCannedResponse(input: $i) { cannedResponse { ${NODE} } } }`;
const DELETE = `mutation($i: DeleteCannedResponseInput!) { deleteCannedResponse(input: $i) { deletedCannedResponseId } }`;
const APPLY = `mutation($i: ApplyCannedResponseInput!) { applyCannedResponse(input: $i) { message { id seq author authorName body private clientMessageId } } }`;
const LIST = `query($first: Int, $after: String, $filter: CannedResponseFilter) {
  cannedResponses(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${NODE} } } }
}`;
const HISTORY = `query($c: ID!) { messages(conversationId: $c, first: 500) { messages { seq author authorName body } } }`;

const auditRows = async () => (await sql<{ n: number }>(db, 'select count(*)::int as n from audit_logs'))[0].n;

/** Run a request and return it with the number of audit rows it added. */
async function audited(run: () => Promise<GqlResult>): Promise<[GqlResult, number]> {
  const before = await auditRows();
  const r = await run();
  return [r, (await auditRows()) - before];
}

async function create(token: string, input: Record<string, unknown>) {
  const r = await gql(server.graphqlUrl, CREATE, { i: input }, { token });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.createCannedResponse.cannedResponse as { id: string; shortcut: string; body: string; shared: boolean; createdAt: string };
}

async function list(token: string, variables: Record<string, unknown> = {}) {
  const r = await gql(server.graphqlUrl, LIST, { first: 100, ...variables }, { token });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r;
}
const nodes = (r: GqlResult) => r.data!.cannedResponses.edges.map((e: any) => e.node);

async function newConversation(customerToken: string) {
  const r = await gql(server.graphqlUrl, `mutation { startConversation(input: { idempotencyKey: "${randomUUID()}", subject: "Order", body: "Where is my parcel?" }) { conversationId } }`, {}, { token: customerToken });
  expect(r.errors).toBeUndefined();
  return r.data!.startConversation.conversationId as string;
}

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  [manager, agent, agent2, harborAdmin, harborAgent] = await Promise.all([
    login(server.graphqlUrl, DEMO.northwind.manager, DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug),
    login(server.graphqlUrl, 'agent2@northwind.demo', DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.harbor.admin, DEMO.harbor.slug),
    login(server.graphqlUrl, DEMO.harbor.agent, DEMO.harbor.slug),
  ]);
  [{ id: agentId }] = await sql<{ id: string }>(db, 'select id from users where email = $1', [DEMO.northwind.agent]);
});

describe('creating', () => {
  it('a manager creates a shared response and an agent a personal one, each with one audit row', async () => {
    const [shared, sharedAudit] = await audited(() =>
      gql(server.graphqlUrl, CREATE, { i: { shortcut: 'greet', body: 'Hi {{contact.name}}, {{agent.name}} from {{tenant.name}} here. {{order.id}}', shared: true } }, { token: manager }),
    );
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.createCannedResponse.cannedResponse).toMatchObject({ shortcut: 'greet', shared: true });
    expect(sharedAudit).toBe(1);

    const [personal, personalAudit] = await audited(() => gql(server.graphqlUrl, CREATE, { i: { shortcut: 'thanks', body: 'Thanks, {{contact.name}}!' } }, { token: agent }));
    expect(personal.errors).toBeUndefined();
    const node = personal.data!.createCannedResponse.cannedResponse;
    expect(node).toMatchObject({ shortcut: 'thanks', body: 'Thanks, {{contact.name}}!', shared: false });
    expect(personalAudit).toBe(1);
    const rows = await sql(db, `select actor_id, action, resource_type, after from audit_logs where resource_id = $1`, [node.id]);
    expect(rows).toEqual([{ actor_id: agentId, action: 'canned_response.created', resource_type: 'CannedResponse', after: { shortcut: 'thanks', body: 'Thanks, {{contact.name}}!', shared: false } }]);
    expect(await sql(db, 'select user_id from canned_responses where id = $1', [node.id])).toEqual([{ user_id: agentId }]);
  });

  it('an agent cannot create a shared response (FORBIDDEN, no row, no audit)', async () => {
    const [r, audit] = await audited(() => gql(server.graphqlUrl, CREATE, { i: { shortcut: 'refund', body: 'Refunds take 5 days.', shared: true } }, { token: agent }));
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(audit).toBe(0);
    expect(await sql(db, `select id from canned_responses where shortcut = 'refund'`)).toEqual([]);
  });

  it('a bad shortcut or body is BAD_USER_INPUT naming the field', async () => {
    for (const shortcut of ['', 'Greet', '-greet', '_x', 'with space', '/greet', 'a'.repeat(41), 'ümlaut']) {
      const [r, audit] = await audited(() => gql(server.graphqlUrl, CREATE, { i: { shortcut, body: 'x' } }, { token: agent }));
      expect(codeOf(r), shortcut).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.field).toBe('shortcut');
      expect(audit).toBe(0);
    }
    for (const body of ['', '   ', 'x'.repeat(5001)]) {
      const r = await gql(server.graphqlUrl, CREATE, { i: { shortcut: 'ok', body } }, { token: agent });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.field).toBe('body');
    }
    expect((await create(agent, { shortcut: 'a'.repeat(40), body: 'x'.repeat(5000) })).shortcut).toBe('a'.repeat(40));
    expect((await create(agent, { shortcut: '9-lives_x', body: 'ok' })).shortcut).toBe('9-lives_x');
  });

  it('a duplicate shortcut is CONFLICT among shared ones and among one user’s own; a personal one may reuse a shared shortcut', async () => {
    const [dupShared, a1] = await audited(() => gql(server.graphqlUrl, CREATE, { i: { shortcut: 'greet', body: 'again', shared: true } }, { token: manager }));
    expect(codeOf(dupShared)).toBe('CONFLICT');
    expect(a1).toBe(0);
    const [dupPersonal, a2] = await audited(() => gql(server.graphqlUrl, CREATE, { i: { shortcut: 'thanks', body: 'again' } }, { token: agent }));
    expect(codeOf(dupPersonal)).toBe('CONFLICT');
    expect(a2).toBe(0);
    // Another agent's personal "thanks" and the manager's own personal "greet" do not collide.
    await create(agent2, { shortcut: 'thanks', body: 'Cheers from Ben' });
    await create(agent2, { shortcut: 'ben-only', body: 'Only Ben sees this' });
    await create(manager, { shortcut: 'greet', body: 'Manager’s own greeting' });
  });
});

describe('listing', () => {
  it('shows the tenant’s shared responses and my own personal ones only, by shortcut, in one statement', async () => {
    const r = await list(agent);
    expect(r.extensions!.sqlStatements).toBe(1);
    const mine = nodes(r).map((n: any) => [n.shortcut, n.shared]);
    expect(mine).toEqual([['9-lives_x', false], ['a'.repeat(40), false], ['greet', true], ['thanks', false]]);
    expect(r.data!.cannedResponses.totalCount).toBe(4);
    expect(JSON.stringify(r.data)).not.toMatch(/Ben|Manager’s own/);

    const ben = nodes(await list(agent2)).map((n: any) => [n.shortcut, n.shared, n.body]);
    expect(ben).toEqual([['ben-only', false, 'Only Ben sees this'], ['greet', true, expect.stringContaining('{{agent.name}}')], ['thanks', false, 'Cheers from Ben']]);
  });

  it('pages by cursor and filters by search on shortcut or body', async () => {
    const first = await list(agent, { first: 2 });
    expect(first.data!.cannedResponses.pageInfo.hasNextPage).toBe(true);
    const rest = await list(agent, { first: 2, after: first.data!.cannedResponses.pageInfo.endCursor });
    expect([...nodes(first), ...nodes(rest)].map((n: any) => n.shortcut)).toEqual(['9-lives_x', 'a'.repeat(40), 'greet', 'thanks']);
    expect(nodes(await list(agent, { filter: { search: 'THANKS' } })).map((n: any) => n.shortcut)).toEqual(['thanks']);
    expect(nodes(await list(agent, { filter: { search: 'tenant.name' } })).map((n: any) => n.shortcut)).toEqual(['greet']);
    expect(nodes(await list(agent, { filter: { search: '%' } }))).toEqual([]);
  });

  it('is closed to viewers and widget clients', async () => {
    const viewer = await login(server.graphqlUrl, DEMO.northwind.viewer, DEMO.northwind.slug);
    expect(codeOf(await gql(server.graphqlUrl, LIST, {}, { token: viewer }))).toBe('FORBIDDEN');
    const customer = await widgetSession(server.graphqlUrl, db);
    expect(codeOf(await gql(server.graphqlUrl, LIST, {}, { token: customer.token }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.graphqlUrl, CREATE, { i: { shortcut: 'w', body: 'x' } }, { token: customer.token }))).toBe('FORBIDDEN');
  });
});

describe('applying', () => {
  it('renders the contact’s and the agent’s names into a real message the customer sees in the history; idempotent by clientMessageId; no audit row', async () => {
    const customer = await widgetSession(server.graphqlUrl, db, 'northwind', 'Lena Fischer');
    const id = await newConversation(customer.token);
    const [r, audit] = await audited(() => gql(server.graphqlUrl, APPLY, { i: { conversationId: id, shortcut: '/greet', clientMessageId: 'apply-1' } }, { token: agent2 }));
    expect(r.errors).toBeUndefined();
    const body = 'Hi Lena Fischer, Ben Agent from Northwind Outfitters here. {{order.id}}';
    expect(r.data!.applyCannedResponse.message).toMatchObject({ seq: 2, author: 'AGENT', authorName: 'Ben Agent', body, private: false, clientMessageId: 'apply-1' });
    expect(audit).toBe(0); // like sendMessage: the stored message is the record

    const again = await gql(server.graphqlUrl, APPLY, { i: { conversationId: id, shortcut: 'greet', clientMessageId: 'apply-1' } }, { token: agent2 });
    expect(again.data!.applyCannedResponse.message.id).toBe(r.data!.applyCannedResponse.message.id);

    const history = await gql(server.graphqlUrl, HISTORY, { c: id }, { token: customer.token });
    expect(history.data!.messages.messages).toEqual([
      { seq: 1, author: 'CUSTOMER', authorName: null, body: 'Where is my parcel?' },
      { seq: 2, author: 'AGENT', authorName: 'Ben Agent', body },
    ]);
  });

  it('my personal response wins over the shared one of the same shortcut', async () => {
    const customer = await widgetSession(server.graphqlUrl, db, 'northwind', 'Marco');
    const id = await newConversation(customer.token);
    const mine = await gql(server.graphqlUrl, APPLY, { i: { clientMessageId: randomUUID(), conversationId: id, shortcut: 'greet' } }, { token: manager });
    expect(mine.data!.applyCannedResponse.message).toMatchObject({ body: 'Manager’s own greeting', authorName: 'Milo Manager' });
    const shared = await gql(server.graphqlUrl, APPLY, { i: { clientMessageId: randomUUID(), conversationId: id, shortcut: 'greet' } }, { token: agent });
    expect(shared.data!.applyCannedResponse.message).toMatchObject({ seq: 3, body: 'Hi Marco, Ada Agent from Northwind Outfitters here. {{order.id}}' });
    const ben = await gql(server.graphqlUrl, APPLY, { i: { clientMessageId: randomUUID(), conversationId: id, shortcut: 'thanks' } }, { token: agent2 });
    expect(ben.data!.applyCannedResponse.message.body).toBe('Cheers from Ben');
  });

  it('an anonymous contact is "there"; a missing e-mail is empty', async () => {
    const customer = await widgetSession(server.graphqlUrl, db, 'northwind', 'Soon Anonymous');
    await sql(db, 'update contacts set name = null, email = null where id = $1', [customer.contactId]);
    const id = await newConversation(customer.token);
    await create(agent, { shortcut: 'contact', body: 'Hello {{ contact.name }}! We will write to <{{contact.email}}>.' });
    const r = await gql(server.graphqlUrl, APPLY, { i: { clientMessageId: randomUUID(), conversationId: id, shortcut: 'contact' } }, { token: agent });
    expect(r.data!.applyCannedResponse.message.body).toBe('Hello there! We will write to <>.');
  });

  it('an unknown shortcut or another agent’s personal one is NOT_FOUND; a malformed one BAD_USER_INPUT; nothing is sent', async () => {
    const customer = await widgetSession(server.graphqlUrl, db);
    const id = await newConversation(customer.token);
    expect(codeOf(await gql(server.graphqlUrl, APPLY, { i: { clientMessageId: randomUUID(), conversationId: id, shortcut: 'nope' } }, { token: agent }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.graphqlUrl, APPLY, { i: { clientMessageId: randomUUID(), conversationId: id, shortcut: 'ben-only' } }, { token: agent }))).toBe('NOT_FOUND');
    const bad = await gql(server.graphqlUrl, APPLY, { i: { clientMessageId: randomUUID(), conversationId: id, shortcut: 'Not Valid' } }, { token: agent });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('shortcut');
    expect(await sql(db, 'select seq from messages where conversation_id = $1', [id])).toEqual([{ seq: 1 }]);
  });
});

describe('updating and deleting', () => {
  it('an agent edits and deletes their own personal responses, one audit row each', async () => {
    const own = await create(agent, { shortcut: 'bye', body: 'Bye!' });
    const [u, ua] = await audited(() => gql(server.graphqlUrl, UPDATE, { i: { id: own.id, shortcut: 'goodbye', body: 'Goodbye, {{contact.name}}!' } }, { token: agent }));
    expect(u.errors).toBeUndefined();
    expect(u.data!.updateCannedResponse.cannedResponse).toMatchObject({ id: own.id, shortcut: 'goodbye', body: 'Goodbye, {{contact.name}}!', shared: false });
    expect(ua).toBe(1);
    const [audit] = await sql(db, `select action, before, after from audit_logs where resource_id = $1 and action = 'canned_response.updated'`, [own.id]);
    expect(audit).toEqual({ action: 'canned_response.updated', before: { shortcut: 'bye', body: 'Bye!' }, after: { shortcut: 'goodbye', body: 'Goodbye, {{contact.name}}!' } });

    const [d, da] = await audited(() => gql(server.graphqlUrl, DELETE, { i: { id: own.id } }, { token: agent }));
    expect(d.data!.deleteCannedResponse).toEqual({ deletedCannedResponseId: own.id });
    expect(da).toBe(1);
    expect(await sql(db, 'select id from canned_responses where id = $1', [own.id])).toEqual([]);
    expect(codeOf(await gql(server.graphqlUrl, DELETE, { i: { id: own.id } }, { token: agent }))).toBe('NOT_FOUND');
  });

  it('shared ones need conversations.manage; someone else’s personal ones are NOT_FOUND, even for a manager', async () => {
    const [{ id: sharedId }] = await sql<{ id: string }>(db, `select id from canned_responses where shortcut = 'greet' and user_id is null`);
    const [{ id: bens }] = await sql<{ id: string }>(db, `select id from canned_responses where shortcut = 'ben-only'`);
    const tries: [string, string, Record<string, unknown>, string][] = [
      [agent, UPDATE, { id: sharedId, body: 'hijacked' }, 'FORBIDDEN'],
      [agent, DELETE, { id: sharedId }, 'FORBIDDEN'],
      [agent, UPDATE, { id: bens, body: 'hijacked' }, 'NOT_FOUND'],
      [agent, DELETE, { id: bens }, 'NOT_FOUND'],
      [manager, UPDATE, { id: bens, body: 'hijacked' }, 'NOT_FOUND'],
      [manager, DELETE, { id: bens }, 'NOT_FOUND'],
      [agent, UPDATE, { id: 'not-a-uuid', body: 'x' }, 'NOT_FOUND'],
    ];
    for (const [token, query, input, code] of tries) {
      const [r, audit] = await audited(() => gql(server.graphqlUrl, query, { i: input }, { token }));
      expect(codeOf(r), JSON.stringify(input)).toBe(code);
      expect(audit).toBe(0);
    }
    expect(await sql(db, 'select body from canned_responses where id = any($1::uuid[]) order by shortcut', [[bens, sharedId]])).toEqual([
      { body: 'Only Ben sees this' },
      { body: expect.stringContaining('{{agent.name}}') },
    ]);
    const [ok, audit] = await audited(() => gql(server.graphqlUrl, UPDATE, { i: { id: sharedId, body: 'Hello {{contact.name}}!' } }, { token: manager }));
    expect(ok.data!.updateCannedResponse.cannedResponse).toMatchObject({ shared: true, body: 'Hello {{contact.name}}!' });
    expect(audit).toBe(1);
  });

  it('renaming onto a taken shortcut is CONFLICT; a bad one BAD_USER_INPUT', async () => {
    const [{ id }] = await sql<{ id: string }>(db, `select id from canned_responses where shortcut = '9-lives_x'`);
    const [dup, a1] = await audited(() => gql(server.graphqlUrl, UPDATE, { i: { id, shortcut: 'thanks' } }, { token: agent }));
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(a1).toBe(0);
    const bad = await gql(server.graphqlUrl, UPDATE, { i: { id, shortcut: 'BAD!' } }, { token: agent });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('shortcut');
    // a personal shortcut may take the name of a shared one
    const renamed = await gql(server.graphqlUrl, UPDATE, { i: { id, shortcut: 'greet' } }, { token: agent });
    expect(renamed.data!.updateCannedResponse.cannedResponse.shortcut).toBe('greet');
  });
});

describe('another tenant', () => {
  it('gets NOT_FOUND for Northwind’s responses and conversations, and never sees them in lists', async () => {
    const [{ id: sharedId }] = await sql<{ id: string }>(db, `select id from canned_responses where shortcut = 'greet' and user_id is null`);
    for (const [query, input] of [[UPDATE, { id: sharedId, body: 'x' }], [DELETE, { id: sharedId }]] as const) {
      const [r, audit] = await audited(() => gql(server.graphqlUrl, query, { i: input }, { token: harborAdmin }));
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(audit).toBe(0);
    }
    const harborList = await list(harborAgent);
    expect(harborList.data!.cannedResponses.totalCount).toBe(0);

    // Harbor's own responses and conversations work; Northwind's shortcut does not exist there.
    await create(harborAdmin, { shortcut: 'greet', body: 'Welcome to {{tenant.name}}', shared: true });
    expect(nodes(await list(harborAgent)).map((n: any) => n.body)).toEqual(['Welcome to {{tenant.name}}']);
    const northwindCustomer = await widgetSession(server.graphqlUrl, db);
    const northwindConversation = await newConversation(northwindCustomer.token);
    expect(codeOf(await gql(server.graphqlUrl, APPLY, { i: { clientMessageId: randomUUID(), conversationId: northwindConversation, shortcut: 'greet' } }, { token: harborAgent }))).toBe('NOT_FOUND');
    const harborCustomer = await widgetSession(server.graphqlUrl, db, 'harbor-bank');
    const harborConversation = await newConversation(harborCustomer.token);
    expect(codeOf(await gql(server.graphqlUrl, APPLY, { i: { clientMessageId: randomUUID(), conversationId: harborConversation, shortcut: 'thanks' } }, { token: harborAgent }))).toBe('NOT_FOUND');
    const ok = await gql(server.graphqlUrl, APPLY, { i: { clientMessageId: randomUUID(), conversationId: harborConversation, shortcut: 'greet' } }, { token: harborAgent });
    expect(ok.data!.applyCannedResponse.message.body).toBe('Welcome to Harbor Bank');
  });
});
