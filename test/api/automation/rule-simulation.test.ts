// simulateAutomationRule: a draft replayed over 1,000 real tickets changes nothing (row counts and
// every updated_at unchanged), and enabling the same rule then replaying the trigger changes
// exactly the simulated tickets, exactly as predicted. Tenant isolation, bad input and access.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login, type GqlResult } from '../../helpers/graphql.js';
import { asAdmin } from '../../helpers/as.js';
import { sql } from '../../helpers/db.js';
import { domainEvent } from '../../../api/src/events/domain-events.js';

let server: TestServer;
let db: string;
let manager: string;
let agent: string;
let harbor: string;
let nw: string;
let hb: string;
let managerId: string;
let tier2: string;

const SIMULATE = `query($i: SimulateAutomationRuleInput!) { simulateAutomationRule(input: $i) {
  evaluated matchedCount matches { subjectKind ticketId ticketNumber subject trigger effects before { queueId priority tags } after { queueId priority tags status } } } }`;

const ok = (r: GqlResult) => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};
const call = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(server.graphqlUrl, query, variables, { token });

const draft = () => ({
  name: 'Big billing tickets to Tier 2',
  trigger: { kind: 'EVENT', events: ['TICKET_UPDATED'] },
  conditions: { all: [{ field: 'ticket.category', op: 'eq', value: 'billing' }, { field: 'ticket.priority', op: 'in', value: ['HIGH', 'URGENT'] }] },
  actions: [{ type: 'setQueue', queueId: tier2 }, { type: 'addTag', tag: 'big-billing' }],
});

/** Everything simulation must leave alone. */
const fingerprint = async () =>
  (await sql<Record<string, unknown>>(db, `select (select count(*) from tickets)::int as tickets, (select count(*) from ticket_events)::int as events,
      (select count(*) from automation_rule_runs)::int as runs, (select count(*) from automation_rules)::int as rules,
      (select count(*) from notifications)::int as notifications, (select count(*) from timers)::int as timers,
      (select md5(string_agg(id::text || updated_at::text || version::text, ',' order by id)) from tickets) as tickets_hash`))[0];

/** n tickets of a tenant, inserted in one statement: categories and priorities cycle. */
async function seed(tenantId: string, n: number, from: number) {
  await sql(db, `
    insert into tickets (id, tenant_id, number, subject, category, priority, status, tags, channel, created_at, updated_at)
    select gen_random_uuid(), $1, $2 + i, 'Seeded ' || i,
           (array['BILLING', 'TECHNICAL', 'SHIPPING'])[1 + i % 3],
           (array['LOW', 'MEDIUM', 'HIGH', 'URGENT'])[1 + i % 4],
           'OPEN', '{}', 'API', now() - make_interval(secs => i), now() - make_interval(secs => i)
      from generate_series(1, $3) as i`, [tenantId, from, n]);
  await sql(db, `insert into ticket_counters (tenant_id, last_number) values ($1, $2) on conflict (tenant_id) do update set last_number = greatest(ticket_counters.last_number, $2)`, [tenantId, from + n]);
}

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  manager = await login(server.graphqlUrl, DEMO.northwind.manager, DEMO.northwind.slug);
  agent = await login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug);
  harbor = await asAdmin(server, 'harbor');
  [{ id: nw }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  [{ id: hb }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'harbor-bank'`);
  [{ id: managerId }] = await sql<{ id: string }>(db, `select id from users where email = $1`, [DEMO.northwind.manager]);
  [{ id: tier2 }] = await sql<{ id: string }>(db, `select id from queues where tenant_id = $1 and name = 'Tier 2'`, [nw]);
  await seed(nw, 1000, 10_000);
  await seed(hb, 60, 10_000);
});

describe('simulateAutomationRule', () => {
  it('replays a draft over the last 1,000 tickets without changing anything; enabling it then changes exactly those, as predicted', async () => {
    const before = await fingerprint();
    const sim = ok(await call(manager, SIMULATE, { i: { rule: draft(), last: 1000 } })).simulateAutomationRule;
    expect(await fingerprint()).toEqual(before);

    const expected = await sql<{ id: string }>(db, `
      select id from (select id, category, priority from tickets where tenant_id = $1 order by created_at desc, id desc limit 1000) t
       where lower(category) = 'billing' and priority in ('HIGH', 'URGENT')`, [nw]);
    expect(sim.evaluated).toBe(1000);
    expect(sim.matchedCount).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(100);
    expect(new Set(sim.matches.map((m: any) => m.ticketId))).toEqual(new Set(expected.map((e) => e.id)));
    expect(sim.matches[0]).toMatchObject({ subjectKind: 'TICKET', trigger: 'TICKET_UPDATED', effects: ['Move to queue Tier 2', 'Add tag big-billing'], after: { queueId: tier2, tags: ['big-billing'], status: 'OPEN' } });

    // Enable it for real and replay the trigger on every ticket that was simulated.
    ok(await call(manager, `mutation($i: CreateAutomationRuleInput!) { createAutomationRule(input: $i) { automationRule { id } } }`, { i: draft() }));
    const [{ id: ruleId }] = await sql<{ id: string }>(db, `select id from automation_rules where tenant_id = $1 and name = $2`, [nw, draft().name]);
    const tickets = await sql<{ id: string; number: number; priority: any }>(db, `select id, number, priority from tickets where tenant_id = $1 order by created_at desc, id desc limit 1000`, [nw]);
    server.services.domainEvents.emit(tickets.map((t) => domainEvent('ticket.updated', nw, {
      ticketId: t.id, number: t.number, status: 'OPEN', priority: t.priority, queueId: null, assigneeId: null, contactId: null, conversationId: null,
      actor: { kind: 'USER', id: managerId }, changed: ['subject'], from: 'OPEN',
    })));
    await server.services.domainEvents.settled();

    const changed = await sql<{ ticket_id: string; queue_id: string | null; tags: string[] }>(db, `
      select e.ticket_id, t.queue_id, t.tags from ticket_events e join tickets t on t.id = e.ticket_id
       where e.actor_kind = 'RULE' and e.actor_id = $1`, [ruleId]);
    expect(new Set(changed.map((c) => c.ticket_id))).toEqual(new Set(sim.matches.map((m: any) => m.ticketId)));
    const predicted = new Map(sim.matches.map((m: any) => [m.ticketId, m.after]));
    for (const c of changed) expect({ queueId: c.queue_id, tags: c.tags }).toEqual({ queueId: (predicted.get(c.ticket_id) as any).queueId, tags: (predicted.get(c.ticket_id) as any).tags });
  }, 120_000);

  it('sees only your own tenant’s tickets', async () => {
    const harborTier2 = (await sql<{ id: string }>(db, `select id from queues where tenant_id = $1 and name = 'Tier 2'`, [hb]))[0].id;
    const sim = ok(await call(harbor, SIMULATE, { i: { rule: { ...draft(), actions: [{ type: 'setQueue', queueId: harborTier2 }] }, last: 5000 } })).simulateAutomationRule;
    const theirs = (await sql<{ n: number }>(db, `select count(*)::int as n from tickets where tenant_id = $1`, [hb]))[0].n;
    expect(sim.evaluated).toBe(theirs);
    const ids = sim.matches.map((m: any) => m.ticketId);
    const foreign = await sql(db, `select 1 from tickets where id = any($1::uuid[]) and tenant_id <> $2`, [ids, hb]);
    expect(foreign).toEqual([]);
    // Northwind's queue in a Harbor draft is an unknown queue.
    const r = await call(harbor, SIMULATE, { i: { rule: draft(), last: 10 } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.field).toBe('rule.actions[0].queueId');
  });

  it('refuses a bad draft or a bad `last` with the field; agents may not simulate', async () => {
    const bad = await call(manager, SIMULATE, { i: { rule: { ...draft(), conditions: { all: [{ field: 'ticket.priority', op: 'gt', value: 'HIGH' }] } }, last: 10 } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('rule.conditions.all[0].op');
    for (const last of [0, 5001]) {
      const r = await call(manager, SIMULATE, { i: { rule: draft(), last } });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.field).toBe('last');
    }
    expect(codeOf(await call(agent, SIMULATE, { i: { rule: draft(), last: 10 } }))).toBe('FORBIDDEN');
  });
});
