// The closed list of webhook event types partners can subscribe to, and the documented shape of
// each event's `data` (docs/api.md, "Webhooks"). A payload is built once per domain event and sent
// to every subscribed endpoint: `{ id, type, version, createdAt, tenantId, data }`. `version` is the
// payload version: a change that removes or renames a field bumps it (adding a field does not).

/** GraphQL enum name → wire name (`type` in the payload). */
export const WebhookEventType = {
  CONVERSATION_CREATED: 'conversation.created',
  CONVERSATION_STATUS_CHANGED: 'conversation.status_changed',
  CONVERSATION_ASSIGNED: 'conversation.assigned',
  MESSAGE_CREATED: 'message.created',
  TICKET_CREATED: 'ticket.created',
  TICKET_UPDATED: 'ticket.updated',
  TICKET_ESCALATED: 'ticket.escalated',
  TICKET_SLA_AT_RISK: 'ticket.sla_at_risk',
  TICKET_SLA_BREACHED: 'ticket.sla_breached',
  MEETING_SCHEDULED: 'meeting.scheduled',
  MEETING_CANCELLED: 'meeting.cancelled',
  CSAT_RECEIVED: 'csat.received',
  APPROVAL_DECIDED: 'approval.decided',
} as const;
export type WebhookEventKey = keyof typeof WebhookEventType;
export type WebhookEventName = (typeof WebhookEventType)[WebhookEventKey];
export const WEBHOOK_EVENT_KEYS = Object.keys(WebhookEventType) as WebhookEventKey[];
export const eventKeyOf = (name: string): WebhookEventKey | undefined => WEBHOOK_EVENT_KEYS.find((k) => WebhookEventType[k] === name);

/** The type of the event `sendTestWebhook` sends (no subscription needed). */
export const TEST_EVENT_TYPE = 'webhook.test';
export const PAYLOAD_VERSION = 1;

type ConversationStatus = 'BOT' | 'WAITING' | 'OPEN' | 'RESOLVED' | 'CLOSED';
type TicketStatus = 'OPEN' | 'PENDING' | 'ESCALATED' | 'RESOLVED' | 'CLOSED';
type TicketPriority = 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';

/** Who made a change. */
export interface WebhookActor {
  kind: 'USER' | 'API_KEY' | 'RULE' | 'SYSTEM' | 'CONTACT';
  /** The user, API key, automation rule or contact id; null for SYSTEM. */
  id: string | null;
}

export interface ConversationData {
  conversationId: string;
  contactId: string;
  status: ConversationStatus;
  handler: 'AI' | 'HUMAN';
  assigneeId: string | null;
  queueId: string | null;
}

export interface TicketData {
  ticketId: string;
  number: number;
  status: TicketStatus;
  priority: TicketPriority;
  queueId: string | null;
  assigneeId: string | null;
  contactId: string | null;
  conversationId: string | null;
  actor: WebhookActor;
}

export interface MeetingData {
  meetingId: string;
  type: 'CALLBACK' | 'DEMO' | 'REVIEW' | 'PLANNING' | 'STANDUP' | 'OTHER';
  status: 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
  organizerId: string;
  attendeeUserIds: string[];
  contactIds: string[];
  conversationId: string | null;
  ticketId: string | null;
  /** ISO instants of the (first) occurrence. */
  startsAt: string;
  endsAt: string;
}

/** `data` of each event type, version 1. */
export interface WebhookEventData {
  'conversation.created': ConversationData & { channel: string };
  /** `transition`: what moved it (HANDED_OFF, ASSIGNED, TRANSFERRED, HANDED_BACK, RESOLVED, REOPENED, CLOSED). */
  'conversation.status_changed': ConversationData & { from: ConversationStatus; transition: string };
  'conversation.assigned': ConversationData & { previousAssigneeId: string | null; via: 'AUTO' | 'MANUAL' };
  /** Internal notes are never sent. Read the body with the `conversation` query. */
  'message.created': { conversationId: string; messageId: string; seq: number; author: 'CUSTOMER' | 'AI' | 'AGENT' | 'SYSTEM'; conversationStatus: ConversationStatus };
  'ticket.created': TicketData & { channel: string };
  /** `changed`: the ticket fields that changed (camelCase); `from`: the status before. */
  'ticket.updated': TicketData & { changed: string[]; from: TicketStatus };
  'ticket.escalated': TicketData & { from: TicketStatus; reason: string };
  'ticket.sla_at_risk': TicketData & { target: 'FIRST_RESPONSE' | 'NEXT_RESPONSE' | 'RESOLUTION'; dueAt: string };
  'ticket.sla_breached': TicketData & { target: 'FIRST_RESPONSE' | 'NEXT_RESPONSE' | 'RESOLUTION'; dueAt: string };
  'meeting.scheduled': MeetingData;
  'meeting.cancelled': MeetingData;
  'csat.received': { conversationId: string; contactId: string; responseId: string | null; rating: number; comment: string | null; agentId: string | null; aiOnly: boolean };
  'approval.decided': { approvalId: string; decision: 'APPROVED' | 'REJECTED' | 'ESCALATED' | 'REASSIGNED'; ticketId: string | null; conversationId: string | null; approverId: string | null; requestedById: string | null; actor: WebhookActor };
  'webhook.test': { message: string; endpointId: string };
}

/** The body every endpoint receives (JSON). */
export interface WebhookPayload<T extends keyof WebhookEventData = keyof WebhookEventData> {
  /** `evt_<32 hex>`: the same for every endpoint that receives this event. */
  id: string;
  type: T;
  version: typeof PAYLOAD_VERSION;
  /** ISO instant the event happened. */
  createdAt: string;
  tenantId: string;
  data: WebhookEventData[T];
}
