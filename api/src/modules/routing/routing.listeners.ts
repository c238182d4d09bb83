// Routing reacts to capacity: whenever a person may have room for another conversation, the
// tenant's waiting conversations are offered again (FIFO, see assignWaiting).
import type { AppServices } from '../../services.js';
import { listener, type AnyListener } from '../../events/domain-events.js';
import { assignWaiting } from './routing.service.js';
import { ticketForUnattendedHandOff } from './unattended-hand-off.js';

export function routingListeners(services: AppServices): AnyListener[] {
  const reoffer = (tenantId: string) => assignWaiting(services, tenantId);
  return [
    // Someone came ONLINE.
    listener({ name: 'routing.assign-on-availability', on: 'user.availability_changed', handle: (e) => (e.payload.availability === 'ONLINE' ? reoffer(e.tenantId) : undefined) }),
    // Capacity, role or activity changed.
    listener({ name: 'routing.assign-on-user-update', on: 'user.updated', handle: (e) => reoffer(e.tenantId) }),
    // A person let go of a conversation.
    listener({ name: 'routing.assign-on-resolve', on: 'conversation.resolved', handle: (e) => (e.payload.previousAssigneeId ? reoffer(e.tenantId) : undefined) }),
    listener({ name: 'routing.assign-on-close', on: 'conversation.closed', handle: (e) => (e.payload.previousAssigneeId ? reoffer(e.tenantId) : undefined) }),
    listener({ name: 'routing.assign-on-hand-back', on: 'conversation.handed_back', handle: (e) => (e.payload.previousAssigneeId ? reoffer(e.tenantId) : undefined) }),
    listener({ name: 'routing.assign-on-transfer', on: 'conversation.transferred', handle: (e) => (e.payload.fromAssigneeId ? reoffer(e.tenantId) : undefined) }),
    // A customer wrote again after a hand-off was resolved: back in line for people (never the
    // assistant, lifecycle `reopen`), offered at once rather than at the next sweep.
    listener({ name: 'routing.assign-on-reopen', on: 'conversation.reopened', handle: (e) => (e.payload.status === 'WAITING' ? reoffer(e.tenantId) : undefined) }),
    // Nobody will come soon: the hand-off becomes a ticket.
    listener({ name: 'routing.ticket-when-nobody-available', on: 'conversation.handed_off', handle: (e) => ticketForUnattendedHandOff(services, e) }),
  ];
}
