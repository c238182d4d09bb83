// The KPI reads: one SQL statement per call, through `readPool.scopedQuery` (`$1` = the tenant).
// "Now" figures read current rows (conversations, tickets, users) through their partial/status
// indexes; everything over a period reads the rollups (`reporting_daily_rollups`, tenant-local days;
// `reporting_hourly_rollups`, UTC hours), never messages. CSAT shares need the rating, which the
// rollups do not keep: they read `csat_received` rows through (tenant_id, name, ended_at).
// A period [from, to) covers the tenant-local days it overlaps: day-based figures and the CSAT rows
// use the same days, so a table, a chart and its CSV agree.
import { badInput } from '../../errors.js';
import type { ReadPool, ReadScope } from '../../db/read-pool.js';
import { isUuid } from '../../graphql/ids.js';
import type { Condition } from '../../graphql/planner/sql.js';
import {
  KpiDimension,
  KpiGranularity,
  type DashboardStatsType,
  type HourlyStatType,
  type KpiMetric,
  type KpiSeriesType,
  type LiveKpisType,
  type PerformanceRowType,
} from './kpis.type.js';
import type { ReportingEventFilter } from './kpis.inputs.js';

export const metricName = (m: KpiMetric) => m.toLowerCase();
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const percent = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null);
const num = (v: unknown) => (v == null ? 0 : Number(v));

const DAY_MS = 86_400_000;
/** Longest periods (the number of buckets a response may hold stays bounded). */
const MAX_DAYS = { HOUR: 93, DAY: 3 * 366, WEEK: 10 * 366, MONTH: 10 * 366 } as const;

export function checkPeriod(from: Date, to: Date, granularity: KpiGranularity = KpiGranularity.DAY): void {
  if (!(from instanceof Date) || !(to instanceof Date) || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw badInput('`from` and `to` must be instants', 'from');
  if (from.getTime() >= to.getTime()) throw badInput('`to` must be after `from`', 'to');
  const max = MAX_DAYS[granularity];
  if (to.getTime() - from.getTime() > max * DAY_MS) throw badInput(`A ${granularity} period may cover at most ${max} days`, 'to');
}

/** The tenant-local days overlapping [$2, $3), and their bounds as instants (the CSAT rows' window). */
const PERIOD_CTE = `
  tz as (select timezone from tenants where id = $1),
  b as (
    select d0, d1, (d0::timestamp at time zone tz.timezone) as t0, ((d1 + 1)::timestamp at time zone tz.timezone) as t1
      from tz, lateral (select ($2::timestamptz at time zone tz.timezone)::date as d0,
                               (($3::timestamptz - interval '1 microsecond') at time zone tz.timezone)::date as d1) d
  )`;

// ---------------------------------------------------------------------------------------------
// liveKpis

/** The live FCR % covers the tenant days whose 72 h windows have closed: 30 days ending 3 days ago. */
export const FCR_WINDOW_DAYS = 30;

const LIVE_SQL = `
with t as (select id, timezone, ($2::timestamptz at time zone timezone)::date as day from tenants where id = $1),
today as (
  select r.metric, r.count, r.sum_seconds
    from t join reporting_daily_rollups r
      on r.tenant_id = $1 and r.dimension = 'TENANT' and r.dimension_key = '' and r.day = t.day
   where r.metric in ('conversation_opened', 'first_response', 'resolution', 'bot_resolved', 'csat_received', 'fcr')
),
agent_today as (
  select r.dimension_key as agent_id, r.metric, r.count, r.sum_seconds
    from t join reporting_daily_rollups r
      on r.tenant_id = $1 and r.dimension = 'AGENT' and r.day = t.day
   where r.metric in ('first_response', 'resolution')
)
select t.day::text as day,
  (select count(*) from conversations where tenant_id = $1 and status = 'WAITING') as waiting,
  (select extract(epoch from $2::timestamptz - min(waiting_since)) from conversations where tenant_id = $1 and status = 'WAITING') as longest_wait,
  (select count(*) from conversations where tenant_id = $1 and status in ('BOT', 'WAITING', 'OPEN')) as active,
  (select count(*) from conversations where tenant_id = $1 and status = 'OPEN' and handler = 'HUMAN') as human,
  (select count(*) from tickets where tenant_id = $1 and sla_state = 'AT_RISK' and status in ('OPEN', 'PENDING', 'ESCALATED')) as sla_at_risk,
  (select count(*) from tickets where tenant_id = $1 and sla_state = 'BREACHED' and status in ('OPEN', 'PENDING', 'ESCALATED')) as sla_breached,
  (select count(*) from users where tenant_id = $1 and active and availability = 'ONLINE') as agents_online,
  (select coalesce(json_object_agg(metric, json_build_array(count, sum_seconds)), '{}'::json) from today) as today,
  (select array[coalesce(sum(r.count) filter (where r.metric = 'fcr'), 0), coalesce(sum(r.count) filter (where r.metric = 'first_resolution'), 0)]
     from reporting_daily_rollups r
    where r.tenant_id = $1 and r.metric in ('fcr', 'first_resolution') and r.dimension = 'TENANT' and r.dimension_key = ''
      and r.day between t.day - ${FCR_WINDOW_DAYS + 3} and t.day - 3) as fcr_window,
  (select count(*) filter (where (e.attributes->>'rating')::int >= 4)
     from reporting_events e
    where e.tenant_id = $1 and e.name = 'csat_received'
      and e.ended_at >= (t.day::timestamp at time zone t.timezone) and e.ended_at < ((t.day + 1)::timestamp at time zone t.timezone)) as csat_positive,
  (select coalesce(json_agg(json_build_array(u.id, u.display_name, u.team, u.availability,
            (select count(*) from conversations c where c.tenant_id = $1 and c.assignee_id = u.id and c.status = 'OPEN'),
            (select a.count from agent_today a where a.agent_id = u.id::text and a.metric = 'resolution'),
            (select array[a.count, a.sum_seconds] from agent_today a where a.agent_id = u.id::text and a.metric = 'first_response'))
            order by u.display_name, u.id), '[]'::json)
     from users u where u.tenant_id = $1 and u.active and u.role in ('AGENT', 'MANAGER', 'TENANT_ADMIN')) as agents
from t`;

type Pair = [number, number];

export async function liveKpis(pool: ReadPool, scope: ReadScope, now: Date): Promise<LiveKpisType> {
  const rows = await pool.scopedQuery<Record<string, unknown>>(scope, LIVE_SQL, [now]);
  const r = rows[0];
  if (!r) throw badInput('Unknown tenant', 'tenantId');
  const today = r.today as Record<string, Pair>;
  const c = (m: string) => num(today[m]?.[0]);
  const s = (m: string) => num(today[m]?.[1]);
  const resolved = c('resolution');
  const bot = c('bot_resolved');
  const ratings = c('csat_received');
  const agents = (r.agents as [string, string, string | null, string, number, number | null, Pair | null][]).map((a) => ({
    userId: a[0],
    displayName: a[1],
    team: a[2],
    availability: a[3],
    activeConversations: num(a[4]),
    resolvedToday: num(a[5]),
    avgFirstResponseSeconds: a[6] ? ratio(num(a[6][1]), num(a[6][0])) : null,
  }));
  return {
    tenantId: (scope as { tenantId: string }).tenantId,
    computedAt: now,
    day: r.day as string,
    waitingCustomers: num(r.waiting),
    longestWaitSeconds: r.longest_wait == null ? null : Math.max(0, Number(r.longest_wait)),
    activeConversations: num(r.active),
    humanHandledNow: num(r.human),
    conversationsToday: c('conversation_opened'),
    resolvedToday: resolved,
    botResolvedToday: bot,
    avgFirstResponseSeconds: ratio(s('first_response'), c('first_response')),
    avgResolutionSeconds: ratio(s('resolution'), resolved),
    csatPercent: percent(num(r.csat_positive), ratings),
    csatResponses: ratings,
    csatResponseRate: percent(ratings, resolved),
    fcrPercent: percent(num((r.fcr_window as number[])[0]), num((r.fcr_window as number[])[1])),
    aiResolutionRate: percent(bot, resolved),
    slaAtRisk: num(r.sla_at_risk),
    slaBreached: num(r.sla_breached),
    agentsOnline: num(r.agents_online),
    agents,
  };
}

// ---------------------------------------------------------------------------------------------
// kpiSeries

const DAY_SERIES_SQL = `
with ${PERIOD_CTE},
agg as (
  select date_trunc($5, r.day::timestamp)::date as bucket, r.dimension_key as key,
         sum(r.count) as count, sum(case when $6 then r.sum_business_seconds else r.sum_seconds end) as sum
    from b join reporting_daily_rollups r
      on r.tenant_id = $1 and r.metric = $4 and r.dimension = $7 and r.day between b.d0 and b.d1
   group by 1, 2
)
select to_char(g.bucket, 'YYYY-MM-DD') as bucket, coalesce(a.key, '') as key, coalesce(a.count, 0) as count, coalesce(a.sum, 0) as sum
  from b, lateral (select gs::date as bucket from generate_series(date_trunc($5, b.d0::timestamp), b.d1::timestamp, ('1 ' || $5)::interval) gs) g
  left join agg a on a.bucket = g.bucket
 where $7 = 'TENANT' or a.key is not null
 order by g.bucket, 2`;

const HOUR_SERIES_SQL = `
select to_char(g.h at time zone 'UTC', 'YYYY-MM-DD"T"HH24:00:00.000"Z"') as bucket, '' as key,
       coalesce(r.count, 0) as count, coalesce(case when $5 then r.sum_business_seconds else r.sum_seconds end, 0) as sum
  from generate_series(date_trunc('hour', $2::timestamptz, 'UTC'), $3::timestamptz - interval '1 microsecond', interval '1 hour') g(h)
  left join reporting_hourly_rollups r on r.tenant_id = $1 and r.metric = $4 and r.hour = g.h
 order by g.h`;

export interface SeriesArgs {
  metric: KpiMetric;
  from: Date;
  to: Date;
  granularity: KpiGranularity;
  dimension: KpiDimension;
  businessHoursOnly: boolean;
}

/** kpiSeries and its CSV: the one function both use. */
export async function kpiSeries(pool: ReadPool, scope: ReadScope, a: SeriesArgs): Promise<KpiSeriesType> {
  checkPeriod(a.from, a.to, a.granularity);
  let rows: Record<string, unknown>[];
  if (a.granularity === KpiGranularity.HOUR) {
    if (a.dimension !== KpiDimension.TENANT) throw badInput('HOUR series exist for the TENANT dimension only', 'dimension');
    rows = await pool.scopedQuery(scope, HOUR_SERIES_SQL, [a.from, a.to, metricName(a.metric), a.businessHoursOnly]);
  } else {
    const unit = a.granularity === KpiGranularity.WEEK ? 'week' : a.granularity === KpiGranularity.MONTH ? 'month' : 'day';
    rows = await pool.scopedQuery(scope, DAY_SERIES_SQL, [a.from, a.to, metricName(a.metric), unit, a.businessHoursOnly, a.dimension]);
  }
  return {
    metric: a.metric,
    granularity: a.granularity,
    dimension: a.dimension,
    businessHoursOnly: a.businessHoursOnly,
    points: rows.map((r) => {
      const count = num(r.count);
      const sum = num(r.sum);
      return { bucket: r.bucket as string, key: r.key as string, count, sum, average: ratio(sum, count) };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// operatorPerformance / teamMetrics

const PERF_METRICS = `('resolution', 'first_response', 'reply', 'transferred', 'agent_online', 'agent_away', 'agent_busy')`;
const pivot = (m: string) =>
  `sum(r.count) filter (where r.metric = '${m}') as ${m}_n, sum(case when $4 then r.sum_business_seconds else r.sum_seconds end) filter (where r.metric = '${m}') as ${m}_s`;
const PIVOT = ['resolution', 'first_response', 'reply', 'transferred', 'agent_online', 'agent_away', 'agent_busy'].map(pivot).join(',\n         ');

const OPERATORS_SQL = `
with ${PERIOD_CTE},
r as (
  select r.dimension_key as agent_key,
         ${PIVOT}
    from b join reporting_daily_rollups r
      on r.tenant_id = $1 and r.dimension = 'AGENT' and r.day between b.d0 and b.d1 and r.metric in ${PERF_METRICS}
   group by 1
),
c as (
  select e.agent_id::text as agent_key, count(*) as n, count(*) filter (where (e.attributes->>'rating')::int >= 4) as pos
    from b join reporting_events e
      on e.tenant_id = $1 and e.name = 'csat_received' and e.ended_at >= b.t0 and e.ended_at < b.t1
   where e.agent_id is not null
   group by 1
)
select r.*, u.id::text as key, u.display_name as name, u.team, c.n as csat_n, c.pos as csat_pos
  from users u
  left join r on r.agent_key = u.id::text
  left join c on c.agent_key = u.id::text
 where u.tenant_id = $1 and (r.agent_key is not null or c.agent_key is not null or (u.active and u.role in ('AGENT', 'MANAGER', 'TENANT_ADMIN')))
 order by u.display_name, u.id`;

const TEAMS_SQL = `
with ${PERIOD_CTE},
r as (
  select r.dimension_key as team_key,
         ${PIVOT}
    from b join reporting_daily_rollups r
      on r.tenant_id = $1 and r.dimension = 'TEAM' and r.day between b.d0 and b.d1 and r.metric in ${PERF_METRICS}
   group by 1
),
c as (
  select e.team as team_key, count(*) as n, count(*) filter (where (e.attributes->>'rating')::int >= 4) as pos
    from b join reporting_events e
      on e.tenant_id = $1 and e.name = 'csat_received' and e.ended_at >= b.t0 and e.ended_at < b.t1
   where e.team is not null
   group by 1
)
select r.*, coalesce(r.team_key, c.team_key) as key, coalesce(r.team_key, c.team_key) as name, coalesce(r.team_key, c.team_key) as team, c.n as csat_n, c.pos as csat_pos
  from r full join c on c.team_key = r.team_key
 order by key`;

function performanceRow(r: Record<string, unknown>): PerformanceRowType {
  const n = (m: string) => num(r[`${m}_n`]);
  const s = (m: string) => num(r[`${m}_s`]);
  const csatN = num(r.csat_n);
  return {
    key: r.key as string,
    name: r.name as string,
    team: (r.team as string | null) ?? null,
    conversationsHandled: n('resolution') + n('transferred'),
    resolutions: n('resolution'),
    firstResponses: n('first_response'),
    replies: n('reply'),
    transfers: n('transferred'),
    avgFirstResponseSeconds: ratio(s('first_response'), n('first_response')),
    avgResolutionSeconds: ratio(s('resolution'), n('resolution')),
    csatResponses: csatN,
    csatPercent: percent(num(r.csat_pos), csatN),
    onlineSeconds: s('agent_online'),
    awaySeconds: s('agent_away'),
    busySeconds: s('agent_busy'),
  };
}

export interface PeriodArgs {
  from: Date;
  to: Date;
  businessHoursOnly: boolean;
}

export async function operatorPerformance(pool: ReadPool, scope: ReadScope, a: PeriodArgs): Promise<PerformanceRowType[]> {
  checkPeriod(a.from, a.to);
  const rows = await pool.scopedQuery<Record<string, unknown>>(scope, OPERATORS_SQL, [a.from, a.to, a.businessHoursOnly]);
  return rows.map(performanceRow);
}

export async function teamMetrics(pool: ReadPool, scope: ReadScope, a: PeriodArgs): Promise<PerformanceRowType[]> {
  checkPeriod(a.from, a.to);
  const rows = await pool.scopedQuery<Record<string, unknown>>(scope, TEAMS_SQL, [a.from, a.to, a.businessHoursOnly]);
  return rows.map(performanceRow);
}

// ---------------------------------------------------------------------------------------------
// hourlyStats

const HOURLY_SQL = `
with r as (
  select r.hour,
         sum(r.count) filter (where r.metric = 'conversation_opened') as opened,
         sum(r.count) filter (where r.metric = 'resolution') as resolutions,
         sum(r.count) filter (where r.metric = 'bot_resolved') as bot,
         sum(r.count) filter (where r.metric = 'bot_handoff') as handoffs,
         sum(r.count) filter (where r.metric = 'first_response') as fr_n,
         sum(r.sum_seconds) filter (where r.metric = 'first_response') as fr_s,
         sum(r.count) filter (where r.metric = 'csat_received') as csat
    from reporting_hourly_rollups r
   where r.tenant_id = $1 and r.hour >= date_trunc('hour', $2::timestamptz, 'UTC') and r.hour < $3
     and r.metric in ('conversation_opened', 'resolution', 'bot_resolved', 'bot_handoff', 'first_response', 'csat_received')
   group by 1
)
select g.h as hour, r.opened, r.resolutions, r.bot, r.handoffs, r.fr_n, r.fr_s, r.csat
  from generate_series(date_trunc('hour', $2::timestamptz, 'UTC'), $3::timestamptz - interval '1 microsecond', interval '1 hour') g(h)
  left join r on r.hour = g.h
 order by g.h`;

export async function hourlyStats(pool: ReadPool, scope: ReadScope, from: Date, to: Date): Promise<HourlyStatType[]> {
  checkPeriod(from, to, KpiGranularity.HOUR);
  const rows = await pool.scopedQuery<Record<string, unknown>>(scope, HOURLY_SQL, [from, to]);
  return rows.map((r) => ({
    hour: r.hour as Date,
    conversationsOpened: num(r.opened),
    resolutions: num(r.resolutions),
    botResolutions: num(r.bot),
    handoffs: num(r.handoffs),
    firstResponses: num(r.fr_n),
    avgFirstResponseSeconds: ratio(num(r.fr_s), num(r.fr_n)),
    csatResponses: num(r.csat),
  }));
}

// ---------------------------------------------------------------------------------------------
// csatDistribution

/** Ratings 1–5 in [$2, $3): an index-only scan of the partial covering index reporting_events_csat_idx. */
const CSAT_DISTRIBUTION_SQL = `
select array[
  count(*) filter (where (attributes->>'rating')::int = 1), count(*) filter (where (attributes->>'rating')::int = 2),
  count(*) filter (where (attributes->>'rating')::int = 3), count(*) filter (where (attributes->>'rating')::int = 4),
  count(*) filter (where (attributes->>'rating')::int = 5)] as counts
  from reporting_events
 where tenant_id = $1 and name = 'csat_received' and ended_at >= $2::timestamptz and ended_at < $3::timestamptz`;

export async function csatDistribution(pool: ReadPool, scope: ReadScope, from: Date, to: Date): Promise<number[]> {
  checkPeriod(from, to, KpiGranularity.DAY);
  const [r] = await pool.scopedQuery<{ counts: number[] }>(scope, CSAT_DISTRIBUTION_SQL, [from, to]);
  return (r?.counts ?? [0, 0, 0, 0, 0]).map(num);
}

// ---------------------------------------------------------------------------------------------
// reportingEvents (planner conditions)

export function reportingEventConditions(filter: ReportingEventFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (!filter) return out;
  if (filter.from && filter.to && filter.from.getTime() > filter.to.getTime()) throw badInput('`to` must not be before `from`', 'to');
  const uuidEq = (column: string, id: string): Condition => (isUuid(id) ? (a, p) => `${a}.${column} = ${p(id)}::uuid` : () => 'false');
  if (filter.metric) out.push((a, p) => `${a}.name = ${p(metricName(filter.metric!))}`);
  if (filter.from) out.push((a, p) => `${a}.ended_at >= ${p(filter.from)}::timestamptz`);
  if (filter.to) out.push((a, p) => `${a}.ended_at < ${p(filter.to)}::timestamptz`);
  if (filter.agentId != null) out.push(uuidEq('agent_id', filter.agentId));
  if (filter.queueId != null) out.push(uuidEq('queue_id', filter.queueId));
  if (filter.conversationId != null) out.push(uuidEq('conversation_id', filter.conversationId));
  if (filter.channel != null) out.push((a, p) => `${a}.channel = ${p(filter.channel)}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// dashboardStats (platform admins: every tenant)

const DASHBOARD_SQL = `
select t.id as tenant_id, t.name, t.status,
  (select count(*) from conversations c where c.tenant_id = t.id) as conversations,
  (select count(*) from conversations c where c.tenant_id = t.id and c.status in ('BOT', 'WAITING', 'OPEN')) as active,
  (select count(*) from knowledge_documents d where d.tenant_id = t.id) as documents,
  (select count(*) from tickets k where k.tenant_id = t.id) as tickets,
  (select count(*) from users u where u.tenant_id = t.id) as users
  from tenants t
 where $1::uuid is null
 order by t.name, t.id`;

export async function dashboardStats(pool: ReadPool, scope: ReadScope): Promise<DashboardStatsType> {
  const rows = await pool.scopedQuery<Record<string, unknown>>(scope, DASHBOARD_SQL, []);
  const perTenant = rows.map((r) => ({
    tenantId: r.tenant_id as string,
    name: r.name as string,
    status: r.status as string,
    conversations: num(r.conversations),
    activeConversations: num(r.active),
    documents: num(r.documents),
    tickets: num(r.tickets),
    users: num(r.users),
  }));
  const total = (k: 'conversations' | 'documents' | 'tickets') => perTenant.reduce((s, t) => s + t[k], 0);
  return {
    tenants: perTenant.length,
    activeTenants: perTenant.filter((t) => t.status === 'ACTIVE').length,
    conversations: total('conversations'),
    documents: total('documents'),
    tickets: total('tickets'),
    perTenant,
  };
}

/** The statements' texts (the benchmark EXPLAINs them with the parameters the functions pass). */
export const KPI_SQL = { live: LIVE_SQL, daySeries: DAY_SERIES_SQL, hourSeries: HOUR_SERIES_SQL, operators: OPERATORS_SQL, teams: TEAMS_SQL, hourly: HOURLY_SQL } as const;
