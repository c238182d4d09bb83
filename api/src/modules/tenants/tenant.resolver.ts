import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { connectionTypes, PageArgs, pageSize } from '../../graphql/connection.js';
import type { Condition } from '../../graphql/planner/sql.js';
import { Topic, type TopicPayloads } from '../../events/topics.js';
import { TenantType } from './tenant.type.js';
import { TenantFilter, UpdateTenantInput } from './tenant.inputs.js';
import { updateTenant } from './tenant.service.js';

export const TenantConnection = connectionTypes(TenantType, 'Tenant', 'A page of tenants. Tenant members see only their own tenant.');

@ObjectType('UpdateTenantPayload', { description: 'Result of updateTenant.' })
export class UpdateTenantPayload {
  tenantId!: string;
}

function tenantConditions(filter: TenantFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (filter?.status) out.push((a, p) => `${a}.status = ${p(filter.status)}`);
  if (filter?.search?.trim()) {
    const like = `%${filter.search.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    out.push((a, p) => `(${a}.name ilike ${p(like)} or ${a}.slug ilike ${p(like)})`);
  }
  return out;
}

@Resolver(() => TenantType)
export class TenantResolver {
  @Query(() => TenantConnection, { description: 'Tenants, oldest first. Platform admins see all; everyone else only their own.' })
  tenants(@Args(() => PageArgs) page: PageArgs, @Arg('filter', () => TenantFilter, { nullable: true }) filter: TenantFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.planner.list(info, {
      nodeType: 'Tenant',
      scope: ctx.scope(),
      first: pageSize(page, ctx.services.config.MAX_PAGE_SIZE),
      after: page.after,
      where: tenantConditions(filter),
      order: { key: 'CREATED_AT_ASC', column: 'created_at', direction: 'ASC' },
    });
  }

  @Query(() => TenantType, { description: 'One tenant by id (NOT_FOUND outside your scope).' })
  async tenant(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = isUuid(id) ? await ctx.services.planner.one(info, 'Tenant', ctx.scope(), id) : null;
    if (!row) throw notFound('Tenant');
    return row;
  }

  @Mutation(() => UpdateTenantPayload, { description: 'Change name, time zone, branding or assistant settings of a tenant.' })
  async updateTenant(@Arg('input', () => UpdateTenantInput) input: UpdateTenantInput, @Ctx() ctx: Context): Promise<UpdateTenantPayload> {
    return { tenantId: await updateTenant(ctx, input) };
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
    // Re-read inside the subscriber's own scope: the event carries no data of its own.
    const row = await ctx.services.planner.one(info, 'Tenant', ctx.scope(), payload.tenantId);
    if (!row) throw notFound('Tenant');
    return row;
  }
}

@Resolver(() => UpdateTenantPayload)
export class UpdateTenantPayloadResolver {
  @FieldResolver(() => TenantType, { description: 'The tenant as it is now.' })
  async tenant(@Root() payload: UpdateTenantPayload, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = await ctx.services.planner.one(info, 'Tenant', ctx.scope(payload.tenantId), payload.tenantId);
    if (!row) throw notFound('Tenant');
    return row;
  }
}

