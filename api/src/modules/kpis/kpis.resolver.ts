// KPI reads (thin): a tenant from the caller (platform admins name one with `tenantId`), then one
// function of kpis.reads.ts. exportReport calls the same functions as the queries.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput, forbidden } from '../../errors.js';
import type { ReadScope } from '../../db/read-pool.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { DateTimeISO } from '../../graphql/scalars.js';
import { Topic, type TopicPayloads } from '../../events/topics.js';
import { hasPermission } from '../../auth/viewer.js';
import { filter, pipe } from '@graphql-yoga/subscription';
import {
  DashboardStatsType,
  HourlyStatType,
  KpiDimension,
  KpiGranularity,
  KpiMetric,
  KpiSeriesType,
  LiveKpisType,
  PerformanceRowType,
  ReportExportType,
  ReportingEventType,
} from './kpis.type.js';
import { ExportReportInput, ReportingEventFilter } from './kpis.inputs.js';
import { csatDistribution, dashboardStats, hourlyStats, kpiSeries, liveKpis, operatorPerformance, reportingEventConditions, teamMetrics } from './kpis.reads.js';
import { exportReport } from './kpis.export.js';
import { liveSnapshot } from './kpis.live.js';

export const ReportingEventConnection = connectionTypes(ReportingEventType, 'ReportingEvent', 'A page of reporting events, newest first.');

const TENANT_ARG = { nullable: true, description: 'Platform admins only: read this tenant (required for them).' } as const;

/** The one tenant a KPI read is about: the caller's, or the one a platform admin names. */
export function tenantScope(ctx: Context, tenantId: string | null | undefined): ReadScope & { kind: 'tenant' } {
  const scope = ctx.scope(tenantId);
  if (!scope) throw forbidden();
  if (scope.kind === 'platform') throw badInput('Choose a tenant: platform admins read a tenant\'s figures with `tenantId`', 'tenantId');
  return scope;
}

/** A period of a report, [from, to), and the tenant a platform admin reads. */
@ArgsType()
class PeriodArgs {
  @Field(() => DateTimeISO, { description: 'Start (inclusive).' })
  from!: Date;

  @Field(() => DateTimeISO, { description: 'End (exclusive).' })
  to!: Date;

  @Field(() => ID, TENANT_ARG)
  tenantId?: string;
}

/** A period whose averages and presence can be counted in business seconds (the agents and teams tables). */
@ArgsType()
class BusinessPeriodArgs extends PeriodArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Averages and presence in business seconds.' })
  businessHoursOnly: boolean = false;
}

@Resolver()
export class KpisResolver {
  @Query(() => LiveKpisType, { description: 'The live dashboard of your tenant: waiting customers, active conversations, today\'s volumes, averages, CSAT, FCR, AI resolution rate, SLA at risk/breached, agents online (definitions: docs/kpis.md). Needs `kpis.view`.' })
  liveKpis(@Arg('tenantId', () => ID, TENANT_ARG) tenantId: string | undefined, @Ctx() ctx: Context): Promise<LiveKpisType> {
    return liveKpis(ctx.services.readPool, tenantScope(ctx, tenantId), ctx.services.clock.now());
  }

  @Query(() => KpiSeriesType, { description: 'One metric over [from, to) in buckets, from the rollups: count, sum and average (sum ÷ count) per bucket and dimension key. Needs `reports.view`.' })
  kpiSeries(
    @Arg('metric', () => KpiMetric, { description: 'The metric.' }) metric: KpiMetric,
    @Arg('from', () => DateTimeISO, { description: 'Start (inclusive). DAY/WEEK/MONTH: the tenant-local day containing it is the first.' }) from: Date,
    @Arg('to', () => DateTimeISO, { description: 'End (exclusive). DAY/WEEK/MONTH: the tenant-local day containing the instant before it is the last.' }) to: Date,
    @Arg('granularity', () => KpiGranularity, { defaultValue: KpiGranularity.DAY, description: 'Bucket size.' }) granularity: KpiGranularity,
    @Arg('dimension', () => KpiDimension, { defaultValue: KpiDimension.TENANT, description: 'Breakdown (HOUR: TENANT only).' }) dimension: KpiDimension,
    @Arg('businessHoursOnly', () => Boolean, { defaultValue: false, description: 'Sum business seconds (the tenant\'s calendar) instead of elapsed seconds.' }) businessHoursOnly: boolean,
    @Arg('tenantId', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<KpiSeriesType> {
    return kpiSeries(ctx.services.readPool, tenantScope(ctx, tenantId), { metric, from, to, granularity, dimension, businessHoursOnly });
  }

  @Query(() => [PerformanceRowType], { description: 'Per agent over the tenant-local days overlapping [from, to): conversations handled, resolutions, average first response and resolution times, CSAT, online/away/busy seconds. Needs `reports.view`.' })
  operatorPerformance(@Args(() => BusinessPeriodArgs) { from, to, businessHoursOnly, tenantId }: BusinessPeriodArgs, @Ctx() ctx: Context): Promise<PerformanceRowType[]> {
    return operatorPerformance(ctx.services.readPool, tenantScope(ctx, tenantId), { from, to, businessHoursOnly });
  }

  @Query(() => [PerformanceRowType], { description: 'Per team (the agent\'s team when the event happened), like operatorPerformance. Needs `reports.view`.' })
  teamMetrics(@Args(() => BusinessPeriodArgs) { from, to, businessHoursOnly, tenantId }: BusinessPeriodArgs, @Ctx() ctx: Context): Promise<PerformanceRowType[]> {
    return teamMetrics(ctx.services.readPool, tenantScope(ctx, tenantId), { from, to, businessHoursOnly });
  }

  @Query(() => [HourlyStatType], { description: 'Every UTC hour in [from, to) (at most 93 days) with its counts, from the hourly rollups. Needs `reports.view`.' })
  hourlyStats(
    @Arg('from', () => DateTimeISO, { description: 'Start (inclusive; its hour is the first).' }) from: Date,
    @Arg('to', () => DateTimeISO, { description: 'End (exclusive).' }) to: Date,
    @Arg('tenantId', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<HourlyStatType[]> {
    return hourlyStats(ctx.services.readPool, tenantScope(ctx, tenantId), from, to);
  }

  @Query(() => ReportingEventConnection, { description: 'The reporting events behind a figure (drill-down), newest first, with their conversation. Needs `reports.view`.' })
  reportingEvents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ReportingEventFilter, { nullable: true, description: 'Which events.' }) filter: ReportingEventFilter | undefined,
    @Arg('tenantId', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.planner.list(info, {
      nodeType: 'ReportingEvent',
      scope: tenantScope(ctx, tenantId),
      ...ctx.page(page),
      where: reportingEventConditions(filter),
      order: { key: 'ENDED_AT_DESC', column: 'ended_at', direction: 'DESC' },
    });
  }

  @Query(() => ReportExportType, { description: 'A report as CSV with exactly the numbers of its query (same function). Needs `reports.export` and `reports.view`.' })
  exportReport(@Arg('input', () => ExportReportInput, { description: 'The report and its arguments.' }) input: ExportReportInput, @Ctx() ctx: Context): Promise<ReportExportType> {
    // Exporting shows the reports' numbers: an API key scoped to `reports.export` alone may not.
    if (!hasPermission(ctx.viewer, 'reports.view')) throw forbidden('Exporting a report needs `reports.view` too');
    return exportReport(ctx.services.readPool, tenantScope(ctx, input.tenantId), input);
  }

  @Query(() => [Int], { description: 'CSAT ratings received in [from, to) by score: five counts, for 1 to 5 (the CSAT % is the share of 4 and 5). Needs `reports.view`.' })
  csatDistribution(@Args(() => PeriodArgs) { from, to, tenantId }: PeriodArgs, @Ctx() ctx: Context): Promise<number[]> {
    return csatDistribution(ctx.services.readPool, tenantScope(ctx, tenantId), from, to);
  }

  @Query(() => DashboardStatsType, { description: 'Platform admins only: volumes of every tenant (tenants, conversations, documents, tickets).' })
  dashboardStats(@Ctx() ctx: Context): Promise<DashboardStatsType> {
    const scope = ctx.scope();
    if (!scope || scope.kind !== 'platform') throw forbidden('Platform admins only');
    return dashboardStats(ctx.services.readPool, scope);
  }

  @Subscription(() => LiveKpisType, {
    description: 'The live dashboard of your tenant, pushed when it changes (at most once per second per tenant). Needs `kpis.view`; `agents` needs `conversations.manage`.',
    // Shield (`kpis.view`) has run before this; naming another tenant is NOT_FOUND.
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const only = tenantScope(ctx, args.tenantId as string | undefined).tenantId;
      return pipe(
        ctx.services.events.pubSub.subscribe(Topic.KPIS_UPDATED),
        filter((event: TopicPayloads['KPIS_UPDATED']) => event.tenantId === only),
      );
    },
  })
  kpisUpdated(
    @Root() event: TopicPayloads['KPIS_UPDATED'],
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins only: follow this tenant (required for them).' }) tenantId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<LiveKpisType> {
    const scope = tenantScope(ctx, tenantId);
    if (scope.tenantId !== event.tenantId) throw forbidden();
    // One computation per tenant and push, shared by every subscriber group (kpis.live.ts).
    return liveSnapshot(ctx.services, event.tenantId, event.at);
  }
}
