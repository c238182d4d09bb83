// The closed list of realtime events. Payloads carry ids and the tenant, never whole rows:
// subscribers re-read what they may see from PostgreSQL, so an event cannot leak data.
export const Topic = {
  TENANT_UPDATED: 'TENANT_UPDATED',
  USER_UPDATED: 'USER_UPDATED',
  /** Sessions, users, keys or a tenant's status changed: caches drop entries, sockets re-check. */
  AUTH_CHANGED: 'AUTH_CHANGED',
  /** A message was committed; published per conversation (`MESSAGE_ADDED:<conversationId>`). */
  MESSAGE_ADDED: 'MESSAGE_ADDED',
  /** A conversation's status, handler, assignee or queue changed. */
  CONVERSATION_UPDATED: 'CONVERSATION_UPDATED',
  /** Someone started or stopped typing in a conversation (not stored). */
  TYPING: 'TYPING',
  /** Waiting positions in a queue moved. */
  QUEUE_UPDATED: 'QUEUE_UPDATED',
  /** The assistant's answer as it is generated (per conversation, not stored; the final message follows). */
  ASSISTANT_DRAFT: 'ASSISTANT_DRAFT',
  /** A knowledge document's indexing status or progress changed. */
  KNOWLEDGE_INDEXING: 'KNOWLEDGE_INDEXING',
  /** A staff member's availability changed: chosen, taken OFFLINE after silence, or back after a heartbeat. */
  PRESENCE_CHANGED: 'PRESENCE_CHANGED',
  /** A ticket changed (any field, a comment, its status): subscribers re-read it in their scope. */
  TICKET_UPDATED: 'TICKET_UPDATED',
  /** A notification was written for one user; published per recipient (`NOTIFICATION_ADDED:<userId>`). */
  NOTIFICATION_ADDED: 'NOTIFICATION_ADDED',
  /** An approval was requested, decided, escalated or reassigned. */
  APPROVAL_UPDATED: 'APPROVAL_UPDATED',
  /** A tenant's live KPIs changed (at most once per second per tenant): subscribers re-read them. */
  KPIS_UPDATED: 'KPIS_UPDATED',
  /** A task was created or changed: subscribers re-read it in their scope. */
  TASK_UPDATED: 'TASK_UPDATED',
  /** A meeting was scheduled, changed, cancelled, completed or answered. */
  MEETING_UPDATED: 'MEETING_UPDATED',
  /** A tenant's automation rules changed: every instance drops its cached copy (automation/rules-cache.ts). */
  AUTOMATION_RULES_CHANGED: 'AUTOMATION_RULES_CHANGED',
  /**
   * A conversation has an open ticket (created, reopened, or still open after a change): every
   * instance forgets that it had none (sla/conversation-tickets.ts).
   */
  CONVERSATION_TICKET_OPEN: 'CONVERSATION_TICKET_OPEN',
  /** A tenant's SLA policies or business calendars changed: every instance drops its cached copy (sla/setup-cache.ts). */
  SLA_SETTINGS_CHANGED: 'SLA_SETTINGS_CHANGED',
} as const;
export type Topic = (typeof Topic)[keyof typeof Topic];

export interface TopicPayloads {
  [Topic.TENANT_UPDATED]: { tenantId: string };
  [Topic.USER_UPDATED]: { tenantId: string | null; userId: string };
  [Topic.AUTH_CHANGED]: { tenantId?: string | null; userId?: string; apiKeyPrefix?: string; contactId?: string };
  /** Carries the committed row (plain JSON), so a subscriber needs no read per delivery. */
  [Topic.MESSAGE_ADDED]: { tenantId: string; conversationId: string; message: MessageEvent };
  [Topic.CONVERSATION_UPDATED]: { tenantId: string; conversationId: string; contactId: string; assigneeId: string | null; queueId: string | null };
  [Topic.TYPING]: { tenantId: string; conversationId: string; who: 'CUSTOMER' | 'AGENT' | 'ASSISTANT'; name: string | null; typing: boolean };
  [Topic.ASSISTANT_DRAFT]: AssistantDraftEvent;
  [Topic.KNOWLEDGE_INDEXING]: { tenantId: string; documentId: string; status: string; progress: number; chunkCount: number; error: string | null };
  [Topic.QUEUE_UPDATED]: { tenantId: string; queueId: string | null };
  [Topic.PRESENCE_CHANGED]: { tenantId: string; userId: string; availability: 'ONLINE' | 'AWAY' | 'BUSY' | 'OFFLINE' };
  [Topic.TICKET_UPDATED]: { tenantId: string; ticketId: string; version: number };
  /** Ids only: the recipient re-reads the row in their own scope. */
  [Topic.NOTIFICATION_ADDED]: { tenantId: string; userId: string; notificationId: string };
  /** `requestedById`: the user or key that asked (they may follow it without `approvals.decide`). */
  [Topic.APPROVAL_UPDATED]: { tenantId: string; approvalId: string; requestedById: string | null };
  /** `at`: when the push was published (one snapshot per tenant and `at`). */
  [Topic.KPIS_UPDATED]: { tenantId: string; at: string };
  [Topic.TASK_UPDATED]: { tenantId: string; taskId: string; version: number };
  /** `userIds`: the organizer and user attendees (before and after the change). */
  [Topic.MEETING_UPDATED]: { tenantId: string; meetingId: string; userIds: string[] };
  [Topic.AUTOMATION_RULES_CHANGED]: { tenantId: string };
  [Topic.CONVERSATION_TICKET_OPEN]: { tenantId: string; conversationId: string };
  [Topic.SLA_SETTINGS_CHANGED]: { tenantId: string };
}

/** A message as it travels in events (dates as ISO strings, as JSON carries them through Redis). */
export interface MessageEvent {
  id: string;
  seq: number;
  author: string;
  authorUserId: string | null;
  authorName: string | null;
  body: string;
  private: boolean;
  citations: unknown[] | null;
  confidence: number | null;
  clientMessageId: string | null;
  offline: boolean;
  createdAt: string;
}

/**
 * A piece of the assistant's answer while it is generated. `messageId` is the id the stored
 * message will have, so clients replace the draft by the message when `messageAdded` brings it.
 * `index` counts pieces from 0 (a client that misses one waits for the message). DONE: the
 * message follows; DISCARDED: the draft is dropped (the assistant handed off instead).
 */
export interface AssistantDraftEvent {
  tenantId: string;
  conversationId: string;
  messageId: string;
  index: number;
  delta: string;
  state: 'STREAMING' | 'DONE' | 'DISCARDED';
  authorName: string;
  offline: boolean;
}
