// Time-based rules on real tickets and real timers: "no agent reply for 1 minute → move to queue
// X" fires once per anchor. The app's clock runs 58 s ahead of the real one, so a ticket created
// now is "58 s old" and its rule is due two real seconds later (timers fire on PostgreSQL's clock).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { DEMO, gql, login, type GqlResult } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';

const AHEAD_MS = 58_000;

let server: TestServer;
let db: string;
let manager: string;
let agent: string;
let target: string;
let elsewhere: string;

const ok = (r: GqlResult) => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};
const call = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(server.graphqlUrl, query, variables, { token });
const settled = () => server.services.domainEvents.settled();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const queueOf = async (id: string) => (await sql<{ queue_id: string | null }>(db, `select queue_id from tickets where id = $1`, [id]))[0].queue_id;
const runsOf = (id: string) => sql<{ matched: boolean; anchor_at: Date; trigger: string }>(db, `select matched, anchor_at, trigger from automation_rule_runs where subject_id = $1 order by at`, [id]);

async function until(check: () => Promise<boolean>, ms = 15_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(200);
  }
  throw new Error('timed out');
}

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => new Date(Date.now() + AHEAD_MS) } });
  db = server.services.config.DATABASE_URL!;
  manager = await login(server.graphqlUrl, DEMO.northwind.manager, DEMO.northwind.slug);
  agent = await login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug);
  const [{ id: nw }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  target = randomUUID();
  elsewhere = randomUUID();
  await sql(db, `insert into queues (id, tenant_id, name, is_default) values ($1, $3, 'Unanswered', false), ($2, $3, 'Front desk', false)`, [target, elsewhere, nw]);
});

describe('TIME_BASED rules', () => {
  it('“no agent reply in 1 minute → queue X” fires once per anchor; an agent reply starts a new wait', async () => {
    const r = await call(manager, `mutation($i: CreateAutomationRuleInput!) { createAutomationRule(input: $i) { automationRule { id } } }`, {
      i: {
        name: 'Unanswered for a minute',
        trigger: { kind: 'TIME_BASED', after: 'LAST_AGENT_REPLY', minutes: 1 },
        conditions: { all: [{ field: 'ticket.tags', op: 'contains', value: 'timed' }, { field: 'ticket.status', op: 'in', value: ['OPEN', 'PENDING'] }] },
        actions: [{ type: 'setQueue', queueId: target }],
      },
    });
    ok(r);
    const created = ok(await call(manager, `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticketId } }`, { i: { subject: 'Waiting for an answer', tags: ['timed'], queueId: elsewhere } }));
    const id = created.createTicket.ticketId as string;
    await settled();
    const [{ created_at }] = await sql<{ created_at: Date }>(db, `select created_at from tickets where id = $1`, [id]);
    expect(await queueOf(id)).toBe(elsewhere);

    await until(async () => (await queueOf(id)) === target);
    let runs = await runsOf(id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ matched: true, trigger: 'TIME_BASED' });
    expect(runs[0].anchor_at.getTime()).toBe(created_at.getTime());
    const [ev] = await sql<{ actor_kind: string }>(db, `select actor_kind from ticket_events where ticket_id = $1 order by ticket_version desc limit 1`, [id]);
    expect(ev.actor_kind).toBe('RULE');

    // A person moves it back: the anchor (still no agent reply) is the same, so it does not fire again.
    ok(await call(manager, `mutation($i: UpdateTicketInput!) { updateTicket(input: $i) { ticketId } }`, { i: { id, queueId: elsewhere } }));
    await settled();
    await sleep(3_000);
    expect(await queueOf(id)).toBe(elsewhere);
    expect(await runsOf(id)).toHaveLength(1);

    // An agent replies: a new anchor, a new wait; a minute (of app time) later it fires again.
    ok(await call(agent, `mutation($i: CommentOnTicketInput!) { commentOnTicket(input: $i) { ticketId } }`, { i: { id, body: 'Looking into it', public: true } }));
    await settled();
    await until(async () => (await queueOf(id)) === target);
    runs = await runsOf(id);
    expect(runs).toHaveLength(2);
    expect(runs[1].anchor_at.getTime()).toBeGreaterThan(created_at.getTime());
  }, 40_000);

  it('when the conditions no longer hold at the due time, nothing happens (and it is not retried for that anchor)', async () => {
    const created = ok(await call(manager, `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticketId } }`, { i: { subject: 'Answered in time?', tags: ['timed'], queueId: elsewhere } }));
    const id = created.createTicket.ticketId as string;
    await settled();
    // Before it is due the tag that the rule needs goes away.
    ok(await call(manager, `mutation($i: UpdateTicketInput!) { updateTicket(input: $i) { ticketId } }`, { i: { id, tags: ['calm'] } }));
    await settled();
    await until(async () => (await runsOf(id)).length === 1);
    expect(await runsOf(id)).toEqual([expect.objectContaining({ matched: false })]);
    expect(await queueOf(id)).toBe(elsewhere);
  }, 30_000);
});
