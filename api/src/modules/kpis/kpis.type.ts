// GraphQL shapes of the KPI reads (definitions: docs/kpis.md). Every figure comes from one SQL
// statement per request (kpis.reads.ts); averages are sum ÷ count of the same rollup rows
// everywhere (cards, charts, tables, CSV).
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO, JSONObject } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { ConversationType } from '../conversations/conversation.type.js';
import { UserType } from '../users/user.type.js';
import { ReportingEventRow } from './reporting-event.entity.js';

/** Reporting event names (rows of `reporting_events`, metrics of the rollups), as GraphQL enum values. */
export enum KpiMetric {
  CONVERSATION_OPENED = 'CONVERSATION_OPENED',
  FIRST_RESPONSE = 'FIRST_RESPONSE',
  REPLY = 'REPLY',
  RESOLUTION = 'RESOLUTION',
  BOT_HANDOFF = 'BOT_HANDOFF',
  BOT_RESOLVED = 'BOT_RESOLVED',
  REOPENED = 'REOPENED',
  TRANSFERRED = 'TRANSFERRED',
  ESCALATED_TO_TICKET = 'ESCALATED_TO_TICKET',
  CSAT_RECEIVED = 'CSAT_RECEIVED',
  SLA_MET = 'SLA_MET',
  SLA_MISSED = 'SLA_MISSED',
  AGENT_ONLINE = 'AGENT_ONLINE',
  AGENT_AWAY = 'AGENT_AWAY',
  AGENT_BUSY = 'AGENT_BUSY',
  FCR = 'FCR',
  FIRST_RESOLUTION = 'FIRST_RESOLUTION',
  AI_RESOLVED_CONFIRMED = 'AI_RESOLVED_CONFIRMED',
  AI_RESOLVED_LEFT = 'AI_RESOLVED_LEFT',
  AI_RESOLVED_72H = 'AI_RESOLVED_72H',
}

export enum KpiGranularity {
  HOUR = 'HOUR',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

export enum KpiDimension {
  TENANT = 'TENANT',
  AGENT = 'AGENT',
  TEAM = 'TEAM',
  QUEUE = 'QUEUE',
  CHANNEL = 'CHANNEL',
}

export enum ReportKind {
  SERIES = 'SERIES',
  OPERATORS = 'OPERATORS',
  TEAMS = 'TEAMS',
  HOURLY = 'HOURLY',
}

registerEnumType(KpiMetric, {
  name: 'KpiMetric',
  description: 'A reporting event name: one row in `reporting_events` per fact, folded into the rollups under the same name. Definitions: docs/kpis.md.',
  valuesConfig: {
    CONVERSATION_OPENED: { description: 'A conversation was created (value: none).' },
    FIRST_RESPONSE: { description: 'First public human reply of a cycle; value = reply − the later of creation and the last bot hand-off/reopen (bot and system messages never count).' },
    REPLY: { description: 'A public human reply; value = reply − waiting since (the customer message it answers).' },
    RESOLUTION: { description: 'A conversation was resolved (every resolution cycle, by a person or the assistant); value = resolution − start of the resolution cycle.' },
    BOT_HANDOFF: { description: 'The assistant handed the conversation to people.' },
    BOT_RESOLVED: { description: 'A resolution while the assistant held the conversation (a subset of RESOLUTION).' },
    REOPENED: { description: 'A resolved conversation was reopened.' },
    TRANSFERRED: { description: 'A person moved the conversation to another person or queue.' },
    ESCALATED_TO_TICKET: { description: 'The conversation became a ticket.' },
    CSAT_RECEIVED: { description: 'A customer rated a conversation (attributes: `rating` 1–5, `aiOnly`).' },
    SLA_MET: { description: 'A ticket SLA target was met.' },
    SLA_MISSED: { description: 'A ticket SLA target was missed.' },
    AGENT_ONLINE: { description: 'A span an agent was ONLINE; value = its seconds.' },
    AGENT_AWAY: { description: 'A span an agent was AWAY; value = its seconds.' },
    AGENT_BUSY: { description: 'A span an agent was BUSY; value = its seconds.' },
    FCR: { description: 'First-contact resolution: resolved in the first cycle, no reopen within 72 h, no transfer, no escalation to a ticket.' },
    FIRST_RESOLUTION: { description: 'A conversation\'s first resolution (cycle 1): the denominator of FCR %.' },
    AI_RESOLVED_CONFIRMED: { description: 'AI resolution: the customer confirmed the answer solved it.' },
    AI_RESOLVED_LEFT: { description: 'AI resolution: the customer left without asking for more (Intercom).' },
    AI_RESOLVED_72H: { description: 'AI resolution: not reopened within 72 h (Zendesk).' },
  },
});
registerEnumType(KpiGranularity, {
  name: 'KpiGranularity',
  description: 'Bucket size of a series. DAY, WEEK (ISO weeks, Monday first) and MONTH are tenant-local calendar buckets from the daily rollups; HOUR is UTC hours from the hourly rollups (tenant dimension only).',
  valuesConfig: {
    HOUR: { description: 'UTC hours (TENANT dimension only, at most 93 days).' },
    DAY: { description: 'Days of the tenant\'s time zone.' },
    WEEK: { description: 'Weeks (Monday first) of the tenant\'s time zone.' },
    MONTH: { description: 'Calendar months of the tenant\'s time zone.' },
  },
});
registerEnumType(KpiDimension, {
  name: 'KpiDimension',
  description: 'What a figure is broken down by: the whole tenant, or per agent (user id), team (name), queue (id) or channel.',
  valuesConfig: {
    TENANT: { description: 'One series for the whole tenant.' },
    AGENT: { description: 'One series per agent (`key` is the user id).' },
    TEAM: { description: 'One series per team (`key` is the team name).' },
    QUEUE: { description: 'One series per queue (`key` is the queue id).' },
    CHANNEL: { description: 'One series per channel (`key`: WIDGET, API, EMAIL).' },
  },
});
registerEnumType(ReportKind, {
  name: 'ReportKind',
  description: 'Which report `exportReport` writes as CSV (each uses the same function as its query).',
  valuesConfig: {
    SERIES: { description: 'The rows of `kpiSeries`.' },
    OPERATORS: { description: 'The rows of `operatorPerformance`.' },
    TEAMS: { description: 'The rows of `teamMetrics`.' },
    HOURLY: { description: 'The rows of `hourlyStats`.' },
  },
});

@ObjectType('LiveAgentKpis', { simpleResolvers: true, description: 'One agent right now and today (tenant-local day). Needs `conversations.manage`: see docs/api.md "KPIs".' })
export class LiveAgentKpisType {
  @Field(() => ID, { description: 'The user id.' })
  userId!: string;
  @Field(() => String, { description: 'The agent\'s name as shown to the team.' })
  displayName!: string;
  @Field(() => String, { nullable: true, description: 'Team, if any.' })
  team!: string | null;
  @Field(() => String, { description: 'Availability now: ONLINE, AWAY, BUSY or OFFLINE.' })
  availability!: string;
  @Field(() => Int, { description: 'Conversations assigned to the agent and OPEN now.' })
  activeConversations!: number;
  @Field(() => Int, { description: 'RESOLUTION events of the agent today.' })
  resolvedToday!: number;
  @Field(() => Float, { nullable: true, description: 'Average first response time today, seconds (FIRST_RESPONSE sum ÷ count); null without responses.' })
  avgFirstResponseSeconds!: number | null;
}

@ObjectType('LiveKpis', { simpleResolvers: true, description: 'The live dashboard: "now" figures from current rows, "today" figures (tenant-local day) from the daily rollups. Definitions: docs/kpis.md.' })
export class LiveKpisType {
  @Field(() => ID, { description: 'The tenant these figures belong to.' })
  tenantId!: string;
  @Field(() => DateTimeISO, { description: 'When the figures were computed.' })
  computedAt!: Date;
  @Field(() => String, { description: 'The tenant-local day of the "today" figures (YYYY-MM-DD, the tenant\'s timezone).' })
  day!: string;
  @Field(() => Int, { description: 'Customers waiting for a person now (conversations WAITING).' })
  waitingCustomers!: number;
  @Field(() => Float, { nullable: true, description: 'Seconds the longest-waiting customer has waited (now − earliest `waitingSince` of WAITING conversations); null when nobody waits.' })
  longestWaitSeconds!: number | null;
  @Field(() => Int, { description: 'Conversations not resolved or closed now (BOT, WAITING or OPEN).' })
  activeConversations!: number;
  @Field(() => Int, { description: 'Conversations a person handles now (OPEN with handler HUMAN).' })
  humanHandledNow!: number;
  @Field(() => Int, { description: 'Conversations opened today (CONVERSATION_OPENED count).' })
  conversationsToday!: number;
  @Field(() => Int, { description: 'Conversations resolved by people today (RESOLUTION count).' })
  resolvedToday!: number;
  @Field(() => Int, { description: 'Conversations resolved without a person today (BOT_RESOLVED count).' })
  botResolvedToday!: number;
  @Field(() => Float, { nullable: true, description: 'Average first response time today, seconds: FIRST_RESPONSE sum ÷ count (null without responses).' })
  avgFirstResponseSeconds!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average resolution time today, seconds: RESOLUTION sum ÷ count (null without resolutions).' })
  avgResolutionSeconds!: number | null;
  @Field(() => Float, { nullable: true, description: 'CSAT today, percent: ratings of 4 or 5 ÷ all ratings × 100 (null without ratings).' })
  csatPercent!: number | null;
  @Field(() => Int, { description: 'Ratings received today (CSAT_RECEIVED count).' })
  csatResponses!: number;
  @Field(() => Float, { nullable: true, description: 'CSAT response rate today, percent: ratings ÷ RESOLUTION × 100 (every resolution, by a person or the assistant; null without resolutions).' })
  csatResponseRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'First-contact resolution, percent: FCR ÷ FIRST_RESOLUTION × 100 over the 30 tenant days ending 3 days ago — FCR is decided 72 h after a resolution, so only days whose windows have closed count (null without resolutions there). docs/kpis.md.' })
  fcrPercent!: number | null;
  @Field(() => Float, { nullable: true, description: 'AI resolution rate today, percent: BOT_RESOLVED ÷ RESOLUTION × 100 — the share of today\'s resolutions the assistant held to the end (null without resolutions).' })
  aiResolutionRate!: number | null;
  @Field(() => Int, { description: 'Open tickets whose SLA is AT_RISK now.' })
  slaAtRisk!: number;
  @Field(() => Int, { description: 'Open tickets whose SLA is BREACHED now.' })
  slaBreached!: number;
  @Field(() => Int, { description: 'Active staff members ONLINE now.' })
  agentsOnline!: number;
  @Field(() => [LiveAgentKpisType], { nullable: true, description: 'Per agent, now and today. Needs `conversations.manage` (supervisors); others get FORBIDDEN on this field.' })
  agents!: LiveAgentKpisType[];
}

@ObjectType('KpiPoint', { simpleResolvers: true, description: 'One bucket of a series: count, sum and average (sum ÷ count) of the rollup rows in it.' })
export class KpiPointType {
  @Field(() => String, { description: 'Bucket start: YYYY-MM-DD (first tenant-local day of the DAY/WEEK/MONTH bucket) or the UTC hour as an ISO instant (HOUR).' })
  bucket!: string;
  @Field(() => String, { description: 'The dimension key: \'\' for TENANT, else the agent id, team name, queue id or channel.' })
  key!: string;
  @Field(() => Int, { description: 'Number of events.' })
  count!: number;
  @Field(() => Float, { description: 'Sum of their values, seconds (business seconds with `businessHoursOnly`).' })
  sum!: number;
  @Field(() => Float, { nullable: true, description: 'sum ÷ count (null when count is 0).' })
  average!: number | null;
}

@ObjectType('KpiSeries', { simpleResolvers: true, description: 'A metric over time, from the rollups. Buckets without events are present with count 0 for the TENANT dimension.' })
export class KpiSeriesType {
  @Field(() => KpiMetric, { description: 'The metric.' })
  metric!: KpiMetric;
  @Field(() => KpiGranularity, { description: 'Bucket size.' })
  granularity!: KpiGranularity;
  @Field(() => KpiDimension, { description: 'Breakdown.' })
  dimension!: KpiDimension;
  @Field(() => Boolean, { description: 'True when sums are business seconds.' })
  businessHoursOnly!: boolean;
  @Field(() => [KpiPointType], { description: 'Buckets in time order, then by key.' })
  points!: KpiPointType[];
}

@ObjectType('PerformanceRow', { simpleResolvers: true, description: 'Figures of one agent or team over a period (daily rollups of the tenant-local days that overlap it). Averages are sum ÷ count.' })
export class PerformanceRowType {
  @Field(() => String, { description: 'The agent id (operatorPerformance) or the team name (teamMetrics).' })
  key!: string;
  @Field(() => String, { description: 'Display name of the agent, or the team name.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'The agent\'s team (operatorPerformance).' })
  team!: string | null;
  @Field(() => Int, { description: 'Conversations handled: RESOLUTION + TRANSFERRED (each cycle the agent finished by resolving it or passing it on).' })
  conversationsHandled!: number;
  @Field(() => Int, { description: 'RESOLUTION count.' })
  resolutions!: number;
  @Field(() => Int, { description: 'FIRST_RESPONSE count.' })
  firstResponses!: number;
  @Field(() => Int, { description: 'REPLY count.' })
  replies!: number;
  @Field(() => Int, { description: 'TRANSFERRED count.' })
  transfers!: number;
  @Field(() => Float, { nullable: true, description: 'FIRST_RESPONSE sum ÷ count, seconds.' })
  avgFirstResponseSeconds!: number | null;
  @Field(() => Float, { nullable: true, description: 'RESOLUTION sum ÷ count, seconds.' })
  avgResolutionSeconds!: number | null;
  @Field(() => Int, { description: 'Ratings of conversations the agent (team) handled.' })
  csatResponses!: number;
  @Field(() => Float, { nullable: true, description: 'Ratings of 4 or 5 ÷ ratings × 100.' })
  csatPercent!: number | null;
  @Field(() => Float, { description: 'Seconds ONLINE (AGENT_ONLINE spans).' })
  onlineSeconds!: number;
  @Field(() => Float, { description: 'Seconds AWAY (AGENT_AWAY spans).' })
  awaySeconds!: number;
  @Field(() => Float, { description: 'Seconds BUSY (AGENT_BUSY spans).' })
  busySeconds!: number;
}

@ObjectType('HourlyStat', { simpleResolvers: true, description: 'One UTC hour of the tenant, from the hourly rollups (hours without events have zeros).' })
export class HourlyStatType {
  @Field(() => DateTimeISO, { description: 'Start of the hour (UTC).' })
  hour!: Date;
  @Field(() => Int, { description: 'CONVERSATION_OPENED count.' })
  conversationsOpened!: number;
  @Field(() => Int, { description: 'RESOLUTION count (by people).' })
  resolutions!: number;
  @Field(() => Int, { description: 'BOT_RESOLVED count.' })
  botResolutions!: number;
  @Field(() => Int, { description: 'BOT_HANDOFF count.' })
  handoffs!: number;
  @Field(() => Int, { description: 'FIRST_RESPONSE count.' })
  firstResponses!: number;
  @Field(() => Float, { nullable: true, description: 'FIRST_RESPONSE sum ÷ count, seconds.' })
  avgFirstResponseSeconds!: number | null;
  @Field(() => Int, { description: 'CSAT_RECEIVED count.' })
  csatResponses!: number;
}

@ObjectType('ReportingEvent', { simpleResolvers: true, description: 'One fact behind a figure (a row of the append-only reporting log): the drill-down of any number.' })
export class ReportingEventType {
  @Field(() => ID, { description: 'Row id.' })
  id!: string;
  @Field(() => String, { description: 'Event name, e.g. `first_response` (the lower-case KpiMetric).' })
  name!: string;
  @Field(() => Float, { nullable: true, description: 'Value in seconds (null for counts).' })
  valueSeconds!: number | null;
  @Field(() => Float, { nullable: true, description: 'Value in business seconds (the tenant\'s calendar).' })
  valueBusinessSeconds!: number | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'Start of the measured span.' })
  startedAt!: Date | null;
  @Field(() => DateTimeISO, { description: 'When it happened (end of the span); the rollups file it under this instant.' })
  endedAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The conversation.' })
  conversationId!: string | null;
  @Field(() => ConversationType, { nullable: true, description: 'The conversation, if it still exists.' })
  conversation!: ConversationType | null;
  @Field(() => ID, { nullable: true, description: 'The ticket.' })
  ticketId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The agent.' })
  agentId!: string | null;
  @Field(() => UserType, { nullable: true, description: 'The agent, if the user still exists.' })
  agent!: UserType | null;
  @Field(() => String, { nullable: true, description: 'The agent\'s team at the time.' })
  team!: string | null;
  @Field(() => ID, { nullable: true, description: 'The queue.' })
  queueId!: string | null;
  @Field(() => String, { nullable: true, description: 'The channel (WIDGET, API, EMAIL).' })
  channel!: string | null;
  @Field(() => JSONObject, { description: 'Extra facts, e.g. `rating` and `aiOnly` of CSAT_RECEIVED.' })
  attributes!: Record<string, unknown>;
}

@ObjectType('ReportExport', { simpleResolvers: true, description: 'A report as CSV, built by the same function as its query (same numbers as the screen).' })
export class ReportExportType {
  @Field(() => String, { description: 'Suggested file name.' })
  filename!: string;
  @Field(() => String, { description: 'Always `text/csv; charset=utf-8`.' })
  contentType!: string;
  @Field(() => Int, { description: 'Data rows (without the header).' })
  rowCount!: number;
  @Field(() => String, { description: 'The CSV text (RFC 4180, header row first, numbers as in the API).' })
  csv!: string;
}

@ObjectType('DashboardTenantVolume', { simpleResolvers: true, description: 'One tenant\'s size (platform dashboard).' })
export class DashboardTenantVolumeType {
  @Field(() => ID, { description: 'The tenant these figures are for.' })
  tenantId!: string;
  @Field(() => String, { description: 'Tenant name.' })
  name!: string;
  @Field(() => String, { description: 'ACTIVE or SUSPENDED.' })
  status!: string;
  @Field(() => Int, { description: 'Conversations (all time).' })
  conversations!: number;
  @Field(() => Int, { description: 'Conversations not resolved or closed now.' })
  activeConversations!: number;
  @Field(() => Int, { description: 'Knowledge documents.' })
  documents!: number;
  @Field(() => Int, { description: 'Tickets (all time).' })
  tickets!: number;
  @Field(() => Int, { description: 'Staff users.' })
  users!: number;
}

@ObjectType('DashboardStats', { simpleResolvers: true, description: 'Platform admins: volumes across all tenants.' })
export class DashboardStatsType {
  @Field(() => Int, { description: 'Number of tenants on the platform, in any status.' })
  tenants!: number;
  @Field(() => Int, { description: 'Tenants whose status is ACTIVE (not suspended).' })
  activeTenants!: number;
  @Field(() => Int, { description: 'Conversations of all tenants.' })
  conversations!: number;
  @Field(() => Int, { description: 'Knowledge documents of all tenants.' })
  documents!: number;
  @Field(() => Int, { description: 'Tickets of all tenants.' })
  tickets!: number;
  @Field(() => [DashboardTenantVolumeType], { description: 'Per tenant, by name.' })
  perTenant!: DashboardTenantVolumeType[];
}

registerReadModel({ graphqlType: 'ReportingEvent', entity: ReportingEventRow, tenantColumn: 'tenant_id' });
