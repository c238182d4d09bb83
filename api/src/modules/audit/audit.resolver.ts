import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { connectionTypes, PageArgs, pageSize } from '../../graphql/connection.js';
import { DateTimeISO } from '../../graphql/scalars.js';
import { Params, type Condition } from '../../graphql/planner/sql.js';
import type { ReadScope } from '../../graphql/planner/planner.js';
import { AuditLogType, AuditStatsType, type AuditCountType } from './audit.type.js';
import { AuditLogFilter } from './audit.inputs.js';

export const AuditLogConnection = connectionTypes(AuditLogType, 'AuditLog', 'A page of audit entries, newest first.');

function period(from: Date | undefined | null, to: Date | undefined | null): void {
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

interface StatsRow extends Record<string, unknown> {
  g_action: number;
  g_resource: number;
  action: string | null;
  resource_type: string | null;
  n: number;
}

const byCount = (a: AuditCountType, b: AuditCountType) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Total, per action and per resource type in one statement (grouping sets), inside the read scope. */
export async function auditStats(ctx: Context, scope: ReadScope, from?: Date | null, to?: Date | null): Promise<AuditStatsType> {
  period(from, to);
  const params = new Params();
  const where: string[] = [];
  if (scope.kind === 'tenant') where.push(`tenant_id = ${params.add(scope.tenantId)}::uuid`);
  if (from) where.push(`at >= ${params.add(from)}::timestamptz`);
  if (to) where.push(`at < ${params.add(to)}::timestamptz`);
  const rows = await ctx.services.readPool.query<StatsRow>(
    `select grouping(action) as g_action, grouping(resource_type) as g_resource, action, resource_type, count(*)::int as n` +
      ` from audit_logs${where.length ? ' where ' + where.join(' and ') : ''}` +
      ` group by grouping sets ((), (action), (resource_type))`,
    params.values,
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

@Resolver(() => AuditLogType)
export class AuditResolver {
  @Query(() => AuditLogConnection, { description: 'The audit log of your tenant, newest first (platform admins: of all tenants, or of `tenantId`).' })
  auditLogs(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | undefined,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins only: the log of this tenant.' }) tenantId: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (tenantId && !isUuid(tenantId)) throw notFound('Tenant');
    return ctx.services.planner.list(info, {
      nodeType: 'AuditLog',
      scope: ctx.scope(tenantId),
      first: pageSize(page, ctx.services.config.MAX_PAGE_SIZE),
      after: page.after,
      where: auditConditions(filter),
      order: { key: 'AT_DESC', column: 'at', direction: 'DESC' },
    });
  }

  @Query(() => AuditStatsType, { description: 'Counts of audit entries in a period (`from` inclusive, `to` exclusive; open ends when omitted), per action and per resource type.' })
  auditStats(
    @Arg('from', () => DateTimeISO, { nullable: true, description: 'Count entries at or after this instant.' }) from: Date | undefined,
    @Arg('to', () => DateTimeISO, { nullable: true, description: 'Count entries before this instant.' }) to: Date | undefined,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins only: count inside this tenant.' }) tenantId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<AuditStatsType> {
    if (tenantId && !isUuid(tenantId)) throw notFound('Tenant');
    const scope = ctx.scope(tenantId);
    if (!scope) throw forbidden();
    return auditStats(ctx, scope, from, to);
  }
}
