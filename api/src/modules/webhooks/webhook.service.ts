// Webhook endpoints (create, change, rotate the secret, delete) and the admin's delivery actions
// (redeliver, send a test). Tenant admins act on their own tenant's endpoints; another tenant's ids
// look like unknown ids (NOT_FOUND). Secrets are returned once and stored sealed (AES-256-GCM).
import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { badInput, conflict, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { tenantOf } from '../../auth/viewer.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { WebhookEndpoint } from './webhook.entity.js';
import { validEndpointUrl } from './webhook-address.js';
import { newWebhookSecret } from './webhook-signature.js';
import { WEBHOOK_EVENT_KEYS, PAYLOAD_VERSION, TEST_EVENT_TYPE, type WebhookPayload } from './webhook-events.js';
import { queueDeliveries } from './webhook-delivery.js';
import type { CreateWebhookEndpointInput, RotateWebhookSecretInput, UpdateWebhookEndpointInput } from './webhook.inputs.js';

const MAX_ENDPOINTS_PER_TENANT = 20;
const production = (ctx: Context) => ctx.services.config.NODE_ENV === 'production';

function validEvents(events: string[]): string[] {
  const set = [...new Set(events)];
  if (!set.length) throw badInput('events must name at least one event', 'events');
  const unknown = set.filter((e) => !(WEBHOOK_EVENT_KEYS as string[]).includes(e));
  if (unknown.length) throw badInput(`events: unknown event ${unknown.join(', ')}`, 'events');
  return set.sort();
}

function validDescription(value: string | null | undefined): string {
  const d = (value ?? '').trim();
  if (d.length > 500) throw badInput('description must be at most 500 characters', 'description');
  return d;
}

async function endpointTenant(ctx: Context, requested: string | null | undefined): Promise<string> {
  if (ctx.viewer.kind !== 'user' && ctx.viewer.kind !== 'apiKey') throw forbidden();
  const own = tenantOf(ctx.viewer);
  if (own) {
    if (requested && requested !== own) throw notFound('Tenant');
    return own;
  }
  if (!requested) throw badInput('Name the tenant (`tenantId`) the endpoint belongs to', 'tenantId');
  if (!isUuid(requested) || !(await ctx.em.findOne(Tenant, { id: requested }))) throw notFound('Tenant');
  return requested;
}

/** The endpoint, if the caller may see it (tenant filter; platform admins: any). */
export async function findEndpoint(ctx: Context, id: string): Promise<WebhookEndpoint> {
  if (!isUuid(id)) throw notFound('Webhook endpoint');
  const endpoint = await ctx.em.findOne(WebhookEndpoint, { id }, tenantOf(ctx.viewer) ? {} : { filters: false });
  if (!endpoint) throw notFound('Webhook endpoint');
  return endpoint;
}

export async function createEndpoint(ctx: Context, input: CreateWebhookEndpointInput): Promise<{ id: string; tenantId: string; secret: string }> {
  const url = validEndpointUrl(input.url, production(ctx));
  const events = validEvents(input.events);
  const description = validDescription(input.description);
  const tenantId = await endpointTenant(ctx, input.tenantId);
  const count = await ctx.em.count(WebhookEndpoint, { tenant: tenantId }, { filters: false });
  if (count >= MAX_ENDPOINTS_PER_TENANT) throw conflict(`A tenant has at most ${MAX_ENDPOINTS_PER_TENANT} webhook endpoints`);
  const secret = newWebhookSecret();
  const endpoint = Object.assign(new WebhookEndpoint(), {
    tenant: ctx.em.getReference(Tenant, tenantId),
    url,
    events,
    description,
    enabled: input.enabled ?? true,
    secretSealed: ctx.services.secretBox.encrypt(secret),
    createdBy: ctx.viewer.kind === 'user' ? ctx.em.getReference(User, ctx.viewer.userId) : null,
  });
  ctx.em.persist(endpoint);
  recordAudit(ctx, ctx.em, { action: 'webhook.created', resourceType: 'WebhookEndpoint', resourceId: endpoint.id, tenantId, after: { url, events, enabled: endpoint.enabled } });
  await ctx.em.flush();
  return { id: endpoint.id, tenantId, secret };
}

export async function updateEndpoint(ctx: Context, input: UpdateWebhookEndpointInput): Promise<{ id: string; tenantId: string }> {
  const endpoint = await findEndpoint(ctx, input.id);
  const before = { url: endpoint.url, events: endpoint.events, enabled: endpoint.enabled, description: endpoint.description };
  if (input.url != null) endpoint.url = validEndpointUrl(input.url, production(ctx));
  if (input.events != null) endpoint.events = validEvents(input.events);
  if (input.description != null) endpoint.description = validDescription(input.description);
  if (input.enabled != null) {
    if (input.enabled && !endpoint.enabled) Object.assign(endpoint, { disabledReason: null, failingSince: null });
    endpoint.enabled = input.enabled;
  }
  if (input.endSecretRotation) Object.assign(endpoint, { previousSecretSealed: null, previousSecretExpiresAt: null });
  endpoint.updatedAt = new Date();
  recordAudit(ctx, ctx.em, {
    action: 'webhook.updated',
    resourceType: 'WebhookEndpoint',
    resourceId: endpoint.id,
    tenantId: endpoint.tenant.id,
    before,
    after: { url: endpoint.url, events: endpoint.events, enabled: endpoint.enabled, description: endpoint.description },
  });
  await ctx.em.flush();
  return { id: endpoint.id, tenantId: endpoint.tenant.id };
}

export async function rotateSecret(ctx: Context, input: RotateWebhookSecretInput): Promise<{ id: string; tenantId: string; secret: string }> {
  const hours = input.overlapHours ?? 24;
  if (!Number.isInteger(hours) || hours < 0 || hours > 24) throw badInput('overlapHours must be between 0 and 24', 'overlapHours');
  const endpoint = await findEndpoint(ctx, input.id);
  await ctx.em.populate(endpoint, ['secretSealed']);
  const secret = newWebhookSecret();
  Object.assign(endpoint, {
    previousSecretSealed: hours > 0 ? endpoint.secretSealed : null,
    previousSecretExpiresAt: hours > 0 ? new Date(Date.now() + hours * 3600_000) : null,
    secretSealed: ctx.services.secretBox.encrypt(secret),
    updatedAt: new Date(),
  });
  recordAudit(ctx, ctx.em, { action: 'webhook.secret_rotated', resourceType: 'WebhookEndpoint', resourceId: endpoint.id, tenantId: endpoint.tenant.id, after: { overlapHours: hours } });
  await ctx.em.flush();
  return { id: endpoint.id, tenantId: endpoint.tenant.id, secret };
}

export async function deleteEndpoint(ctx: Context, id: string): Promise<string> {
  const endpoint = await findEndpoint(ctx, id);
  recordAudit(ctx, ctx.em, { action: 'webhook.deleted', resourceType: 'WebhookEndpoint', resourceId: endpoint.id, tenantId: endpoint.tenant.id, before: { url: endpoint.url, events: endpoint.events } });
  ctx.em.remove(endpoint);
  await ctx.em.flush();
  return endpoint.id;
}

/** A fresh attempt now, with the same `webhook-id`; the delivery's schedule continues from it. */
export async function redeliver(ctx: Context, deliveryId: string): Promise<{ id: string; tenantId: string }> {
  if (!isUuid(deliveryId)) throw notFound('Webhook delivery');
  const tenant = tenantOf(ctx.viewer);
  const [row] = await ctx.services.readPool.query<{ id: string; tenant_id: string; attempts: number }>(
    `update webhook_deliveries set status = 'PENDING', next_attempt_at = null
      where id = $1 and ($2::uuid is null or tenant_id = $2) and (lease_until is null or lease_until < now())
      returning id::text, tenant_id::text, attempts`,
    [deliveryId, tenant],
  );
  if (!row) {
    const [exists] = await ctx.services.readPool.query(`select 1 from webhook_deliveries where id = $1 and ($2::uuid is null or tenant_id = $2)`, [deliveryId, tenant]);
    if (!exists) throw notFound('Webhook delivery');
    throw conflict('The delivery is being attempted right now; try again in a few seconds');
  }
  await queueDeliveries(ctx.services, [row.id], row.attempts, true);
  recordAudit(ctx, ctx.em, { action: 'webhook.redelivered', resourceType: 'WebhookDelivery', resourceId: row.id, tenantId: row.tenant_id });
  await ctx.em.flush();
  return { id: row.id, tenantId: row.tenant_id };
}

export async function sendTest(ctx: Context, endpointId: string): Promise<{ id: string; tenantId: string }> {
  const endpoint = await findEndpoint(ctx, endpointId);
  const tenantId = endpoint.tenant.id;
  const eventId = `evt_${randomUUID().replace(/-/g, '')}`;
  const payload: WebhookPayload<typeof TEST_EVENT_TYPE> = {
    id: eventId,
    type: TEST_EVENT_TYPE,
    version: PAYLOAD_VERSION,
    createdAt: new Date().toISOString(),
    tenantId,
    data: { message: 'This is a test event from Switchboard.', endpointId: endpoint.id },
  };
  const [row] = await ctx.services.readPool.query<{ id: string }>(
    `insert into webhook_deliveries (id, tenant_id, endpoint_id, message_id, event_id, event_type, body)
     values (gen_random_uuid(), $1, $2, 'msg_' || replace(gen_random_uuid()::text, '-', ''), $3, $4, $5) returning id::text`,
    [tenantId, endpoint.id, eventId, TEST_EVENT_TYPE, JSON.stringify(payload)],
  );
  await queueDeliveries(ctx.services, [row.id], 0, true);
  return { id: row.id, tenantId };
}
