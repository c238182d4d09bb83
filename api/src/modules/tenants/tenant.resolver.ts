import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { oncePerEvent } from '../../graphql/per-event.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { Topic, type TopicPayloads } from '../../events/topics.js';
import { TenantAssistantType, TenantType, WordVariantGroupType } from './tenant.type.js';
import { CreateTenantInput, RegisterTenantInput, RotateIdentitySecretInput, TenantFilter, TenantIdInput, UpdateTenantInput } from './tenant.inputs.js';
import { identityVerifications, tenantConditions } from './tenant.reads.js';
import { createTenant, registerTenant, rotateIdentitySecret, setTenantStatus, updateTenant } from './tenant.service.js';
import { TenantStatus } from './tenant.entity.js';
import { OneTimeLinkType, SessionPayload } from '../sessions/session.types.js';
import { tenantVolumes, TenantVolumeType } from './tenant-volume.js';

export const TenantConnection = connectionTypes(TenantType, 'Tenant', 'A page of tenants. Tenant members see only their own tenant.');

@ObjectType('UpdateTenantPayload', { simpleResolvers: true, description: 'The tenant after the change.' })
export class UpdateTenantPayload {
  tenantId!: string;
}

@ObjectType('CreateTenantPayload', { simpleResolvers: true, description: 'The new tenant and the invitation of its first admin.' })
export class CreateTenantPayload extends UpdateTenantPayload {
  @Field(() => OneTimeLinkType, { description: 'Give this token to the first admin (valid 7 days).' })
  invitation!: OneTimeLinkType;
}

@ObjectType('RegisterTenantPayload', { simpleResolvers: true, description: 'The new tenant, with its first admin signed in.' })
export class RegisterTenantPayload extends UpdateTenantPayload {
  @Field(() => SessionPayload, { description: 'The session of the new admin.' })
  session!: SessionPayload;
}

@ObjectType('IdentityVerification', { simpleResolvers: true, description: 'Widget identity verification: the host site sends HMAC-SHA256(secret, externalId) as `identityHash`.' })
export class IdentityVerificationType {
  @Field(() => Boolean, { description: 'Whether visitors are identified only with a valid hash.' })
  required!: boolean;
  @Field(() => String, { nullable: true, description: 'The HMAC secret; keep it on your server, never in the page.' })
  secret!: string | null;
}

@Resolver(() => TenantAssistantType)
export class TenantAssistantResolver {
  @FieldResolver(() => [WordVariantGroupType], { description: 'The tenant\'s own word variants ("nw" → "northwind"), on top of the shipped ones ("fb" → "facebook"): a variant in a question is also searched as its full form, and embedded as it, where the knowledge uses the full form. The tenant\'s win where they overlap the shipped ones.' })
  wordVariants(@Root() assistant: TenantAssistantType): WordVariantGroupType[] {
    // Rows saved before the setting have none.
    return assistant.wordVariants ?? [];
  }
}

@Resolver(() => TenantType)
export class TenantResolver {
  @Query(() => TenantConnection, { description: 'Tenants, oldest first. Platform admins see all; everyone else only their own.' })
  tenants(@Args(() => PageArgs) page: PageArgs, @Arg('filter', () => TenantFilter, { nullable: true, description: 'Narrow by status or search text.' }) filter: TenantFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.planner.list(info, {
      nodeType: 'Tenant',
      scope: ctx.scope(),
      ...ctx.page(page),
      where: tenantConditions(filter),
      order: { key: 'CREATED_AT_ASC', column: 'created_at', direction: 'ASC' },
    });
  }

  @Query(() => TenantType, { description: 'One tenant by id (NOT_FOUND outside your scope).' })
  async tenant(@Arg('id', () => ID, { description: 'The tenant\'s id.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = isUuid(id) ? await ctx.services.planner.one(info, 'Tenant', ctx.scope(), id) : null;
    if (!row) throw notFound('Tenant');
    return row;
  }

  @Mutation(() => UpdateTenantPayload, { description: 'Change name, time zone, branding or assistant settings of a tenant.' })
  async updateTenant(@Arg('input', () => UpdateTenantInput, { description: 'The tenant and the settings to change.' }) input: UpdateTenantInput, @Ctx() ctx: Context): Promise<UpdateTenantPayload> {
    return { tenantId: await updateTenant(ctx, input) };
  }

  @Mutation(() => CreateTenantPayload, { description: 'Platform admins: create a tenant and invite its first admin.' })
  createTenant(@Arg('input', () => CreateTenantInput, { description: 'The tenant\'s name, slug and first admin.' }) input: CreateTenantInput, @Ctx() ctx: Context) {
    return createTenant(ctx, input);
  }

  @Mutation(() => RegisterTenantPayload, { description: 'Self-service sign-up: create your company and its first admin, signed in at once.' })
  registerTenant(@Arg('input', () => RegisterTenantInput, { description: 'The company and its first admin.' }) input: RegisterTenantInput, @Ctx() ctx: Context) {
    return registerTenant(ctx, input);
  }

  @Mutation(() => UpdateTenantPayload, { description: 'Platform admins: suspend a tenant. Its users, keys and widgets are refused at once, live connections close.' })
  async suspendTenant(@Arg('input', () => TenantIdInput, { description: 'The tenant to suspend.' }) input: TenantIdInput, @Ctx() ctx: Context): Promise<UpdateTenantPayload> {
    return { tenantId: await setTenantStatus(ctx, input.id, TenantStatus.SUSPENDED) };
  }

  @Mutation(() => UpdateTenantPayload, { description: 'Platform admins: let a suspended tenant in again.' })
  async reactivateTenant(@Arg('input', () => TenantIdInput, { description: 'The suspended tenant to reactivate.' }) input: TenantIdInput, @Ctx() ctx: Context): Promise<UpdateTenantPayload> {
    return { tenantId: await setTenantStatus(ctx, input.id, TenantStatus.ACTIVE) };
  }

  @Mutation(() => UpdateTenantPayload, { description: 'Make a new widget identity secret; hashes made with the old one stop verifying.' })
  async rotateIdentitySecret(@Arg('input', () => RotateIdentitySecretInput, { description: 'Which tenant\'s secret to replace (platform admins); tenant admins their own.' }) input: RotateIdentitySecretInput, @Ctx() ctx: Context): Promise<UpdateTenantPayload> {
    return { tenantId: await rotateIdentitySecret(ctx, input.id) };
  }

  @FieldResolver(() => IdentityVerificationType, { description: 'Widget identity verification settings (admins only).' })
  async identityVerification(@Root() tenant: { id: string }, @Ctx() ctx: Context): Promise<IdentityVerificationType> {
    // One statement for a whole page of tenants (platform admins list them all).
    const row = await ctx.loader('tenant.identityVerification', () => identityVerifications(ctx.services.readPool, ctx.scope())).load(tenant.id);
    return { required: row.required, secret: row.secretEncrypted ? ctx.services.secretBox.decrypt(row.secretEncrypted) : null };
  }

  @FieldResolver(() => TenantVolumeType, { description: 'Platform admins: how many conversations, tickets, users and knowledge documents the tenant holds (one statement for a whole page of tenants).' })
  volume(@Root() tenant: { id: string }, @Ctx() ctx: Context): Promise<TenantVolumeType> {
    return ctx.loader('tenant.volume', () => tenantVolumes(ctx.services.readPool, ctx.scope())).load(tenant.id);
  }

  @Subscription(() => TenantType, {
    topics: Topic.TENANT_UPDATED,
    description: 'Your tenant’s settings changed (platform admins: any tenant).',
    filter: ({ payload, context }: { payload: TopicPayloads['TENANT_UPDATED']; context: Context }) => {
      const scope = context.scope();
      return !!scope && (scope.kind === 'platform' || scope.tenantId === payload.tenantId);
    },
  })
  async tenantUpdated(@Root() payload: TopicPayloads['TENANT_UPDATED'], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // Re-read inside the subscriber's own scope (the event carries no data), once per event
    // for all subscribers with the same operation and scope.
    const scope = ctx.scope();
    const row = await oncePerEvent(payload, info, scope, () => ctx.services.planner.one(info, 'Tenant', scope, payload.tenantId));
    if (!row) throw notFound('Tenant');
    return row;
  }
}

async function readTenant(payload: UpdateTenantPayload, ctx: Context, info: GraphQLResolveInfo) {
  // Sign-up callers are anonymous: the tenant they just created is theirs to see.
  const scope = ctx.scope(payload.tenantId) ?? { kind: 'tenant' as const, tenantId: payload.tenantId };
  const row = await ctx.services.planner.one(info, 'Tenant', scope, payload.tenantId);
  if (!row) throw notFound('Tenant');
  return row;
}

@Resolver(() => UpdateTenantPayload)
export class UpdateTenantPayloadResolver {
  @FieldResolver(() => TenantType, { description: 'The tenant as it is now.' })
  tenant(@Root() payload: UpdateTenantPayload, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readTenant(payload, ctx, info);
  }
}

@Resolver(() => CreateTenantPayload)
export class CreateTenantPayloadResolver {
  @FieldResolver(() => TenantType, { description: 'The new tenant.' })
  tenant(@Root() payload: CreateTenantPayload, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readTenant(payload, ctx, info);
  }
}

@Resolver(() => RegisterTenantPayload)
export class RegisterTenantPayloadResolver {
  @FieldResolver(() => TenantType, { description: 'The new tenant.' })
  tenant(@Root() payload: RegisterTenantPayload, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readTenant(payload, ctx, info);
  }
}

