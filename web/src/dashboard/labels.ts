// Words for the API's codes on the dashboard (metrics, channels, statuses): no raw enum value
// reaches the screen; an unknown code falls back to humanize() ("SOME_CODE" → "Some code").
import { humanize } from './format.js';

export const METRIC_LABELS: Record<string, string> = {
  CONVERSATION_OPENED: 'Conversation opened',
  FIRST_RESPONSE: 'First response',
  REPLY: 'Reply',
  RESOLUTION: 'Resolved by a person',
  BOT_HANDOFF: 'Handed to people',
  BOT_RESOLVED: 'Resolved by AI',
  REOPENED: 'Reopened',
  TRANSFERRED: 'Transferred',
  ESCALATED_TO_TICKET: 'Escalated to a ticket',
  CSAT_RECEIVED: 'Rating',
  SLA_MET: 'SLA met',
  SLA_MISSED: 'SLA missed',
  AGENT_ONLINE: 'Online',
  AGENT_AWAY: 'Away',
  AGENT_BUSY: 'Busy',
  FCR: 'First-contact resolution',
  AI_RESOLVED_CONFIRMED: 'AI resolution (confirmed)',
  AI_RESOLVED_LEFT: 'AI resolution (customer left)',
  AI_RESOLVED_72H: 'AI resolution (not reopened in 72 h)',
};

const CHANNEL_LABELS: Record<string, string> = { WIDGET: 'Chat widget', API: 'API', EMAIL: 'E-mail' };
const STATUS_LABELS: Record<string, string> = { BOT: 'With the assistant', WAITING: 'Waiting', OPEN: 'Open', RESOLVED: 'Resolved', CLOSED: 'Closed' };

/** A metric (KpiMetric, or an event's lower-case name) in words. */
export function metricLabel(code: string | null | undefined): string {
  if (!code) return humanize(code);
  return METRIC_LABELS[code.toUpperCase()] ?? humanize(code);
}
export const channelLabel = (code: string | null | undefined): string => (code ? (CHANNEL_LABELS[code.toUpperCase()] ?? humanize(code)) : '—');
export const statusLabel = (code: string | null | undefined): string => (code ? (STATUS_LABELS[code.toUpperCase()] ?? humanize(code)) : '—');
