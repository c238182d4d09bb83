// Demo tasks: a small board per demo tenant (every status, one overdue, one linked to a ticket),
// created by the manager, so the task board and team progress show something on first start — and
// the isolation probes have task rows to aim at. Done tasks get their `task_done` reporting rows
// and rollups, exactly as the reporting listener would have written them.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

interface DemoTask {
  title: string;
  status: 'TODO' | 'IN_PROGRESS' | 'REVIEW' | 'DONE';
  priority: 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
  assignee: string;
  /** Hours from now (negative: past). */
  dueInHours?: number;
  /** DONE tasks: hours ago. */
  doneHoursAgo?: number;
  tags?: string[];
  linkTicket?: boolean;
}

const DEMO_TASKS: Record<string, { manager: string; tasks: DemoTask[] }> = {
  northwind: {
    manager: 'manager@northwind.demo',
    tasks: [
      { title: 'Order replacement tent poles from the supplier', status: 'TODO', priority: 'HIGH', assignee: 'agent@northwind.demo', dueInHours: 24, tags: ['supplier'], linkTicket: true },
      { title: 'Follow up on the damaged parcel claim', status: 'TODO', priority: 'URGENT', assignee: 'agent@northwind.demo', dueInHours: -2, tags: ['carrier'] },
      { title: 'Check stock of size 42 hiking boots', status: 'IN_PROGRESS', priority: 'MEDIUM', assignee: 'agent2@northwind.demo', dueInHours: 4 },
      { title: 'Draft an FAQ about camping stove safety', status: 'REVIEW', priority: 'LOW', assignee: 'agent@northwind.demo', tags: ['kb'] },
      { title: 'Update the return label template', status: 'DONE', priority: 'MEDIUM', assignee: 'agent2@northwind.demo', doneHoursAgo: 26 },
      { title: 'Tidy up old canned responses', status: 'DONE', priority: 'LOW', assignee: 'agent@northwind.demo', doneHoursAgo: 3, tags: ['kb'] },
    ],
  },
  'harbor-bank': {
    manager: 'manager@harbor.demo',
    tasks: [
      { title: 'Call back about the card replacement', status: 'TODO', priority: 'HIGH', assignee: 'agent@harbor.demo', dueInHours: 2, tags: ['callback'], linkTicket: true },
      { title: 'Review the disputed charges batch', status: 'IN_PROGRESS', priority: 'URGENT', assignee: 'agent2@harbor.demo', dueInHours: -1, tags: ['fraud'] },
      { title: 'Close dormant account requests', status: 'DONE', priority: 'MEDIUM', assignee: 'agent@harbor.demo', doneHoursAgo: 20 },
    ],
  },
};

const H = 3600_000;

export async function seedDemoTasks(tx: EntityManager, tenantId: string, slug: string): Promise<void> {
  const demo = DEMO_TASKS[slug];
  if (!demo) return;
  const conn = tx.getConnection();
  const ctx = tx.getTransactionContext();
  const users = await conn.execute<{ id: string; email: string; team: string | null }[]>('select id, email, team from users where tenant_id = ?', [tenantId], 'all', ctx);
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const [ticket] = await conn.execute<{ id: string }[]>(`select id from tickets where tenant_id = ? and status in ('OPEN', 'PENDING', 'ESCALATED') order by number limit 1`, [tenantId], 'all', ctx);
  const now = Date.now();
  for (const [i, t] of demo.tasks.entries()) {
    const id = randomUUID();
    const assignee = byEmail.get(t.assignee) ?? null;
    const completedAt = t.status === 'DONE' ? new Date(now - (t.doneHoursAgo ?? 1) * H) : null;
    const createdAt = new Date((completedAt?.getTime() ?? now) - (8 + i) * H);
    await conn.execute(
      `insert into tasks (id, tenant_id, title, status, priority, assignee_id, created_by_id, creator_kind, due_at, tags, ticket_id, position, completed_at, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, 'USER', ?, ?::text[], ?, ?, ?, ?, ?)`,
      [
        id, tenantId, t.title, t.status, t.priority, assignee?.id ?? null, byEmail.get(demo.manager)?.id ?? null,
        t.dueInHours != null ? new Date(now + t.dueInHours * H) : null, `{${(t.tags ?? []).join(',')}}`,
        t.linkTicket ? ticket?.id ?? null : null, i + 1, completedAt, createdAt, completedAt ?? createdAt,
      ],
      'run',
      ctx,
    );
    if (completedAt) {
      await conn.execute(
        `insert into reporting_events (tenant_id, name, value_seconds, started_at, ended_at, agent_id, team, attributes, dedupe_key)
         values (?, 'task_done', ?, ?, ?, ?, ?, ?::jsonb, ?)`,
        [tenantId, (completedAt.getTime() - createdAt.getTime()) / 1000, createdAt, completedAt, assignee?.id ?? null, assignee?.team ?? null, JSON.stringify({ taskId: id }), `task_done:${id}:${completedAt.getTime()}`],
        'run',
        ctx,
      );
    }
  }
  await conn.execute(
    `insert into reporting_daily_rollups as r (tenant_id, day, dimension, dimension_key, metric, count, sum_seconds, sum_business_seconds)
     select e.tenant_id, (e.ended_at at time zone t.timezone)::date, d.dimension, d.key, 'task_done', count(*), coalesce(sum(e.value_seconds), 0), 0
       from reporting_events e
       join tenants t on t.id = e.tenant_id
      cross join lateral (values ('TENANT', ''), ('AGENT', e.agent_id::text), ('TEAM', e.team)) d (dimension, key)
      where e.tenant_id = ? and e.name = 'task_done' and d.key is not null
      group by 1, 2, 3, 4
     on conflict (tenant_id, metric, dimension, dimension_key, day) do update
        set count = r.count + excluded.count, sum_seconds = r.sum_seconds + excluded.sum_seconds`,
    [tenantId],
    'run',
    ctx,
  );
  await conn.execute(
    `insert into reporting_hourly_rollups as h (tenant_id, hour, metric, count, sum_seconds, sum_business_seconds)
     select e.tenant_id, date_trunc('hour', e.ended_at at time zone 'UTC') at time zone 'UTC', 'task_done', count(*), coalesce(sum(e.value_seconds), 0), 0
       from reporting_events e
      where e.tenant_id = ? and e.name = 'task_done'
      group by 1, 2
     on conflict (tenant_id, metric, hour) do update set count = h.count + excluded.count, sum_seconds = h.sum_seconds + excluded.sum_seconds`,
    [tenantId],
    'run',
    ctx,
  );
}
