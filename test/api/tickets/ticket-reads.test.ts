// Ticket reads: every filter and order of `tickets`, keyset pages that walk the whole list in each
// order, one SQL statement per page whatever its size (contact, assignee, queue and SLA state
// joined), the timeline batched, and tenant isolation for reads, writes and `ticketUpdated`.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login, type GqlResult } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { ASSIGN, CLOSE, COMMENT, createTicket, ESCALATE, eventCount, ok, REOPEN, RESOLVE, TICKET, UPDATE } from './helpers.js';

let server: TestServer;
let db: string;
let agent: string;
let manager: string;
let viewer: string;
let harborAdmin: string;
let harborAgent: string;
let northwindId: string;
let agentId: string;
let agent2Id: string;
let queueA: string;
let queueB: string;
let contactId: string;

interface Seeded {
  id: string;
  number: number;
  subject: string;
  status: string;
  priority: string;
  assignee_id: string | null;
  queue_id: string | null;
  tags: string[];
  sla_state: string | null;
  resolution_due_at: Date | null;
  created_at: Date;
  updated_at: Date;
}
let mine: Seeded[] = [];

const LIST = `query($first: Int, $after: String, $filter: TicketFilter, $orderBy: TicketOrder) {
  tickets(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id number subject status priority slaState tags contact { id name } assignee { id displayName } queue { id name } } }
  }
}`;

async function list(token: string, variables: Record<string, unknown>) {
  const r = await gql(server.graphqlUrl, LIST, { first: 100, ...variables }, { token });
  return { ids: ok(r).tickets.edges.map((e: any) => e.node.id) as string[], r };
}

/** The test's own tickets (tag `lt`) in a filter, as ids in the order the API returns. */
const ids = async (filter: Record<string, unknown>, orderBy = 'CREATED_AT_DESC') => (await list(agent, { filter: { tag: 'lt', ...filter }, orderBy })).ids;

const PRIORITY_RANK: Record<string, number> = { URGENT: 4, HIGH: 3, MEDIUM: 2, LOW: 1 };
const byIdDesc = (a: Seeded, b: Seeded) => (a.id < b.id ? 1 : -1);
const expectedOrder: Record<string, (a: Seeded, b: Seeded) => number> = {
  CREATED_AT_DESC: (a, b) => +b.created_at - +a.created_at || byIdDesc(a, b),
  CREATED_AT_ASC: (a, b) => +a.created_at - +b.created_at || -byIdDesc(a, b),
  PRIORITY: (a, b) => PRIORITY_RANK[b.priority] - PRIORITY_RANK[a.priority] || byIdDesc(a, b),
  RESOLUTION_DUE_AT: (a, b) => (a.resolution_due_at ? +a.resolution_due_at : Infinity) - (b.resolution_due_at ? +b.resolution_due_at : Infinity) || -byIdDesc(a, b),
  UPDATED_AT: (a, b) => +b.updated_at - +a.updated_at || byIdDesc(a, b),
};

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  // The tickets alone: with no SLA policy enabled the SLA clocks (sla-tickets.test.ts) write nothing here.
  await sql(db, `update sla_policies set enabled = false`);
  [agent, manager, viewer, harborAdmin, harborAgent] = await Promise.all([
    login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.northwind.manager, DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.northwind.viewer, DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.harbor.admin, DEMO.harbor.slug),
    login(server.graphqlUrl, DEMO.harbor.agent, DEMO.harbor.slug),
  ]);
  [{ id: northwindId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  [{ id: agentId }] = await sql<{ id: string }>(db, `select id from users where email = $1`, [DEMO.northwind.agent]);
  [{ id: agent2Id }] = await sql<{ id: string }>(db, `select id from users where email = 'agent2@northwind.demo'`);
  [{ id: contactId }] = await sql<{ id: string }>(db, `select id from contacts where tenant_id = $1 order by created_at limit 1`, [northwindId]);
  queueA = randomUUID();
  queueB = randomUUID();
  await sql(db, `insert into queues (id, tenant_id, name) values ($1, $3, 'Returns desk'), ($2, $3, 'Billing desk')`, [queueA, queueB, northwindId]);
  // 12 tickets of this test (tag "lt") through the API, then SLA columns and times set directly
  // (another part's clocks fill those), spread so every order differs.
  const specs = [
    { subject: 'Refund for damaged tent', priority: 'HIGH', queueId: queueA, assigneeId: agentId, tags: ['lt', 'refund'] },
    { subject: 'Where is my parcel', priority: 'LOW', queueId: queueB, tags: ['lt'] },
    { subject: 'Refunded twice by mistake', description: 'Got two refunds', priority: 'URGENT', queueId: queueB, assigneeId: agentId, tags: ['lt', 'billing'] },
    { subject: 'Jacket sleeve torn', priority: 'MEDIUM', contactId, tags: ['lt', 'warranty'] },
    { subject: 'Loyalty points missing', priority: 'MEDIUM', assigneeId: agent2Id, tags: ['lt'] },
    { subject: 'Stove leaks gas', description: 'Safety issue with the camping stove', priority: 'URGENT', queueId: queueA, tags: ['lt', 'safety'] },
    { subject: 'Change delivery address', priority: 'LOW', assigneeId: agent2Id, queueId: queueA, tags: ['lt'] },
    { subject: 'Size exchange boots', priority: 'HIGH', tags: ['lt', 'exchange'] },
    { subject: 'Gift card balance', priority: 'LOW', contactId, tags: ['lt'] },
    { subject: 'Tent pole replacement', priority: 'MEDIUM', queueId: queueB, tags: ['lt', 'warranty'] },
    { subject: 'Invoice copy please', priority: 'HIGH', assigneeId: agentId, tags: ['lt', 'billing'] },
    { subject: 'Backpack strap broke', priority: 'URGENT', tags: ['lt', 'warranty'] },
  ];
  for (const s of specs) await createTicket(server, manager, s);
  await server.services.domainEvents.settled();
  const rows = await sql<{ id: string }>(db, `select id from tickets where 'lt' = any(tags) order by number`);
  const states = [null, 'ACTIVE', 'AT_RISK', 'BREACHED', null, 'BREACHED', 'MET', 'ACTIVE', null, 'AT_RISK', 'MISSED', null];
  const statuses = ['OPEN', 'OPEN', 'PENDING', 'ESCALATED', 'RESOLVED', 'OPEN', 'CLOSED', 'OPEN', 'PENDING', 'OPEN', 'RESOLVED', 'OPEN'];
  for (const [i, r] of rows.entries()) {
    await sql(
      db,
      `update tickets set sla_state = $2, status = $3, resolution_due_at = $4, created_at = now() - make_interval(hours => $5), updated_at = now() - make_interval(mins => $6) where id = $1`,
      [r.id, states[i], statuses[i], i % 3 === 0 ? null : new Date(Date.now() + ((i * 7) % 12) * 3600_000), (i * 5) % 12, (i * 11) % 12],
    );
  }
  mine = await sql<Seeded>(db, `select id, number, subject, status, priority, assignee_id, queue_id, tags, sla_state, resolution_due_at, created_at, updated_at from tickets where 'lt' = any(tags)`);
});

describe('the demo seed', () => {
  it('gives each demo tenant numbered tickets 1…n (counter at n) with a history of one event per version', async () => {
    const perTenant = await sql<{ slug: string; n: number; max: number; last: number }>(
      db,
      `select t.slug, count(k.id)::int as n, max(k.number) as max, c.last_number as last
         from tenants t join tickets k on k.tenant_id = t.id join ticket_counters c on c.tenant_id = t.id
        where k.number < 10000 and not ('lt' = any(k.tags)) group by t.slug, c.last_number order by t.slug`,
    );
    expect(perTenant.map((r) => r.slug)).toEqual(['harbor-bank', 'northwind']);
    for (const r of perTenant) expect(r.n).toBeGreaterThanOrEqual(5);
    // Every ticket's events are exactly versions 1…version, the first one CREATED.
    const broken = await sql(
      db,
      `select k.id from tickets k left join ticket_events e on e.ticket_id = k.id
        where k.number < 10000 group by k.id, k.version
       having count(e.id) <> k.version or max(e.ticket_version) <> k.version or min(e.ticket_version) <> 1
           or bool_or(e.ticket_version = 1 and e.action <> 'CREATED')`,
    );
    expect(broken).toEqual([]);
    const statuses = await sql<{ status: string }>(db, `select distinct status from tickets where number < 10000 order by status`);
    expect(statuses.map((s) => s.status)).toEqual(['CLOSED', 'ESCALATED', 'OPEN', 'PENDING', 'RESOLVED']);
  });
});

describe('filters', () => {
  const expectSet = async (filter: Record<string, unknown>, pick: (t: Seeded) => boolean) => {
    const got = await ids(filter);
    const want = mine.filter(pick).map((t) => t.id);
    expect(want.length, JSON.stringify(filter)).toBeGreaterThan(0);
    expect(new Set(got), JSON.stringify(filter)).toEqual(new Set(want));
    expect(got).toHaveLength(want.length);
  };

  it('by status, priority, queue, assignee, unassigned, mine, tag, SLA state, contact', async () => {
    await expectSet({ statuses: ['OPEN', 'PENDING'] }, (t) => ['OPEN', 'PENDING'].includes(t.status));
    await expectSet({ priorities: ['URGENT'] }, (t) => t.priority === 'URGENT');
    await expectSet({ queueId: queueA }, (t) => t.queue_id === queueA);
    await expectSet({ assigneeId: agent2Id }, (t) => t.assignee_id === agent2Id);
    await expectSet({ unassigned: true }, (t) => t.assignee_id === null);
    await expectSet({ mine: true }, (t) => t.assignee_id === agentId);
    // A tag filter replaces the test's own "lt" tag: compare with every Northwind ticket carrying it.
    const warranty = await sql<{ id: string }>(db, `select id from tickets where tenant_id = $1 and 'warranty' = any(tags)`, [northwindId]);
    expect(new Set((await list(agent, { filter: { tag: ' WARRANTY ' } })).ids)).toEqual(new Set(warranty.map((w) => w.id)));
    expect(warranty.length).toBeGreaterThan(3);
    await expectSet({ slaStates: ['BREACHED', 'AT_RISK'] }, (t) => ['BREACHED', 'AT_RISK'].includes(t.sla_state ?? ''));
    await expectSet({ statuses: ['OPEN'], priorities: ['URGENT', 'HIGH'], queueId: queueA }, (t) => t.status === 'OPEN' && ['URGENT', 'HIGH'].includes(t.priority) && t.queue_id === queueA);
    const withContact = await list(agent, { filter: { tag: 'lt', contactId } });
    expect(withContact.ids).toHaveLength(2);
    expect(ok(withContact.r).tickets.edges[0].node.contact).toMatchObject({ id: contactId });
  });

  it('text search: every word as a prefix, in subject or description; a number finds the ticket number', async () => {
    await expectSet({ search: 'refund' }, (t) => /refund/i.test(t.subject));
    await expectSet({ search: 'refu TENT' }, (t) => t.subject === 'Refund for damaged tent');
    await expectSet({ search: 'safety' }, (t) => t.subject === 'Stove leaks gas');
    expect(await ids({ search: 'zzzz' })).toEqual([]);
    expect(await ids({ search: '%_\'' })).toEqual([]);
    const target = mine[3];
    expect(await ids({ search: `#${target.number}` })).toEqual([target.id]);
  });

  it('bad filter ids are BAD_USER_INPUT; unknown ones NOT_FOUND', async () => {
    const bad = await gql(server.graphqlUrl, LIST, { filter: { queueId: 'nope' } }, { token: agent });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.graphqlUrl, LIST, { filter: { assigneeId: randomUUID() } }, { token: agent }))).toBe('NOT_FOUND');
  });
});

describe('orders and keyset pages', () => {
  it('each order returns the expected sequence, and pages of 5 walk it exactly', async () => {
    for (const orderBy of Object.keys(expectedOrder)) {
      const want = [...mine].sort(expectedOrder[orderBy]).map((t) => t.id);
      expect(await ids({}, orderBy), orderBy).toEqual(want);
      const walked: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const r: GqlResult = await gql(server.graphqlUrl, LIST, { first: 5, after, filter: { tag: 'lt' }, orderBy }, { token: agent });
        const data: any = ok(r).tickets;
        expect(data.totalCount).toBe(mine.length);
        walked.push(...data.edges.map((e: any) => e.node.id));
        if (!data.pageInfo.hasNextPage) break;
        after = data.pageInfo.endCursor;
      }
      expect(walked, orderBy).toEqual(want);
    }
  });

  it('a cursor of another order is BAD_USER_INPUT', async () => {
    const r = await gql(server.graphqlUrl, LIST, { first: 2, filter: { tag: 'lt' }, orderBy: 'PRIORITY' }, { token: agent });
    const after = ok(r).tickets.pageInfo.endCursor;
    const wrong = await gql(server.graphqlUrl, LIST, { first: 2, after, filter: { tag: 'lt' }, orderBy: 'UPDATED_AT' }, { token: agent });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
  });
});

describe('SQL statements per request', () => {
  it('tickets(first: 10 / 50 / 100) with contact, assignee, queue and SLA state: one statement; with the timeline: two', async () => {
    // Enough tickets for full pages of 100.
    await sql(
      db,
      `insert into tickets (id, tenant_id, number, subject, contact_id, assignee_id, queue_id, sla_state)
       select gen_random_uuid(), $1, 10000 + g, 'bulk ' || g, $2, $3, $4, 'ACTIVE' from generate_series(1, 110) g`,
      [northwindId, contactId, agentId, queueA],
    );
    const counts: number[] = [];
    for (const first of [10, 50, 100]) {
      const r = await gql(server.graphqlUrl, LIST, { first }, { token: agent });
      expect(ok(r).tickets.edges).toHaveLength(first);
      expect(ok(r).tickets.edges[0].node.assignee).toBeTruthy();
      counts.push(r.extensions!.sqlStatements);
    }
    expect(counts).toEqual([1, 1, 1]);
    const withEvents = `query($first: Int) { tickets(first: $first) { edges { node { id contact { name } assignee { displayName } queue { name } slaState events { action actorName at } } } } }`;
    for (const first of [10, 50, 100]) {
      const r = await gql(server.graphqlUrl, withEvents, { first }, { token: agent });
      expect(ok(r).tickets.edges).toHaveLength(first);
      expect(r.extensions!.sqlStatements).toBe(2);
    }
  });
});

describe('tenant isolation', () => {
  it('another tenant’s ticket is NOT_FOUND through ticket() and every mutation, which write nothing', async () => {
    const t = mine[0];
    expect(codeOf(await gql(server.graphqlUrl, TICKET, { id: t.id }, { token: harborAdmin }))).toBe('NOT_FOUND');
    const before = await eventCount(db);
    const [{ version }] = await sql<{ version: number }>(db, 'select version from tickets where id = $1', [t.id]);
    const attempts: [string, Record<string, unknown>][] = [
      [UPDATE, { priority: 'LOW' }],
      [ASSIGN, { assigneeId: null }],
      [COMMENT, { body: 'hi', public: true }],
      [RESOLVE, {}],
      [REOPEN, {}],
      [CLOSE, {}],
      [ESCALATE, { reason: 'x' }],
    ];
    for (const [q, input] of attempts) {
      for (const token of [harborAdmin, harborAgent]) {
        const r = await gql(server.graphqlUrl, q, { i: { id: t.id, ...input } }, { token });
        expect(codeOf(r), q).toBe('NOT_FOUND');
        expect(JSON.stringify(r)).not.toContain(t.subject);
      }
    }
    expect(await eventCount(db)).toBe(before);
    expect((await sql<{ version: number }>(db, 'select version from tickets where id = $1', [t.id]))[0].version).toBe(version);
  });

  it('tickets(filter) never shows another tenant’s tickets, and its ids are NOT_FOUND', async () => {
    const all = await list(harborAdmin, {});
    const nw = new Set(mine.map((t) => t.id));
    expect(all.ids.some((id) => nw.has(id))).toBe(false);
    expect((await list(harborAdmin, { filter: { search: 'refund' } })).ids.some((id) => nw.has(id))).toBe(false);
    expect((await list(harborAdmin, { filter: { tag: 'lt' } })).ids).toEqual([]);
    for (const filter of [{ queueId: queueA }, { assigneeId: agentId }, { contactId }]) {
      expect(codeOf(await gql(server.graphqlUrl, LIST, { filter }, { token: harborAdmin })), JSON.stringify(filter)).toBe('NOT_FOUND');
    }
  });

  it('ticketUpdated delivers a change to its tenant’s staff only', async () => {
    const SUB = `subscription { ticketUpdated { id subject version status } }`;
    const nwClient = wsClient(server.wsUrl, viewer);
    const hbClient = wsClient(server.wsUrl, harborAdmin);
    const before = server.http.subscriptionCount();
    const nwSub = subscribe<{ ticketUpdated: any }>(nwClient, SUB);
    const hbSub = subscribe<{ ticketUpdated: any }>(hbClient, SUB);
    await until(() => server.http.subscriptionCount() >= before + 2);
    const t = await createTicket(server, agent, { subject: 'Northwind secret' });
    await gql(server.graphqlUrl, UPDATE, { i: { id: t.ticketId, priority: 'HIGH' } }, { token: agent });
    const harborTicket = await createTicket(server, harborAdmin, { subject: 'Harbor own' });
    const nwEvents = await nwSub.waitFor(2);
    expect(nwEvents.map((e) => [e.ticketUpdated.id, e.ticketUpdated.version])).toEqual([[t.ticketId, 1], [t.ticketId, 2]]);
    await hbSub.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(hbSub.events.map((e) => e.ticketUpdated.id)).toEqual([harborTicket.ticketId]);
    expect(JSON.stringify(hbSub.events)).not.toContain('Northwind secret');
    expect(nwSub.events.some((e) => e.ticketUpdated.id === harborTicket.ticketId)).toBe(false);
    await nwClient.dispose();
    await hbClient.dispose();
  });
});
