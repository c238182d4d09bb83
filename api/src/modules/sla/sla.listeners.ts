// SLA clocks follow the tickets (docs/api.md, "Business hours and SLA policies"): each ticket
// event that can move a clock syncs that ticket (ticket-sla.ts); a change of the SLA settings
// recomputes the tenant's open tickets. The tickets module knows nothing of this.
import type { AppServices } from '../../services.js';
import { listener, type ActorFacts, type AnyListener } from '../../events/domain-events.js';
import { recomputeOpenTickets, syncTicketSla } from './ticket-sla.js';
import type { SlaCause } from './ticket-sla-plan.js';

/** Changes that can pick another policy, move a due time, or pause/resume the clock. */
const MOVES_CLOCK = new Set(['priority', 'queueId', 'tags', 'contactId', 'status']);
const isStaff = (a: ActorFacts) => a.kind === 'USER' || a.kind === 'API_KEY';

export function slaListeners(services: AppServices): AnyListener[] {
  const sync = (ticket: { tenantId: string; payload: { ticketId: string } }, cause: SlaCause) => syncTicketSla(services, ticket.tenantId, ticket.payload.ticketId, cause);
  return [
    listener({ name: 'sla.clock-on-created', on: 'ticket.created', handle: (e) => sync(e, 'recompute') }),
    listener({ name: 'sla.clock-on-escalated', on: 'ticket.escalated', handle: (e) => sync(e, 'recompute') }),
    listener({ name: 'sla.clock-on-resolved', on: 'ticket.resolved', handle: (e) => sync(e, 'recompute') }),
    listener({ name: 'sla.clock-on-closed', on: 'ticket.closed', handle: (e) => sync(e, 'recompute') }),
    listener({ name: 'sla.clock-on-reopened', on: 'ticket.reopened', handle: (e) => sync(e, 'reopened') }),
    listener({
      name: 'sla.clock-on-updated',
      on: 'ticket.updated',
      async handle({ tenantId, payload: p }) {
        // Our own writes (SLA columns by SYSTEM) come back here: answering them would loop.
        if (!p.changed.some((f) => MOVES_CLOCK.has(f))) return;
        await syncTicketSla(services, tenantId, p.ticketId, 'recompute');
      },
    }),
    listener({
      name: 'sla.clock-on-comment',
      on: 'ticket.commented',
      async handle({ tenantId, payload: p }) {
        if (!p.public) return;
        if (isStaff(p.actor)) await syncTicketSla(services, tenantId, p.ticketId, 'staffReply');
        else if (p.actor.kind === 'CONTACT') await syncTicketSla(services, tenantId, p.ticketId, 'customerWrote');
      },
    }),
    listener({
      name: 'sla.clock-on-conversation-message',
      on: 'message.created',
      lane: 'background', // a read per message for the few conversations with a ticket; clocks are minutes
      async handle({ tenantId, payload: p }) {
        // The customer writing in (or an agent answering in) the ticket's conversation counts as on the ticket.
        if (p.private || (p.author !== 'CUSTOMER' && p.author !== 'AGENT')) return;
        const tickets = await services.readPool.query<{ id: string }>(
          `select id::text from tickets where tenant_id = $1 and conversation_id = $2 and status in ('OPEN', 'PENDING', 'ESCALATED')`,
          [tenantId, p.conversationId],
        );
        for (const t of tickets) await syncTicketSla(services, tenantId, t.id, p.author === 'CUSTOMER' ? 'customerWrote' : 'staffReply');
      },
    }),
    listener({
      name: 'sla.recompute-on-settings',
      on: 'sla.policies_changed',
      async handle({ tenantId, payload: p }) {
        await recomputeOpenTickets(services, tenantId, p.policyIds);
      },
    }),
  ];
}
