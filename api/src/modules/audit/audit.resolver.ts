import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { forbidden } from '../../errors.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { DateTimeISO } from '../../graphql/scalars.js';
import { AuditLogType, AuditStatsType } from './audit.type.js';
import { AuditLogFilter } from './audit.inputs.js';
import { actorNames, auditConditions, auditStats } from './audit.reads.js';

export const AuditLogConnection = connectionTypes(AuditLogType, 'AuditLog', 'A page of audit entries, newest first.');

@Resolver(() => AuditLogType)
export class AuditResolver {
  @Query(() => AuditLogConnection, { description: 'The audit log of your tenant, newest first (platform admins: of all tenants, or of `tenantId`).' })
  auditLogs(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Narrow by actor, action, resource or time range; omit for the whole log.' }) filter: AuditLogFilter | undefined,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins only: the log of this tenant.' }) tenantId: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.planner.list(info, {
      nodeType: 'AuditLog',
      scope: ctx.scope(tenantId),
      ...ctx.page(page),
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
    const scope = ctx.scope(tenantId);
    if (!scope) throw forbidden();
    return auditStats(ctx.services.readPool, scope, from, to);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the user, API key or contact that made the change, when it still exists and is in your scope (one statement for a whole page).' })
  actorName(@Root() row: { actorKind?: string; actorId?: string | null; actor_kind?: string; actor_id?: string | null }, @Ctx() ctx: Context): Promise<string | null> | null {
    const kind = row.actorKind ?? row.actor_kind;
    const id = row.actorId ?? row.actor_id;
    if (!kind || !id || kind === 'SYSTEM' || kind === 'ANONYMOUS') return null;
    return ctx.loader('audit.actorName', () => actorNames(ctx.services.readPool, ctx.scope())).load(`${kind}:${id}`);
  }
}
