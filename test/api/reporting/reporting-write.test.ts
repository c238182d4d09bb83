// The reporting write path on real PostgreSQL: listeners → reporting_events rows and the daily /
// hourly rollups. Two ways in:
// - the module's own listeners on the real writer (real SQL, the app's read pool) fed domain
//   events with chosen instants (the events' `at` is the only clock the listeners read), with a
//   recorder for the 72 h timers whose handler the test then calls: hand-computed fixtures, local
//   days in Pacific/Auckland and America/Los_Angeles, idempotency, concurrent facts;
// - a real conversation driven through GraphQL (widget, hand-off, agent reply, resolve): the app's
//   own listeners write the rows, and the 72 h timer is scheduled.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { gql } from '../../helpers/graphql.js';
import { asAgent } from '../../helpers/as.js';
import { widgetSession } from '../../helpers/widget.js';
import { sql } from '../../helpers/db.js';
import type { AnyListener, DomainEvent, DomainEventName, DomainEventPayloads } from '../../../api/src/events/domain-events.js';
import type { TimerSpec } from '../../../api/src/jobs/timers.js';
import { BUCKET_MS, ReportingWriter } from '../../../api/src/modules/reporting/reporting.writer.js';
import { listenersOn } from '../../../api/src/modules/reporting/reporting.listeners.js';

let server: TestServer;
let db: string;
let northwind: string;
let harbor: string;
let agentId: string;
const scheduled: TimerSpec[] = [];
let writer: ReportingWriter;
let listeners: AnyListener[];

/** Hand one event to the reporting listeners of its name (only ours: no other module reacts). */
async function emit<N extends DomainEventName>(tenantId: string, name: N, at: string, payload: DomainEventPayloads[N], id: string = randomUUID()): Promise<DomainEvent<N>> {
  const e = { id, name, tenantId, at: new Date(at).toISOString(), payload } as DomainEvent<N>;
  await handle(e);
  return e;
}
async function handle(e: DomainEvent) {
  for (const l of listeners.filter((x) => x.on === e.name)) await (l.handle as (e: DomainEvent) => Promise<unknown>)(e);
}
async function fireTimers() {
  for (const t of scheduled.splice(0)) {
    const { from, to } = t.data as { from: number; to: number };
    await writer.afterResolutions(t.tenantId, new Date(from), new Date(to));
  }
}

/** A conversation row with no domain event of its own (the test emits them). */
async function conversation(tenantId: string): Promise<string> {
  const [c] = await sql<{ id: string }>(db, `insert into conversations (id, tenant_id, contact_id) select gen_random_uuid(), tenant_id, id from contacts where tenant_id = $1 limit 1 returning id::text`, [tenantId]);
  return c.id;
}
async function message(tenantId: string, conversationId: string, author: 'CUSTOMER' | 'AI' | 'AGENT', userId: string | null = null): Promise<string> {
  const [m] = await sql<{ id: string }>(
    db,
    `insert into messages (id, tenant_id, conversation_id, seq, author, author_user_id, body)
     select gen_random_uuid(), $1, $2, coalesce(max(seq), 0) + 1, $3, $4, 'x' from messages where conversation_id = $2 returning id::text`,
    [tenantId, conversationId, author, userId],
  );
  return m.id;
}

const facts = (conversationId: string, status: string, handler: 'AI' | 'HUMAN', assigneeId: string | null, from: string) => ({ conversationId, contactId: randomUUID(), status: status as any, handler, assigneeId, queueId: null, from: from as any });

const events = (conversationId: string) =>
  sql<{ name: string; value_seconds: number | null; value_business_seconds: number | null; ended_at: Date; agent_id: string | null; team: string | null; channel: string | null; attributes: Record<string, unknown> }>(
    db,
    `select name, value_seconds, value_business_seconds, ended_at, agent_id::text, team, channel, attributes from reporting_events where conversation_id = $1 order by ended_at, name`,
    [conversationId],
  );
const daily = (tenantId: string, metric: string, dimension = 'TENANT') =>
  sql<{ day: string; key: string; count: number; sum: number; sum_b: number }>(
    db,
    `select to_char(day, 'YYYY-MM-DD') as day, dimension_key as key, count::int, sum_seconds as sum, sum_business_seconds as sum_b
       from reporting_daily_rollups where tenant_id = $1 and metric = $2 and dimension = $3 and day >= '2027-01-01' order by day, dimension_key`,
    [tenantId, metric, dimension],
  );
const hourly = (tenantId: string, metric: string) =>
  sql<{ hour: string; count: number; sum: number }>(
    db,
    `select to_char(hour at time zone 'UTC', 'YYYY-MM-DD"T"HH24') as hour, count::int, sum_seconds as sum from reporting_hourly_rollups where tenant_id = $1 and metric = $2 and hour >= '2027-01-01' order by hour`,
    [tenantId, metric],
  );

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  writer = new ReportingWriter(server.services.readPool, { scheduleAt: async (s) => void scheduled.push(s) });
  listeners = listenersOn(writer);
  [{ id: northwind }] = await sql<{ id: string }>(db, `select id::text from tenants where slug = 'northwind'`);
  [{ id: harbor }] = await sql<{ id: string }>(db, `select id::text from tenants where slug = 'harbor-bank'`);
  [{ id: agentId }] = await sql<{ id: string }>(db, `update users set team = 'Tier 1' where email = 'agent@northwind.demo' returning id::text`);
  await sql(db, `update tenants set timezone = 'Pacific/Auckland' where id = $1`, [northwind]);
  await sql(db, `update tenants set timezone = 'America/Los_Angeles' where id = $1`, [harbor]);
  // Business hours 24/7 except for the business-hours fixture (calendar time = business time).
  await sql(db, `update business_calendars set timezone = 'UTC', weekly_hours = '[[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}]]'::jsonb, holidays = '[]'::jsonb`);
});

describe('a conversation through the listeners (hand-computed)', () => {
  it("Pacific/Auckland: created 23:50 local, handed off, answered and resolved after local midnight — rows, and rollups on each event's local day", async () => {
    const c = await conversation(northwind);
    // 2027-03-01T10:50Z = 23:50 NZDT on 1 March; 11:00Z = 00:00 on 2 March.
    await emit(northwind, 'conversation.created', '2027-03-01T10:50:00Z', { ...facts(c, 'BOT', 'AI', null, 'BOT'), channel: 'WIDGET' });
    await emit(northwind, 'message.created', '2027-03-01T10:50:00Z', { conversationId: c, messageId: await message(northwind, c, 'CUSTOMER'), seq: 1, author: 'CUSTOMER', private: false, status: 'BOT', handler: 'AI' });
    await emit(northwind, 'message.created', '2027-03-01T10:50:02Z', { conversationId: c, messageId: await message(northwind, c, 'AI'), seq: 2, author: 'AI', private: false, status: 'BOT', handler: 'AI' });
    await emit(northwind, 'conversation.handed_off', '2027-03-01T10:55:00Z', { ...facts(c, 'WAITING', 'HUMAN', null, 'BOT'), reason: 'CUSTOMER_ASKED' });
    await emit(northwind, 'conversation.assigned', '2027-03-01T10:56:00Z', { ...facts(c, 'OPEN', 'HUMAN', agentId, 'WAITING'), via: 'AUTO', selfAssigned: false, previousAssigneeId: null });
    const reply = await message(northwind, c, 'AGENT', agentId);
    await emit(northwind, 'message.created', '2027-03-01T11:02:00Z', { conversationId: c, messageId: reply, seq: 3, author: 'AGENT', private: false, status: 'OPEN', handler: 'HUMAN' });
    const resolvedEvent = await emit(northwind, 'conversation.resolved', '2027-03-01T11:20:00Z', { ...facts(c, 'RESOLVED', 'HUMAN', agentId, 'OPEN'), previousAssigneeId: agentId, wasWaiting: false });

    expect((await events(c)).map((e) => [e.name, e.value_seconds, e.agent_id, e.team, e.channel])).toEqual([
      ['conversation_opened', null, null, null, 'WIDGET'],
      ['bot_handoff', 300, null, null, 'WIDGET'],
      ['first_response', 420, agentId, 'Tier 1', 'WIDGET'],
      ['reply', 420, agentId, 'Tier 1', 'WIDGET'],
      ['first_resolution', 1800, agentId, 'Tier 1', 'WIDGET'],
      ['resolution', 1800, agentId, 'Tier 1', 'WIDGET'],
    ]);
    expect(await daily(northwind, 'conversation_opened')).toEqual([{ day: '2027-03-01', key: '', count: 1, sum: 0, sum_b: 0 }]);
    expect(await daily(northwind, 'first_response')).toEqual([{ day: '2027-03-02', key: '', count: 1, sum: 420, sum_b: 420 }]);
    expect(await daily(northwind, 'resolution', 'AGENT')).toEqual([{ day: '2027-03-02', key: agentId, count: 1, sum: 1800, sum_b: 1800 }]);
    expect(await daily(northwind, 'resolution', 'TEAM')).toEqual([{ day: '2027-03-02', key: 'Tier 1', count: 1, sum: 1800, sum_b: 1800 }]);
    expect(await daily(northwind, 'resolution', 'CHANNEL')).toEqual([{ day: '2027-03-02', key: 'WIDGET', count: 1, sum: 1800, sum_b: 1800 }]);
    expect(await hourly(northwind, 'conversation_opened')).toEqual([{ hour: '2027-03-01T10', count: 1, sum: 0 }]);
    expect(await hourly(northwind, 'resolution')).toEqual([{ hour: '2027-03-01T11', count: 1, sum: 1800 }]);

    // Handled again (a redelivery): nothing more is counted.
    await handle(resolvedEvent as DomainEvent);
    expect(await daily(northwind, 'resolution')).toEqual([{ day: '2027-03-02', key: '', count: 1, sum: 1800, sum_b: 1800 }]);

    // The 72 h timer: first-contact resolution, on the resolution's local day; firing twice writes once.
    // One timer per tenant and ten minutes of resolutions, due 72 h after that bucket ends.
    expect(scheduled.map((s) => [s.kind, s.key, s.at.toISOString()])).toEqual([['reporting.after-resolution', `bucket:${Date.parse('2027-03-01T11:20:00Z')}`, '2027-03-04T11:30:00.000Z']]);
    const again = [...scheduled];
    await fireTimers();
    scheduled.push(...again);
    await fireTimers();
    expect(await daily(northwind, 'fcr', 'AGENT')).toEqual([{ day: '2027-03-02', key: agentId, count: 1, sum: 0, sum_b: 0 }]);
  });

  it('America/Los_Angeles: 23:59 and 00:01 local land on two days; a bot-only resolution with a 5 rating is an AI resolution three ways', async () => {
    const c = await conversation(harbor);
    // 2027-03-01T07:59Z = 23:59 PST on 28 February; 08:01Z = 00:01 on 1 March.
    await emit(harbor, 'conversation.created', '2027-03-01T07:59:00Z', { ...facts(c, 'BOT', 'AI', null, 'BOT'), channel: 'API' });
    await emit(harbor, 'message.created', '2027-03-01T07:59:00Z', { conversationId: c, messageId: await message(harbor, c, 'CUSTOMER'), seq: 1, author: 'CUSTOMER', private: false, status: 'BOT', handler: 'AI' });
    await emit(harbor, 'message.created', '2027-03-01T07:59:30Z', { conversationId: c, messageId: await message(harbor, c, 'AI'), seq: 2, author: 'AI', private: false, status: 'BOT', handler: 'AI' });
    await emit(harbor, 'conversation.resolved', '2027-03-01T08:01:00Z', { ...facts(c, 'RESOLVED', 'AI', null, 'BOT'), previousAssigneeId: null, wasWaiting: false });
    await emit(harbor, 'customer.rated', '2027-03-01T08:02:00Z', { conversationId: c, contactId: randomUUID(), rating: 5 });
    await fireTimers();
    expect((await events(c)).map((e) => [e.name, e.value_seconds, e.agent_id])).toEqual([
      ['conversation_opened', null, null],
      ['ai_resolved_72h', null, null],
      ['ai_resolved_left', null, null],
      ['bot_resolved', 120, null],
      ['fcr', null, null],
      ['first_resolution', 120, null],
      ['resolution', 120, null],
      ['ai_resolved_confirmed', null, null],
      ['csat_received', null, null],
    ]);
    expect(await daily(harbor, 'conversation_opened', 'CHANNEL')).toEqual([{ day: '2027-02-28', key: 'API', count: 1, sum: 0, sum_b: 0 }]);
    for (const m of ['resolution', 'first_resolution', 'bot_resolved', 'ai_resolved_left', 'ai_resolved_72h', 'ai_resolved_confirmed', 'csat_received', 'fcr']) {
      expect((await daily(harbor, m)).map((r) => [r.day, r.count]), m).toEqual([['2027-03-01', 1]]);
    }
    const [csat] = (await events(c)).filter((e) => e.name === 'csat_received');
    expect(csat.attributes).toMatchObject({ rating: 5, aiOnly: true });
  });

  it('business hours (Europe/Berlin Mon–Fri 09–17, a Monday holiday): Friday 16:00 → Tuesday 10:00 is 2 business hours', async () => {
    const c = await conversation(northwind);
    const [cal] = await sql<{ weekly_hours: unknown; holidays: unknown; timezone: string }>(db, `select weekly_hours, holidays, timezone from business_calendars where tenant_id = $1 and queue_id is null`, [northwind]);
    const day = [{ start: '09:00', end: '17:00' }];
    await sql(db, `update business_calendars set timezone = 'Europe/Berlin', weekly_hours = $2::jsonb, holidays = $3::jsonb where tenant_id = $1 and queue_id is null`, [
      northwind,
      JSON.stringify([day, day, day, day, day, [], []]),
      JSON.stringify([{ date: '2027-03-08', name: 'Holiday' }]),
    ]);
    try {
      await emit(northwind, 'conversation.created', '2027-03-05T15:00:00Z', { ...facts(c, 'WAITING', 'HUMAN', null, 'WAITING'), channel: 'WIDGET' });
      await emit(northwind, 'message.created', '2027-03-05T15:00:00Z', { conversationId: c, messageId: await message(northwind, c, 'CUSTOMER'), seq: 1, author: 'CUSTOMER', private: false, status: 'WAITING', handler: 'HUMAN' });
      await emit(northwind, 'message.created', '2027-03-09T09:00:00Z', { conversationId: c, messageId: await message(northwind, c, 'AGENT', agentId), seq: 2, author: 'AGENT', private: false, status: 'OPEN', handler: 'HUMAN' });
      const rows = (await events(c)).filter((e) => e.name === 'first_response' || e.name === 'reply');
      expect(rows.map((e) => [e.name, e.value_seconds, e.value_business_seconds])).toEqual([
        ['first_response', 90 * 3600, 2 * 3600],
        ['reply', 90 * 3600, 2 * 3600],
      ]);
      // 09:00Z on 9 March is 22:00 in Auckland: that local day.
      expect((await daily(northwind, 'reply')).filter((r) => r.day === '2027-03-09')).toEqual([{ day: '2027-03-09', key: '', count: 1, sum: 90 * 3600, sum_b: 2 * 3600 }]);
    } finally {
      await sql(db, `update business_calendars set timezone = $2, weekly_hours = $3::jsonb, holidays = $4::jsonb where tenant_id = $1 and queue_id is null`, [northwind, cal.timezone, JSON.stringify(cal.weekly_hours), JSON.stringify(cal.holidays)]);
    }
  });

  it('a reopen after 80 h stays FCR; a transfer or an escalation to a ticket does not', async () => {
    const at = (h: number) => new Date(Date.parse('2027-04-01T00:00:00Z') + h * 3600_000).toISOString();
    const run = async (extra: (c: string) => Promise<void>) => {
      const c = await conversation(harbor);
      await emit(harbor, 'conversation.created', at(0), { ...facts(c, 'WAITING', 'HUMAN', null, 'WAITING'), channel: 'WIDGET' });
      await emit(harbor, 'conversation.assigned', at(0), { ...facts(c, 'OPEN', 'HUMAN', agentId, 'WAITING'), via: 'AUTO', selfAssigned: false, previousAssigneeId: null });
      await extra(c);
      await emit(harbor, 'conversation.resolved', at(1), { ...facts(c, 'RESOLVED', 'HUMAN', agentId, 'OPEN'), previousAssigneeId: agentId, wasWaiting: false });
      return c;
    };
    const reopenedLate = await run(async () => {});
    await emit(harbor, 'conversation.reopened', at(81), facts(reopenedLate, 'OPEN', 'HUMAN', agentId, 'RESOLVED'));
    const transferred = await run(async (c) => {
      await emit(harbor, 'conversation.transferred', at(0.5), { ...facts(c, 'WAITING', 'HUMAN', null, 'OPEN'), fromAssigneeId: agentId, fromQueueId: null });
      await emit(harbor, 'conversation.assigned', at(0.6), { ...facts(c, 'OPEN', 'HUMAN', agentId, 'WAITING'), via: 'AUTO', selfAssigned: false, previousAssigneeId: null });
    });
    const escalated = await run(async (c) => {
      const ticketId = randomUUID();
      await emit(harbor, 'ticket.created', at(0.5), { ticketId, number: 1, status: 'OPEN', priority: 'MEDIUM', queueId: null, assigneeId: null, contactId: null, conversationId: c, actor: { kind: 'USER', id: agentId }, channel: 'WIDGET' });
    });
    expect(scheduled).toHaveLength(1); // three resolutions in one minute: one timer
    await fireTimers();
    const names = async (c: string) => (await events(c)).map((e) => e.name);
    expect(await names(reopenedLate)).toContain('fcr');
    expect(await names(reopenedLate)).toContain('reopened');
    expect(await names(transferred)).toEqual(expect.arrayContaining(['transferred', 'resolution']));
    expect(await names(transferred)).not.toContain('fcr');
    expect(await names(escalated)).toEqual(expect.arrayContaining(['escalated_to_ticket', 'resolution']));
    expect(await names(escalated)).not.toContain('fcr');
    expect(await daily(harbor, 'fcr')).toEqual([
      { day: '2027-03-01', key: '', count: 1, sum: 0, sum_b: 0 }, // the bot-only one above
      { day: '2027-03-31', key: '', count: 1, sum: 0, sum_b: 0 }, // 01:00Z on 1 April is 31 March in Los Angeles
    ]);
  });

  it('facts of one conversation handled at once: each counted once (the state is saved only if unchanged since read)', async () => {
    const c = await conversation(northwind);
    await emit(northwind, 'conversation.created', '2027-05-01T00:00:00Z', { ...facts(c, 'WAITING', 'HUMAN', null, 'WAITING'), channel: 'WIDGET' });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        emit(northwind, 'conversation.transferred', `2027-05-01T00:0${Math.floor(i / 6)}:${String(10 * (i % 6)).padStart(2, '0')}Z`, { ...facts(c, 'WAITING', 'HUMAN', null, 'OPEN'), fromAssigneeId: agentId, fromQueueId: null }),
      ),
    );
    expect((await events(c)).filter((e) => e.name === 'transferred')).toHaveLength(12);
    const [s] = await sql<{ version: number }>(db, `select version from reporting_conversations where conversation_id = $1`, [c]);
    expect(s.version).toBe(13);
    expect(await daily(northwind, 'transferred')).toEqual([{ day: '2027-05-01', key: '', count: 12, sum: 0, sum_b: 0 }]);
  });

  it('agent activity: the open span closes on the next change, cut at local midnight (Auckland)', async () => {
    const [{ id: u }] = await sql<{ id: string }>(db, `select id::text from users where email = 'agent2@northwind.demo'`);
    await emit(northwind, 'user.availability_changed', '2027-06-01T09:00:00Z', { userId: u, availability: 'ONLINE' }); // 21:00 NZST
    await emit(northwind, 'user.availability_changed', '2027-06-01T09:00:00Z', { userId: u, availability: 'ONLINE' }); // the same again: still one span
    await emit(northwind, 'user.availability_changed', '2027-06-01T14:00:00Z', { userId: u, availability: 'AWAY' }); // 02:00 next day
    await emit(northwind, 'user.availability_changed', '2027-06-01T14:30:00Z', { userId: u, availability: 'OFFLINE' });
    expect(await daily(northwind, 'agent_online', 'AGENT')).toEqual([
      { day: '2027-06-01', key: u, count: 1, sum: 3 * 3600, sum_b: 3 * 3600 },
      { day: '2027-06-02', key: u, count: 1, sum: 2 * 3600, sum_b: 2 * 3600 },
    ]);
    expect(await daily(northwind, 'agent_away', 'AGENT')).toEqual([{ day: '2027-06-02', key: u, count: 1, sum: 1800, sum_b: 1800 }]);
    const [open] = await sql<{ availability: string }>(db, `select availability from reporting_open_spans where user_id = $1`, [u]);
    expect(open.availability).toBe('OFFLINE');
  });

  it('SLA: a ticket resolved by its due time is met, after it missed; a breach and the later resolution count once', async () => {
    const mk = async (n: number, due: string) => {
      const [t] = await sql<{ id: string }>(db, `insert into tickets (id, tenant_id, number, subject, resolution_due_at) values (gen_random_uuid(), $1, $2, 'SLA', $3) returning id::text`, [harbor, n, due]);
      return t.id;
    };
    const ticket = (ticketId: string) => ({ ticketId, number: 1, status: 'RESOLVED' as const, priority: 'MEDIUM' as const, queueId: null, assigneeId: null, contactId: null, conversationId: null, actor: { kind: 'USER' as const, id: null } });
    const met = await mk(90001, '2027-07-01T12:00:00Z');
    const missed = await mk(90002, '2027-07-01T12:00:00Z');
    await emit(harbor, 'ticket.resolved', '2027-07-01T11:00:00Z', { ...ticket(met), from: 'OPEN' });
    await emit(harbor, 'ticket.sla_breached', '2027-07-01T12:00:00Z', { ...ticket(missed), status: 'OPEN', target: 'RESOLUTION', dueAt: '2027-07-01T12:00:00.000Z' });
    await emit(harbor, 'ticket.resolved', '2027-07-01T13:00:00Z', { ...ticket(missed), from: 'OPEN' });
    const rows = await sql<{ name: string; ticket_id: string }>(db, `select name, ticket_id::text from reporting_events where ticket_id = any($1::uuid[]) order by name`, [[met, missed]]);
    expect(rows).toEqual([
      { name: 'sla_met', ticket_id: met },
      { name: 'sla_missed', ticket_id: missed },
    ]);
  });
});

describe('a real conversation through GraphQL', () => {
  it('widget → hand-off → agent take-over and reply → resolve: the app writes the rows and schedules the 72 h timer of that minute', async () => {
    // Only Ada is ONLINE: routing gives her the conversation, or she takes it over herself.
    await sql(db, `update users set availability = 'OFFLINE' where email like '%@northwind.demo' and email <> 'agent@northwind.demo'`);
    await sql(db, `update users set availability = 'ONLINE', max_concurrent_chats = 20 where email = 'agent@northwind.demo'`);
    const customer = await widgetSession(server.graphqlUrl, db, 'northwind', 'Reporting');
    const start = await gql(server.graphqlUrl, `mutation($k: String!) { startConversation(input: { subject: "Help", body: "Where is my order?", idempotencyKey: $k }) { conversationId } }`, { k: randomUUID() }, { token: customer.token });
    const c = start.data!.startConversation.conversationId as string;
    await gql(server.graphqlUrl, `mutation($c: ID!) { requestHumanAgent(input: { conversationId: $c }) { conversationId } }`, { c }, { token: customer.token });
    const agent = await asAgent(server);
    await gql(server.graphqlUrl, `mutation($c: ID!) { takeOverConversation(input: { conversationId: $c }) { conversation { id } } }`, { c }, { token: agent });
    const sent = await gql(server.graphqlUrl, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } } }`, { i: { conversationId: c, body: 'On its way', clientMessageId: randomUUID() } }, { token: agent });
    expect(sent.errors).toBeUndefined();
    const resolved = await gql(server.graphqlUrl, `mutation($c: ID!) { resolveConversation(input: { conversationId: $c }) { conversationId } }`, { c }, { token: agent });
    expect(resolved.errors).toBeUndefined();
    await server.services.domainEvents.settled();

    const rows = await events(c);
    const names = rows.map((r) => r.name);
    for (const n of ['conversation_opened', 'bot_handoff', 'first_response', 'reply', 'resolution']) expect(names.filter((x) => x === n), n).toHaveLength(1);
    const [frt] = rows.filter((r) => r.name === 'first_response');
    const [handoff] = rows.filter((r) => r.name === 'bot_handoff');
    const [{ at: replyAt }] = await sql<{ at: Date }>(db, `select created_at as at from messages where conversation_id = $1 and author = 'AGENT' and not private`, [c]);
    // First response runs from the hand-off to the reply (both within this test: a few ms to a few s).
    expect(frt.value_seconds!).toBeGreaterThanOrEqual(0);
    expect(frt.value_seconds!).toBeLessThanOrEqual((replyAt.getTime() - handoff.ended_at.getTime()) / 1000 + 1);
    expect(frt.agent_id).toBe(agentId);
    const [res] = rows.filter((r) => r.name === 'resolution');
    const bucket = Math.floor(res.ended_at.getTime() / BUCKET_MS) * BUCKET_MS;
    const [timer] = await sql<{ due_at: Date }>(db, `select due_at from timers where tenant_id = $1 and kind = 'reporting.after-resolution' and key = $2`, [northwind, `bucket:${bucket}`]);
    expect(timer.due_at.getTime()).toBe(bucket + BUCKET_MS + 72 * 3600_000);
    const [today] = await sql<{ count: number }>(
      db,
      `select count::int from reporting_daily_rollups r join tenants t on t.id = r.tenant_id
        where r.tenant_id = $1 and metric = 'resolution' and dimension = 'AGENT' and dimension_key = $2 and day = (now() at time zone t.timezone)::date`,
      [northwind, agentId],
    );
    expect(today.count).toBeGreaterThanOrEqual(1);
    // No reporting listener failed on anything the app emitted in this file.
    expect(server.logs.filter((l) => String(l.listener ?? '').startsWith('reporting.'))).toEqual([]);
  });
});
