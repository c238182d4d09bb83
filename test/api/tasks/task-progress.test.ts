// Team progress (tasks done per team per day, from the reporting rollups: one `task_done` row per
// completion — not again on a re-save or a second handling of the event, again after a reopen),
// the callback listener (one task per CALLBACK meeting, moved with it, cancelled with it) and the
// assignee's notifications.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { ManualClock } from '../../../api/src/clock.js';
import { domainEvent, type MeetingFacts } from '../../../api/src/events/domain-events.js';
import { createTask, insertMeeting, ok, TASK, updateTask } from './helpers.js';

const NOW = new Date('2030-01-15T12:00:00Z'); // 13:00 in Berlin (northwind), 07:00 in New York (harbor)
const H = 3600_000;
const clock = new ManualClock(NOW);
let server: TestServer;
let db: string;
let agent: string;
let manager: string;
let harborAdmin: string;
let northwindId: string;
let agentId: string;
let agent2Id: string;

const PROGRESS = `query($from: String!, $to: String!) { teamProgress(from: $from, to: $to) { team total averageLeadTimeSeconds days { day done } } }`;
const settled = () => server.services.domainEvents.settled();

beforeAll(async () => {
  server = await startTestServer({ clock });
  db = server.services.config.DATABASE_URL!;
  [agent, manager, harborAdmin] = await Promise.all([
    login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.northwind.manager, DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.harbor.admin, DEMO.harbor.slug),
  ]);
  [{ id: northwindId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  [{ id: agentId }] = await sql<{ id: string }>(db, `select id from users where email = $1`, [DEMO.northwind.agent]);
  [{ id: agent2Id }] = await sql<{ id: string }>(db, `select id from users where email = 'agent2@northwind.demo'`);
});

async function finish(token: string, id: string) {
  for (const status of ['IN_PROGRESS', 'REVIEW', 'DONE']) ok(await updateTask(server, token, { id, status }));
}

describe('team progress', () => {
  it('counts each completion once per team and local day, from the rollups (sum ÷ count for the lead time)', async () => {
    clock.set(NOW.getTime() - 2 * H);
    const s1 = await createTask(server, manager, { title: 'Support one', assigneeId: agentId });
    const s2 = await createTask(server, manager, { title: 'Support two', assigneeId: agentId });
    const r1 = await createTask(server, manager, { title: 'Returns one', assigneeId: agent2Id });
    const nobody = await createTask(server, manager, { title: 'Nobody’s' });
    const harbor = await createTask(server, harborAdmin, { title: 'Harbor done' });
    const open = await createTask(server, manager, { title: 'Still open', assigneeId: agentId });

    clock.set(NOW);
    await finish(manager, s1.id);
    await finish(manager, s2.id);
    await finish(manager, r1.id);
    await finish(harborAdmin, harbor.id);
    ok(await updateTask(server, manager, { id: open.id, status: 'IN_PROGRESS' }));
    await settled();
    // A re-save of a done task (title, tags) is no completion.
    ok(await updateTask(server, manager, { id: s1.id, title: 'Support one (renamed)', tags: ['x'] }));
    await settled();
    // The same event handled twice writes once.
    const [done] = await sql<{ completed_at: Date; created_at: Date }>(db, 'select completed_at, created_at from tasks where id = $1', [s2.id]);
    server.services.domainEvents.emit([
      domainEvent('task.updated', northwindId, {
        taskId: s2.id, status: 'DONE', from: 'REVIEW', assigneeId: agentId, title: 'Support two', createdAt: done.created_at.toISOString(),
        completedAt: done.completed_at.toISOString(), actor: { kind: 'SYSTEM', id: null }, changed: ['status', 'completedAt'], previousAssigneeId: agentId,
      }),
    ]);
    await settled();

    // The next day: s2 reopened and done again (a new completion), the unassigned one done.
    clock.set(NOW.getTime() + 24 * H);
    ok(await updateTask(server, manager, { id: s2.id, status: 'TODO' }));
    await finish(manager, s2.id);
    await finish(manager, nobody.id);
    await settled();

    const rows = await sql<{ n: number }>(db, `select count(*)::int as n from reporting_events where tenant_id = $1 and name = 'task_done' and ended_at >= '2030-01-01'`, [northwindId]);
    expect(rows[0].n).toBe(5);
    const [agentRollup] = await sql<{ count: number }>(
      db,
      `select sum(count)::int as count from reporting_daily_rollups where tenant_id = $1 and metric = 'task_done' and dimension = 'AGENT' and dimension_key = $2 and day >= '2030-01-01'`,
      [northwindId, agentId],
    );
    expect(agentRollup.count).toBe(3);

    const progress = ok(await gql(server.graphqlUrl, PROGRESS, { from: '2030-01-14', to: '2030-01-16' }, { token: manager })).teamProgress;
    expect(progress).toEqual([
      { team: 'Returns', total: 1, averageLeadTimeSeconds: 7200, days: [{ day: '2030-01-14', done: 0 }, { day: '2030-01-15', done: 1 }, { day: '2030-01-16', done: 0 }] },
      { team: 'Support', total: 3, averageLeadTimeSeconds: (7200 + 7200 + 26 * 3600) / 3, days: [{ day: '2030-01-14', done: 0 }, { day: '2030-01-15', done: 2 }, { day: '2030-01-16', done: 1 }] },
      { team: null, total: 1, averageLeadTimeSeconds: 26 * 3600, days: [{ day: '2030-01-14', done: 0 }, { day: '2030-01-15', done: 0 }, { day: '2030-01-16', done: 1 }] },
    ]);
    // The demo seed's done tasks count on their own days (today and yesterday, here in real time).
    const seeded = ok(await gql(server.graphqlUrl, PROGRESS, { from: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10), to: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) }, { token: manager })).teamProgress;
    expect(seeded.reduce((n: number, t: any) => n + t.total, 0)).toBe(2);
    // Harbor sees its own only (its agent-less admin task counts as team-less).
    const hb = ok(await gql(server.graphqlUrl, PROGRESS, { from: '2030-01-15', to: '2030-01-15' }, { token: harborAdmin })).teamProgress;
    expect(hb.reduce((n: number, t: any) => n + t.total, 0)).toBe(1);
    // Bad ranges.
    for (const [from, to] of [['2030-01-16', '2030-01-15'], ['2030-13-01', '2030-13-02'], ['yesterday', '2030-01-01'], ['2029-01-01', '2030-06-01']]) {
      expect(codeOf(await gql(server.graphqlUrl, PROGRESS, { from, to }, { token: manager })), `${from}..${to}`).toBe('BAD_USER_INPUT');
    }
    clock.set(NOW);
  });
});

describe('callbacks', () => {
  let contactId: string;
  let contactName: string;
  let conversationId: string;
  let ticketId: string;
  const meetingId = '3f1c2b4a-0000-4000-8000-000000000001';
  const facts = (over: Partial<MeetingFacts> = {}): MeetingFacts => ({
    meetingId,
    type: 'CALLBACK',
    status: 'SCHEDULED',
    organizerId: agentId,
    attendeeUserIds: [agentId],
    contactIds: [contactId],
    conversationId,
    ticketId,
    startsAt: '2030-01-16T09:00:00.000Z',
    endsAt: '2030-01-16T09:15:00.000Z',
    version: 1,
    actor: { kind: 'SYSTEM', id: null },
    ...over,
  });
  const tasksOf = (id: string) =>
    sql<{ id: string; title: string; status: string; assignee_id: string; due_at: Date; meeting_id: string; conversation_id: string; ticket_id: string; creator_kind: string; tags: string[] }>(
      db,
      'select id, title, status, assignee_id, due_at, meeting_id, conversation_id, ticket_id, creator_kind, tags from tasks where meeting_id = $1',
      [id],
    );

  beforeAll(async () => {
    [{ id: contactId, name: contactName }] = await sql<{ id: string; name: string }>(db, `select id, name from contacts where tenant_id = $1 and name is not null order by created_at limit 1`, [northwindId]);
    [{ id: conversationId }] = await sql<{ id: string }>(db, `select id from conversations where tenant_id = $1 order by created_at limit 1`, [northwindId]);
    [{ id: ticketId }] = await sql<{ id: string }>(db, `select id from tickets where tenant_id = $1 order by number limit 1`, [northwindId]);
    // The meetings the events below are about (their rows: tasks link to real meetings of the tenant).
    await insertMeeting(db, { id: meetingId, tenantId: northwindId, organizerId: agentId });
    await insertMeeting(db, { id: '3f1c2b4a-0000-4000-8000-000000000002', tenantId: northwindId, organizerId: agentId, type: 'DEMO' });
  });

  it('a scheduled CALLBACK makes one task for the organizer, due at the start, linked — however often the event comes', async () => {
    const emit = () => server.services.domainEvents.emit([domainEvent('meeting.scheduled', northwindId, facts())]);
    emit();
    emit();
    await settled();
    emit();
    await settled();
    const tasks = await tasksOf(meetingId);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      title: `Call back ${contactName}`,
      status: 'TODO',
      assignee_id: agentId,
      meeting_id: meetingId,
      conversation_id: conversationId,
      ticket_id: ticketId,
      creator_kind: 'SYSTEM',
      tags: ['callback'],
    });
    expect(tasks[0].due_at.toISOString()).toBe('2030-01-16T09:00:00.000Z');
    // The organizer was told once.
    const notes = await sql<{ n: number }>(db, `select count(*)::int as n from notifications where subject_kind = 'TASK' and subject_id = $1 and user_id = $2`, [tasks[0].id, agentId]);
    expect(notes[0].n).toBe(1);
    // Readable through the API, filtered by the meeting.
    const list = ok(await gql(server.graphqlUrl, `query($m: ID) { tasks(filter: { meetingId: $m }) { edges { node { id creatorKind createdBy { id } } } } }`, { m: meetingId }, { token: agent })).tasks.edges;
    expect(list.map((e: any) => e.node)).toEqual([{ id: tasks[0].id, creatorKind: 'SYSTEM', createdBy: null }]);
  });

  it('other meeting types make no task; a moved callback moves the due time; a cancelled one cancels the open task', async () => {
    const demoId = '3f1c2b4a-0000-4000-8000-000000000002';
    server.services.domainEvents.emit([domainEvent('meeting.scheduled', northwindId, facts({ meetingId: demoId, type: 'DEMO' }))]);
    await settled();
    expect(await tasksOf(demoId)).toHaveLength(0);

    server.services.domainEvents.emit([domainEvent('meeting.updated', northwindId, { ...facts({ startsAt: '2030-01-17T10:30:00.000Z', endsAt: '2030-01-17T10:45:00.000Z' }), changed: ['startsAt', 'endsAt'] })]);
    await settled();
    expect((await tasksOf(meetingId))[0].due_at.toISOString()).toBe('2030-01-17T10:30:00.000Z');

    server.services.domainEvents.emit([domainEvent('meeting.cancelled', northwindId, facts())]);
    await settled();
    const [t] = await tasksOf(meetingId);
    expect(t.status).toBe('CANCELLED');
    const [{ version }] = await sql<{ version: number }>(db, 'select version from tasks where id = $1', [t.id]);
    // Cancelled again, or scheduled again with the same id: nothing changes.
    server.services.domainEvents.emit([domainEvent('meeting.cancelled', northwindId, facts()), domainEvent('meeting.scheduled', northwindId, facts())]);
    await settled();
    expect(await tasksOf(meetingId)).toHaveLength(1);
    expect((await sql<{ version: number }>(db, 'select version from tasks where id = $1', [t.id]))[0].version).toBe(version);
  });

  it('a callback of another tenant’s event stays in that tenant: foreign links make no task', async () => {
    const [{ id: harborId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'harbor-bank'`);
    const foreignId = '3f1c2b4a-0000-4000-8000-000000000003';
    // Harbor's event naming northwind's organizer and conversation: refused (NOT_FOUND in harbor), logged, nothing written.
    server.services.domainEvents.emit([domainEvent('meeting.scheduled', harborId, facts({ meetingId: foreignId }))]);
    await settled();
    expect(await tasksOf(foreignId)).toHaveLength(0);
  });
});

describe('notifications', () => {
  it('the assignee hears about a task given to them (created or reassigned), never about one they took themselves', async () => {
    const count = async (userId: string, taskId: string) =>
      (await sql<{ n: number }>(db, `select count(*)::int as n from notifications where subject_kind = 'TASK' and subject_id = $1 and user_id = $2 and kind = 'ASSIGNED'`, [taskId, userId]))[0].n;
    const forBen = await createTask(server, agent, { title: 'For Ben', assigneeId: agent2Id });
    const own = await createTask(server, agent, { title: 'Mine', assigneeId: agentId });
    await settled();
    expect(await count(agent2Id, forBen.id)).toBe(1);
    expect(await count(agentId, own.id)).toBe(0);
    ok(await updateTask(server, agent, { id: own.id, assigneeId: agent2Id }));
    ok(await updateTask(server, agent, { id: own.id, title: 'Mine, renamed' }));
    await settled();
    expect(await count(agent2Id, own.id)).toBe(1);
    const t = ok(await gql(server.graphqlUrl, TASK, { id: own.id }, { token: agent })).task;
    expect(t.assignee.id).toBe(agent2Id);
  });
});
