// SLA clocks follow the tickets (docs/api.md, "Business hours and SLA policies"): each ticket
// event that can move a clock syncs that ticket (ticket-sla.ts); a change of the SLA settings
// recomputes the tenant's open tickets. The tickets module knows nothing of this.
import type { AppServices } from '../../services.js';
import { listener, type ActorFacts, type AnyListener } from '../../events/domain-events.js';
import { recomputeOpenTickets, syncTicketSla } from './ticket-sla.js';
import type { SlaCause } from './ticket-sla-plan.js';
import { conversationMessageClock, conversationTicketOpen } from './conversation-tickets.js';
import { slaSettingsChanged } from './setup-cache.js';

/** Changes that can pick another policy, move a due time, or pause/resume the clock. */
const MOVES_CLOCK = new Set(['priority', 'queueId', 'tags', 'contactId', 'status']);
const isStaff = (a: ActorFacts) => a.kind === 'USER' || a.kind === 'API_KEY';
const OPEN = new Set(['OPEN', 'PENDING', 'ESCALATED']);

/**
 * The ticket events after which a conversation may have an open ticket it did not have: the
 * conversation's "no open ticket" is forgotten on every instance (conversation-tickets.ts). Runs
 * at emit (no await before it), so no message handled after the ticket's commit on this instance
 * can miss it.
 */
function ticketOpenListeners(services: AppServices): AnyListener[] {
  const forget = (e: { tenantId: string; payload: { conversationId: string | null; status: string } }) => {
    if (e.payload.conversationId && OPEN.has(e.payload.status)) conversationTicketOpen(services, e.tenantId, e.payload.conversationId);
  };
  return [
    listener({ name: 'sla.conversation-ticket-on-created', on: 'ticket.created', handle: forget }),
    listener({ name: 'sla.conversation-ticket-on-reopened', on: 'ticket.reopened', handle: forget }),
    listener({ name: 'sla.conversation-ticket-on-escalated', on: 'ticket.escalated', handle: forget }),
    listener({
      name: 'sla.conversation-ticket-on-updated',
      on: 'ticket.updated',
      handle: (e) => (e.payload.changed.includes('status') || e.payload.changed.includes('conversationId') ? forget(e) : undefined),
    }),
  ];
}

export function slaListeners(services: AppServices): AnyListener[] {
  const sync = (ticket: { tenantId: string; payload: { ticketId: string } }, cause: SlaCause) => syncTicketSla(services, ticket.tenantId, ticket.payload.ticketId, cause);
  return [
    ...ticketOpenListeners(services),
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
      lane: 'background', // no statement for a conversation remembered without ticket, else one read (and a sync when it moves a clock); clocks are minutes
      async handle({ tenantId, payload: p }) {
        // The customer writing in (or an agent answering in) the ticket's conversation counts as on the ticket.
        if (p.private || (p.author !== 'CUSTOMER' && p.author !== 'AGENT')) return;
        await conversationMessageClock(services, tenantId, p.conversationId, p.author === 'CUSTOMER' ? 'customerWrote' : 'staffReply');
      },
    }),
    // Runs at emit (before the recompute below reads anything): every instance forgets the tenant's settings.
    listener({ name: 'sla.forget-settings', on: 'sla.policies_changed', handle: ({ tenantId }) => slaSettingsChanged(services, tenantId) }),
    listener({
      name: 'sla.recompute-on-settings',
      on: 'sla.policies_changed',
      async handle({ tenantId, payload: p }) {
        await recomputeOpenTickets(services, tenantId, p.policyIds);
      },
    }),
  ];
}
