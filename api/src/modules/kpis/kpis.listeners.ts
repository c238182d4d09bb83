// What changes the live KPIs: each of these events marks its tenant dirty; the throttle
// (kpis.live.ts) pushes KPIS_UPDATED at most once per second per tenant.
import type { AppServices } from '../../services.js';
import { listener, type AnyListener, type DomainEventName } from '../../events/domain-events.js';
import { kpiThrottleOf } from './kpis.live.js';

const CHANGES: DomainEventName[] = [
  'conversation.created', 'conversation.handed_off', 'conversation.assigned', 'conversation.transferred',
  'conversation.handed_back', 'conversation.resolved', 'conversation.reopened', 'conversation.closed',
  'customer.rated', 'user.availability_changed', 'user.updated',
  'ticket.created', 'ticket.updated', 'ticket.escalated', 'ticket.resolved', 'ticket.reopened', 'ticket.closed',
  'ticket.sla_at_risk', 'ticket.sla_breached',
];

export function kpisListeners(services: AppServices): AnyListener[] {
  const throttle = kpiThrottleOf(services);
  const mark = { handle: (e: { tenantId: string }) => (e.tenantId ? throttle.markDirty(e.tenantId) : undefined) };
  const out = CHANGES.map((on) => listener({ name: `kpis.mark-dirty-on-${on}`, on, ...mark }) as AnyListener);
  // A first response moves the averages: agents' public replies only.
  out.push(
    listener({
      name: 'kpis.mark-dirty-on-message.created',
      on: 'message.created',
      handle: (e) => {
        if (e.payload.author === 'AGENT' && !e.payload.private) throttle.markDirty(e.tenantId);
      },
    }),
  );
  return out;
}
