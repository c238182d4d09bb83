// The live KPI cards as data: which figure, its label and definition in words, how it is written,
// and where a click leads — the drill-down (the reporting events behind a "today" number) or the
// page that lists a "now" number (tickets at risk, the console's queue). Pure: tested without Vue.
import { formatCount, formatDuration, formatPercent } from './format.js';

/** The `liveKpis` fields the cards read (the generated type is wider). */
export interface LiveKpisFields {
  day: string;
  waitingCustomers: number;
  longestWaitSeconds?: number | null;
  activeConversations: number;
  humanHandledNow: number;
  conversationsToday: number;
  resolvedToday: number;
  botResolvedToday: number;
  avgFirstResponseSeconds?: number | null;
  avgResolutionSeconds?: number | null;
  csatPercent?: number | null;
  csatResponses: number;
  csatResponseRate?: number | null;
  fcrPercent?: number | null;
  aiResolutionRate?: number | null;
  slaAtRisk: number;
  slaBreached: number;
  agentsOnline: number;
}

/** Reporting event names a drill-down can list (KpiMetric values). */
export type DrillMetric =
  | 'CONVERSATION_OPENED' | 'FIRST_RESPONSE' | 'REPLY' | 'RESOLUTION' | 'BOT_HANDOFF' | 'BOT_RESOLVED' | 'REOPENED' | 'TRANSFERRED'
  | 'ESCALATED_TO_TICKET' | 'CSAT_RECEIVED' | 'SLA_MET' | 'SLA_MISSED' | 'FCR';

export interface CardModel {
  id: string;
  label: string;
  value: string;
  sub: string;
  definition: string;
  tone: 'neutral' | 'warning' | 'danger';
  /** The events behind the number (today); only offered when there are some. */
  drill?: { metrics: DrillMetric[]; title: string; has: boolean };
  /** A page listing what the number counts. */
  link?: { to: { name: string; query?: Record<string, string> }; label: string };
}

export interface CardGroup {
  id: 'now' | 'today';
  title: string;
  cards: CardModel[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The two groups of cards: "Right now" (current rows) and "Today" (tenant-local day, rollups). */
export function buildCards(k: LiveKpisFields): CardGroup[] {
  const now: CardModel[] = [
    {
      id: 'waitingCustomers', label: 'Waiting customers', value: formatCount(k.waitingCustomers),
      sub: k.waitingCustomers > 0 ? `longest ${formatDuration(k.longestWaitSeconds)}` : 'nobody waiting',
      definition: 'Customers waiting for a person now.', tone: k.waitingCustomers > 0 && (k.longestWaitSeconds ?? 0) >= 300 ? 'warning' : 'neutral',
      link: { to: { name: 'console' }, label: 'Open the console' },
    },
    {
      id: 'longestWait', label: 'Longest wait', value: formatDuration(k.longestWaitSeconds),
      sub: k.waitingCustomers > 0 ? 'of the customers waiting now' : 'nobody waiting',
      definition: 'How long the customer who has waited longest for a person has waited so far.', tone: (k.longestWaitSeconds ?? 0) >= 300 ? 'warning' : 'neutral',
    },
    {
      id: 'activeConversations', label: 'Active conversations', value: formatCount(k.activeConversations), sub: 'with the assistant, waiting or open',
      definition: 'Conversations not resolved or closed now: with the assistant, waiting for a person, or open with a person.', tone: 'neutral',
    },
    {
      id: 'humanHandledNow', label: 'Handled by people now', value: formatCount(k.humanHandledNow), sub: 'open with an agent',
      definition: 'Open conversations a person handles now.', tone: 'neutral',
    },
    {
      id: 'agentsOnline', label: 'Agents online', value: formatCount(k.agentsOnline), sub: 'available now',
      definition: 'Active staff members whose availability is online now.', tone: k.agentsOnline === 0 && k.waitingCustomers > 0 ? 'danger' : 'neutral',
    },
    {
      id: 'slaAtRisk', label: 'SLA at risk', value: formatCount(k.slaAtRisk), sub: 'open tickets near a due time',
      definition: 'Open tickets whose SLA is at risk now.', tone: k.slaAtRisk > 0 ? 'warning' : 'neutral',
      link: { to: { name: 'tickets', query: { status: 'OPEN,PENDING,ESCALATED', sla: 'AT_RISK' } }, label: 'List these tickets' },
    },
    {
      id: 'slaBreached', label: 'SLA breached', value: formatCount(k.slaBreached), sub: 'open tickets past a due time',
      definition: 'Open tickets whose SLA is breached now.', tone: k.slaBreached > 0 ? 'danger' : 'neutral',
      link: { to: { name: 'tickets', query: { status: 'OPEN,PENDING,ESCALATED', sla: 'BREACHED' } }, label: 'List these tickets' },
    },
  ];
  const resolvedAll = k.resolvedToday + k.botResolvedToday;
  const today: CardModel[] = [
    {
      id: 'conversationsToday', label: 'Conversations today', value: formatCount(k.conversationsToday), sub: 'opened today',
      definition: 'Conversations created today (the tenant’s time zone).', tone: 'neutral',
      drill: { metrics: ['CONVERSATION_OPENED'], title: 'Conversations opened today', has: k.conversationsToday > 0 },
    },
    {
      id: 'resolvedToday', label: 'Resolved today', value: formatCount(resolvedAll),
      sub: `${formatCount(k.resolvedToday)} by people · ${formatCount(k.botResolvedToday)} by AI`,
      definition: 'Conversations resolved today, by people and by the assistant alone.', tone: 'neutral',
      drill: { metrics: ['RESOLUTION', 'BOT_RESOLVED'], title: 'Conversations resolved today', has: resolvedAll > 0 },
    },
    {
      id: 'avgFirstResponse', label: 'Avg first response', value: formatDuration(k.avgFirstResponseSeconds), sub: 'time to the first human reply',
      definition: 'First public human reply minus the later of creation and the last bot hand-off or reopen; bot and system messages never count. Sum ÷ count of today’s first responses.', tone: 'neutral',
      drill: { metrics: ['FIRST_RESPONSE'], title: 'First responses today', has: k.avgFirstResponseSeconds != null },
    },
    {
      id: 'avgResolution', label: 'Avg resolution time', value: formatDuration(k.avgResolutionSeconds), sub: 'per resolution cycle',
      definition: 'Resolution minus the start of its resolution cycle, for conversations people resolved today. Sum ÷ count.', tone: 'neutral',
      drill: { metrics: ['RESOLUTION'], title: 'Resolutions by people today', has: k.resolvedToday > 0 },
    },
    {
      id: 'csat', label: 'CSAT', value: formatPercent(k.csatPercent),
      sub: `${plural(k.csatResponses, 'rating')} · response rate ${formatPercent(k.csatResponseRate)}`,
      definition: 'Share of ratings of 4 or 5 (out of 5) received today; response rate = ratings ÷ resolved conversations.', tone: 'neutral',
      drill: { metrics: ['CSAT_RECEIVED'], title: 'Ratings received today', has: k.csatResponses > 0 },
    },
    {
      id: 'fcr', label: 'First-contact resolution', value: formatPercent(k.fcrPercent), sub: 'no reopen in 72 h, transfer or ticket',
      definition: 'Share of conversations resolved in their first cycle with no reopen within 72 hours, no transfer and no escalation to a ticket.', tone: 'neutral',
      drill: { metrics: ['FCR'], title: 'First-contact resolutions today', has: k.fcrPercent != null },
    },
    {
      id: 'aiResolutionRate', label: 'AI resolution rate', value: formatPercent(k.aiResolutionRate), sub: `${plural(k.botResolvedToday, 'conversation')} without a person`,
      definition: 'Conversations resolved by the assistant alone ÷ all resolved conversations today.', tone: 'neutral',
      drill: { metrics: ['BOT_RESOLVED'], title: 'Resolved by the assistant today', has: k.botResolvedToday > 0 },
    },
  ];
  return [
    { id: 'now', title: 'Right now', cards: now },
    { id: 'today', title: 'Today', cards: today },
  ];
}
