import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import type { SortOrder } from '../../graphql/planner/planner.js';
import { UserType } from './user.type.js';
import { UserFilter, UserOrder } from './user.inputs.js';
import { userConditions } from './user.reads.js';

export const UserConnection = connectionTypes(UserType, 'User', 'A page of users.');

const ORDERS: Record<UserOrder, SortOrder> = {
  DISPLAY_NAME_ASC: { key: 'DISPLAY_NAME_ASC', column: 'display_name', direction: 'ASC' },
  EMAIL_ASC: { key: 'EMAIL_ASC', column: 'email', direction: 'ASC' },
  CREATED_AT_DESC: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
  CREATED_AT_ASC: { key: 'CREATED_AT_ASC', column: 'created_at', direction: 'ASC' },
};

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserConnection, { description: 'Staff of your tenant (platform admins: of all tenants, or of `tenantId`).' })
  users(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Narrow by role, team, availability, active flag or search text.' }) filter: UserFilter | undefined,
    @Arg('orderBy', () => UserOrder, { defaultValue: UserOrder.DISPLAY_NAME_ASC, description: 'Sort order; a cursor only works with the order it came from.' }) orderBy: UserOrder,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins only: list inside this tenant.' }) tenantId: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.planner.list(info, {
      nodeType: 'User',
      scope: ctx.scope(tenantId),
      ...ctx.page(page),
      where: userConditions(filter),
      order: ORDERS[orderBy],
    });
  }

  @Query(() => UserType, { description: 'One user by id (NOT_FOUND outside your tenant).' })
  async user(@Arg('id', () => ID, { description: 'The user\'s id.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = isUuid(id) ? await ctx.services.planner.one(info, 'User', ctx.scope(), id) : null;
    if (!row) throw notFound('User');
    return row;
  }
}
