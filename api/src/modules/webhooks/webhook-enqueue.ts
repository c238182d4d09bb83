// From a domain event to deliveries: the payload is built once, one `webhook_deliveries` row is
// written per enabled endpoint of the tenant subscribed to the type (batched with the other events
// of the moment, webhook-dispatcher.ts), and their first attempts start at once. Nothing is written
// when nobody subscribed.
import { createHash } from 'node:crypto';
import type { AppServices } from '../../services.js';
import type { DomainEvent } from '../../events/domain-events.js';
import { eventKeyOf, PAYLOAD_VERSION, type WebhookEventData, type WebhookEventName, type WebhookPayload } from './webhook-events.js';
import { dispatcherOf } from './webhook-dispatcher.js';

/** `evt_<32 hex>`, stable for (domain event, webhook type): one domain event may become two types. */
export const webhookEventId = (domainEventId: string, type: string) => 'evt_' + createHash('sha256').update(`${domainEventId}:${type}`).digest('hex').slice(0, 32);

export function buildPayload<T extends WebhookEventName>(event: DomainEvent, type: T, data: WebhookEventData[T]): WebhookPayload<T> {
  return { id: webhookEventId(event.id, type), type, version: PAYLOAD_VERSION, createdAt: event.at, tenantId: event.tenantId, data };
}

export async function enqueueWebhookEvent<T extends WebhookEventName>(services: AppServices, event: DomainEvent, type: T, data: WebhookEventData[T]): Promise<number> {
  const key = eventKeyOf(type);
  if (!key || !event.tenantId) return 0;
  const payload = buildPayload(event, type, data);
  return dispatcherOf(services).add({ tenantId: event.tenantId, key, eventId: payload.id, type, body: JSON.stringify(payload) });
}
