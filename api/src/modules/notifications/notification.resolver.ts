import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { Topic, type TopicPayloads } from '../../events/topics.js';
import { NotificationType } from './notification.type.js';
import { MarkNotificationsReadInput } from './notification.inputs.js';
import { markNotificationsRead, unreadCount } from './notification.service.js';

export const NotificationConnection = connectionTypes(NotificationType, 'Notification', 'A page of your notifications, newest first.');

@ObjectType('MarkNotificationsReadPayload', { simpleResolvers: true, description: 'Result of markNotificationsRead.' })
export class MarkNotificationsReadPayload {
  @Field(() => [ID], { description: 'The notifications marked (named ones, or every one that was unread for `all`).' })
  markedIds!: string[];
  @Field(() => Int, { description: 'Your unread notifications after the change.' })
  unreadCount!: number;
}

const myUserId = (ctx: Context) => {
  if (ctx.viewer.kind !== 'user') throw forbidden();
  return ctx.viewer.userId;
};

@Resolver()
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first (only ever your own).' })
  notifications(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false, description: 'True: only those you have not marked read.' }) unreadOnly: boolean,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const me = myUserId(ctx);
    return ctx.services.planner.list(info, {
      nodeType: 'Notification',
      scope: ctx.scope(),
      ...ctx.page(page),
      where: [(a, p) => `${a}.user_id = ${p(me)}::uuid`, ...(unreadOnly ? [(a: string) => `${a}.read_at is null`] : [])],
      order: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
    });
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return unreadCount(ctx);
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Mark your notifications read: `ids` (any that is not yours: NOT_FOUND, nothing changes) or `all: true`.' })
  async markNotificationsRead(@Arg('input', () => MarkNotificationsReadInput, { description: 'Either `ids` of your notifications or `all: true`.' }) input: MarkNotificationsReadInput, @Ctx() ctx: Context): Promise<MarkNotificationsReadPayload> {
    const markedIds = await markNotificationsRead(ctx, input);
    return { markedIds, unreadCount: await unreadCount(ctx) };
  }

  @Subscription(() => NotificationType, {
    description: 'Your new notifications as they are written (never anyone else’s).',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      return ctx.services.events.pubSub.subscribe(Topic.NOTIFICATION_ADDED, myUserId(ctx));
    },
  })
  async notificationAdded(@Root() payload: TopicPayloads['NOTIFICATION_ADDED'], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // The channel is the user's own; checked again so a wrong key can never leak a row.
    const v = ctx.viewer;
    if (v.kind !== 'user' || v.userId !== payload.userId || v.tenantId !== payload.tenantId) throw notFound('Notification');
    const row = await ctx.services.planner.one(info, 'Notification', ctx.scope(payload.tenantId), payload.notificationId);
    if (!row) throw notFound('Notification');
    return row;
  }
}
