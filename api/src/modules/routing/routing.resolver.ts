import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import type { ReadScope } from '../../graphql/planner/planner.js';
import { keyOf, memberIds, waitingCounts, type QueueRow } from './queue.reads.js';
import { QueuePositionType, QueueType } from './queue.type.js';
import { CreateQueueInput, SetQueueMembersInput, UpdateQueueInput } from './queue.inputs.js';
import { createQueue, setQueueMembers, updateQueue, type QueueChange } from './queue.service.js';
import { ownConversation, queuePositionStream, type QueuePositionUpdate } from './queue-position.stream.js';
import { requestHumanAgent, transferConversation } from './human-request.service.js';
import { ConversationPayload } from '../conversations/conversation.type.js';
import { RequestHumanInput, TransferConversationInput } from '../conversations/conversation.inputs.js';

export const QueueConnection = connectionTypes(QueueType, 'Queue', 'A page of queues, by name.');

@ObjectType('QueuePayload', { simpleResolvers: true, description: 'The queue after the change.' })
export class QueuePayload {
  queueId!: string;
  tenantId!: string;
}

@Resolver(() => QueueType)
export class QueueResolver {
  @Query(() => QueueConnection, { description: 'Queues of your tenant by name (platform admins: of all tenants, or of `tenantId`).' })
  queues(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins only: list inside this tenant.' }) tenantId: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.planner.list(info, {
      nodeType: 'Queue',
      scope: ctx.scope(tenantId),
      ...ctx.page(page),
      order: { key: 'NAME_ASC', column: 'name', direction: 'ASC' },
    });
  }

  @Mutation(() => QueuePayload, { description: 'Add a queue (the first queue of a tenant becomes its default).' })
  createQueue(@Arg('input', () => CreateQueueInput, { description: 'The queue\'s name, routing policy and members.' }) input: CreateQueueInput, @Ctx() ctx: Context): Promise<QueueChange> {
    return createQueue(ctx, input);
  }

  @Mutation(() => QueuePayload, { description: 'Rename a queue, change its routing policy or make it the default.' })
  updateQueue(@Arg('input', () => UpdateQueueInput, { description: 'The queue and the parts to change.' }) input: UpdateQueueInput, @Ctx() ctx: Context): Promise<QueueChange> {
    return updateQueue(ctx, input);
  }

  @Mutation(() => QueuePayload, { description: 'Replace the agents a queue routes to; waiting conversations are offered to new members at once.' })
  setQueueMembers(@Arg('input', () => SetQueueMembersInput, { description: 'The queue and its complete new member list.' }) input: SetQueueMembersInput, @Ctx() ctx: Context): Promise<QueueChange> {
    return setQueueMembers(ctx, input);
  }

  @FieldResolver(() => Int, { description: 'Conversations waiting in this queue now.' })
  waitingCount(@Root() queue: QueueRow, @Ctx() ctx: Context): Promise<number> {
    return ctx.loader('queue.waitingCount', () => waitingCounts(ctx.services.readPool)).load(keyOf(queue));
  }

  @FieldResolver(() => [ID], { description: 'The agents this queue routes to, by name; empty = every ONLINE agent of the tenant.' })
  memberIds(@Root() queue: QueueRow, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.loader('queue.memberIds', () => memberIds(ctx.services.readPool)).load(keyOf(queue));
  }
}

@Resolver(() => QueuePayload)
export class QueuePayloadResolver {
  @FieldResolver(() => QueueType, { description: 'The queue as it is now.' })
  async queue(@Root() payload: QueuePayload, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // Tenant members and keys read in their own tenant; platform admins in the queue's tenant.
    const own = ctx.scope();
    const scope: ReadScope = own && own.kind === 'tenant' ? own : { kind: 'tenant', tenantId: payload.tenantId };
    const row = await ctx.services.planner.one(info, 'Queue', scope, payload.queueId);
    if (!row) throw notFound('Queue');
    return row;
  }
}

@Resolver()
export class QueuePositionResolver {
  @Subscription(() => QueuePositionType, {
    description:
      'Widget clients: where your conversation stands in its queue — now, and again whenever it moves. Ends with `waiting: false` once an agent has it (or it left the queue). Not your conversation: NOT_FOUND.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const own = await ownConversation(ctx.services, ctx.viewer, args.conversationId as string);
      return queuePositionStream(ctx.services, own.tenantId, own.id);
    },
  })
  queuePosition(@Arg('conversationId', () => ID, { description: 'Your waiting conversation.' }) _conversationId: string, @Root() update: QueuePositionUpdate): QueuePositionType {
    return update;
  }
}

/** People moving conversations: to a human (the customer asks), to another person or a queue. */
@Resolver()
export class HumanHandoffResolver {
  @Mutation(() => ConversationPayload, { description: 'Ask for a human: the conversation waits in a queue and goes to the least-loaded ONLINE agent with capacity (or waits its turn).' })
  async requestHumanAgent(@Arg('input', () => RequestHumanInput, { description: 'The conversation to hand to a person (staff may name a queue).' }) input: RequestHumanInput, @Ctx() ctx: Context): Promise<ConversationPayload> {
    return { conversationId: await requestHumanAgent(ctx, input.conversationId, ctx.viewer.kind === 'widget' ? null : input.queueId) };
  }

  @Mutation(() => ConversationPayload, { description: 'Give the conversation to another agent, or back to a queue, with an internal note.' })
  async transferConversation(@Arg('input', () => TransferConversationInput, { description: 'The conversation and where to (a person or a queue), with an internal note.' }) input: TransferConversationInput, @Ctx() ctx: Context): Promise<ConversationPayload> {
    return { conversationId: await transferConversation(ctx, input) };
  }
}
