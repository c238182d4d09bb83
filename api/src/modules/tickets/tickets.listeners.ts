// Tickets react to what happens elsewhere: an approval about a ticket is written into the ticket's
// history (requested, then decided). (Unattended hand-offs become tickets in routing, which knows
// who is available.)
import type { AppServices } from '../../services.js';
import { listener, type AnyListener, type DomainEvent } from '../../events/domain-events.js';
import { TicketAction } from './ticket-event.entity.js';
import { withLockedTicket } from './locked-ticket.js';

export function ticketsListeners(services: AppServices): AnyListener[] {
  return [
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
