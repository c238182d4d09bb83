// Reads of the audit log: the list's filters as planner conditions, and the counts by action and
// resource type in one statement.
import DataLoader from 'dataloader';
import { badInput } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import type { Condition } from '../../graphql/planner/sql.js';
import type { ReadPool, ReadScope } from '../../db/read-pool.js';
import type { AuditCountType, AuditStatsType } from './audit.type.js';
import type { AuditLogFilter } from './audit.inputs.js';

export function period(from: Date | undefined | null, to: Date | undefined | null): void {
  if (from && to && from.getTime() > to.getTime()) throw badInput('`to` must not be before `from`', 'to');
}

export function auditConditions(filter: AuditLogFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (!filter) return out;
  period(filter.from, filter.to);
  if (filter.actorId != null) {
    // A malformed id matches nothing, like an unknown one.
    const id = filter.actorId;
    out.push(isUuid(id) ? (a, p) => `${a}.actor_id = ${p(id)}::uuid` : () => 'false');
  }
  if (filter.actorKind) out.push((a, p) => `${a}.actor_kind = ${p(filter.actorKind)}`);
  if (filter.action != null) out.push((a, p) => `${a}.action = ${p(filter.action)}`);
  if (filter.resourceType != null) out.push((a, p) => `${a}.resource_type = ${p(filter.resourceType)}`);
  if (filter.resourceId != null) out.push((a, p) => `${a}.resource_id = ${p(filter.resourceId)}`);
  if (filter.from) out.push((a, p) => `${a}.at >= ${p(filter.from)}::timestamptz`);
  if (filter.to) out.push((a, p) => `${a}.at < ${p(filter.to)}::timestamptz`);
  return out;
}

export interface StatsRow extends Record<string, unknown> {
  g_action: number;
  g_resource: number;
  action: string | null;
  resource_type: string | null;
  n: number;
}

export const byCount = (a: AuditCountType, b: AuditCountType) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Total, per action and per resource type in one statement (grouping sets), inside the read scope. */
export async function auditStats(pool: ReadPool, scope: ReadScope, from?: Date | null, to?: Date | null): Promise<AuditStatsType> {
  period(from, to);
  // Platform admins (no tenant in scope) count every tenant's entries.
  const rows = await pool.scopedQuery<StatsRow>(
    scope,
    `select grouping(action) as g_action, grouping(resource_type) as g_resource, action, resource_type, count(*)::int as n
       from audit_logs
      where ($1::uuid is null or tenant_id = $1) and ($2::timestamptz is null or at >= $2) and ($3::timestamptz is null or at < $3)
      group by grouping sets ((), (action), (resource_type))`,
    [from ?? null, to ?? null],
  );
  const stats: AuditStatsType = { total: 0, byAction: [], byResourceType: [] };
  for (const r of rows) {
    if (r.g_action && r.g_resource) stats.total = r.n;
    else if (!r.g_action) stats.byAction.push({ key: r.action!, count: r.n });
    else stats.byResourceType.push({ key: r.resource_type!, count: r.n });
  }
  stats.byAction.sort(byCount);
  stats.byResourceType.sort(byCount);
  return stats;
}

/**
 * Display names of audit actors (users, API keys, contacts), for every entry of a request in one
 * statement; keys are `<kind>:<id>`. Only names inside the read scope are found (a tenant member
 * never learns a platform admin's name: that actor stays nameless).
 */
export function actorNames(pool: ReadPool, scope: ReadScope | undefined) {
  return new DataLoader<string, string | null>(async (keys) => {
    const ids = (kind: string) => keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
    const rows = await pool.scopedQuery<{ kind: string; id: string; name: string | null }>(
      scope,
      `select 'USER' as kind, id, display_name as name from users where id = any($2::uuid[]) and ($1::uuid is null or tenant_id = $1)
       union all
       select 'API_KEY', id, name from api_keys where id = any($3::uuid[]) and ($1::uuid is null or tenant_id = $1)
       union all
       select 'CONTACT', id, coalesce(name, email) from contacts where id = any($4::uuid[]) and ($1::uuid is null or tenant_id = $1)`,
      [ids('USER'), ids('API_KEY'), ids('CONTACT')],
    );
    const by = new Map(rows.map((r) => [`${r.kind}:${r.id}`, r.name]));
    return keys.map((k) => by.get(k) ?? null);
  });
}
