// SLA clocks on tickets, on real PostgreSQL and real timers. The servers run an offset clock
// (real time + offset), so a ticket created now looks `offset` old to the SLA clock: a 60-minute
// target is due a few real seconds later, and the timers (real time) fire then.
// Proves: AT_RISK and BREACHED once each at their instants, across an instance restart with a
// second instance running; priority changes move the due time and the timer; PENDING moves it by
// exactly the paused time, with no breach while paused; disabling a policy moves or stops the
// timers; first staff reply MET, next response after the customer writes; notifications reach
// the assignee; another tenant's policy never applies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { gql } from '../../helpers/graphql.js';
import { asAdmin, asAgent } from '../../helpers/as.js';
import { sql } from '../../helpers/db.js';
import { timerJobsSettled } from '../../helpers/timer-jobs.js';
import { OffsetClock } from '../../../api/src/clock.js';
import { addTicketComment } from '../../../api/src/modules/tickets/ticket.service.js';
import { createTicket, ok, UPDATE } from '../tickets/helpers.js';

const clock = new OffsetClock(0);
let a: TestServer;
let c: TestServer;
let db: string;
let admin: string;
let agent: string;
let harborAdmin: string;
let agentId: string;
let northwind: string;
let harbor: string;

const NO_CACHES = { LISTENER_CACHES: 'false' };
const MIN = 60_000;
/** Timer resolution (1 s polling) plus a busy shared machine. */
const LATE_MS = 2500;

const CREATE_POLICY = `mutation($i: CreateSlaPolicyInput!) { createSlaPolicy(input: $i) { slaPolicy { id } } }`;
const UPDATE_POLICY = `mutation($i: UpdateSlaPolicyInput!) { updateSlaPolicy(input: $i) { slaPolicy { id enabled } } }`;

async function policy(token: string, name: string, input: Record<string, unknown>): Promise<string> {
  const r = await gql(a.graphqlUrl, CREATE_POLICY, { i: { name, businessHours: false, ...input } }, { token });
  return ok(r).createSlaPolicy.slaPolicy.id;
}

interface TicketRow {
  sla_policy_id: string | null;
  status: string;
  first_response_due_at: Date | null;
  next_response_due_at: Date | null;
  resolution_due_at: Date | null;
  first_responded_at: Date | null;
  sla_first_response_state: string | null;
  sla_next_response_state: string | null;
  sla_resolution_state: string | null;
  sla_state: string | null;
  sla_paused_at: Date | null;
  created_at: Date;
}
const ticketRow = async (id: string) => (await sql<TicketRow>(db, `select * from tickets where id = $1`, [id]))[0];
const slaEvents = (id: string) =>
  sql<{ action: string; at: Date; actor_kind: string; after: Record<string, unknown> }>(db, `select action, at, actor_kind, after from ticket_events where ticket_id = $1 and action like 'SLA_%' order by ticket_version`, [id]);
const timersOf = (id: string) => sql<{ key: string; version: string; due_at: Date }>(db, `select key, version, due_at from timers where kind = 'sla' and key like $1 order by key`, [`${id}:%`]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor<T>(probe: () => Promise<T>, done: (v: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  let v = await probe();
  while (!done(v) && Date.now() < end) {
    await sleep(100);
    v = await probe();
  }
  return v;
}
const settled = () => Promise.all([a, c].filter(Boolean).map((s) => s.services.domainEvents.settled()));
/** The real instant at which the clock shows `t`. */
const real = (t: Date) => t.getTime() - clock.offsetMs;

async function newTicket(tags: string[], extra: Record<string, unknown> = {}, token = agent) {
  const t = await createTicket(a, token, { subject: `SLA ${tags.join(' ')}`, tags, ...extra });
  await settled();
  return t.ticketId;
}
const update = async (i: Record<string, unknown>) => {
  ok(await gql(a.graphqlUrl, UPDATE, { i }, { token: agent }));
  await settled();
};

beforeAll(async () => {
  // Instances without Redis: nothing carries the listeners' cache invalidations between them.
  a = await startTestServer({ clock, env: NO_CACHES });
  db = a.services.config.DATABASE_URL!;
  // A second instance on the same database from the start: timers may fire on either.
  c = await startTestServer({ databaseUrl: db, clock, env: NO_CACHES });
  [admin, agent, harborAdmin] = await Promise.all([asAdmin(a), asAgent(a), asAdmin(a, 'harbor')]);
  [{ id: agentId }] = await sql<{ id: string }>(db, `select id::text from users where email = 'agent@northwind.demo'`);
  [{ id: northwind }] = await sql<{ id: string }>(db, `select id::text from tenants where slug = 'northwind'`);
  [{ id: harbor }] = await sql<{ id: string }>(db, `select id::text from tenants where slug = 'harbor-bank'`);
});

afterAll(async () => {
  clock.offsetMs = 0;
});

describe('SLA clocks on tickets', () => {
  it('AT_RISK and BREACHED are recorded once each at their instants, across a restart, with two instances; the assignee is notified', async () => {
    // Resolution in 60 min, AT_RISK 5.4 s before the due time (share 0.9985).
    const pid = await policy(admin, 'Clock 60', { conditions: { tagsAny: ['sla60'] }, resolutionMinutes: 60, atRiskShare: 0.9985 });
    clock.offsetMs = 60 * MIN - 9_000; // due 9 s (real) after creation, at risk after 3.6 s
    const id = await newTicket(['sla60'], { assigneeId: agentId });
    const t = await ticketRow(id);
    expect(t.sla_policy_id).toBe(pid);
    expect(t.resolution_due_at!.getTime()).toBe(t.created_at.getTime() + 60 * MIN);
    expect(t.first_response_due_at).toBeNull();
    expect([t.sla_resolution_state, t.sla_state]).toEqual(['ACTIVE', 'ACTIVE']);
    const dueReal = real(t.resolution_due_at!);
    const atRiskReal = t.created_at.getTime() + 0.9985 * 60 * MIN - clock.offsetMs;
    expect((await timersOf(id)).map((r) => r.key)).toEqual([`${id}:RESOLUTION:AT_RISK`, `${id}:RESOLUTION:BREACHED`]);

    const atRisk = await waitFor(() => slaEvents(id), (e) => e.length >= 1, 10_000);
    expect(atRisk.map((e) => e.action)).toEqual(['SLA_AT_RISK']);
    expect(atRisk[0].at.getTime()).toBeGreaterThanOrEqual(atRiskReal - 50);
    expect(atRisk[0].at.getTime() - atRiskReal).toBeLessThan(LATE_MS);
    expect(atRisk[0]).toMatchObject({ actor_kind: 'SYSTEM', after: { slaResolutionState: 'AT_RISK', slaState: 'AT_RISK' } });

    // Instance A stops; B starts on the same database (C keeps running) before the due time.
    await a.stop();
    const b = await startTestServer({ databaseUrl: db, clock, env: NO_CACHES });
    a = b;
    const events = await waitFor(() => slaEvents(id), (e) => e.length >= 2, 15_000);
    expect(events.map((e) => e.action)).toEqual(['SLA_AT_RISK', 'SLA_BREACHED']);
    expect(events[1].at.getTime()).toBeGreaterThanOrEqual(dueReal - 50);
    expect(events[1].at.getTime() - dueReal).toBeLessThan(LATE_MS);
    expect(await ticketRow(id)).toMatchObject({ sla_resolution_state: 'BREACHED', sla_state: 'BREACHED' });
    expect(await timersOf(id)).toEqual([]);

    await settled();
    const notes = await sql<{ kind: string; user_id: string }>(db, `select kind, user_id::text from notifications where subject_id = $1 order by created_at`, [id]);
    expect(notes).toEqual([{ kind: 'SLA_AT_RISK', user_id: agentId }, { kind: 'SLA_BREACHED', user_id: agentId }]);
    // Nothing more later (a duplicate job, a retry, the other instance): once no job of its timers can run.
    await timerJobsSettled(db, [`${id}:`], 10_000, { prefix: true });
    expect((await slaEvents(id)).map((e) => e.action)).toEqual(['SLA_AT_RISK', 'SLA_BREACHED']);
  });

  it('changing the priority moves the due time and its timer (the old instant passes without effect; an earlier one fires)', async () => {
    await policy(admin, 'Prio medium', { conditions: { tagsAny: ['slaprio'], priorities: ['MEDIUM'] }, resolutionMinutes: 60, atRiskShare: 0.9975 });
    await policy(admin, 'Prio low', { conditions: { tagsAny: ['slaprio'], priorities: ['LOW'] }, resolutionMinutes: 120, atRiskShare: 0.9975 });
    clock.offsetMs = 60 * MIN - 4000; // MEDIUM: due 4 s after creation (already at risk: 9 s before)
    const id = await newTicket(['slaprio'], { priority: 'MEDIUM' });
    const before = await ticketRow(id);
    await update({ id, priority: 'LOW' });
    const low = await ticketRow(id);
    expect(low.resolution_due_at!.getTime() - before.resolution_due_at!.getTime()).toBe(60 * MIN);
    expect(low.sla_resolution_state).toBe('ACTIVE');
    const timers = await timersOf(id);
    expect(timers.map((r) => r.key)).toEqual([`${id}:RESOLUTION:AT_RISK`, `${id}:RESOLUTION:BREACHED`]);
    expect(timers[1].version.startsWith(low.resolution_due_at!.toISOString())).toBe(true);
    expect(timers[1].due_at.getTime()).toBe(real(low.resolution_due_at!));
    // The MEDIUM due time passes: nothing happens. (An AT_RISK from the first seconds may exist.)
    await sleep(Math.max(0, real(before.resolution_due_at!) - Date.now()) + 100);
    // The MEDIUM timers' jobs were cancelled when they were replaced, or ran and found themselves stale.
    await timerJobsSettled(db, [`${id}:`], 10_000, { prefix: true, staleOnly: true });
    expect((await slaEvents(id)).map((e) => e.action)).not.toContain('SLA_BREACHED');
    expect((await ticketRow(id)).sla_resolution_state).not.toBe('BREACHED');

    // Back to MEDIUM: the due time is in the past now, so the breach is recorded at once.
    const back = Date.now();
    await update({ id, priority: 'MEDIUM' });
    expect((await ticketRow(id)).resolution_due_at!.getTime()).toBe(before.resolution_due_at!.getTime());
    const events = await waitFor(() => slaEvents(id), (e) => e.some((x) => x.action === 'SLA_BREACHED'), 8000);
    const breached = events.filter((e) => e.action === 'SLA_BREACHED');
    expect(breached).toHaveLength(1);
    expect(breached[0].at.getTime() - back).toBeLessThan(LATE_MS + 1000);
  });

  it('PENDING stops the clock: no breach while paused, and the due time moves by exactly the paused time; disabling a policy moves its tickets to another policy or none', async () => {
    // AT_RISK 3.6 s before the due time (share 0.999).
    const pausePolicy = await policy(admin, 'Pause 60', { conditions: { tagsAny: ['slapause'] }, resolutionMinutes: 60, atRiskShare: 0.999 });
    const offPolicy = await policy(admin, 'Off 60', { conditions: { tagsAny: ['slaoff'] }, resolutionMinutes: 60, atRiskShare: 0.999 });
    clock.offsetMs = 60 * MIN - 10_000; // due 10 s after creation, at risk after 6.4 s
    const [paused, off, harborTicket] = await Promise.all([newTicket(['slapause']), newTicket(['slaoff']), newTicket(['slaoff', 'sla60'], {}, harborAdmin)]);
    const p0 = await ticketRow(paused);
    expect(p0.sla_policy_id).toBe(pausePolicy);
    // Isolation: northwind's tag policies never apply to a harbor ticket with the same tags.
    const h0 = await ticketRow(harborTicket);
    const harborPolicies = await sql<{ id: string; name: string }>(db, `select id::text, name from sla_policies where tenant_id = $1`, [harbor]);
    expect(harborPolicies.map((p) => p.id)).toContain(h0.sla_policy_id);
    expect(h0.sla_policy_id).not.toBe(offPolicy);

    await update({ id: paused, status: 'PENDING' });
    const p1 = await ticketRow(paused);
    expect(p1.sla_paused_at).not.toBeNull();
    expect(await timersOf(paused)).toEqual([]);

    // Disable "Off 60": its ticket falls to the tenant's fallback (Standard), its timers move there.
    ok(await gql(a.graphqlUrl, UPDATE_POLICY, { i: { id: offPolicy, enabled: false } }, { token: admin }));
    await settled();
    const o1 = await ticketRow(off);
    const [standard] = await sql<{ id: string }>(db, `select id::text from sla_policies where tenant_id = $1 and name = 'Standard'`, [northwind]);
    expect(o1.sla_policy_id).toBe(standard.id);
    expect(o1.resolution_due_at!.getTime()).toBeGreaterThan(Date.now() + 60 * MIN);
    expect((await timersOf(off)).every((t) => t.due_at.getTime() > Date.now() + 30 * MIN)).toBe(true);

    // Harbor without any enabled policy: its ticket has no SLA at all, and no timers.
    for (const hp of harborPolicies) ok(await gql(a.graphqlUrl, UPDATE_POLICY, { i: { id: hp.id, enabled: false } }, { token: harborAdmin }));
    await settled();
    expect(await ticketRow(harborTicket)).toMatchObject({ sla_policy_id: null, resolution_due_at: null, first_response_due_at: null, sla_state: null, sla_resolution_state: null });
    expect(await timersOf(harborTicket)).toEqual([]);

    // The paused ticket's old due time passes: no breach.
    await sleep(Math.max(0, real(p0.resolution_due_at!) - Date.now()) + 1500);
    expect(await slaEvents(paused)).toEqual([]);
    await update({ id: paused, status: 'OPEN' });
    const p2 = await ticketRow(paused);
    const [{ pauses }] = await sql<{ pauses: { from: string; to: string }[] }>(db, `select pauses from sla_ticket_clocks where ticket_id = $1`, [paused]);
    expect(pauses).toHaveLength(1);
    const pausedMs = Date.parse(pauses[0].to) - Date.parse(pauses[0].from);
    expect(pauses[0].from).toBe(p1.sla_paused_at!.toISOString());
    expect(p2.resolution_due_at!.getTime() - p0.resolution_due_at!.getTime()).toBe(pausedMs);
    // The pause spanned the old due time (so "no breach" above was the pause's doing).
    expect(Date.parse(pauses[0].from)).toBeLessThan(p0.resolution_due_at!.getTime());
    expect(Date.parse(pauses[0].to)).toBeGreaterThan(p0.resolution_due_at!.getTime() + 1000);
    expect(p2.sla_paused_at).toBeNull();
    expect((await timersOf(paused)).map((t) => t.key)).toContain(`${paused}:RESOLUTION:BREACHED`);
    // The off ticket's and harbor's old instants have passed too: nothing.
    expect(await slaEvents(off)).toEqual([]);
    expect(await slaEvents(harborTicket)).toEqual([]);
  });

  it('the first public staff reply meets the first response; the customer writing again starts the next response, which the next staff reply meets', async () => {
    await policy(admin, 'Replies', { conditions: { tagsAny: ['slareply'] }, firstResponseMinutes: 60, nextResponseMinutes: 30, resolutionMinutes: 240 });
    clock.offsetMs = 0;
    const id = await newTicket(['slareply']);
    expect(await ticketRow(id)).toMatchObject({ sla_first_response_state: 'ACTIVE', sla_next_response_state: null, next_response_due_at: null });
    // An internal note is no reply.
    ok(await gql(a.graphqlUrl, `mutation($i: CommentOnTicketInput!) { commentOnTicket(input: $i) { ticketId } }`, { i: { id, body: 'looking', public: false } }, { token: agent }));
    await settled();
    expect((await ticketRow(id)).sla_first_response_state).toBe('ACTIVE');
    ok(await gql(a.graphqlUrl, `mutation($i: CommentOnTicketInput!) { commentOnTicket(input: $i) { ticketId } }`, { i: { id, body: 'Hello!', public: true } }, { token: agent }));
    await settled();
    const t1 = await ticketRow(id);
    expect(t1).toMatchObject({ sla_first_response_state: 'MET', sla_state: 'ACTIVE' });
    expect(t1.first_responded_at).not.toBeNull();
    expect((await timersOf(id)).map((t) => t.key)).toEqual([`${id}:RESOLUTION:AT_RISK`, `${id}:RESOLUTION:BREACHED`]);

    await addTicketComment(a.services, northwind, id, { kind: 'CONTACT', id: null }, 'Still broken', true);
    await settled();
    const t2 = await ticketRow(id);
    expect(t2.sla_next_response_state).toBe('ACTIVE');
    expect(t2.next_response_due_at!.getTime() - Date.now()).toBeGreaterThan(29 * MIN);
    expect((await timersOf(id)).map((t) => t.key)).toContain(`${id}:NEXT_RESPONSE:BREACHED`);

    ok(await gql(a.graphqlUrl, `mutation($i: CommentOnTicketInput!) { commentOnTicket(input: $i) { ticketId } }`, { i: { id, body: 'Fixed now', public: true } }, { token: agent }));
    await settled();
    expect(await ticketRow(id)).toMatchObject({ sla_next_response_state: 'MET', sla_first_response_state: 'MET' });
    ok(await gql(a.graphqlUrl, `mutation($i: TicketIdInput!) { resolveTicket(input: $i) { ticketId } }`, { i: { id } }, { token: agent }));
    await settled();
    expect(await ticketRow(id)).toMatchObject({ sla_resolution_state: 'MET', sla_state: 'MET' });
    expect(await timersOf(id)).toEqual([]);
    // The clocks' own writes do not feed back: a handful of SYSTEM entries, not a loop.
    const [{ n }] = await sql<{ n: number }>(db, `select count(*)::int as n from ticket_events where ticket_id = $1 and actor_kind = 'SYSTEM'`, [id]);
    expect(n).toBeLessThanOrEqual(5);
  });

  it('no listener or timer failed on either instance', () => {
    const failures = [a, c].flatMap((s) => s.logs.filter((l) => Number(l.level) >= 50));
    expect(failures).toEqual([]);
  });
});
