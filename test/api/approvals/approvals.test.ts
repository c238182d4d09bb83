// Approvals: request → approve / reject / escalate / reassign, each with its history row in the
// same transaction; the outcome noted in the linked conversation; two deciders at once (one wins,
// one CONFLICT); who may do what; tenant isolation through every root field and approvalUpdated.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login, type GqlResult } from '../../helpers/graphql.js';
import { asAdmin, asAgent, asManager, asViewer, asWidget, asApiKey } from '../../helpers/as.js';
import { sql } from '../../helpers/db.js';
import { subscribe, until, wsClient, type Subscription } from '../../helpers/ws.js';
import { outcomeMessage } from '../../../api/src/modules/approvals/approval.outcome.js';
import { requestApprovalAsAssistant } from '../../../api/src/modules/approvals/approval.service.js';
import { ApprovalKind } from '../../../api/src/modules/approvals/approval.entity.js';

let server: TestServer;
let db: string;
let admin: string;
let manager: string;
let agent: string;
let viewer: string;
let harborAdmin: string;
let harborManager: string;
const ids: Record<string, string> = {};

const NODE = `id number kind summary proposedAction amount currency priority urgency status conversationId ticketId requestedByKind requestedById version decisionReason decidedAt
  requester { id displayName } approver { id displayName } decidedBy { id displayName } escalatedTo { id displayName } conversation { id subject }
  history { action actorKind actorId actorName fromUserId toUserId toUserName reason }`;
const REQUEST = `mutation($i: RequestApprovalInput!) { requestApproval(input: $i) { approval { ${NODE} } } }`;
const DECIDE = `mutation($i: DecideApprovalInput!) { decideApproval(input: $i) { approval { ${NODE} } } }`;
const REASSIGN = `mutation($i: ReassignApprovalInput!) { reassignApproval(input: $i) { approval { ${NODE} } } }`;
const ONE = `query($id: ID!) { approvalRequest(id: $id) { ${NODE} } }`;
const LIST = `query($filter: ApprovalFilter, $first: Int, $after: String) {
  approvalRequests(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id number status approver { displayName } requester { displayName } conversation { id } } } }
}`;
const NOTES = `query($c: ID!) { messages(conversationId: $c, first: 500) { messages { author body private } } }`;

const ok = (r: GqlResult) => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};
const count = async (table: string) => (await sql<{ n: number }>(db, `select count(*)::int as n from ${table}`))[0].n;

async function newConversation(tenant: 'northwind' | 'harbor' = 'northwind') {
  const customer = await asWidget(server, tenant);
  const r = await gql(server.graphqlUrl, `mutation { startConversation(input: { idempotencyKey: "${randomUUID()}", subject: "Broken kettle", body: "It arrived broken" }) { conversationId } }`, {}, { token: customer.token });
  return ok(r).startConversation.conversationId as string;
}

async function request(token: string, input: Record<string, unknown>) {
  const r = await gql(server.graphqlUrl, REQUEST, { i: { kind: 'REFUND', summary: 'Kettle arrived broken', proposedAction: 'Refund the kettle in full', amount: 40, currency: 'eur', ...input } }, { token });
  return ok(r).requestApproval.approval;
}

const decide = (token: string, input: Record<string, unknown>) => gql(server.graphqlUrl, DECIDE, { i: input }, { token });

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  [admin, manager, agent, viewer, harborAdmin, harborManager] = await Promise.all([
    asAdmin(server), asManager(server), asAgent(server), asViewer(server), asAdmin(server, 'harbor'), asManager(server, 'harbor'),
  ]);
  for (const [key, email] of [['admin', DEMO.northwind.admin], ['manager', DEMO.northwind.manager], ['agent', DEMO.northwind.agent], ['harborManager', DEMO.harbor.manager]] as const) {
    ids[key] = (await sql<{ id: string }>(db, 'select id from users where email = $1', [email]))[0].id;
  }
});

describe('the outcome note', () => {
  it('reads like a sentence', () => {
    const base = { number: 3, kind: 'REFUND', summary: 'Kettle arrived broken', amount: 40, currency: 'EUR', reason: null, decidedBy: 'Milo Manager' };
    expect(outcomeMessage({ ...base, decision: 'APPROVED' })).toBe('Approval #3 — Refund of 40.00 EUR (“Kettle arrived broken”) approved by Milo Manager.');
    expect(outcomeMessage({ ...base, decision: 'REJECTED', reason: 'Outside the return window' })).toBe('Approval #3 — Refund of 40.00 EUR (“Kettle arrived broken”) rejected by Milo Manager: Outside the return window');
    expect(outcomeMessage({ ...base, kind: 'CANCELLATION', amount: null, currency: null, decision: 'APPROVED', decidedBy: null })).toBe('Approval #3 — Cancellation (“Kettle arrived broken”) approved by an API key.');
  });
});

describe('request → approve', () => {
  it('writes the approval and its REQUESTED row, then APPROVED; the conversation gets the note; events carry the ticket', async () => {
    const conversationId = await newConversation();
    const [{ id: ticketId }] = await sql<{ id: string }>(db, `select k.id from tickets k join tenants t on t.id = k.tenant_id where t.slug = 'northwind' order by k.number limit 1`);
    const seen: unknown[] = [];
    const spy = { name: 'test.spy', on: 'approval.decided' as const, handle: (e: unknown) => void seen.push(e) };
    server.services.domainEvents.register(spy);
    try {
      const a = await request(agent, { conversationId, ticketId, priority: 'HIGH', urgency: 'HIGH' });
      expect(a).toMatchObject({
        kind: 'REFUND', status: 'PENDING', amount: 40, currency: 'EUR', priority: 'HIGH', urgency: 'HIGH', conversationId, ticketId, version: 1,
        requestedByKind: 'USER', requestedById: ids.agent, requester: { displayName: 'Ada Agent' }, approver: null, conversation: { id: conversationId, subject: 'Broken kettle' },
      });
      expect(a.number).toBeGreaterThan(0);
      expect(a.history).toEqual([expect.objectContaining({ action: 'REQUESTED', actorKind: 'USER', actorId: ids.agent, actorName: 'Ada Agent' })]);

      const r = ok(await decide(manager, { id: a.id, decision: 'APPROVE' })).decideApproval.approval;
      expect(r).toMatchObject({ status: 'APPROVED', decidedBy: { displayName: 'Milo Manager' }, version: 2, decisionReason: null });
      expect(r.decidedAt).toBeTruthy();
      expect(r.history.map((h: any) => h.action)).toEqual(['REQUESTED', 'APPROVED']);
      expect((await sql(db, 'select action from approval_events where approval_id = $1 order by created_at', [a.id])).map((x: any) => x.action)).toEqual(['REQUESTED', 'APPROVED']);

      await server.services.domainEvents.settled();
      const notes = ok(await gql(server.graphqlUrl, NOTES, { c: conversationId }, { token: agent })).messages.messages;
      expect(notes.at(-1)).toEqual({ author: 'SYSTEM', private: true, body: `Approval #${a.number} — Refund of 40.00 EUR (“Kettle arrived broken”) approved by Milo Manager.` });
      expect(seen).toEqual([expect.objectContaining({ name: 'approval.decided', payload: expect.objectContaining({ approvalId: a.id, ticketId, conversationId, decision: 'APPROVED', requestedById: ids.agent }) })]);
    } finally {
      server.services.domainEvents.unregister(spy);
    }
  });

  it('a reject states its reason in the conversation', async () => {
    const conversationId = await newConversation();
    const a = await request(agent, { conversationId });
    const r = ok(await decide(admin, { id: a.id, decision: 'REJECT', reason: '  Outside the return window ' })).decideApproval.approval;
    expect(r).toMatchObject({ status: 'REJECTED', decisionReason: 'Outside the return window', decidedBy: { displayName: 'Nora Admin' } });
    expect(r.history.at(-1)).toMatchObject({ action: 'REJECTED', reason: 'Outside the return window' });
    await server.services.domainEvents.settled();
    const notes = ok(await gql(server.graphqlUrl, NOTES, { c: conversationId }, { token: agent })).messages.messages;
    expect(notes.at(-1).body).toBe(`Approval #${a.number} — Refund of 40.00 EUR (“Kettle arrived broken”) rejected by Nora Admin: Outside the return window`);
  });

  it('a retry with the same idempotencyKey answers the same approval and writes nothing more', async () => {
    const conversationId = await newConversation();
    const idempotencyKey = randomUUID();
    const before = await count('approval_requests');
    const [x, y] = [await request(agent, { conversationId, idempotencyKey }), await request(agent, { conversationId, idempotencyKey })];
    expect(y.id).toBe(x.id);
    expect(await count('approval_requests')).toBe(before + 1);
    const other = await gql(server.graphqlUrl, REQUEST, { i: { kind: 'OTHER', summary: 'Else', proposedAction: 'P', conversationId, idempotencyKey } }, { token: agent });
    expect(codeOf(other)).toBe('CONFLICT');
  });

  it('numbers approvals per tenant without gaps, even when requested at once', async () => {
    const conversationId = await newConversation();
    const made = await Promise.all(Array.from({ length: 5 }, () => request(agent, { conversationId })));
    const numbers = made.map((m) => m.number).sort((x, y) => x - y);
    expect(new Set(numbers).size).toBe(5);
    expect(numbers.at(-1)! - numbers[0]).toBe(4);
  });
});

describe('the assistant', () => {
  it('proposes through requestApprovalAsAssistant: requester kind ASSISTANT, history and event; only in its tenant', async () => {
    const conversationId = await newConversation();
    const [{ id: tenantId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
    const seen: any[] = [];
    const spy = { name: 'test.spy-requested', on: 'approval.requested' as const, handle: (e: unknown) => void seen.push(e) };
    server.services.domainEvents.register(spy);
    try {
      const ref = await requestApprovalAsAssistant(server.services, tenantId, conversationId, { kind: ApprovalKind.CANCELLATION, summary: 'Cancel order 1234', proposedAction: 'Cancel before shipping' });
      await server.services.domainEvents.settled();
      const a = ok(await gql(server.graphqlUrl, ONE, { id: ref.id }, { token: manager })).approvalRequest;
      expect(a).toMatchObject({ kind: 'CANCELLATION', status: 'PENDING', requestedByKind: 'ASSISTANT', requestedById: null, requester: null, conversationId, amount: null });
      expect(a.history).toEqual([expect.objectContaining({ action: 'REQUESTED', actorKind: 'ASSISTANT', actorId: null })]);
      expect(seen.map((e) => e.payload)).toEqual([expect.objectContaining({ approvalId: ref.id, conversationId, actor: { kind: 'SYSTEM', id: null } })]);
      const harborConversation = await newConversation('harbor');
      await expect(requestApprovalAsAssistant(server.services, tenantId, harborConversation, { kind: ApprovalKind.OTHER, summary: 'S', proposedAction: 'P' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      server.services.domainEvents.unregister(spy);
    }
  });
});

describe('bad input writes nothing', () => {
  it('REJECT without a reason: BAD_USER_INPUT on `reason`, no change and no history row', async () => {
    const a = await request(agent, { conversationId: await newConversation() });
    const [events, audits] = [await count('approval_events'), await count('audit_logs')];
    for (const reason of [undefined, '', '   ']) {
      const r = await decide(manager, { id: a.id, decision: 'REJECT', reason });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.field).toBe('reason');
    }
    expect([await count('approval_events'), await count('audit_logs')]).toEqual([events, audits]);
    expect(ok(await gql(server.graphqlUrl, ONE, { id: a.id }, { token: manager })).approvalRequest).toMatchObject({ status: 'PENDING', version: 1 });
  });

  it('a request is refused field by field', async () => {
    const conversationId = await newConversation();
    const cases: [Record<string, unknown>, string][] = [
      [{ summary: '  ' }, 'summary'],
      [{ proposedAction: '' }, 'proposedAction'],
      [{ amount: -1 }, 'amount'],
      [{ amount: 1.005 }, 'amount'],
      [{ currency: 'euro' }, 'currency'],
      [{ amount: null, currency: 'EUR' }, 'amount'],
      [{ conversationId: null }, 'conversationId'],
      [{ ticketId: 'nope', conversationId: null }, 'ticketId'],
      [{ approverId: ids.agent }, 'approverId'],
    ];
    const before = await count('approval_requests');
    for (const [input, field] of cases) {
      const r = await gql(server.graphqlUrl, REQUEST, { i: { kind: 'REFUND', summary: 'S', proposedAction: 'P', amount: 5, currency: 'EUR', conversationId, ...input } }, { token: agent });
      expect([codeOf(r), r.errors?.[0]?.extensions?.field], JSON.stringify(input)).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(await count('approval_requests')).toBe(before);
  });
});

describe('deciding', () => {
  it('two approvers at once: one wins, the other gets CONFLICT with the current status', async () => {
    const a = await request(agent, { conversationId: await newConversation() });
    const results = await Promise.all([decide(manager, { id: a.id, decision: 'APPROVE' }), decide(admin, { id: a.id, decision: 'REJECT', reason: 'No' })]);
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    const loser = results.find((r) => codeOf(r) === 'CONFLICT')!;
    const winner = results.find((r) => !r.errors)!.data!.decideApproval.approval;
    expect(loser.errors![0].extensions!.currentStatus).toBe(winner.status);
    expect((await sql(db, `select action from approval_events where approval_id = $1 and action <> 'REQUESTED'`, [a.id]))).toHaveLength(1);
  });

  it('a decided approval cannot be decided, escalated or reassigned again', async () => {
    const a = await request(agent, { conversationId: await newConversation() });
    ok(await decide(manager, { id: a.id, decision: 'APPROVE' }));
    for (const r of [
      await decide(manager, { id: a.id, decision: 'APPROVE' }),
      await decide(admin, { id: a.id, decision: 'ESCALATE', escalateToUserId: ids.admin }),
      await gql(server.graphqlUrl, REASSIGN, { i: { id: a.id, approverId: ids.admin } }, { token: manager }),
    ]) {
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.errors![0].extensions!.currentStatus).toBe('APPROVED');
    }
  });

  it('escalate: the approver changes, status ESCALATED, history says from → to; it can still be decided', async () => {
    const a = await request(agent, { conversationId: await newConversation(), approverId: ids.manager });
    expect(a.approver).toMatchObject({ id: ids.manager });
    const e = ok(await decide(manager, { id: a.id, decision: 'ESCALATE', escalateToUserId: ids.admin, reason: 'Above my limit' })).decideApproval.approval;
    expect(e).toMatchObject({ status: 'ESCALATED', approver: { id: ids.admin }, escalatedTo: { id: ids.admin }, version: 2, decidedBy: null });
    expect(e.history.at(-1)).toMatchObject({ action: 'ESCALATED', fromUserId: ids.manager, toUserId: ids.admin, toUserName: 'Nora Admin', reason: 'Above my limit' });
    // Only managers and tenant admins can be escalated to.
    const toAgent = await decide(admin, { id: a.id, decision: 'ESCALATE', escalateToUserId: ids.agent });
    expect([codeOf(toAgent), toAgent.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'escalateToUserId']);
    const noTarget = await decide(admin, { id: a.id, decision: 'ESCALATE' });
    expect([codeOf(noTarget), noTarget.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'escalateToUserId']);
    expect(ok(await decide(admin, { id: a.id, decision: 'APPROVE' })).decideApproval.approval.status).toBe('APPROVED');
  });

  it('an agent (no approvals.decide) cannot decide; a viewer cannot request', async () => {
    const a = await request(agent, { conversationId: await newConversation() });
    expect(codeOf(await decide(agent, { id: a.id, decision: 'APPROVE' }))).toBe('FORBIDDEN');
    const r = await gql(server.graphqlUrl, REQUEST, { i: { kind: 'OTHER', summary: 'S', proposedAction: 'P', conversationId: a.conversationId } }, { token: viewer });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(ok(await gql(server.graphqlUrl, ONE, { id: a.id }, { token: viewer })).approvalRequest.status).toBe('PENDING');
  });
});

describe('reassigning', () => {
  it('a manager reassigns (history REASSIGNED from → to); an agent gets FORBIDDEN', async () => {
    const a = await request(agent, { conversationId: await newConversation() });
    expect(codeOf(await gql(server.graphqlUrl, REASSIGN, { i: { id: a.id, approverId: ids.manager } }, { token: agent }))).toBe('FORBIDDEN');
    const r = ok(await gql(server.graphqlUrl, REASSIGN, { i: { id: a.id, approverId: ids.admin } }, { token: manager })).reassignApproval.approval;
    expect(r).toMatchObject({ status: 'PENDING', approver: { id: ids.admin }, version: 2 });
    expect(r.history.at(-1)).toMatchObject({ action: 'REASSIGNED', actorId: ids.manager, fromUserId: null, toUserId: ids.admin });
    const again = ok(await gql(server.graphqlUrl, REASSIGN, { i: { id: a.id, approverId: ids.manager } }, { token: manager })).reassignApproval.approval;
    expect(again.history.at(-1)).toMatchObject({ action: 'REASSIGNED', fromUserId: ids.admin, toUserId: ids.manager });
  });

  it('the linked conversation needs conversations.view: a tickets.view-only key gets the approval, not the conversation', async () => {
    const a = await request(agent, { conversationId: await newConversation() });
    const key = await asApiKey(server, ['tickets.view']);
    const r = await gql(server.graphqlUrl, `query($id: ID!) { approvalRequest(id: $id) { id summary conversationId conversation { id subject } } }`, { id: a.id }, { token: key });
    expect(r.data!.approvalRequest).toMatchObject({ id: a.id, summary: 'Kettle arrived broken', conversationId: a.conversationId, conversation: null });
    expect(r.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['approvalRequest.conversation', 'FORBIDDEN']]);
  });

  it('an API key with approvals.decide but not tickets.assign gets FORBIDDEN', async () => {
    const a = await request(agent, { conversationId: await newConversation() });
    const key = await asApiKey(server, ['tickets.view', 'approvals.decide']);
    expect(codeOf(await gql(server.graphqlUrl, REASSIGN, { i: { id: a.id, approverId: ids.admin } }, { token: key }))).toBe('FORBIDDEN');
  });
});

describe('the list', () => {
  it('filters by status, mine and conversation in one SQL statement, with requester, approver and conversation joined', async () => {
    const conversationId = await newConversation();
    const mine = await request(agent, { conversationId, approverId: ids.manager });
    const other = await request(agent, { conversationId, approverId: ids.admin });
    const r = await gql(server.graphqlUrl, LIST, { filter: { conversationId, status: ['PENDING', 'ESCALATED'] }, first: 10 }, { token: manager });
    expect(ok(r).approvalRequests.edges.map((e: any) => e.node.id)).toEqual([other.id, mine.id]);
    expect(r.data!.approvalRequests.totalCount).toBe(2);
    expect(r.data!.approvalRequests.edges[1].node).toMatchObject({ approver: { displayName: 'Milo Manager' }, requester: { displayName: 'Ada Agent' }, conversation: { id: conversationId } });
    expect(r.extensions!.sqlStatements).toBe(2); // the conversation check + the page
    const mineOnly = await gql(server.graphqlUrl, LIST, { filter: { mine: true, conversationId }, first: 10 }, { token: manager });
    expect(ok(mineOnly).approvalRequests.edges.map((e: any) => e.node.id)).toEqual([mine.id]);
    const plain = await gql(server.graphqlUrl, LIST, { filter: { mine: true }, first: 2 }, { token: manager });
    expect(plain.extensions!.sqlStatements).toBe(1);
    // Paging: the cursor continues where the page ended.
    const p1 = ok(await gql(server.graphqlUrl, LIST, { filter: { conversationId }, first: 1 }, { token: manager })).approvalRequests;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = ok(await gql(server.graphqlUrl, LIST, { filter: { conversationId }, first: 1, after: p1.pageInfo.endCursor }, { token: manager })).approvalRequests;
    expect([p1.edges[0].node.id, p2.edges[0].node.id]).toEqual([other.id, mine.id]);
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });
});

describe('isolation', () => {
  it("another tenant's approval is NOT_FOUND through every root field, and nothing changes", async () => {
    const conversationId = await newConversation();
    const a = await request(agent, { conversationId });
    const harborConversation = await newConversation('harbor');
    const attempts = [
      gql(server.graphqlUrl, ONE, { id: a.id }, { token: harborAdmin }),
      gql(server.graphqlUrl, LIST, { filter: { conversationId } }, { token: harborAdmin }),
      decide(harborAdmin, { id: a.id, decision: 'APPROVE' }),
      decide(harborAdmin, { id: a.id, decision: 'REJECT', reason: 'x' }),
      decide(harborAdmin, { id: a.id, decision: 'ESCALATE', escalateToUserId: ids.harborManager }),
      gql(server.graphqlUrl, REASSIGN, { i: { id: a.id, approverId: ids.harborManager } }, { token: harborAdmin }),
      // Northwind ids given to Harbor's own approval: a conversation, an approver.
      gql(server.graphqlUrl, REQUEST, { i: { kind: 'OTHER', summary: 'S', proposedAction: 'P', conversationId } }, { token: harborAdmin }),
      gql(server.graphqlUrl, REQUEST, { i: { kind: 'OTHER', summary: 'S', proposedAction: 'P', conversationId: harborConversation, approverId: ids.manager } }, { token: harborAdmin }),
    ];
    for (const r of await Promise.all(attempts)) {
      expect(codeOf(r), JSON.stringify(r)).toBe('NOT_FOUND');
      expect(JSON.stringify(r.data ?? {})).not.toContain(a.id);
    }
    const unknown = await gql(server.graphqlUrl, ONE, { id: randomUUID() }, { token: harborAdmin });
    expect(unknown.errors![0]).toMatchObject({ message: (await gql(server.graphqlUrl, ONE, { id: a.id }, { token: harborAdmin })).errors![0].message, extensions: { code: 'NOT_FOUND' } });
    expect(ok(await gql(server.graphqlUrl, ONE, { id: a.id }, { token: manager })).approvalRequest).toMatchObject({ status: 'PENDING', version: 1 });
    // Harbor's own list does not show it.
    const harborList = ok(await gql(server.graphqlUrl, LIST, { first: 100 }, { token: harborAdmin })).approvalRequests.edges.map((e: any) => e.node.id);
    expect(harborList).not.toContain(a.id);
  });
});

describe('approvalUpdated', () => {
  const SUB = `subscription { approvalUpdated { id status version approver { id } } }`;

  it('reaches deciders of the tenant and the requester, never another tenant nor a colleague without approvals.decide', async () => {
    const agent2 = await login(server.graphqlUrl, 'agent2@northwind.demo', DEMO.northwind.slug);
    const clients = { manager: wsClient(server.wsUrl, manager), requester: wsClient(server.wsUrl, agent), colleague: wsClient(server.wsUrl, agent2), harbor: wsClient(server.wsUrl, harborManager) };
    const before = server.http.subscriptionCount();
    const subs = Object.fromEntries(Object.entries(clients).map(([k, c]) => [k, subscribe(c, SUB)])) as Record<keyof typeof clients, Subscription<any>>;
    try {
      await until(() => server.http.subscriptionCount() >= before + 4);
      const a = await request(agent, { conversationId: await newConversation() });
      await subs.manager.waitFor(1);
      await subs.requester.waitFor(1);
      ok(await decide(manager, { id: a.id, decision: 'ESCALATE', escalateToUserId: ids.admin }));
      const [, second] = await subs.manager.waitFor(2);
      expect(second.approvalUpdated).toMatchObject({ id: a.id, status: 'ESCALATED', version: 2, approver: { id: ids.admin } });
      expect((await subs.requester.waitFor(2))[1].approvalUpdated.status).toBe('ESCALATED');
      // A Harbor approval, published after Northwind's: once the manager has it, nothing else is on the way.
      const h = await request(harborAdmin, { conversationId: await newConversation('harbor') });
      await subs.harbor.waitFor(1);
      await new Promise((r) => setTimeout(r, 200));
      expect(subs.harbor.events.map((e: any) => e.approvalUpdated.id)).toEqual([h.id]);
      expect(subs.manager.events.map((e: any) => e.approvalUpdated.id)).toEqual([a.id, a.id]);
      expect(subs.colleague.events).toEqual([]);
      expect([...subs.manager.errors, ...subs.requester.errors, ...subs.colleague.errors, ...subs.harbor.errors]).toEqual([]);
    } finally {
      for (const c of Object.values(clients)) await c.dispose();
    }
  });
});
