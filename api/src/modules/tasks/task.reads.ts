// Reads of tasks: the list's filters and orders as planner conditions (the planner binds the
// tenant), the check that a filter's ids are the caller's tenant's, and team progress from the
// reporting rollups.
import type { Context } from '../../context.js';
import type { AppServices } from '../../services.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import type { SortOrder } from '../../graphql/planner/planner.js';
import type { Condition } from '../../graphql/planner/sql.js';
import { TaskOrder, type TaskFilter } from './task.inputs.js';
import type { TeamProgress } from './task.type.js';

// Each order has an index starting with tenant_id (see the migration).
export const TASK_ORDERS: Record<TaskOrder, SortOrder> = {
  POSITION: { key: 'POSITION', column: 'position', direction: 'ASC' },
  DUE_AT: { key: 'DUE_AT', column: 'due_sort', direction: 'ASC' },
  CREATED_AT_DESC: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
  UPDATED_AT: { key: 'UPDATED_AT', column: 'updated_at', direction: 'DESC' },
  PRIORITY: { key: 'PRIORITY', column: 'priority_rank', direction: 'DESC' },
};

const uuid = (v: string | undefined | null, field: string) => {
  if (v !== undefined && v !== null && !isUuid(v)) throw badInput(`${field} is not an id`, field);
  return v;
};

export function taskConditions(ctx: Context, f: TaskFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (!f) return out;
  if (f.status?.length) out.push((a, p) => `${a}.status = any(${p(f.status)}::text[])`);
  if (uuid(f.assigneeId, 'assigneeId')) out.push((a, p) => `${a}.assignee_id = ${p(f.assigneeId)}::uuid`);
  if (uuid(f.ticketId, 'ticketId')) out.push((a, p) => `${a}.ticket_id = ${p(f.ticketId)}::uuid`);
  if (uuid(f.meetingId, 'meetingId')) out.push((a, p) => `${a}.meeting_id = ${p(f.meetingId)}::uuid`);
  if (uuid(f.conversationId, 'conversationId')) out.push((a, p) => `${a}.conversation_id = ${p(f.conversationId)}::uuid`);
  if (f.mine) {
    const me = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
    out.push(me ? (a, p) => `${a}.assignee_id = ${p(me)}::uuid` : () => 'false');
  }
  if (f.overdue != null) {
    // "Now" is the app's clock (tests move it), not the database's.
    const now = ctx.services.clock.now().toISOString();
    const overdue = (a: string, p: (v: unknown) => string) => `(${a}.status not in ('DONE', 'CANCELLED') and ${a}.due_at is not null and ${a}.due_at < ${p(now)}::timestamptz)`;
    out.push(f.overdue ? overdue : (a, p) => `not ${overdue(a, p)}`);
  }
  if (f.tag?.trim()) {
    const tag = f.tag.trim().toLowerCase();
    out.push((a, p) => `${a}.tags @> array[${p(tag)}::text]`);
  }
  return out;
}

/**
 * Ids must name objects of `tenantId`: another tenant's id answers NOT_FOUND (as for any field
 * taking an id). One statement for all of them. `users` are checked as active staff.
 */
export async function assertIdsInTenant(
  services: AppServices,
  tenantId: string,
  ids: { assigneeId?: string | null; ticketId?: string | null; meetingId?: string | null; conversationId?: string | null },
  opts: { activeUsers?: boolean } = {},
): Promise<void> {
  const checks: [string, string | null | undefined, string, string][] = [
    [opts.activeUsers ? 'users where active and' : 'users where', ids.assigneeId, 'assigneeId', 'User'],
    ['tickets where', ids.ticketId, 'ticketId', 'Ticket'],
    ['conversations where', ids.conversationId, 'conversationId', 'Conversation'],
    ['meetings where', ids.meetingId, 'meetingId', 'Meeting'],
  ];
  const given = checks.filter((c): c is [string, string, string, string] => c[1] != null);
  if (!given.length) return;
  for (const [, id, field] of given) if (!isUuid(id)) throw badInput(`${field} is not an id`, field);
  const text = `select ${given.map(([from], i) => `exists(select 1 from ${from} id = $${i + 2} and tenant_id = $1) as c${i}`).join(', ')}`;
  const [row] = await services.readPool.query<Record<string, boolean>>(text, [tenantId, ...given.map(([, id]) => id)]);
  given.forEach(([, , , what], i) => {
    if (!row[`c${i}`]) throw notFound(what);
  });
}

/** The filter's ids, for a tenant member (platform admins read any tenant's). */
export async function assertFilterIdsInTenant(ctx: Context, f: TaskFilter | undefined): Promise<void> {
  const scope = ctx.scope();
  if (!f || !scope || scope.kind !== 'tenant') return;
  await assertIdsInTenant(ctx.services, scope.tenantId, f);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 366;

/** YYYY-MM-DD → its days from `from` to `to` inclusive. */
function daysBetween(from: string, to: string): string[] {
  for (const [v, field] of [[from, 'from'], [to, 'to']] as const) {
    if (!DAY.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
      throw badInput(`${field} must be a date YYYY-MM-DD`, field);
    }
  }
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (b < a) throw badInput('to must not be before from', 'to');
  const n = (b - a) / 86_400_000 + 1;
  if (n > MAX_DAYS) throw badInput(`at most ${MAX_DAYS} days`, 'to');
  return Array.from({ length: n }, (_, i) => new Date(a + i * 86_400_000).toISOString().slice(0, 10));
}

interface RollupRow extends Record<string, unknown> {
  dimension: 'TENANT' | 'TEAM';
  team: string;
  day: string;
  count: number;
  sum_seconds: number;
}

/**
 * Tasks done per team per day (the tenant's local days, as the rollups count them), from
 * `reporting_daily_rollups` (metric `task_done`): one statement. Tasks whose assignee had no team
 * (or no assignee) are the TENANT total minus the teams', reported as team null.
 */
export async function teamProgress(ctx: Context, from: string, to: string): Promise<TeamProgress[]> {
  const days = daysBetween(from, to);
  const rows = await ctx.services.readPool.scopedQuery<RollupRow>(
    ctx.scope(),
    `select dimension, dimension_key as team, to_char(day, 'YYYY-MM-DD') as day, count, sum_seconds
       from reporting_daily_rollups
      where tenant_id = $1 and metric = 'task_done' and dimension in ('TENANT', 'TEAM') and day between $2::date and $3::date`,
    [from, to],
  );
  const teams = new Map<string | null, { byDay: Map<string, number>; count: number; seconds: number }>();
  const at = (team: string | null) => {
    let t = teams.get(team);
    if (!t) teams.set(team, (t = { byDay: new Map(), count: 0, seconds: 0 }));
    return t;
  };
  const tenant = { byDay: new Map<string, number>(), count: 0, seconds: 0 };
  for (const r of rows) {
    const t = r.dimension === 'TENANT' ? tenant : at(r.team);
    t.byDay.set(r.day, (t.byDay.get(r.day) ?? 0) + Number(r.count));
    t.count += Number(r.count);
    t.seconds += Number(r.sum_seconds);
  }
  // The rest of the tenant's rows: no team.
  let restCount = tenant.count;
  let restSeconds = tenant.seconds;
  const rest = new Map(tenant.byDay);
  for (const t of teams.values()) {
    restCount -= t.count;
    restSeconds -= t.seconds;
    for (const [d, n] of t.byDay) rest.set(d, (rest.get(d) ?? 0) - n);
  }
  if (restCount > 0) teams.set(null, { byDay: rest, count: restCount, seconds: restSeconds });
  return [...teams.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([team, t]) => ({
      team,
      total: t.count,
      averageLeadTimeSeconds: t.count ? t.seconds / t.count : null,
      days: days.map((day) => ({ day, done: t.byDay.get(day) ?? 0 })),
    }));
}
