// Tasks: the status lifecycle (every pair), writes (validation, business-time due dates, optimistic
// versions, links checked in the tenant), every filter of `tasks` (mine, overdue on a fixed clock,
// tag, status, links), keyset pages, one SQL statement per page whatever its size, tenant isolation
// and `taskUpdated` delivered to the tenant only.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { ManualClock } from '../../../api/src/clock.js';
import { moveStatus, TASK_TRANSITIONS } from '../../../api/src/modules/tasks/task-lifecycle.js';
import { TaskStatus } from '../../../api/src/modules/tasks/task.entity.js';
import { DomainError } from '../../../api/src/errors.js';
import { addBusinessMinutes } from '../../../api/src/modules/sla/business-time.js';
import { calendarShape } from '../../../api/src/modules/sla/business-calendar.entity.js';
import { createTask, insertMeeting, LIST, ok, TASK, updateTask } from './helpers.js';

const NOW = new Date('2030-01-15T12:00:00Z'); // a Tuesday
const clock = new ManualClock(NOW);
let server: TestServer;
let db: string;
let agent: string;
let manager: string;
let viewer: string;
let harborAdmin: string;
let harborAgent: string;
let northwindId: string;
let harborId: string;
let agentId: string;
let agent2Id: string;
let harborUserId: string;
let ticketId: string;
let conversationId: string;
let harborTicketId: string;
let harborConversationId: string;

beforeAll(async () => {
  server = await startTestServer({ clock });
  db = server.services.config.DATABASE_URL!;
  [agent, manager, viewer, harborAdmin, harborAgent] = await Promise.all([
    login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.northwind.manager, DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.northwind.viewer, DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.harbor.admin, DEMO.harbor.slug),
    login(server.graphqlUrl, DEMO.harbor.agent, DEMO.harbor.slug),
  ]);
  [{ id: northwindId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  [{ id: harborId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'harbor-bank'`);
  [{ id: agentId }] = await sql<{ id: string }>(db, `select id from users where email = $1`, [DEMO.northwind.agent]);
  [{ id: agent2Id }] = await sql<{ id: string }>(db, `select id from users where email = 'agent2@northwind.demo'`);
  [{ id: harborUserId }] = await sql<{ id: string }>(db, `select id from users where email = $1`, [DEMO.harbor.agent]);
  [{ id: ticketId }] = await sql<{ id: string }>(db, `select id from tickets where tenant_id = $1 order by number limit 1`, [northwindId]);
  [{ id: conversationId }] = await sql<{ id: string }>(db, `select id from conversations where tenant_id = $1 order by created_at limit 1`, [northwindId]);
  [{ id: harborTicketId }] = await sql<{ id: string }>(db, `select id from tickets where tenant_id = $1 order by number limit 1`, [harborId]);
  [{ id: harborConversationId }] = await sql<{ id: string }>(db, `select id from conversations where tenant_id = $1 order by created_at limit 1`, [harborId]);
});

describe('the lifecycle', () => {
  const S = Object.values(TaskStatus);
  const allowed: Record<TaskStatus, TaskStatus[]> = {
    TODO: ['IN_PROGRESS', 'CANCELLED'],
    IN_PROGRESS: ['REVIEW', 'TODO', 'CANCELLED'],
    REVIEW: ['DONE', 'IN_PROGRESS', 'CANCELLED'],
    DONE: ['TODO'],
    CANCELLED: ['TODO'],
  } as Record<TaskStatus, TaskStatus[]>;

  it('allows exactly the table’s moves; the same status is no move; anything else names the current status', () => {
    expect(TASK_TRANSITIONS).toEqual(allowed);
    for (const from of S) {
      for (const to of S) {
        if (from === to) {
          expect(moveStatus(from, to, NOW), `${from}→${to}`).toBeNull();
        } else if (allowed[from].includes(to)) {
          expect(moveStatus(from, to, NOW), `${from}→${to}`).toEqual({ status: to, completedAt: to === 'DONE' ? NOW : null });
        } else {
          let err: unknown;
          try {
            moveStatus(from, to, NOW);
          } catch (e) {
            err = e;
          }
          expect(err, `${from}→${to}`).toBeInstanceOf(DomainError);
          expect((err as DomainError).code).toBe('BAD_USER_INPUT');
          expect((err as DomainError).details).toMatchObject({ field: 'status', currentStatus: from });
          expect((err as DomainError).message).toContain(from);
        }
      }
    }
  });

  it('through the API: TODO → IN_PROGRESS → REVIEW → DONE (completedAt at the clock’s now) → TODO; an invalid move is BAD_USER_INPUT and writes nothing', async () => {
    const t = await createTask(server, agent, { title: 'Walk the lifecycle' });
    expect(t).toMatchObject({ status: 'TODO', priority: 'MEDIUM', version: 1, creatorKind: 'USER', createdById: agentId, completedAt: null });
    const bad = await updateTask(server, agent, { id: t.id, status: 'DONE' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions).toMatchObject({ field: 'status', currentStatus: 'TODO' });
    let version = 1;
    for (const status of ['IN_PROGRESS', 'REVIEW', 'DONE']) {
      const r = ok(await updateTask(server, agent, { id: t.id, status, expectedVersion: version })).updateTask;
      expect(r.task.status).toBe(status);
      expect(r.task.version).toBe(++version);
    }
    const [row] = await sql<{ completed_at: Date }>(db, 'select completed_at from tasks where id = $1', [t.id]);
    expect(row.completed_at.toISOString()).toBe(NOW.toISOString());
    const reopened = ok(await updateTask(server, agent, { id: t.id, status: 'TODO' })).updateTask.task;
    expect(reopened).toMatchObject({ status: 'TODO', completedAt: null, version: 5 });
    const cancelled = ok(await updateTask(server, agent, { id: t.id, status: 'CANCELLED' })).updateTask.task;
    expect(cancelled.status).toBe('CANCELLED');
  });
});

describe('writes', () => {
  it('validates title, tags and position, and keeps a new task after the others on the board', async () => {
    for (const title of ['', '   ', 'x'.repeat(201)]) {
      const r = await gql(server.graphqlUrl, `mutation($i: CreateTaskInput!) { createTask(input: $i) { taskId } }`, { i: { title } }, { token: agent });
      expect(codeOf(r), JSON.stringify(title)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.field).toBe('title');
    }
    const a = await createTask(server, agent, { title: 'First', tags: ['Ops', 'ops', ' Billing '] });
    const b = await createTask(server, agent, { title: 'Second' });
    expect(a.tags).toEqual(['ops', 'billing']);
    expect(b.position).toBeGreaterThan(a.position);
    const tooMany = await gql(server.graphqlUrl, `mutation($i: CreateTaskInput!) { createTask(input: $i) { taskId } }`, { i: { title: 't', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) } }, { token: agent });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('dueInBusinessMinutes counts in the tenant’s business calendar from the clock’s now; with dueAt too it is refused', async () => {
    const [cal] = await sql<{ timezone: string; weekly_hours: any; holidays: any }>(db, `select timezone, weekly_hours, holidays from business_calendars where tenant_id = $1 and queue_id is null order by created_at limit 1`, [northwindId]);
    const calendar = cal ? calendarShape({ timezone: cal.timezone, weeklyHours: cal.weekly_hours, holidays: cal.holidays }) : null;
    for (const minutes of [90, 60 * 24]) {
      const t = await createTask(server, agent, { title: `Due in ${minutes} business minutes`, dueInBusinessMinutes: minutes });
      expect(t.dueAt).toBe(addBusinessMinutes(calendar, NOW, minutes).toISOString());
    }
    const both = await gql(server.graphqlUrl, `mutation($i: CreateTaskInput!) { createTask(input: $i) { taskId } }`, { i: { title: 't', dueInBusinessMinutes: 5, dueAt: NOW.toISOString() } }, { token: agent });
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
  });

  it('a stale expectedVersion is CONFLICT (with currentVersion); the same values write nothing', async () => {
    const t = await createTask(server, agent, { title: 'Versioned', priority: 'HIGH' });
    ok(await updateTask(server, agent, { id: t.id, title: 'Versioned v2', expectedVersion: 1 }));
    const stale = await updateTask(server, manager, { id: t.id, priority: 'LOW', expectedVersion: 1 });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions!.currentVersion).toBe(2);
    const same = ok(await updateTask(server, agent, { id: t.id, title: 'Versioned v2', priority: 'HIGH' })).updateTask;
    expect(same.changed).toBe(false);
    expect(same.task.version).toBe(2);
    const [row] = await sql<{ priority: string; version: number }>(db, 'select priority, version from tasks where id = $1', [t.id]);
    expect(row).toEqual({ priority: 'HIGH', version: 2 });
  });

  it('links and the assignee must be of the caller’s tenant (NOT_FOUND otherwise); null unlinks', async () => {
    for (const input of [{ ticketId: harborTicketId }, { conversationId: harborConversationId }, { assigneeId: harborUserId }, { ticketId: randomUUID() }]) {
      const r = await gql(server.graphqlUrl, `mutation($i: CreateTaskInput!) { createTask(input: $i) { taskId } }`, { i: { title: 'Foreign link', ...input } }, { token: agent });
      expect(codeOf(r), JSON.stringify(input)).toBe('NOT_FOUND');
    }
    const t = await createTask(server, agent, { title: 'Linked', ticketId, conversationId, assigneeId: agent2Id });
    expect(t).toMatchObject({ ticketId, conversationId, assigneeId: agent2Id });
    expect(codeOf(await updateTask(server, agent, { id: t.id, ticketId: harborTicketId }))).toBe('NOT_FOUND');
    const unlinked = ok(await updateTask(server, agent, { id: t.id, ticketId: null, assigneeId: null })).updateTask.task;
    expect(unlinked).toMatchObject({ ticketId: null, assigneeId: null, conversationId });
  });

  it('createTask with an idempotencyKey: a retry answers the first task and creates nothing; another input with the key is CONFLICT', async () => {
    const i = { title: 'Retried once', idempotencyKey: 'task-retry-1' };
    const first = await createTask(server, agent, i);
    const again = await createTask(server, agent, i);
    expect(again.id).toBe(first.id);
    expect((await sql<{ n: number }>(db, `select count(*)::int as n from tasks where title = 'Retried once'`))[0].n).toBe(1);
    const other = await gql(server.graphqlUrl, `mutation($i: CreateTaskInput!) { createTask(input: $i) { taskId } }`, { i: { ...i, title: 'Something else' } }, { token: agent });
    expect(codeOf(other)).toBe('CONFLICT');
  });

  it('a viewer (tasks.view only) reads but cannot create or update', async () => {
    const t = await createTask(server, agent, { title: 'Viewer may look' });
    expect(ok(await gql(server.graphqlUrl, TASK, { id: t.id }, { token: viewer })).task.title).toBe('Viewer may look');
    expect(codeOf(await gql(server.graphqlUrl, `mutation { createTask(input: { title: "no" }) { taskId } }`, {}, { token: viewer }))).toBe('FORBIDDEN');
    expect(codeOf(await updateTask(server, viewer, { id: t.id, title: 'no' }))).toBe('FORBIDDEN');
  });
});

describe('reads', () => {
  let fixture: Record<string, string>;
  const ids = async (filter: Record<string, unknown>, token = agent, orderBy = 'POSITION') =>
    ok(await gql(server.graphqlUrl, LIST, { first: 100, filter: { tag: 'ft', ...filter }, orderBy }, { token })).tasks.edges.map((e: any) => e.node.id) as string[];

  beforeAll(async () => {
    const h = 3600_000;
    const specs: Record<string, Record<string, unknown>> = {
      mineOverdue: { title: 'Mine overdue', assigneeId: agentId, dueAt: new Date(NOW.getTime() - h).toISOString(), priority: 'HIGH' },
      mineLater: { title: 'Mine later', assigneeId: agentId, dueAt: new Date(NOW.getTime() + h).toISOString(), ticketId },
      otherOverdue: { title: 'Other overdue', assigneeId: agent2Id, dueAt: new Date(NOW.getTime() - 2 * h).toISOString(), conversationId, priority: 'URGENT' },
      doneLate: { title: 'Done late', assigneeId: agent2Id, dueAt: new Date(NOW.getTime() - 3 * h).toISOString() },
      noDue: { title: 'No due date', tags: ['ft', 'other'], meetingId: '00000000-0000-4000-8000-00000000000a', priority: 'LOW' },
    };
    fixture = {};
    await insertMeeting(db, { id: '00000000-0000-4000-8000-00000000000a', tenantId: northwindId, organizerId: agentId, type: 'REVIEW' });
    for (const [k, s] of Object.entries(specs)) fixture[k] = (await createTask(server, manager, { tags: ['ft'], ...s })).id;
    for (const status of ['IN_PROGRESS', 'REVIEW', 'DONE']) ok(await updateTask(server, manager, { id: fixture.doneLate, status }));
  });

  it('filters: mine, assigneeId, overdue (open and past the clock’s now), tag, status and links', async () => {
    const f = fixture;
    const set = (a: string[]) => new Set(a);
    expect(set(await ids({ mine: true }))).toEqual(set([f.mineOverdue, f.mineLater]));
    expect(await ids({ mine: true }, manager)).toEqual([]);
    expect(set(await ids({ assigneeId: agent2Id }))).toEqual(set([f.otherOverdue, f.doneLate]));
    expect(set(await ids({ overdue: true }))).toEqual(set([f.mineOverdue, f.otherOverdue]));
    expect(set(await ids({ overdue: false }))).toEqual(set([f.mineLater, f.doneLate, f.noDue]));
    expect(set(await ids({ overdue: true, mine: true }))).toEqual(set([f.mineOverdue]));
    expect(await ids({ tag: 'OTHER' })).toEqual([f.noDue]);
    expect(await ids({ status: ['DONE'] })).toEqual([f.doneLate]);
    expect(set(await ids({ status: ['TODO', 'DONE'] }))).toEqual(set(Object.values(f)));
    expect(await ids({ ticketId })).toEqual([f.mineLater]);
    expect(await ids({ conversationId })).toEqual([f.otherOverdue]);
    expect(await ids({ meetingId: '00000000-0000-4000-8000-00000000000a' })).toEqual([f.noDue]);
    // Time moves: the later one is overdue an hour and a minute later.
    clock.set(NOW.getTime() + 61 * 60_000);
    try {
      expect(set(await ids({ overdue: true }))).toEqual(set([f.mineOverdue, f.mineLater, f.otherOverdue]));
    } finally {
      clock.set(NOW);
    }
  });

  it('orders and keyset pages: POSITION (creation order), DUE_AT (none last), PRIORITY; pages of 2 walk the same list', async () => {
    const f = fixture;
    expect(await ids({}, agent, 'POSITION')).toEqual([f.mineOverdue, f.mineLater, f.otherOverdue, f.doneLate, f.noDue]);
    expect(await ids({}, agent, 'DUE_AT')).toEqual([f.doneLate, f.otherOverdue, f.mineOverdue, f.mineLater, f.noDue]);
    expect((await ids({}, agent, 'PRIORITY'))[0]).toBe(f.otherOverdue);
    for (const orderBy of ['POSITION', 'DUE_AT', 'PRIORITY', 'CREATED_AT_DESC', 'UPDATED_AT']) {
      const all = await ids({}, agent, orderBy);
      const walked: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = ok(await gql(server.graphqlUrl, LIST, { first: 2, after, filter: { tag: 'ft' }, orderBy }, { token: agent })).tasks;
        walked.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(walked, orderBy).toEqual(all);
    }
    // A card dragged between two others: a position between theirs.
    const [p1, p2] = await sql<{ position: number }>(db, 'select position from tasks where id = any($1) order by position', [[f.mineOverdue, f.mineLater]]);
    ok(await updateTask(server, agent, { id: f.noDue, position: (p1.position + p2.position) / 2 }));
    expect((await ids({}, agent, 'POSITION')).slice(0, 2)).toEqual([f.mineOverdue, f.noDue]);
  });

  it('tasks(first: 10 / 50 / 100) with assignee and creator: one SQL statement per request', async () => {
    await sql(
      db,
      `insert into tasks (id, tenant_id, title, assignee_id, created_by_id, position, tags)
       select gen_random_uuid(), $1, 'bulk ' || g, $2, $3, 1000 + g, '{bulk}' from generate_series(1, 110) g`,
      [northwindId, agentId, agent2Id],
    );
    const counts: number[] = [];
    for (const first of [10, 50, 100]) {
      const r = await gql(server.graphqlUrl, LIST, { first, filter: { tag: 'bulk' } }, { token: agent });
      const edges = ok(r).tasks.edges;
      expect(edges).toHaveLength(first);
      expect(edges[0].node.assignee.id).toBe(agentId);
      expect(edges[0].node.createdBy.id).toBe(agent2Id);
      counts.push(r.extensions!.sqlStatements);
    }
    expect(counts).toEqual([1, 1, 1]);
  });
});

describe('tenant isolation', () => {
  it('another tenant’s task is NOT_FOUND through task() and updateTask, which write nothing; lists never show it; filter ids are NOT_FOUND', async () => {
    const t = await createTask(server, agent, { title: 'Northwind secret task', tags: ['iso'] });
    for (const token of [harborAdmin, harborAgent]) {
      expect(codeOf(await gql(server.graphqlUrl, TASK, { id: t.id }, { token }))).toBe('NOT_FOUND');
      const r = await updateTask(server, token, { id: t.id, title: 'taken', status: 'IN_PROGRESS' });
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(JSON.stringify(r)).not.toContain('Northwind secret');
    }
    expect((await sql<{ version: number; title: string }>(db, 'select version, title from tasks where id = $1', [t.id]))[0]).toEqual({ version: 1, title: 'Northwind secret task' });
    const all = ok(await gql(server.graphqlUrl, LIST, { first: 100 }, { token: harborAdmin })).tasks;
    expect(JSON.stringify(all)).not.toContain('Northwind');
    for (const filter of [{ assigneeId: agentId }, { ticketId }, { conversationId }]) {
      expect(codeOf(await gql(server.graphqlUrl, LIST, { filter }, { token: harborAdmin })), JSON.stringify(filter)).toBe('NOT_FOUND');
    }
  });

  it('taskUpdated delivers a change to its tenant’s staff only', async () => {
    const SUB = `subscription { taskUpdated { id title version status } }`;
    const nwClient = wsClient(server.wsUrl, viewer);
    const hbClient = wsClient(server.wsUrl, harborAdmin);
    const before = server.http.subscriptionCount();
    const nwSub = subscribe<{ taskUpdated: any }>(nwClient, SUB);
    const hbSub = subscribe<{ taskUpdated: any }>(hbClient, SUB);
    await until(() => server.http.subscriptionCount() >= before + 2);
    const t = await createTask(server, agent, { title: 'Northwind live task' });
    ok(await updateTask(server, agent, { id: t.id, status: 'IN_PROGRESS' }));
    const harborTask = await createTask(server, harborAdmin, { title: 'Harbor own task' });
    const nwEvents = await nwSub.waitFor(2);
    expect(nwEvents.map((e) => [e.taskUpdated.id, e.taskUpdated.version, e.taskUpdated.status])).toEqual([[t.id, 1, 'TODO'], [t.id, 2, 'IN_PROGRESS']]);
    await hbSub.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(hbSub.events.map((e) => e.taskUpdated.id)).toEqual([harborTask.id]);
    expect(JSON.stringify(hbSub.events)).not.toContain('Northwind');
    expect(nwSub.events.some((e) => e.taskUpdated.id === harborTask.id)).toBe(false);
    await nwClient.dispose();
    await hbClient.dispose();
  });
});
