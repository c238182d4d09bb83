// A hand-off nobody can take now (outside business hours, or no agent of the queue online) becomes
// a ticket with the transcript, so it cannot be forgotten in a queue nobody serves (tenant setting
// `ticketWhenNobodyAvailable`). Routing decides: it knows who is available. A later public reply
// reaches the customer by e-mail (mail module).
import type { AppServices } from '../../services.js';
import type { DomainEvent } from '../../events/domain-events.js';
import { createTicketFromConversation } from '../tickets/ticket.service.js';
import { queuePosition } from './routing.service.js';

export async function ticketForUnattendedHandOff(services: AppServices, e: DomainEvent<'conversation.handed_off'>): Promise<void> {
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
