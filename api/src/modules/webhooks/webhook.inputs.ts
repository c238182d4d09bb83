import { Field, ID, InputType, Int } from 'type-graphql';
import { WebhookDeliveryStatus, WebhookEventTypeEnum } from './webhook.type.js';

@InputType('CreateWebhookEndpointInput', { description: 'Register a webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'HTTPS URL that receives the deliveries (http only for localhost outside production).' })
  url!: string;
  @Field(() => [WebhookEventTypeEnum], { description: 'Events to deliver: at least one.' })
  events!: string[];
  @Field(() => String, { nullable: true, description: 'A note about the endpoint (up to 500 characters).' })
  description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'False registers it disabled (default true).' })
  enabled?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Platform admins only: the tenant the endpoint belongs to.' })
  tenantId?: string | null;
}

@InputType('UpdateWebhookEndpointInput', { description: 'Change a webhook endpoint; omitted fields stay as they are.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint to change.' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'New URL (same rules as at creation).' })
  url?: string | null;
  @Field(() => [WebhookEventTypeEnum], { nullable: true, description: 'New set of events (at least one).' })
  events?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Enable or disable deliveries. Enabling clears `disabledReason` and `failingSince`.' })
  enabled?: boolean | null;
  @Field(() => String, { nullable: true, description: 'New note (up to 500 characters).' })
  description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True ends a secret rotation now: only the newest secret signs from then on.' })
  endSecretRotation?: boolean | null;
}

@InputType('RotateWebhookSecretInput', { description: 'Replace an endpoint\'s signing secret.' })
export class RotateWebhookSecretInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id!: string;
  @Field(() => Int, { nullable: true, description: 'Hours (0–24, default 24) during which the previous secret still signs too; 0 retires it at once.' })
  overlapHours?: number | null;
}

@InputType('DeleteWebhookEndpointInput', { description: 'Delete a webhook endpoint with its delivery log.' })
export class DeleteWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint to delete.' })
  id!: string;
}

@InputType('RedeliverWebhookInput', { description: 'Send a delivery again now (same `webhook-id`, a fresh timestamp and signature).' })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'The delivery to send again.' })
  deliveryId!: string;
}

@InputType('SendTestWebhookInput', { description: 'Send a `webhook.test` event to one endpoint.' })
export class SendTestWebhookInput {
  @Field(() => ID, { description: 'The endpoint to test (it need not be enabled).' })
  endpointId!: string;
}

@InputType('WebhookDeliveryFilter', { description: 'Narrow a delivery log.' })
export class WebhookDeliveryFilter {
  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
  status?: WebhookDeliveryStatus | null;
  @Field(() => String, { nullable: true, description: 'Only this payload `type`, e.g. `ticket.created`.' })
  eventType?: string | null;
}
