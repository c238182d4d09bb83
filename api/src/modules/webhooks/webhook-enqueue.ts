// From a domain event to deliveries: the payload is built once, one `webhook_deliveries` row is
// written per enabled endpoint of the tenant subscribed to the type (one statement), and their
// first attempts are queued (one pg-boss insert). Nothing is written when nobody subscribed.
import { createHash } from 'node:crypto';
import type { AppServices } from '../../services.js';
import type { DomainEvent } from '../../events/domain-events.js';
import { sqlStats } from '../../db/sql-counter.js';
import { eventKeyOf, PAYLOAD_VERSION, type WebhookEventData, type WebhookEventName, type WebhookPayload } from './webhook-events.js';
import { queueDeliveries } from './webhook-delivery.js';

const INSERT = `
  insert into webhook_deliveries (id, tenant_id, endpoint_id, message_id, event_id, event_type, body)
  select gen_random_uuid(), e.tenant_id, e.id, 'msg_' || replace(gen_random_uuid()::text, '-', ''), $3, $4, $5
    from webhook_endpoints e
   where e.tenant_id = $1 and e.enabled and $2 = any(e.events)
  returning id::text`;

/** `evt_<32 hex>`, stable for (domain event, webhook type): one domain event may become two types. */
export const webhookEventId = (domainEventId: string, type: string) => 'evt_' + createHash('sha256').update(`${domainEventId}:${type}`).digest('hex').slice(0, 32);

export function buildPayload<T extends WebhookEventName>(event: DomainEvent, type: T, data: WebhookEventData[T]): WebhookPayload<T> {
  return { id: webhookEventId(event.id, type), type, version: PAYLOAD_VERSION, createdAt: event.at, tenantId: event.tenantId, data };
}

export async function enqueueWebhookEvent<T extends WebhookEventName>(services: AppServices, event: DomainEvent, type: T, data: WebhookEventData[T]): Promise<number> {
  const key = eventKeyOf(type);
  if (!key || !event.tenantId) return 0;
  // Not part of the request that caused the event: keep its SQL out of the request's statement count.
  return sqlStats.exit(async () => {
    const payload = buildPayload(event, type, data);
    const rows = await services.readPool.query<{ id: string }>(INSERT, [event.tenantId, key, payload.id, type, JSON.stringify(payload)]);
    if (rows.length) await queueDeliveries(services, rows.map((r) => r.id));
    return rows.length;
  });
}
