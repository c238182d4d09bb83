// GraphQL shapes of webhook endpoints, deliveries and their attempts. Endpoint and delivery rows
// come from the planner (plain objects); a delivery's attempts from one batched read per request.
// Secrets are never part of these types: they are returned once, by create and rotate.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { WebhookDelivery, WebhookEndpoint } from './webhook.entity.js';
import { WEBHOOK_EVENT_KEYS, WebhookEventType, type WebhookEventKey } from './webhook-events.js';

/** The enum as GraphQL sees it: each value equals its name (stored as such in `events`). */
export const WebhookEventTypeEnum = Object.fromEntries(WEBHOOK_EVENT_KEYS.map((k) => [k, k])) as { [K in WebhookEventKey]: K };

const EVENT_DESCRIPTIONS: Record<WebhookEventKey, string> = {
  CONVERSATION_CREATED: 'A conversation started (widget, API or e-mail).',
  CONVERSATION_STATUS_CHANGED: 'A conversation moved to another status (handed off, assigned, transferred, handed back, resolved, reopened, closed).',
  CONVERSATION_ASSIGNED: 'A person got a conversation (routing, take-over or transfer).',
  MESSAGE_CREATED: 'A message was added to a conversation (internal notes are never sent).',
  TICKET_CREATED: 'A ticket was created.',
  TICKET_UPDATED: 'Fields or the status of a ticket changed.',
  TICKET_ESCALATED: 'A ticket was escalated.',
  TICKET_SLA_AT_RISK: 'An SLA target of a ticket is close to its due time.',
  TICKET_SLA_BREACHED: 'An SLA target of a ticket passed its due time.',
  MEETING_SCHEDULED: 'A meeting (or callback) was scheduled.',
  MEETING_CANCELLED: 'A meeting was cancelled.',
  CSAT_RECEIVED: 'A customer rated a conversation.',
  APPROVAL_DECIDED: 'An approval request was approved, rejected, escalated or reassigned.',
};

registerEnumType(WebhookEventTypeEnum, {
  name: 'WebhookEventType',
  description: 'Events a webhook endpoint can subscribe to. The payload `type` is the dotted wire name given with each value (see docs/api.md "Webhooks" for each `data` shape).',
  valuesConfig: Object.fromEntries(WEBHOOK_EVENT_KEYS.map((k) => [k, { description: `\`${WebhookEventType[k]}\`: ${EVENT_DESCRIPTIONS[k]}` }])),
});

export const WebhookDeliveryStatus = { PENDING: 'PENDING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED' } as const;
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a webhook delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet: the first attempt is queued, or a retry is scheduled (`nextAttemptAt`).' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Given up: every retry failed (24 h), the endpoint was disabled or deleted. `redeliverWebhook` tries again.' },
  },
});

@ObjectType('WebhookEndpoint', { simpleResolvers: true, description: 'An HTTPS URL of yours that receives signed event deliveries (Standard Webhooks). Its signing secret is shown once, by createWebhookEndpoint and rotateWebhookSecret.' })
export class WebhookEndpointType {
  @Field(() => ID, { description: 'Endpoint id (UUID).' })
  id!: string;
  @Field(() => String, { description: 'Where deliveries are POSTed (https; http only for localhost outside production).' })
  url!: string;
  @Field(() => String, { description: 'Your note about this endpoint (may be empty).' })
  description!: string;
  @Field(() => [WebhookEventTypeEnum], { description: 'The events delivered to this endpoint.' })
  events!: string[];
  @Field(() => Boolean, { description: 'False: nothing is delivered (disabled by an admin, or automatically after failing for 24 h).' })
  enabled!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the endpoint was disabled automatically (null when enabled or disabled by hand).' })
  disabledReason!: string | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'During a secret rotation: until when the previous secret still signs too (deliveries carry both signatures). Null outside a rotation.' })
  previousSecretExpiresAt!: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'Since when every delivery attempt has failed (null while healthy). After 24 h the endpoint is disabled.' })
  failingSince!: Date | null;
  @Field(() => DateTimeISO, { description: 'When the endpoint was registered.' })
  createdAt!: Date;
  @Field(() => DateTimeISO, { description: 'Last change of the endpoint.' })
  updatedAt!: Date;
}

@ObjectType('WebhookDeliveryAttempt', { simpleResolvers: true, description: 'One HTTP request of a delivery (the delivery log; kept 30 days).' })
export class WebhookDeliveryAttemptType {
  @Field(() => ID, { description: 'Attempt id (UUID).' })
  id!: string;
  @Field(() => Int, { description: '1 for the first attempt, then 2, 3, …' })
  attempt!: number;
  @Field(() => Boolean, { description: 'True when the endpoint answered 2xx within 5 s.' })
  succeeded!: boolean;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the answer (null: no answer — timeout, refused address, connection error).' })
  responseCode!: number | null;
  @Field(() => Int, { description: 'Milliseconds from sending the request to the end of the answer (or the failure).' })
  latencyMs!: number;
  @Field(() => String, { nullable: true, description: 'Why the attempt failed (timeout, redirect not followed, address refused, …).' })
  error!: string | null;
  @Field(() => String, { nullable: true, description: 'The first 1 KB of the answer body.' })
  responseBody!: string | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the next attempt was scheduled after this one (null: none).' })
  nextAttemptAt!: Date | null;
  @Field(() => Boolean, { description: 'True for an attempt asked for with redeliverWebhook.' })
  manual!: boolean;
  @Field(() => DateTimeISO, { description: 'When the attempt was made.' })
  at!: Date;
}

@ObjectType('WebhookDelivery', { simpleResolvers: true, description: 'One event sent (or to be sent) to one endpoint, with its attempts.' })
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'Delivery id (UUID).' })
  id!: string;
  @Field(() => String, { description: 'The `webhook-id` header (`msg_…`): the same on every attempt; use it to ignore duplicates.' })
  messageId!: string;
  @Field(() => String, { description: 'The payload `id` (`evt_…`): the same for every endpoint receiving this event.' })
  eventId!: string;
  @Field(() => String, { description: 'The payload `type`, e.g. `ticket.created` (`webhook.test` for sendTestWebhook).' })
  eventType!: string;
  @Field(() => String, { description: 'The JSON body exactly as sent (and signed).' })
  payload!: string;
  @Field(() => WebhookDeliveryStatus, { description: 'Where the delivery stands.' })
  status!: WebhookDeliveryStatus;
  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the next automatic attempt is due (null: none scheduled).' })
  nextAttemptAt!: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the last attempt was made.' })
  lastAttemptAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer.' })
  lastResponseCode!: number | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the endpoint accepted it (2xx).' })
  deliveredAt!: Date | null;
  @Field(() => DateTimeISO, { description: 'When the event was queued for this endpoint.' })
  createdAt!: Date;
  @Field(() => WebhookEndpointType, { description: 'The endpoint it is for.' })
  endpoint!: WebhookEndpointType;
}

registerReadModel({ graphqlType: 'WebhookEndpoint', entity: WebhookEndpoint, tenantColumn: 'tenant_id' });
registerReadModel({ graphqlType: 'WebhookDelivery', entity: WebhookDelivery, tenantColumn: 'tenant_id', extraFields: { payload: { kind: 'column', column: 'body' } } });
