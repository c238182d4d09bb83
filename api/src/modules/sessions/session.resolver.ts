import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { LoginInput, LoginPayload, ViewerType, UserType, TenantType } from './session.types.js';
import { login } from './session.service.js';

@Resolver(() => LoginPayload)
export class SessionResolver {
  @Mutation(() => LoginPayload, { description: 'Sign in as a staff member. Wrong credentials: UNAUTHENTICATED (never says which part was wrong).' })
  login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context) {
    return login(ctx, input);
  }

  @FieldResolver(() => UserType, { description: 'The signed-in user.' })
  async user(@Root() payload: LoginPayload, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const scope = payload.tenantId ? { kind: 'tenant' as const, tenantId: payload.tenantId } : { kind: 'platform' as const };
    const row = await ctx.services.planner.one(info, 'User', scope, payload.userId);
    if (!row) throw notFound('User');
    return row;
  }
}

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Query(() => ViewerType, { description: 'Who is calling: anonymous callers get kind `anonymous` and no permissions.' })
  viewer(@Ctx() ctx: Context): ViewerType {
    const v = ctx.viewer;
    if (v.kind !== 'user') return { kind: 'anonymous', permissions: [], userId: null, tenantId: null };
    return { kind: 'user', permissions: [...v.permissions].sort(), userId: v.userId, tenantId: v.tenantId };
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The signed-in staff member.' })
  user(@Root() viewer: ViewerType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return viewer.userId ? ctx.services.planner.one(info, 'User', ctx.scope(), viewer.userId) : null;
  }

  @FieldResolver(() => TenantType, { nullable: true, description: 'The caller’s tenant.' })
  tenant(@Root() viewer: ViewerType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return viewer.tenantId ? ctx.services.planner.one(info, 'Tenant', ctx.scope(), viewer.tenantId) : null;
  }
}
