// One listener per webhook event type on the domain events (conversation.status_changed listens to
// each transition that moves a status). Each maps the domain payload to the documented `data`
// (webhook-events.ts) and hands it to enqueueWebhookEvent.
import type { AppServices } from '../../services.js';
import { listener, type ActorFacts, type AnyListener, type ConversationFacts, type DomainEventName, type MeetingFacts, type TicketFacts } from '../../events/domain-events.js';
import { enqueueWebhookEvent } from './webhook-enqueue.js';
import type { ConversationData, MeetingData, TicketData, WebhookActor } from './webhook-events.js';

const conv = (p: ConversationFacts): ConversationData => ({
  conversationId: p.conversationId, contactId: p.contactId, status: p.status, handler: p.handler, assigneeId: p.assigneeId, queueId: p.queueId,
});
const actor = (a: ActorFacts): WebhookActor => ({ kind: a.kind, id: a.id });
const ticket = (p: TicketFacts): TicketData => ({
  ticketId: p.ticketId, number: p.number, status: p.status, priority: p.priority, queueId: p.queueId, assigneeId: p.assigneeId,
  contactId: p.contactId, conversationId: p.conversationId, actor: actor(p.actor),
});
const meeting = (p: MeetingFacts): MeetingData => ({
  meetingId: p.meetingId, type: p.type, status: p.status, organizerId: p.organizerId, attendeeUserIds: p.attendeeUserIds, contactIds: p.contactIds,
  conversationId: p.conversationId, ticketId: p.ticketId, startsAt: p.startsAt, endsAt: p.endsAt,
});

const STATUS_TRANSITIONS = {
  'conversation.handed_off': 'HANDED_OFF',
  'conversation.assigned': 'ASSIGNED',
  'conversation.transferred': 'TRANSFERRED',
  'conversation.handed_back': 'HANDED_BACK',
  'conversation.resolved': 'RESOLVED',
  'conversation.reopened': 'REOPENED',
  'conversation.closed': 'CLOSED',
} as const satisfies Partial<Record<DomainEventName, string>>;

export function webhooksListeners(services: AppServices): AnyListener[] {
  const statusChanged = (Object.keys(STATUS_TRANSITIONS) as (keyof typeof STATUS_TRANSITIONS)[]).map((on) =>
    listener({
      name: `webhooks.status-changed-on-${on.split('.')[1]}`,
      on,
      handle: (e) => {
        if (e.payload.from === e.payload.status) return;
        return enqueueWebhookEvent(services, e, 'conversation.status_changed', { ...conv(e.payload), from: e.payload.from, transition: STATUS_TRANSITIONS[on] });
      },
    }) as AnyListener,
  );
  return [
    listener({
      name: 'webhooks.conversation-created',
      on: 'conversation.created',
      handle: (e) => enqueueWebhookEvent(services, e, 'conversation.created', { ...conv(e.payload), channel: e.payload.channel }),
    }),
    ...statusChanged,
    listener({
      name: 'webhooks.conversation-assigned',
      on: 'conversation.assigned',
      handle: (e) => enqueueWebhookEvent(services, e, 'conversation.assigned', { ...conv(e.payload), previousAssigneeId: e.payload.previousAssigneeId, via: e.payload.via }),
    }),
    listener({
      name: 'webhooks.message-created',
      on: 'message.created',
      handle: (e) => {
        if (e.payload.private) return; // internal notes stay inside
        const p = e.payload;
        return enqueueWebhookEvent(services, e, 'message.created', { conversationId: p.conversationId, messageId: p.messageId, seq: p.seq, author: p.author, conversationStatus: p.status });
      },
    }),
    listener({ name: 'webhooks.ticket-created', on: 'ticket.created', handle: (e) => enqueueWebhookEvent(services, e, 'ticket.created', { ...ticket(e.payload), channel: e.payload.channel }) }),
    listener({ name: 'webhooks.ticket-updated', on: 'ticket.updated', handle: (e) => enqueueWebhookEvent(services, e, 'ticket.updated', { ...ticket(e.payload), changed: e.payload.changed, from: e.payload.from }) }),
    listener({ name: 'webhooks.ticket-escalated', on: 'ticket.escalated', handle: (e) => enqueueWebhookEvent(services, e, 'ticket.escalated', { ...ticket(e.payload), from: e.payload.from, reason: e.payload.reason }) }),
    listener({ name: 'webhooks.ticket-sla-at-risk', on: 'ticket.sla_at_risk', handle: (e) => enqueueWebhookEvent(services, e, 'ticket.sla_at_risk', { ...ticket(e.payload), target: e.payload.target, dueAt: e.payload.dueAt }) }),
    listener({ name: 'webhooks.ticket-sla-breached', on: 'ticket.sla_breached', handle: (e) => enqueueWebhookEvent(services, e, 'ticket.sla_breached', { ...ticket(e.payload), target: e.payload.target, dueAt: e.payload.dueAt }) }),
    listener({ name: 'webhooks.meeting-scheduled', on: 'meeting.scheduled', handle: (e) => enqueueWebhookEvent(services, e, 'meeting.scheduled', meeting(e.payload)) }),
    listener({ name: 'webhooks.meeting-cancelled', on: 'meeting.cancelled', handle: (e) => enqueueWebhookEvent(services, e, 'meeting.cancelled', meeting(e.payload)) }),
    listener({
      name: 'webhooks.csat-received',
      on: 'customer.rated',
      handle: (e) => {
        const p = e.payload;
        return enqueueWebhookEvent(services, e, 'csat.received', {
          conversationId: p.conversationId, contactId: p.contactId, responseId: p.responseId ?? null, rating: p.rating, comment: p.comment ?? null, agentId: p.agentId ?? null, aiOnly: p.aiOnly ?? false,
        });
      },
    }),
    listener({
      name: 'webhooks.approval-decided',
      on: 'approval.decided',
      handle: (e) => {
        const p = e.payload;
        return enqueueWebhookEvent(services, e, 'approval.decided', {
          approvalId: p.approvalId, decision: p.decision, ticketId: p.ticketId, conversationId: p.conversationId, approverId: p.approverId, requestedById: p.requestedById, actor: actor(p.actor),
        });
      },
    }),
  ];
}
