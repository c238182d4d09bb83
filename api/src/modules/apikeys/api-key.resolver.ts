import type { GraphQLResolveInfo } from 'graphql';
import DataLoader from 'dataloader';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { ApiKeyBudgetType, ApiKeyType } from './api-key.type.js';
import { DEFAULT_POINTS_PER_HOUR } from '../../graphql/budget/index.js';
import { ApiKeyFilter, CreateApiKeyInput, RevokeApiKeyInput, UpdateApiKeyInput } from './api-key.inputs.js';
import { apiKeyConditions } from './api-key.reads.js';
import { createApiKey, revokeApiKey, updateApiKey } from './api-key.service.js';

export const ApiKeyConnection = connectionTypes(ApiKeyType, 'ApiKey', 'A page of API keys, newest first.');

async function readKey(ctx: Context, info: GraphQLResolveInfo, id: string, tenantId: string) {
  const row = await ctx.services.planner.one(info, 'ApiKey', ctx.scope(tenantId), id);
  if (!row) throw notFound('API key');
  return row;
}

// The payloads resolve `apiKey` with methods on the type itself (type-graphql "internal" field
// resolvers): they need no registration of their own in schema.ts.
@ObjectType('CreateApiKeyPayload', { simpleResolvers: true, description: 'Result of createApiKey. The secret is shown here once and never again.' })
export class CreateApiKeyPayload {
  @Field(() => String, { description: 'The whole key, `sb_<prefix>_<secret>`: store it now, it cannot be shown again. Send it as `Authorization: Bearer <key>`.' })
  secret!: string;
  apiKeyId!: string;
  tenantId!: string;

  @Field(() => ApiKeyType, { description: 'The new key (without its secret).' })
  apiKey(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readKey(ctx, info, this.apiKeyId, this.tenantId);
  }
}

@ObjectType('RevokeApiKeyPayload', { simpleResolvers: true, description: 'Result of revokeApiKey.' })
export class RevokeApiKeyPayload {
  apiKeyId!: string;
  tenantId!: string;

  @Field(() => ApiKeyType, { description: 'The key as it is now.' })
  apiKey(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readKey(ctx, info, this.apiKeyId, this.tenantId);
  }
}

@ObjectType('UpdateApiKeyPayload', { simpleResolvers: true, description: 'Result of updateApiKey.' })
export class UpdateApiKeyPayload {
  apiKeyId!: string;
  tenantId!: string;

  @Field(() => ApiKeyType, { description: 'The key as it is now.' })
  apiKey(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readKey(ctx, info, this.apiKeyId, this.tenantId);
  }
}

type KeyRow = { id: string; points_per_hour?: number | null };

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: 'API keys of your tenant, newest first (platform admins: of all tenants, or of `tenantId`).' })
  apiKeys(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ApiKeyFilter, { nullable: true, description: 'Narrow the list (e.g. hide revoked keys); omit for every key.' }) filter: ApiKeyFilter | undefined,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins only: list inside this tenant.' }) tenantId: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.planner.list(info, {
      nodeType: 'ApiKey',
      scope: ctx.scope(tenantId),
      ...ctx.page(page),
      where: apiKeyConditions(filter),
      order: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
    });
  }

  @Mutation(() => CreateApiKeyPayload, { description: 'Create an API key for partner code. Its scopes must be permissions you hold. The secret is returned once.' })
  async createApiKey(@Arg('input', () => CreateApiKeyInput, { description: 'The key\'s name and scopes (a subset of your own permissions).' }) input: CreateApiKeyInput, @Ctx() ctx: Context): Promise<CreateApiKeyPayload> {
    const created = await createApiKey(ctx, input);
    return Object.assign(new CreateApiKeyPayload(), { secret: created.secret, apiKeyId: created.id, tenantId: created.tenantId });
  }

  @Mutation(() => UpdateApiKeyPayload, { description: 'Rename an API key or set its budget (`pointsPerHour`; null: back to the default). Another tenant\'s key: NOT_FOUND; a budget out of range: BAD_USER_INPUT (`extensions.field` = `pointsPerHour`).' })
  async updateApiKey(@Arg('input', () => UpdateApiKeyInput, { description: 'The key and what changes: its name and its own budget (null: back to the default).' }) input: UpdateApiKeyInput, @Ctx() ctx: Context): Promise<UpdateApiKeyPayload> {
    const updated = await updateApiKey(ctx, input);
    return Object.assign(new UpdateApiKeyPayload(), { apiKeyId: updated.id, tenantId: updated.tenantId });
  }

  @FieldResolver(() => ApiKeyBudgetType, {
    nullable: true,
    description: 'The key\'s budget and its current use (the same bucket the key draws from on every instance). Null when budgets are switched off on this server.',
  })
  budget(@Root() row: KeyRow, @Ctx() ctx: Context): Promise<ApiKeyBudgetType> | null {
    const budgets = ctx.services.budgets;
    if (!budgets.enabled) return null;
    // One look at the store for the whole page (one Redis round trip, no SQL).
    const loader = ctx.loader('apikeys.budget', () =>
      new DataLoader<KeyRow, ApiKeyBudgetType>(async (rows) => {
        const limits = rows.map((r) => r.points_per_hour ?? DEFAULT_POINTS_PER_HOUR.apiKey);
        const states = await budgets.peek(rows.map((r) => 'k:' + r.id), limits);
        return states.map((s) => {
          const remaining = Math.max(0, Math.floor(s.remaining));
          return { limit: s.limit, remaining, used: s.limit - remaining, resetAt: new Date(s.resetAt) };
        });
      }, { cache: false }),
    );
    return loader.load(row);
  }

  @Mutation(() => RevokeApiKeyPayload, { description: 'Revoke an API key: requests and open connections using it are refused from now on. Revoking a revoked key is harmless.' })
  async revokeApiKey(@Arg('input', () => RevokeApiKeyInput, { description: 'The key to revoke.' }) input: RevokeApiKeyInput, @Ctx() ctx: Context): Promise<RevokeApiKeyPayload> {
    const revoked = await revokeApiKey(ctx, input.id);
    return Object.assign(new RevokeApiKeyPayload(), { apiKeyId: revoked.id, tenantId: revoked.tenantId });
  }
}
