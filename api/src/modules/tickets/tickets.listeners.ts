// Tickets react to what happens elsewhere:
// - a hand-off nobody can take now (outside business hours, or no agent of the queue online)
//   becomes a ticket, so it cannot be forgotten in a queue nobody serves (tenant setting
//   `ticketWhenNobodyAvailable`); a later public reply goes to the customer by e-mail (mail module);
// - an approval about a ticket is written into the ticket's history (requested, then decided).
import type { AppServices } from '../../services.js';
import { listener, type AnyListener, type DomainEvent } from '../../events/domain-events.js';
import { queuePosition } from '../routing/routing.service.js';
import { TicketAction } from './ticket-event.entity.js';
import { createTicketFromConversation } from './ticket.service.js';
import { withLockedTicket } from './locked-ticket.js';

export function ticketsListeners(services: AppServices): AnyListener[] {
  return [
    listener({ name: 'tickets.from-unattended-hand-off', on: 'conversation.handed_off', handle: (e) => ticketForUnattendedHandOff(services, e) }),
    listener({
      name: 'tickets.approval-requested',
      on: 'approval.requested',
      handle: (e) => (e.payload.ticketId ? noteApproval(services, e.tenantId, e.payload.ticketId, e.payload.approvalId, e.payload.actor, 'requested') : undefined),
    }),
    listener({
      name: 'tickets.approval-decided',
      on: 'approval.decided',
      handle: (e) => (e.payload.ticketId ? noteApproval(services, e.tenantId, e.payload.ticketId, e.payload.approvalId, e.payload.actor, DECIDED[e.payload.decision]) : undefined),
    }),
  ];
}

const DECIDED = { APPROVED: 'approved', REJECTED: 'rejected', ESCALATED: 'escalated', REASSIGNED: 'reassigned' } as const;

async function ticketForUnattendedHandOff(services: AppServices, e: DomainEvent<'conversation.handed_off'>): Promise<void> {
  const [setting] = await services.readPool.query<{ on: boolean; open_ticket: boolean }>(
    `select t.ticket_when_nobody_available as on,
            exists (select 1 from tickets k where k.tenant_id = t.id and k.conversation_id = $2 and k.status not in ('RESOLVED', 'CLOSED')) as open_ticket
       from tenants t where t.id = $1`,
    [e.tenantId, e.payload.conversationId],
  );
  if (!setting?.on || setting.open_ticket) return;
  // Still waiting (routing may have assigned it in the same breath) and nobody will come soon?
  const where = await queuePosition(services, e.tenantId, e.payload.conversationId);
  if (!where?.nobodyAvailable) return;
  await createTicketFromConversation(services, e.tenantId, e.payload.conversationId, { kind: 'SYSTEM', id: null }, { channel: 'WIDGET', queueId: e.payload.queueId });
}

async function noteApproval(services: AppServices, tenantId: string, ticketId: string, approvalId: string, actor: DomainEvent<'approval.requested'>['payload']['actor'], what: string) {
  const [a] = await services.readPool.query<{ number: number; kind: string; summary: string; reason: string | null }>(
    `select number, kind, summary, decision_reason as reason from approval_requests where tenant_id = $1 and id = $2`,
    [tenantId, approvalId],
  );
  if (!a) return;
  const text = `Approval #${a.number} (${a.kind.toLowerCase()}: ${a.summary}) ${what}${what === 'rejected' && a.reason ? `: ${a.reason}` : ''}.`;
  await withLockedTicket(services, tenantId, ticketId, actor, async (lt) => {
    lt.recordAs(TicketAction.APPROVAL);
    lt.note(text);
  });
}
