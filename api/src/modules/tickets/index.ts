// Tickets: numbered per tenant, a status lifecycle, one history entry per change, realtime updates,
// and a service API (ticket.service.ts) for automation rules, SLA clocks and approvals.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { TicketPayloadResolver, TicketResolver } from './ticket.resolver.js';
import { Ticket } from './ticket.entity.js';
import { TicketEvent } from './ticket-event.entity.js';
import { ticketsListeners } from './tickets.listeners.js';

export const ticketsModule = defineModule({
  name: 'tickets',
  resolvers: [TicketResolver, TicketPayloadResolver],
  entities: [Ticket, TicketEvent],
  access: {
    Query: { ticket: access.can('tickets.view'), tickets: access.can('tickets.view') },
    Mutation: {
      createTicket: access.can('tickets.create'),
      createTicketFromConversation: access.can('tickets.create'),
      updateTicket: access.can('tickets.update'),
      // Yourself with tickets.update; anyone else needs tickets.assign (checked in ticket.requests.ts).
      assignTicket: access.can('tickets.update'),
      commentOnTicket: access.can('tickets.update'),
      resolveTicket: access.can('tickets.update'),
      reopenTicket: access.can('tickets.update'),
      closeTicket: access.can('tickets.update'),
      escalateTicket: access.can('tickets.update'),
    },
    Subscription: { ticketUpdated: access.can('tickets.view') },
  },
  listeners: ticketsListeners,
});
