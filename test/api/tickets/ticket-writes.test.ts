// Ticket writes: every mutation leaves exactly one TicketEvent with the changed fields before and
// after, a failed one none; gap-free numbers under 50 concurrent creates; two resolves at once →
// one wins, one CONFLICT; partner retries with one idempotency key → one ticket; the lifecycle's
// refusals; domain events after commit with the actor; the history is append-only.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { asApiKey, asWidget } from '../../helpers/as.js';
import { sql } from '../../helpers/db.js';
import type { DomainEvent } from '../../../api/src/events/domain-events.js';
import { changeTicket, escalateTicket, closeTicket } from '../../../api/src/modules/tickets/ticket.service.js';
import { ASSIGN, CLOSE, COMMENT, createTicket, CREATE, ESCALATE, eventCount, eventsOf, FROM_CONVERSATION, ok, REOPEN, RESOLVE, TICKET, UPDATE } from './helpers.js';

let server: TestServer;
let db: string;
let agent: string;
let agent2: string;
let manager: string;
let viewer: string;
let agentId: string;
let agent2Id: string;
let managerId: string;
let northwindId: string;
let harborQueueId: string;

const lastNumber = async () => (await sql<{ n: number }>(db, 'select last_number as n from ticket_counters where tenant_id = $1', [northwindId]))[0]?.n ?? 0;

/** Run a request; return it with the number of ticket events it added. */
async function counted<T>(run: () => Promise<T>): Promise<[T, number]> {
  const before = await eventCount(db);
  const r = await run();
  await server.services.domainEvents.settled(); // listeners may write too (automation's escalation package)
  return [r, (await eventCount(db)) - before];
}

const domainSeen: DomainEvent[] = [];

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  // The tickets alone: with no SLA policy enabled the SLA clocks (sla-tickets.test.ts) write nothing here.
  await sql(db, `update sla_policies set enabled = false`);
  [agent, agent2, manager, viewer] = await Promise.all([
    login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug),
    login(server.graphqlUrl, 'agent2@northwind.demo', DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.northwind.manager, DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.northwind.viewer, DEMO.northwind.slug),
  ]);
  const ids = await sql<{ id: string; email: string }>(db, `select id, email from users where email in ($1, $2, $3)`, [DEMO.northwind.agent, 'agent2@northwind.demo', DEMO.northwind.manager]);
  agentId = ids.find((u) => u.email === DEMO.northwind.agent)!.id;
  agent2Id = ids.find((u) => u.email === 'agent2@northwind.demo')!.id;
  managerId = ids.find((u) => u.email === DEMO.northwind.manager)!.id;
  [{ id: northwindId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  const [{ id: harborId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'harbor-bank'`);
  harborQueueId = randomUUID();
  await sql(db, `insert into queues (id, tenant_id, name, is_default) values ($1, $2, 'Harbor line', false)`, [harborQueueId, harborId]);
  const names = ['ticket.created', 'ticket.updated', 'ticket.assigned', 'ticket.commented', 'ticket.escalated', 'ticket.resolved', 'ticket.reopened', 'ticket.closed', 'ticket.sla_breached'] as const;
  for (const on of names) server.services.domainEvents.register({ name: `test.${on}`, on, handle: (e: unknown) => void domainSeen.push(e as DomainEvent) } as never);
});

describe('creating', () => {
  it('writes the ticket with the next number and exactly one CREATED event naming the actor', async () => {
    const before = await lastNumber();
    const [created, added] = await counted(() => createTicket(server, agent, { subject: '  Broken zipper ', description: 'On the Alpine 40 pack', priority: 'HIGH', tags: ['Packs', 'warranty', 'packs'] }));
    expect(added).toBe(1);
    expect(created.ticket).toMatchObject({ number: before + 1, subject: 'Broken zipper', status: 'OPEN', priority: 'HIGH', tags: ['packs', 'warranty'], channel: 'CONSOLE', version: 1, assigneeId: null });
    const events = await eventsOf(db, created.ticketId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ticket_version: 1, action: 'CREATED', actor_kind: 'USER', actor_id: agentId, before: null, comment: null, public: false });
    expect(events[0].after).toMatchObject({ number: before + 1, subject: 'Broken zipper', description: 'On the Alpine 40 pack', priority: 'HIGH', status: 'OPEN', tags: ['packs', 'warranty'] });
    expect(created.ticketEventId).toBeTruthy();
  });

  it('a failed create writes nothing and does not use up a number', async () => {
    const before = await lastNumber();
    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [{ subject: '   ' }, 'BAD_USER_INPUT', 'subject'],
      [{ subject: 'x'.repeat(301) }, 'BAD_USER_INPUT', 'subject'],
      [{ subject: 'ok', tags: ['x'.repeat(51)] }, 'BAD_USER_INPUT', 'tags'],
      [{ subject: 'ok', channel: 'carrier pigeon!' }, 'BAD_USER_INPUT', 'channel'],
      [{ subject: 'ok', queueId: harborQueueId }, 'NOT_FOUND', undefined],
      [{ subject: 'ok', contactId: randomUUID() }, 'NOT_FOUND', undefined],
      [{ subject: 'ok', queueId: 'not-an-id' }, 'BAD_USER_INPUT', 'queueId'],
    ];
    for (const [input, code, field] of cases) {
      const [r, added] = await counted(() => gql(server.graphqlUrl, CREATE, { i: input }, { token: agent }));
      expect(codeOf(r), JSON.stringify(input)).toBe(code);
      if (field) expect(r.errors![0].extensions!.field).toBe(field);
      expect(added).toBe(0);
    }
    expect(await lastNumber()).toBe(before);
    expect((await createTicket(server, agent, { subject: 'after failures' })).ticket.number).toBe(before + 1);
  });

  it('an agent may create a ticket assigned to themselves, not to someone else (tickets.assign)', async () => {
    const mine = await createTicket(server, agent, { subject: 'mine', assigneeId: agentId });
    expect(mine.ticket.assigneeId).toBe(agentId);
    const [r, added] = await counted(() => gql(server.graphqlUrl, CREATE, { i: { subject: 'theirs', assigneeId: agent2Id } }, { token: agent }));
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(added).toBe(0);
    expect((await createTicket(server, manager, { subject: 'theirs', assigneeId: agent2Id })).ticket.assigneeId).toBe(agent2Id);
    expect(codeOf(await gql(server.graphqlUrl, CREATE, { i: { subject: 'viewer' } }, { token: viewer }))).toBe('FORBIDDEN');
  });

  it('50 concurrent creates get the numbers n+1 … n+50: no gap, no duplicate', { timeout: 60_000 }, async () => {
    const before = await lastNumber();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => gql(server.graphqlUrl, CREATE, { i: { subject: `burst ${i}` } }, { token: agent })));
    const numbers = results.map((r) => ok(r).createTicket.ticket.number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => before + i + 1));
    const rows = await sql<{ number: number }>(db, `select number from tickets where tenant_id = $1 order by number`, [northwindId]);
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
  });
});

describe('changing', () => {
  it('updateTicket writes one UPDATED event with only the changed fields; the same values again write nothing', async () => {
    const t = await createTicket(server, agent, { subject: 'Update me', category: 'ORDER' });
    const [r, added] = await counted(() => gql(server.graphqlUrl, UPDATE, { i: { id: t.ticketId, priority: 'URGENT', tags: ['late'], category: 'ORDER', expectedVersion: 1 } }, { token: agent }));
    expect(added).toBe(1);
    expect(ok(r).updateTicket.ticket).toMatchObject({ priority: 'URGENT', tags: ['late'], version: 2 });
    const [, ev] = await eventsOf(db, t.ticketId);
    expect(ev).toMatchObject({ ticket_version: 2, action: 'UPDATED', actor_kind: 'USER', actor_id: agentId, before: { priority: 'MEDIUM', tags: [] }, after: { priority: 'URGENT', tags: ['late'] } });

    const [again, none] = await counted(() => gql(server.graphqlUrl, UPDATE, { i: { id: t.ticketId, priority: 'URGENT', tags: ['late'] } }, { token: agent }));
    expect(none).toBe(0);
    expect(ok(again).updateTicket).toMatchObject({ ticketEventId: null, ticket: { version: 2 } });

    const [pending] = await counted(() => gql(server.graphqlUrl, UPDATE, { i: { id: t.ticketId, status: 'PENDING', description: 'waiting on photos' } }, { token: agent }));
    expect(ok(pending).updateTicket.ticket).toMatchObject({ status: 'PENDING', version: 3 });
    expect((await eventsOf(db, t.ticketId))[2]).toMatchObject({ action: 'UPDATED', before: { status: 'OPEN', description: null }, after: { status: 'PENDING', description: 'waiting on photos' } });
  });

  it('a failed update writes nothing: bad value, another tenant’s queue, stale version, a status it cannot set', async () => {
    const t = await createTicket(server, agent, { subject: 'Fail me' });
    const cases: [Record<string, unknown>, string, Record<string, unknown>][] = [
      [{ subject: '' }, 'BAD_USER_INPUT', { field: 'subject' }],
      [{ queueId: harborQueueId }, 'NOT_FOUND', {}],
      [{ priority: 'HIGH', expectedVersion: 7 }, 'CONFLICT', { currentVersion: 1 }],
      [{ status: 'RESOLVED' }, 'BAD_USER_INPUT', { field: 'status' }],
      [{ priority: 'HIGH', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'BAD_USER_INPUT', { field: 'tags' }],
    ];
    for (const [input, code, ext] of cases) {
      const [r, added] = await counted(() => gql(server.graphqlUrl, UPDATE, { i: { id: t.ticketId, ...input } }, { token: agent }));
      expect(codeOf(r), JSON.stringify(input)).toBe(code);
      expect(r.errors![0].extensions).toMatchObject(ext);
      expect(added).toBe(0);
    }
    const [row] = await sql<{ version: number; priority: string }>(db, 'select version, priority from tickets where id = $1', [t.ticketId]);
    expect(row).toEqual({ version: 1, priority: 'MEDIUM' });
    expect(codeOf(await gql(server.graphqlUrl, UPDATE, { i: { id: randomUUID(), priority: 'LOW' } }, { token: agent }))).toBe('NOT_FOUND');
  });

  it('assignTicket: yourself with tickets.update; someone else, or taking it from someone, needs tickets.assign', async () => {
    const t = await createTicket(server, agent, { subject: 'Assign me' });
    const [mine, added] = await counted(() => gql(server.graphqlUrl, ASSIGN, { i: { id: t.ticketId, assigneeId: agentId } }, { token: agent }));
    expect(added).toBe(1);
    expect(ok(mine).assignTicket.ticket.assigneeId).toBe(agentId);
    expect((await eventsOf(db, t.ticketId))[1]).toMatchObject({ action: 'ASSIGNED', before: { assigneeId: null }, after: { assigneeId: agentId } });

    for (const [token, assigneeId] of [[agent, agent2Id], [agent2, agent2Id], [agent2, null]] as const) {
      const [r, n] = await counted(() => gql(server.graphqlUrl, ASSIGN, { i: { id: t.ticketId, assigneeId } }, { token }));
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(n).toBe(0);
    }
    const [byManager] = await counted(() => gql(server.graphqlUrl, ASSIGN, { i: { id: t.ticketId, assigneeId: agent2Id } }, { token: manager }));
    expect(ok(byManager).assignTicket.ticket.assigneeId).toBe(agent2Id);
    expect((await eventsOf(db, t.ticketId))[2]).toMatchObject({ action: 'ASSIGNED', actor_id: managerId, before: { assigneeId: agentId }, after: { assigneeId: agent2Id } });
    // agent2 may drop their own ticket.
    expect(ok(await gql(server.graphqlUrl, ASSIGN, { i: { id: t.ticketId, assigneeId: null } }, { token: agent2 })).assignTicket.ticket.assigneeId).toBeNull();
    expect(codeOf(await gql(server.graphqlUrl, ASSIGN, { i: { id: t.ticketId, assigneeId: randomUUID() } }, { token: manager }))).toBe('NOT_FOUND');
  });

  it('commentOnTicket: one COMMENTED event with the text and whether the customer sees it', async () => {
    const t = await createTicket(server, agent, { subject: 'Comment me' });
    const [pub, n1] = await counted(() => gql(server.graphqlUrl, COMMENT, { i: { id: t.ticketId, body: 'We are on it!', public: true } }, { token: agent }));
    expect(n1).toBe(1);
    expect(ok(pub).commentOnTicket.ticket.version).toBe(2);
    const [, n2] = await counted(() => gql(server.graphqlUrl, COMMENT, { i: { id: t.ticketId, body: 'internal: check stock' } }, { token: agent }));
    expect(n2).toBe(1);
    const events = await eventsOf(db, t.ticketId);
    expect(events.slice(1)).toMatchObject([
      { action: 'COMMENTED', comment: 'We are on it!', public: true, before: null, after: null },
      { action: 'COMMENTED', comment: 'internal: check stock', public: false },
    ]);
    const [empty, n3] = await counted(() => gql(server.graphqlUrl, COMMENT, { i: { id: t.ticketId, body: '  ' } }, { token: agent }));
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(n3).toBe(0);
  });
});

describe('the lifecycle', () => {
  it('escalate → resolve → (retry) → reopen → close, one event each; refusals name the current status and write nothing', async () => {
    const t = await createTicket(server, agent, { subject: 'Lifecycle' });
    const id = t.ticketId;
    const step = async (q: string, input: Record<string, unknown>, token = agent) => {
      const [r, n] = await counted(() => gql(server.graphqlUrl, q, { i: { id, ...input } }, { token }));
      return { r, n };
    };
    let s = await step(ESCALATE, { reason: 'Needs the warehouse lead' });
    // The ESCALATED event, then automation's escalation package (one SYSTEM change): version 3.
    expect(s.n).toBe(2);
    expect(ok(s.r).escalateTicket.ticket.status).toBe('ESCALATED');
    s = await step(RESOLVE, {});
    expect(s.n).toBe(1);
    expect(ok(s.r).resolveTicket.ticket).toMatchObject({ status: 'RESOLVED', version: 4 });
    expect(ok(s.r).resolveTicket.ticket.resolvedAt).toBeTruthy();
    s = await step(RESOLVE, {}); // the same caller's retry
    expect(s.n).toBe(0);
    expect(ok(s.r).resolveTicket).toMatchObject({ ticketEventId: null, ticket: { version: 4 } });
    s = await step(RESOLVE, {}, manager); // someone else: they lost the race
    expect(codeOf(s.r)).toBe('CONFLICT');
    expect(s.r.errors![0].extensions!.currentStatus).toBe('RESOLVED');
    expect(s.n).toBe(0);
    s = await step(ESCALATE, { reason: 'again' });
    expect(codeOf(s.r)).toBe('CONFLICT');
    s = await step(REOPEN, {});
    expect(ok(s.r).reopenTicket.ticket).toMatchObject({ status: 'OPEN', resolvedAt: null });
    s = await step(CLOSE, {});
    expect(ok(s.r).closeTicket.ticket.status).toBe('CLOSED');
    s = await step(CLOSE, {});
    expect(s.n).toBe(0);
    for (const [q, input] of [[REOPEN, {}], [RESOLVE, {}], [COMMENT, { body: 'hello?' }], [UPDATE, { priority: 'LOW' }], [ASSIGN, { assigneeId: agentId }]] as const) {
      s = await step(q, input);
      expect(codeOf(s.r), q).toBe('CONFLICT');
      expect(s.r.errors![0].extensions!.currentStatus).toBe('CLOSED');
      expect(s.n).toBe(0);
    }
    const events = await eventsOf(db, id);
    expect(events.map((e) => [e.ticket_version, e.action])).toEqual([[1, 'CREATED'], [2, 'ESCALATED'], [3, 'UPDATED'], [4, 'RESOLVED'], [5, 'REOPENED'], [6, 'CLOSED']]);
    expect(events[1]).toMatchObject({ before: { status: 'OPEN' }, after: { status: 'ESCALATED' }, comment: 'Needs the warehouse lead', public: false });
    expect(events[2]).toMatchObject({ actor_kind: 'SYSTEM', after: { escalationContext: expect.anything() } });
    expect(events[3].before).toEqual({ status: 'ESCALATED', resolvedAt: null });
    expect(events[3].after).toMatchObject({ status: 'RESOLVED' });
    expect(events[5].after).toMatchObject({ status: 'CLOSED' });

    // The timeline through GraphQL: the same entries, oldest first, with the actor's name.
    const timeline = ok(await gql(server.graphqlUrl, TICKET, { id }, { token: viewer })).ticket.events;
    expect(timeline.map((e: any) => e.action)).toEqual(['CREATED', 'ESCALATED', 'UPDATED', 'RESOLVED', 'REOPENED', 'CLOSED']);
    expect(timeline[0]).toMatchObject({ ticketVersion: 1, actorKind: 'USER', actorId: agentId, actorName: 'Ada Agent' });
  });

  it('two agents resolving at once: one wins, the other gets CONFLICT; one RESOLVED event', async () => {
    for (let round = 0; round < 5; round++) {
      const t = await createTicket(server, agent, { subject: `race ${round}` });
      const [a, b] = await Promise.all([agent, manager].map((token) => gql(server.graphqlUrl, RESOLVE, { i: { id: t.ticketId } }, { token })));
      const codes = [codeOf(a), codeOf(b)];
      expect(codes.filter((c) => c === undefined)).toHaveLength(1);
      expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(1);
      const events = await eventsOf(db, t.ticketId);
      expect(events.filter((e) => e.action === 'RESOLVED')).toHaveLength(1);
    }
  });

  it('emits the domain events after commit, with the actor and the status left', async () => {
    domainSeen.length = 0;
    const t = await createTicket(server, agent, { subject: 'Events' });
    await gql(server.graphqlUrl, ASSIGN, { i: { id: t.ticketId, assigneeId: agentId } }, { token: agent });
    await gql(server.graphqlUrl, COMMENT, { i: { id: t.ticketId, body: 'hi', public: true } }, { token: agent });
    await gql(server.graphqlUrl, UPDATE, { i: { id: t.ticketId, priority: 'HIGH' } }, { token: agent });
    await gql(server.graphqlUrl, RESOLVE, { i: { id: t.ticketId } }, { token: agent });
    await gql(server.graphqlUrl, RESOLVE, { i: { id: t.ticketId } }, { token: agent }); // retry: nothing
    await server.services.domainEvents.settled();
    const mine = domainSeen.filter((e) => (e.payload as any).ticketId === t.ticketId);
    expect(mine.map((e) => e.name)).toEqual(['ticket.created', 'ticket.assigned', 'ticket.commented', 'ticket.updated', 'ticket.resolved']);
    for (const e of mine) expect((e.payload as any).actor).toEqual({ kind: 'USER', id: agentId });
    expect(mine[3].payload).toMatchObject({ changed: ['priority'], priority: 'HIGH' });
    expect(mine[4].payload).toMatchObject({ from: 'OPEN', status: 'RESOLVED', assigneeId: agentId });
    expect(mine[2].payload).toMatchObject({ public: true });
  });
});

describe('the service API (rules, SLA clocks, approvals)', () => {
  it('changes with a RULE or SYSTEM actor: one event each, custom actions and extra domain events', async () => {
    const t = await createTicket(server, agent, { subject: 'Service API' });
    const services = server.services;
    const rule = { kind: 'RULE' as const, id: randomUUID() };
    domainSeen.length = 0;
    const [queue] = await sql<{ id: string }>(db, `insert into queues (id, tenant_id, name) values (gen_random_uuid(), $1, 'Tier 2 (service API test)') returning id`, [northwindId]);
    const escalated = await escalateTicket(services, northwindId, t.ticketId, rule, 'VIP customer', { queueId: queue.id, priority: 'URGENT' as never });
    expect(escalated.changed).toBe(true);
    await services.domainEvents.settled(); // automation stores the escalation package (version 3); the SLA clock looks at it
    const due = new Date(Date.now() - 60_000);
    const breached = await changeTicket(services, northwindId, t.ticketId, { kind: 'SYSTEM', id: null }, { slaResolutionState: 'BREACHED' as never, slaState: 'BREACHED' as never, resolutionDueAt: due }, {
      action: 'SLA_BREACHED',
      emit: [{ name: 'ticket.sla_breached', extra: { target: 'RESOLUTION', dueAt: due.toISOString() } }],
    });
    expect(breached.version).toBe(4);
    const events = await eventsOf(db, t.ticketId);
    expect(events[1]).toMatchObject({ action: 'ESCALATED', actor_kind: 'RULE', actor_id: rule.id, comment: 'VIP customer', before: { status: 'OPEN', priority: 'MEDIUM', queueId: null }, after: { status: 'ESCALATED', priority: 'URGENT', queueId: queue.id } });
    expect(events[2]).toMatchObject({ action: 'UPDATED', actor_kind: 'SYSTEM', after: { escalationContext: expect.objectContaining({ escalation: expect.objectContaining({ reason: 'VIP customer' }) }) } });
    expect(events[3]).toMatchObject({ action: 'SLA_BREACHED', actor_kind: 'SYSTEM', actor_id: null, before: { slaState: null, slaResolutionState: null, resolutionDueAt: null }, after: { slaState: 'BREACHED', slaResolutionState: 'BREACHED', resolutionDueAt: due.toISOString() } });
    await services.domainEvents.settled();
    const names = domainSeen.filter((e) => (e.payload as any).ticketId === t.ticketId).map((e) => [e.name, (e.payload as any).actor.kind]);
    expect(names).toEqual([['ticket.escalated', 'RULE'], ['ticket.updated', 'RULE'], ['ticket.updated', 'SYSTEM'], ['ticket.updated', 'SYSTEM'], ['ticket.sla_breached', 'SYSTEM']]);
    // A CLOSED ticket still takes SLA bookkeeping, nothing else.
    await closeTicket(services, northwindId, t.ticketId, rule);
    expect((await changeTicket(services, northwindId, t.ticketId, { kind: 'SYSTEM', id: null }, { slaResolutionState: 'MISSED' as never, slaState: null })).changed).toBe(true);
    await expect(changeTicket(services, northwindId, t.ticketId, rule, { priority: 'LOW' as never })).rejects.toMatchObject({ code: 'CONFLICT' });
    // Another tenant's id is NOT_FOUND for the service API too.
    const [{ id: harborId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'harbor-bank'`);
    await expect(changeTicket(services, harborId, t.ticketId, rule, { tags: ['x'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await eventsOf(db, t.ticketId)).toHaveLength(6);
  });
});

describe('partners (API keys)', () => {
  it('create with an idempotency key: retries (also concurrent ones) return the first ticket and create nothing new', async () => {
    const key = await asApiKey(server, ['tickets.create', 'tickets.update', 'tickets.view']);
    const [{ id: keyId }] = await sql<{ id: string }>(db, `select id from api_keys where prefix = $1`, [key.split('_')[1]]);
    const idempotencyKey = randomUUID();
    const input = { subject: 'From the shop backend', priority: 'HIGH', idempotencyKey };
    const before = await lastNumber();
    const first = await createTicket(server, key, input);
    expect(first.ticket).toMatchObject({ channel: 'API', number: before + 1 });
    const retries = await Promise.all(Array.from({ length: 5 }, () => gql(server.graphqlUrl, CREATE, { i: input }, { token: key })));
    for (const r of retries) expect(ok(r).createTicket.ticketId).toBe(first.ticketId);
    expect(await lastNumber()).toBe(before + 1);
    expect(await sql(db, `select count(*)::int as n from tickets where subject = 'From the shop backend'`)).toEqual([{ n: 1 }]);
    expect(await eventsOf(db, first.ticketId)).toMatchObject([{ action: 'CREATED', actor_kind: 'API_KEY', actor_id: keyId }]);
    // The same key with other input is CONFLICT.
    expect(codeOf(await gql(server.graphqlUrl, CREATE, { i: { ...input, subject: 'Other' } }, { token: key }))).toBe('CONFLICT');
    // The key updates too, recorded as API_KEY.
    ok(await gql(server.graphqlUrl, UPDATE, { i: { id: first.ticketId, tags: ['shop'] } }, { token: key }));
    expect((await eventsOf(db, first.ticketId))[1]).toMatchObject({ action: 'UPDATED', actor_kind: 'API_KEY', actor_id: keyId });
    // Without the scope: FORBIDDEN.
    const readOnly = await asApiKey(server, ['tickets.view']);
    expect(codeOf(await gql(server.graphqlUrl, CREATE, { i: { subject: 'nope' } }, { token: readOnly }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.graphqlUrl, UPDATE, { i: { id: first.ticketId, tags: [] } }, { token: readOnly }))).toBe('FORBIDDEN');
  });
});

describe('from a conversation', () => {
  it('copies subject and contact, links the conversation and packages transcript, classification and customer', async () => {
    const customer = await asWidget(server, 'northwind', 'Rita Return');
    const start = await gql(server.graphqlUrl, `mutation($k: String!) { startConversation(input: { idempotencyKey: $k, subject: "Return label missing", body: "I never got the return label" }) { conversationId } }`, { k: randomUUID() }, { token: customer.token });
    const conversationId = ok(start).startConversation.conversationId as string;
    await sql(db, `update conversations set classification = $2, handoff_context = $3 where id = $1`, [
      conversationId,
      { category: 'RETURNS', intent: 'get_return_label', priority: 'HIGH', sentiment: 'NEGATIVE', summary: 'Customer lacks a return label' },
      { reason: 'LOW_CONFIDENCE', summary: 'Customer lacks a return label' },
    ]);
    const [r, added] = await counted(() => gql(server.graphqlUrl, FROM_CONVERSATION, { i: { conversationId, tags: ['returns'] } }, { token: agent }));
    expect(added).toBe(1);
    const t = ok(r).createTicketFromConversation.ticket;
    expect(t).toMatchObject({ subject: 'Return label missing', category: 'RETURNS', intent: 'get_return_label', priority: 'HIGH', channel: 'WIDGET', tags: ['returns'] });
    expect(t.conversation).toEqual({ id: conversationId, subject: 'Return label missing' });
    expect(t.contact).toMatchObject({ id: customer.contactId, name: 'Rita Return' });
    expect(t.escalationContext).toMatchObject({
      conversationId,
      handoff: { reason: 'LOW_CONFIDENCE' },
      classification: { category: 'RETURNS' },
      transcript: [{ seq: 1, author: 'CUSTOMER', body: 'I never got the return label' }],
      customer: { contactId: customer.contactId, name: 'Rita Return' },
    });
    expect(codeOf(await gql(server.graphqlUrl, FROM_CONVERSATION, { i: { conversationId: randomUUID() } }, { token: agent }))).toBe('NOT_FOUND');
  });
});

describe('the history', () => {
  it('is append-only: the database refuses to change or delete an event', async () => {
    const t = await createTicket(server, agent, { subject: 'Immutable' });
    await expect(sql(db, `update ticket_events set comment = 'x' where ticket_id = $1`, [t.ticketId])).rejects.toThrow(/append-only/);
    await expect(sql(db, `delete from ticket_events where ticket_id = $1`, [t.ticketId])).rejects.toThrow(/append-only/);
    // Deleting the ticket itself takes its history with it.
    await sql(db, `delete from tickets where id = $1`, [t.ticketId]);
    expect(await eventsOf(db, t.ticketId)).toEqual([]);
  });
});
