// Automation rules running on real tickets: the five default rules each move a real ticket (and
// the first match wins), a two-rule ping-pong stops, a rule's own change does not re-trigger it,
// every action kind with its run row, SLA bookkeeping is ignored, escalating by hand runs the
// TICKET_ESCALATED rules and stores the escalation package, the escalation preview changes
// nothing, and tenant A's rules never touch tenant B's tickets.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login, type GqlResult } from '../../helpers/graphql.js';
import { asAdmin } from '../../helpers/as.js';
import { sql } from '../../helpers/db.js';
import { changeTicket, createTicket, type NewTicket } from '../../../api/src/modules/tickets/ticket.service.js';

let server: TestServer;
let db: string;
let manager: string;
let agent: string;
let harbor: string;
let nw: string;
let hb: string;
let managerId: string;
let agentId: string;
let queues: Record<string, string>;
let harborQueues: Record<string, string>;
let defaults: { id: string; position: number }[];

const ok = (r: GqlResult) => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};
const call = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(server.graphqlUrl, query, variables, { token });
const settled = () => server.services.domainEvents.settled();

const CREATE_RULE = `mutation($i: CreateAutomationRuleInput!) { createAutomationRule(input: $i) { automationRule { id } } }`;
const UPDATE_TICKET = `mutation($i: UpdateTicketInput!) { updateTicket(input: $i) { ticketId } }`;
const ESCALATE = `mutation($i: EscalateTicketInput!) { escalateTicket(input: $i) { ticketId ticket { status queueId priority } } }`;
const PREVIEW = `query($id: ID!) { ticketEscalationPreview(ticketId: $id) { ticketId canEscalate rules { ruleId name effects actionList { type queueId } } before { status queueId priority } after { status queueId priority } } }`;

async function rule(token: string, input: Record<string, unknown>): Promise<string> {
  return ok(await call(token, CREATE_RULE, { i: input })).createAutomationRule.automationRule.id;
}

/** A ticket made through the tickets service (as the assistant or a partner would), its listeners done. */
async function ticket(input: Partial<NewTicket> & { subject?: string }, tenantId = nw, userId = managerId): Promise<string> {
  const t = await createTicket(server.services, tenantId, { kind: 'USER', id: userId }, { subject: `t-${randomUUID().slice(0, 6)}`, ...input } as NewTicket);
  await settled();
  return t.ticketId;
}

const row = async (id: string) =>
  (await sql<{ queue_id: string | null; priority: string; status: string; tags: string[]; assignee_id: string | null; version: number; escalation_context: any }>(
    db, `select queue_id, priority, status, tags, assignee_id, version, escalation_context from tickets where id = $1`, [id]))[0];
const runs = (ticketId: string) =>
  sql<{ rule_id: string; trigger: string; matched: boolean; actions_applied: any[]; chain: string[] }>(db, `select rule_id, trigger, matched, actions_applied, chain from automation_rule_runs where subject_id = $1 order by at`, [ticketId]);
const ruleEvents = (ticketId: string) =>
  sql<{ actor_kind: string; actor_id: string | null; action: string; after: any; comment: string | null }>(db, `select actor_kind, actor_id, action, after, comment from ticket_events where ticket_id = $1 order by ticket_version`, [ticketId]);

async function contact(tenantId: string, vip: boolean): Promise<string> {
  const id = randomUUID();
  await sql(db, `insert into contacts (id, tenant_id, name, email, vip) values ($1, $2, 'Vera', $3, $4)`, [id, tenantId, `vera-${id.slice(0, 6)}@example.com`, vip]);
  return id;
}

async function newQueue(tenantId: string, name: string): Promise<string> {
  const id = randomUUID();
  await sql(db, `insert into queues (id, tenant_id, name, is_default) values ($1, $2, $3, false)`, [id, tenantId, name]);
  return id;
}

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  // These tests count the rules' history entries; the SLA clocks (tested in test/api/sla) would add theirs.
  await sql(db, `update sla_policies set enabled = false`);
  manager = await login(server.graphqlUrl, DEMO.northwind.manager, DEMO.northwind.slug);
  agent = await login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug);
  harbor = await asAdmin(server, 'harbor');
  [{ id: nw }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  [{ id: hb }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'harbor-bank'`);
  [{ id: managerId }] = await sql<{ id: string }>(db, `select id from users where email = $1`, [DEMO.northwind.manager]);
  [{ id: agentId }] = await sql<{ id: string }>(db, `select id from users where email = $1`, [DEMO.northwind.agent]);
  const q = async (t: string) => Object.fromEntries((await sql<{ name: string; id: string }>(db, `select name, id from queues where tenant_id = $1`, [t])).map((r) => [r.name, r.id]));
  queues = await q(nw);
  harborQueues = await q(hb);
  defaults = await sql<{ id: string; position: number }>(db, `select id, position from automation_rules where tenant_id = $1 order by position`, [nw]);
});

describe('the five default rules on real tickets', () => {
  it('VIP + URGENT → Senior support; confidence < 0.7 → Tier 2; TECHNICAL + HIGH → Technical support; ≥ 3 attempts → Escalations + HIGH', async () => {
    const vip = await contact(nw, true);
    const cases: [Partial<NewTicket>, string, string, number][] = [
      [{ contactId: vip, priority: 'URGENT' as never }, 'Senior support', 'URGENT', 1],
      [{ ragConfidence: 0.55 }, 'Tier 2', 'MEDIUM', 3],
      [{ category: 'TECHNICAL', priority: 'HIGH' as never }, 'Technical support', 'HIGH', 4],
      [{ autoResolveAttempts: 3, priority: 'LOW' as never }, 'Escalations', 'HIGH', 5],
    ];
    for (const [input, queue, priority, position] of cases) {
      const id = await ticket(input);
      expect(await row(id), JSON.stringify(input)).toMatchObject({ queue_id: queues[queue], priority });
      const rs = await runs(id);
      const ruleId = defaults[position - 1].id;
      expect(rs).toEqual([expect.objectContaining({ rule_id: ruleId, trigger: 'TICKET_CREATED', matched: true, chain: [ruleId] })]);
      expect(rs[0].actions_applied.every((a: any) => a.outcome === 'APPLIED')).toBe(true);
      const events = await ruleEvents(id);
      expect(events.map((e) => [e.actor_kind, e.actor_id])).toEqual([['USER', managerId], ['RULE', ruleId]]);
    }
  });

  it('SLA at risk → Escalations when the SLA clock emits ticket.sla_at_risk; its SLA-only update triggers nothing', async () => {
    const id = await ticket({});
    const dueAt = new Date(Date.now() + 600_000);
    await changeTicket(server.services, nw, id, { kind: 'SYSTEM', id: null }, { slaFirstResponseState: 'AT_RISK' as never, slaState: 'AT_RISK' as never, firstResponseDueAt: dueAt }, {
      action: 'SLA_AT_RISK',
      emit: [{ name: 'ticket.sla_at_risk', extra: { target: 'FIRST_RESPONSE', dueAt: dueAt.toISOString() } }],
    });
    await settled();
    expect((await row(id)).queue_id).toBe(queues['Escalations']);
    expect((await runs(id)).map((r) => [r.rule_id, r.trigger])).toEqual([[defaults[1].id, 'SLA_AT_RISK']]);
  });

  it('a ticket no default matches stays where it is; when several match, the first wins', async () => {
    const own = await newQueue(nw, `Own ${randomUUID().slice(0, 6)}`);
    const plain = await ticket({ queueId: own, priority: 'HIGH' as never, category: 'BILLING', ragConfidence: 0.9 });
    expect(await row(plain)).toMatchObject({ queue_id: own, version: 1 });
    expect(await runs(plain)).toEqual([]);

    // VIP + URGENT (rule 1), confidence 0.3 (rule 3), TECHNICAL + URGENT (rule 4): rule 1 only.
    const vip = await contact(nw, true);
    const many = await ticket({ contactId: vip, priority: 'URGENT' as never, ragConfidence: 0.3, category: 'technical' });
    expect((await row(many)).queue_id).toBe(queues['Senior support']);
    expect((await runs(many)).map((r) => r.rule_id)).toEqual([defaults[0].id]);
  });
});

describe('the loop guard', () => {
  it('ping-pong A: Q1→Q2, B: Q2→Q1 on a real ticket stops after one round', async () => {
    const q1 = await newQueue(nw, `Ping ${randomUUID().slice(0, 6)}`);
    const q2 = await newQueue(nw, `Pong ${randomUUID().slice(0, 6)}`);
    const onUpdate = { kind: 'EVENT', events: ['TICKET_UPDATED'] };
    const a = await rule(manager, { name: 'A ping', trigger: onUpdate, conditions: { all: [{ field: 'ticket.queueId', op: 'eq', value: q1 }] }, actions: [{ type: 'setQueue', queueId: q2 }] });
    const b = await rule(manager, { name: 'B pong', trigger: onUpdate, conditions: { all: [{ field: 'ticket.queueId', op: 'eq', value: q2 }] }, actions: [{ type: 'setQueue', queueId: q1 }] });
    const id = await ticket({});
    ok(await call(manager, UPDATE_TICKET, { i: { id, queueId: q1 } }));
    await settled();
    const events = await ruleEvents(id);
    expect(events.map((e) => [e.actor_kind, e.actor_id, e.after?.queueId])).toEqual([
      ['USER', managerId, undefined],
      ['USER', managerId, q1],
      ['RULE', a, q2],
      ['RULE', b, q1],
    ]);
    expect((await runs(id)).map((r) => [r.rule_id, r.chain])).toEqual([[a, [a]], [b, [a, b]]]);
    expect((await row(id)).queue_id).toBe(q1);
    await settled();
    expect(await ruleEvents(id)).toHaveLength(4);
  });

  it('a change made by a rule does not re-trigger that rule on the same ticket', async () => {
    // Without the guard this would climb to URGENT (each boost is itself a TICKET_UPDATED).
    const c = await rule(manager, {
      name: 'Boost probes',
      trigger: { kind: 'EVENT', events: ['TICKET_UPDATED'] },
      conditions: { all: [{ field: 'ticket.tags', op: 'contains', value: 'loop-probe' }] },
      actions: [{ type: 'boostPriority', steps: 1 }, { type: 'addTag', tag: 'boosted' }],
    });
    const id = await ticket({ priority: 'LOW' as never });
    ok(await call(manager, UPDATE_TICKET, { i: { id, tags: ['loop-probe'] } }));
    await settled();
    expect(await row(id)).toMatchObject({ priority: 'MEDIUM', tags: ['loop-probe', 'boosted'] });
    expect((await runs(id)).map((r) => r.rule_id)).toEqual([c]);
    // A person's next change starts a new chain: the rule may act again, once.
    ok(await call(manager, UPDATE_TICKET, { i: { id, subject: 'changed by a person' } }));
    await settled();
    expect((await row(id)).priority).toBe('HIGH');
    expect(await runs(id)).toHaveLength(2);
  });
});

describe('actions', () => {
  it('every kind of action does what it says, recorded in one run row; a removed queue is skipped', async () => {
    const gone = await newQueue(nw, `Gone ${randomUUID().slice(0, 6)}`);
    const r = await rule(manager, {
      name: 'All actions',
      trigger: { kind: 'EVENT', events: ['TICKET_UPDATED'] },
      conditions: { all: [{ field: 'ticket.tags', op: 'contains', value: 'all-actions' }] },
      actions: [
        { type: 'setPriority', priority: 'URGENT' },
        { type: 'assign', userId: agentId },
        { type: 'addTag', tag: 'vip-care' },
        { type: 'removeTag', tag: 'old' },
        { type: 'addInternalComment', text: 'Rule says hello' },
        { type: 'notifyUsers', userIds: [agentId] },
        { type: 'notifyQueue', queueId: queues['Tier 2'] },
        { type: 'slaMultiplier', factor: 0.5 },
        { type: 'webhook', url: 'https://hooks.example.com/x' },
        { type: 'setQueue', queueId: gone },
      ],
    });
    await sql(db, `delete from queues where id = $1`, [gone]);
    const id = await ticket({ tags: ['old'] });
    const notesBefore = (await sql<{ n: number }>(db, `select count(*)::int as n from notifications where kind = 'AUTOMATION_RULE' and subject_id = $1`, [id]))[0].n;
    ok(await call(manager, UPDATE_TICKET, { i: { id, tags: ['old', 'all-actions'] } }));
    await settled();
    expect(await row(id)).toMatchObject({ priority: 'URGENT', assignee_id: agentId, tags: ['all-actions', 'vip-care'] });
    const byRule = (await ruleEvents(id)).filter((e) => e.actor_id === r);
    expect(byRule).toHaveLength(1);
    expect(byRule[0]).toMatchObject({ actor_kind: 'RULE', comment: 'Rule says hello' });
    const [run] = await runs(id);
    expect(run.actions_applied.map((a: any) => [a.type, a.outcome])).toEqual([
      ['setPriority', 'APPLIED'], ['assign', 'APPLIED'], ['addTag', 'APPLIED'], ['removeTag', 'APPLIED'], ['addInternalComment', 'APPLIED'],
      ['notifyUsers', 'APPLIED'], ['notifyQueue', 'APPLIED'], ['slaMultiplier', 'SKIPPED'], ['webhook', 'SCHEDULED'], ['setQueue', 'SKIPPED'],
    ]);
    expect(run.actions_applied[9].reason).toMatch(/no longer exists/);
    const notes = await sql<{ user_id: string; title: string }>(db, `select user_id, title from notifications where kind = 'AUTOMATION_RULE' and subject_id = $1`, [id]);
    expect(notes.length).toBeGreaterThan(notesBefore);
    expect(notes.map((n) => n.user_id)).toContain(agentId);
    expect(notes[0].title).toMatch(/^Rule “All actions”: ticket #\d+$/);
  });
});

describe('escalating through the rules', () => {
  it('the preview names the rule and its target without changing anything; escalating by hand applies it and stores the package', async () => {
    const [conv] = await sql<{ id: string; contact_id: string }>(db, `select id, contact_id from conversations where tenant_id = $1 order by created_at limit 1`, [nw]);
    await sql(db, `update contacts set vip = true where id = $1`, [conv.contact_id]);
    await sql(db, `update conversations set classification = '{"category":"BILLING","intent":"refund","sentiment":"NEGATIVE"}' where id = $1`, [conv.id]);
    await sql(db, `insert into assistant_turns (id, tenant_id, conversation_id, customer_seq, query, sources, decision, reason, confidence)
                   values ($1, $2, $3, 1, 'where is my refund', '[{"title":"Refunds","score":0.42}]', 'HANDED_OFF', 'LOW_CONFIDENCE', 0.42)`, [randomUUID(), nw, conv.id]);
    const own = await newQueue(nw, `Desk ${randomUUID().slice(0, 6)}`);
    // Created MEDIUM (no default matches); then made URGENT by a person (defaults do not run on updates).
    const id = await ticket({ conversationId: conv.id, contactId: conv.contact_id, queueId: own });
    ok(await call(manager, UPDATE_TICKET, { i: { id, priority: 'URGENT' } }));
    await settled();
    const before = await row(id);
    expect(before).toMatchObject({ queue_id: own, priority: 'URGENT' });

    const preview = ok(await call(agent, PREVIEW, { id })).ticketEscalationPreview;
    expect(preview).toMatchObject({
      ticketId: id,
      canEscalate: true,
      rules: [{ ruleId: defaults[0].id, name: 'VIP urgent tickets to Senior support', effects: ['Move to queue Senior support'], actionList: [{ type: 'setQueue', queueId: queues['Senior support'] }] }],
      before: { status: 'OPEN', queueId: own, priority: 'URGENT' },
      after: { status: 'ESCALATED', queueId: queues['Senior support'], priority: 'URGENT' },
    });
    expect((await row(id)).version).toBe(before.version);
    expect(await runs(id)).toEqual([]);

    ok(await call(agent, ESCALATE, { i: { id, reason: 'Customer is furious' } }));
    await settled();
    const after = await row(id);
    expect(after).toMatchObject({ status: 'ESCALATED', queue_id: queues['Senior support'] });
    expect((await runs(id)).map((r) => [r.rule_id, r.trigger])).toEqual([[defaults[0].id, 'TICKET_ESCALATED']]);
    const ctx = after.escalation_context;
    expect(ctx.conversationId).toBe(conv.id);
    expect(ctx.transcript.length).toBeGreaterThan(0);
    expect(ctx.classification).toMatchObject({ category: 'BILLING', sentiment: 'NEGATIVE' });
    expect(ctx.retrievalAttempts).toEqual([expect.objectContaining({ query: 'where is my refund', confidence: expect.closeTo(0.42, 5), sources: [{ title: 'Refunds', score: 0.42 }] })]);
    expect(ctx.customer).toMatchObject({ contactId: conv.contact_id, vip: true });
    expect(ctx.escalation.reason).toBe('Customer is furious');
    expect(ctx.actionsSoFar.ruleRuns).toEqual([expect.objectContaining({ ruleId: defaults[0].id, trigger: 'TICKET_ESCALATED' })]);
    expect(ctx.actionsSoFar.ticketEvents.map((e: any) => e.action)).toEqual(['CREATED', 'UPDATED', 'ESCALATED', 'UPDATED']);
    // The package is bookkeeping: storing it triggered no TICKET_UPDATED rule.
    expect((await ruleEvents(id)).at(-1)).toMatchObject({ actor_kind: 'SYSTEM' });

    const again = ok(await call(agent, PREVIEW, { id })).ticketEscalationPreview;
    expect(again.canEscalate).toBe(false);
  });

  it('another tenant’s or an unknown ticket is NOT_FOUND', async () => {
    const theirs = await ticket({}, hb, (await sql<{ id: string }>(db, `select id from users where tenant_id = $1 limit 1`, [hb]))[0].id);
    for (const id of [theirs, randomUUID(), 'nope']) expect(codeOf(await call(agent, PREVIEW, { id }))).toBe('NOT_FOUND');
  });
});

describe('tenant isolation', () => {
  it('tenant A’s rules never act on tenant B’s tickets', async () => {
    const nwRule = await rule(manager, {
      name: 'Northwind catches all',
      trigger: { kind: 'EVENT', events: ['TICKET_CREATED'] },
      conditions: { all: [{ field: 'ticket.subject', op: 'contains', value: 'isolation-probe' }] },
      actions: [{ type: 'addTag', tag: 'northwind-rule' }],
    });
    const harborUser = (await sql<{ id: string }>(db, `select id from users where tenant_id = $1 limit 1`, [hb]))[0].id;
    const theirs = await ticket({ subject: 'isolation-probe harbor', queueId: harborQueues['Tier 2'] }, hb, harborUser);
    const ours = await ticket({ subject: 'isolation-probe northwind' });
    expect((await row(theirs)).tags).toEqual([]);
    expect(await runs(theirs)).toEqual([]);
    expect((await row(ours)).tags).toEqual(['northwind-rule']);
    expect((await runs(ours)).map((r) => r.rule_id)).toEqual([nwRule]);
    expect(harbor).toBeTruthy();
  });
});
