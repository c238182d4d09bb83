import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { WebhookDeliveryAttemptType, WebhookDeliveryType, WebhookEndpointType } from './webhook.type.js';
import {
  CreateWebhookEndpointInput, DeleteWebhookEndpointInput, RedeliverWebhookInput, RotateWebhookSecretInput, SendTestWebhookInput, UpdateWebhookEndpointInput, WebhookDeliveryFilter,
} from './webhook.inputs.js';
import { createEndpoint, deleteEndpoint, findEndpoint, redeliver, rotateSecret, sendTest, updateEndpoint } from './webhook.service.js';
import { attemptsOf, deliveryConditions } from './webhook.reads.js';

export const WebhookEndpointConnection = connectionTypes(WebhookEndpointType, 'WebhookEndpoint', 'A page of webhook endpoints, newest first.');
export const WebhookDeliveryConnection = connectionTypes(WebhookDeliveryType, 'WebhookDelivery', 'A page of webhook deliveries, newest first.');

async function readEndpoint(ctx: Context, info: GraphQLResolveInfo, id: string, tenantId: string) {
  const row = await ctx.services.planner.one(info, 'WebhookEndpoint', ctx.scope(tenantId), id);
  if (!row) throw notFound('Webhook endpoint');
  return row;
}
async function readDelivery(ctx: Context, info: GraphQLResolveInfo, id: string, tenantId: string) {
  const row = await ctx.services.planner.one(info, 'WebhookDelivery', ctx.scope(tenantId), id);
  if (!row) throw notFound('Webhook delivery');
  return row;
}

@ObjectType('CreateWebhookEndpointPayload', { simpleResolvers: true, description: 'Result of createWebhookEndpoint. The signing secret is shown here once and never again.' })
export class CreateWebhookEndpointPayload {
  @Field(() => String, { description: 'The signing secret, `whsec_<base64>`: store it now, it cannot be shown again. Verify deliveries with it (Standard Webhooks).' })
  secret!: string;
  endpointId!: string;
  tenantId!: string;
  @Field(() => WebhookEndpointType, { description: 'The new endpoint.' })
  webhookEndpoint(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readEndpoint(ctx, info, this.endpointId, this.tenantId);
  }
}

@ObjectType('RotateWebhookSecretPayload', { simpleResolvers: true, description: 'Result of rotateWebhookSecret. The new secret is shown here once.' })
export class RotateWebhookSecretPayload {
  @Field(() => String, { description: 'The new signing secret (`whsec_…`). During the overlap, deliveries carry a signature with each secret.' })
  secret!: string;
  endpointId!: string;
  tenantId!: string;
  @Field(() => WebhookEndpointType, { description: 'The endpoint after the rotation.' })
  webhookEndpoint(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readEndpoint(ctx, info, this.endpointId, this.tenantId);
  }
}

@ObjectType('UpdateWebhookEndpointPayload', { simpleResolvers: true, description: 'Result of updateWebhookEndpoint.' })
export class UpdateWebhookEndpointPayload {
  endpointId!: string;
  tenantId!: string;
  @Field(() => WebhookEndpointType, { description: 'The endpoint as it is now.' })
  webhookEndpoint(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readEndpoint(ctx, info, this.endpointId, this.tenantId);
  }
}

@ObjectType('DeleteWebhookEndpointPayload', { simpleResolvers: true, description: 'Result of deleteWebhookEndpoint.' })
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { description: 'Id of the deleted endpoint.' })
  deletedId!: string;
}

@ObjectType('WebhookDeliveryPayload', { simpleResolvers: true, description: 'Result of redeliverWebhook and sendTestWebhook: the queued delivery (its attempt runs in the background).' })
export class WebhookDeliveryPayload {
  deliveryId!: string;
  tenantId!: string;
  @Field(() => WebhookDeliveryType, { description: 'The delivery, as queued.' })
  delivery(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readDelivery(ctx, info, this.deliveryId, this.tenantId);
  }
}

@Resolver(() => WebhookDeliveryType)
export class WebhookDeliveryResolver {
  @FieldResolver(() => [WebhookDeliveryAttemptType], { description: 'Every attempt, newest first (kept 30 days).' })
  attemptLog(@Root() delivery: { id: string }, @Ctx() ctx: Context) {
    return attemptsOf(ctx, delivery.id);
  }
}

@Resolver(() => WebhookEndpointType)
export class WebhookResolver {
  @Query(() => WebhookEndpointConnection, { description: 'Webhook endpoints of your tenant, newest first (platform admins: of all tenants, or of `tenantId`).' })
  webhookEndpoints(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins only: list inside this tenant.' }) tenantId: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.planner.list(info, {
      nodeType: 'WebhookEndpoint',
      scope: ctx.scope(tenantId),
      ...ctx.page(page),
      order: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
    });
  }

  @Query(() => WebhookDeliveryConnection, { description: 'The delivery log of one endpoint, newest first (30 days).' })
  async webhookDeliveries(
    @Arg('endpointId', () => ID, { description: 'The endpoint whose deliveries to list.' }) endpointId: string,
    @Arg('filter', () => WebhookDeliveryFilter, { nullable: true, description: 'Only some deliveries.' }) filter: WebhookDeliveryFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (!isUuid(endpointId)) throw notFound('Webhook endpoint');
    // One statement: the page of the endpoint's deliveries in the caller's scope (the tenant
    // predicate is the planner's). Only an empty page needs to tell an endpoint without deliveries
    // from one that does not exist or is another tenant's (NOT_FOUND, as before): a second read.
    const connection = await ctx.services.planner.list(info, {
      nodeType: 'WebhookDelivery',
      scope: ctx.scope(),
      ...ctx.page(page),
      where: deliveryConditions(endpointId, filter),
      order: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
    });
    if (!connection.edges.length) await findEndpoint(ctx, endpointId);
    return connection;
  }

  @Mutation(() => CreateWebhookEndpointPayload, { description: 'Register an endpoint for some events. Returns the signing secret once.' })
  async createWebhookEndpoint(@Arg('input', () => CreateWebhookEndpointInput, { description: 'The endpoint: HTTPS URL, the events it receives, an optional description.' }) input: CreateWebhookEndpointInput, @Ctx() ctx: Context): Promise<CreateWebhookEndpointPayload> {
    const c = await createEndpoint(ctx, input);
    return Object.assign(new CreateWebhookEndpointPayload(), { secret: c.secret, endpointId: c.id, tenantId: c.tenantId });
  }

  @Mutation(() => UpdateWebhookEndpointPayload, { description: 'Change an endpoint\'s URL, events, description or enabled state, or end a secret rotation.' })
  async updateWebhookEndpoint(@Arg('input', () => UpdateWebhookEndpointInput, { description: 'The endpoint and what changes (URL, events, description, enabled, ending a secret rotation).' }) input: UpdateWebhookEndpointInput, @Ctx() ctx: Context): Promise<UpdateWebhookEndpointPayload> {
    const u = await updateEndpoint(ctx, input);
    return Object.assign(new UpdateWebhookEndpointPayload(), { endpointId: u.id, tenantId: u.tenantId });
  }

  @Mutation(() => RotateWebhookSecretPayload, { description: 'Give an endpoint a new signing secret (shown once). The previous one keeps signing too for `overlapHours` (default 24).' })
  async rotateWebhookSecret(@Arg('input', () => RotateWebhookSecretInput, { description: 'The endpoint, and how long the previous secret keeps signing too.' }) input: RotateWebhookSecretInput, @Ctx() ctx: Context): Promise<RotateWebhookSecretPayload> {
    const r = await rotateSecret(ctx, input);
    return Object.assign(new RotateWebhookSecretPayload(), { secret: r.secret, endpointId: r.id, tenantId: r.tenantId });
  }

  @Mutation(() => DeleteWebhookEndpointPayload, { description: 'Delete an endpoint; pending deliveries to it are dropped with its log.' })
  async deleteWebhookEndpoint(@Arg('input', () => DeleteWebhookEndpointInput, { description: 'The endpoint to delete, with its delivery log.' }) input: DeleteWebhookEndpointInput, @Ctx() ctx: Context): Promise<DeleteWebhookEndpointPayload> {
    return Object.assign(new DeleteWebhookEndpointPayload(), { deletedId: await deleteEndpoint(ctx, input.id) });
  }

  @Mutation(() => WebhookDeliveryPayload, { description: 'Attempt a delivery again now, with the same `webhook-id` (also when it failed for good).' })
  async redeliverWebhook(@Arg('input', () => RedeliverWebhookInput, { description: 'The delivery to send again (same webhook-id).' }) input: RedeliverWebhookInput, @Ctx() ctx: Context): Promise<WebhookDeliveryPayload> {
    const r = await redeliver(ctx, input.deliveryId);
    return Object.assign(new WebhookDeliveryPayload(), { deliveryId: r.id, tenantId: r.tenantId });
  }

  @Mutation(() => WebhookDeliveryPayload, { description: 'Send a `webhook.test` event to an endpoint now (not retried).' })
  async sendTestWebhook(@Arg('input', () => SendTestWebhookInput, { description: 'The endpoint that receives a signed test event.' }) input: SendTestWebhookInput, @Ctx() ctx: Context): Promise<WebhookDeliveryPayload> {
    const r = await sendTest(ctx, input.endpointId);
    return Object.assign(new WebhookDeliveryPayload(), { deliveryId: r.id, tenantId: r.tenantId });
  }
}
