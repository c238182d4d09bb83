// The webhook event types with their wire names and a short label. A Record over the generated
// union: a new event type in the schema fails the type check until it is listed here.
import type { WebhookEventType } from '../gql/graphql.js';

export const WEBHOOK_EVENTS: Record<WebhookEventType, { wire: string; label: string }> = {
  CONVERSATION_CREATED: { wire: 'conversation.created', label: 'Conversation created' },
  CONVERSATION_STATUS_CHANGED: { wire: 'conversation.status_changed', label: 'Conversation status changed' },
  CONVERSATION_ASSIGNED: { wire: 'conversation.assigned', label: 'Conversation assigned' },
  MESSAGE_CREATED: { wire: 'message.created', label: 'Message created' },
  TICKET_CREATED: { wire: 'ticket.created', label: 'Ticket created' },
  TICKET_UPDATED: { wire: 'ticket.updated', label: 'Ticket updated' },
  TICKET_ESCALATED: { wire: 'ticket.escalated', label: 'Ticket escalated' },
  TICKET_SLA_AT_RISK: { wire: 'ticket.sla_at_risk', label: 'SLA at risk' },
  TICKET_SLA_BREACHED: { wire: 'ticket.sla_breached', label: 'SLA breached' },
  MEETING_SCHEDULED: { wire: 'meeting.scheduled', label: 'Meeting scheduled' },
  MEETING_CANCELLED: { wire: 'meeting.cancelled', label: 'Meeting cancelled' },
  CSAT_RECEIVED: { wire: 'csat.received', label: 'CSAT received' },
  APPROVAL_DECIDED: { wire: 'approval.decided', label: 'Approval decided' },
};
export const EVENT_TYPES = Object.keys(WEBHOOK_EVENTS) as WebhookEventType[];
