// Filters of the delivery log (planner conditions; the planner binds the tenant) and the batched
// read of deliveries' attempts (one statement per request).
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import type { Condition } from '../../graphql/planner/sql.js';
import type { WebhookDeliveryFilter } from './webhook.inputs.js';
import type { WebhookDeliveryAttemptType } from './webhook.type.js';

export function deliveryConditions(endpointId: string, filter: WebhookDeliveryFilter | undefined): Condition[] {
  const out: Condition[] = [(a, p) => `${a}.endpoint_id = ${p(endpointId)}::uuid`];
  if (filter?.status) out.push((a, p) => `${a}.status = ${p(filter.status)}`);
  if (filter?.eventType) out.push((a, p) => `${a}.event_type = ${p(filter.eventType)}`);
  return out;
}

export function attemptsOf(ctx: Context, deliveryId: string): Promise<WebhookDeliveryAttemptType[]> {
  return ctx
    .loader('webhooks.attempts', () =>
      new DataLoader<string, WebhookDeliveryAttemptType[]>(async (ids) => {
        const rows = await ctx.services.readPool.scopedQuery<Record<string, unknown> & { delivery_id: string }>(
          ctx.scope(),
          `select id::text, delivery_id::text, attempt, succeeded, response_code as "responseCode", latency_ms as "latencyMs", error,
                  response_body as "responseBody", next_attempt_at as "nextAttemptAt", manual, at
             from webhook_delivery_attempts
            where ($1::uuid is null or tenant_id = $1) and delivery_id = any($2::uuid[])
            order by delivery_id, attempt desc, at desc`,
          [ids],
        );
        const by = new Map<string, WebhookDeliveryAttemptType[]>();
        for (const { delivery_id, ...r } of rows) {
          const list = by.get(delivery_id) ?? [];
          list.push(r as unknown as WebhookDeliveryAttemptType);
          by.set(delivery_id, list);
        }
        return ids.map((id) => by.get(id) ?? []);
      }),
    )
    .load(deliveryId);
}
