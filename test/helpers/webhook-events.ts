// Ticket events emitted to the webhook listener alone, for tests of webhook delivery that need
// many events without creating tickets (the other modules' listeners would look them up).
import { domainEvent } from '../../api/src/events/domain-events.js';
import type { TestServer } from './server.js';

export const ticketCreatedEvent = (tenantId: string, ticketId: string, n: number) =>
  domainEvent('ticket.created', tenantId, {
    ticketId, number: n, status: 'OPEN', priority: 'MEDIUM', queueId: null, assigneeId: null, contactId: null, conversationId: null,
    actor: { kind: 'SYSTEM', id: null }, channel: 'API',
  });

/** Emit through the webhook listener alone (the other modules would look up tickets that do not exist). */
export function emitToWebhooks(s: TestServer, events: ReturnType<typeof ticketCreatedEvent>[]) {
  const others = s.services.domainEvents.listenersOf('ticket.created').filter((l) => !l.name.startsWith('webhooks.'));
  for (const l of others) s.services.domainEvents.unregister(l);
  try {
    s.services.domainEvents.emit(events);
  } finally {
    for (const l of others) s.services.domainEvents.register(l);
  }
}
