import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription, FieldResolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { oncePerEvent } from '../../graphql/per-event.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { Topic, type MessageEvent, type TopicPayloads } from '../../events/topics.js';
import { ConversationStatus } from './conversation.entity.js';
import { ConversationPayload, ConversationType, SendMessagePayload, MessagePageType, MessageType, TypingEventType, WidgetConversationType } from './conversation.type.js';
import { ConversationFilter, ConversationIdInput, LeaveEmailForReplyInput, ConversationOrder, MarkReadInput, SendMessageInput, SetTypingInput, StartConversationInput } from './conversation.inputs.js';
import { handBack, markRead, sendMessage, setStatus, setTyping, startConversation, takeOver } from './conversation.service.js';
import { seesPrivateNotes, visibleConversation } from './conversation.access.js';
import { messagesAfter } from './message.reads.js';
import { assertFilterIdsInTenant, contactConversations, conversationConditions, CONVERSATION_ORDERS } from './conversation.reads.js';
import { openMessageStream } from './message-stream.js';
import { leaveEmailForReply } from './reply-by-email.service.js';

export const ConversationConnection = connectionTypes(ConversationType, 'Conversation', 'A page of conversations.');

@ObjectType('TypingPayload', { simpleResolvers: true, description: 'Acknowledgement.' })
export class TypingPayload {
  @Field(() => Boolean, { description: 'Always true: the signal was passed on.' })
  ok!: boolean;
}

@Resolver()
export class ConversationResolver {
  @Query(() => ConversationConnection, { description: 'Conversations of your tenant (agents: all they may see; use `mine` / `unassigned` for the console lists).' })
  async conversations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ConversationFilter, { nullable: true, description: 'Narrow by status, handler, assignee, queue, contact, search text or creation time; all given conditions must hold.' }) filter: ConversationFilter | undefined,
    @Arg('orderBy', () => ConversationOrder, { defaultValue: ConversationOrder.UPDATED_AT_DESC, description: 'Sort order; a cursor only works with the order it came from.' }) orderBy: ConversationOrder,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    await assertFilterIdsInTenant(ctx, filter);
    return ctx.services.planner.list(info, {
      nodeType: 'Conversation',
      scope: ctx.scope(),
      ...ctx.page(page),
      where: conversationConditions(ctx, filter, orderBy),
      order: CONVERSATION_ORDERS[orderBy],
    });
  }

  @Query(() => ConversationType, { description: 'One conversation (NOT_FOUND outside your tenant).' })
  async conversation(@Arg('id', () => ID, { description: 'The conversation\'s id.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = isUuid(id) ? await ctx.services.planner.one(info, 'Conversation', ctx.scope(), id) : null;
    if (!row) throw notFound('Conversation');
    return row;
  }

  @Query(() => MessagePageType, { description: 'Messages after `afterSeq`, oldest first (widget clients never see internal notes).' })
  async messages(
    @Arg('conversationId', () => ID, { description: 'The conversation to read (widget clients: only their own; else NOT_FOUND).' }) conversationId: string,
    @Arg('afterSeq', () => Int, { defaultValue: 0, description: 'Return messages with a `seq` greater than this (0: from the start).' }) afterSeq: number,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most this many messages (1–500).' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<MessagePageType> {
    if (first < 1 || first > 500) throw badInput('first must be between 1 and 500', 'first');
    const ref = await visibleConversation(ctx, conversationId);
    const rows = await messagesAfter(ctx.services.readPool, ref.tenantId, ref.id, afterSeq, { limit: first + 1, includePrivate: seesPrivateNotes(ctx.viewer) });
    return { messages: rows.slice(0, first) as unknown as MessageType[], hasMore: rows.length > first };
  }

  @Query(() => [WidgetConversationType], { description: 'Widget clients: your own conversations, newest first.' })
  async myConversations(@Ctx() ctx: Context): Promise<WidgetConversationType[]> {
    if (ctx.viewer.kind !== 'widget') return [];
    return contactConversations(ctx.services.readPool, { kind: 'tenant', tenantId: ctx.viewer.tenantId }, ctx.viewer.contactId);
  }

  @Mutation(() => ConversationPayload, { description: 'Widget clients: open a conversation (optionally with its first message).' })
  async startConversation(@Arg('input', () => StartConversationInput, { description: 'The idempotency key, optional subject and first message.' }) input: StartConversationInput, @Ctx() ctx: Context): Promise<ConversationPayload> {
    return { conversationId: await startConversation(ctx, input) };
  }

  @Mutation(() => ConversationPayload, {
    description: 'Widget clients, when nobody can answer now: leave an e-mail address for the answer. Stored on your contact and said in the conversation (once per address). Not your conversation: NOT_FOUND; a bad address: BAD_USER_INPUT.',
  })
  async leaveEmailForReply(@Arg('input', () => LeaveEmailForReplyInput, { description: 'Your conversation and the address to answer to.' }) input: LeaveEmailForReplyInput, @Ctx() ctx: Context): Promise<ConversationPayload> {
    return { conversationId: await leaveEmailForReply(ctx, input) };
  }

  @Mutation(() => SendMessagePayload, { description: 'Send a message (customer or agent). Idempotent by clientMessageId; empty or over 10,000 characters: BAD_USER_INPUT.' })
  async sendMessage(@Arg('input', () => SendMessageInput, { description: 'The conversation, the body and your clientMessageId.' }) input: SendMessageInput, @Ctx() ctx: Context): Promise<SendMessagePayload> {
    return { message: await sendMessage(ctx, input) };
  }

  @Mutation(() => ConversationPayload, { description: 'Take over from the assistant (or the queue): the conversation becomes yours. CONFLICT when another agent has it.' })
  async takeOverConversation(@Arg('input', () => ConversationIdInput, { description: 'The conversation to take.' }) input: ConversationIdInput, @Ctx() ctx: Context): Promise<ConversationPayload> {
    return { conversationId: await takeOver(ctx, input.conversationId) };
  }

  @Mutation(() => ConversationPayload, { description: 'Hand the conversation back to the assistant.' })
  async handBackConversation(@Arg('input', () => ConversationIdInput, { description: 'The conversation to give back to the assistant.' }) input: ConversationIdInput, @Ctx() ctx: Context): Promise<ConversationPayload> {
    return { conversationId: await handBack(ctx, input.conversationId) };
  }

  @Mutation(() => ConversationPayload, { description: 'Mark resolved (the customer may still write: it reopens).' })
  async resolveConversation(@Arg('input', () => ConversationIdInput, { description: 'The conversation to resolve.' }) input: ConversationIdInput, @Ctx() ctx: Context): Promise<ConversationPayload> {
    return { conversationId: await setStatus(ctx, input.conversationId, ConversationStatus.RESOLVED) };
  }

  @Mutation(() => ConversationPayload, { description: 'Reopen a resolved conversation.' })
  async reopenConversation(@Arg('input', () => ConversationIdInput, { description: 'The resolved conversation to reopen.' }) input: ConversationIdInput, @Ctx() ctx: Context): Promise<ConversationPayload> {
    return { conversationId: await setStatus(ctx, input.conversationId, 'REOPEN') };
  }

  @Mutation(() => ConversationPayload, { description: 'Close for good (customers may close their own).' })
  async closeConversation(@Arg('input', () => ConversationIdInput, { description: 'The conversation to close for good.' }) input: ConversationIdInput, @Ctx() ctx: Context): Promise<ConversationPayload> {
    return { conversationId: await setStatus(ctx, input.conversationId, ConversationStatus.CLOSED) };
  }

  @Mutation(() => ConversationPayload, { description: 'Mark messages up to `seq` as read by your side (customer or agents); never moves back.' })
  async markConversationRead(@Arg('input', () => MarkReadInput, { description: 'The conversation you have read.' }) input: MarkReadInput, @Ctx() ctx: Context): Promise<ConversationPayload> {
    return { conversationId: await markRead(ctx, input.conversationId, input.seq) };
  }

  @Mutation(() => TypingPayload, { description: 'Tell the other side you are typing (or stopped).' })
  async setTyping(@Arg('input', () => SetTypingInput, { description: 'The conversation and whether you are typing.' }) input: SetTypingInput, @Ctx() ctx: Context): Promise<TypingPayload> {
    return { ok: await setTyping(ctx, input.conversationId, input.typing) };
  }

  @Subscription(() => MessageType, {
    description: 'New messages of a conversation: first everything after `afterSeq` from the database, then live — no gap, no duplicate. Resume after a drop with the last seq you saw.',
    subscribe: ({ args, context }) => openMessageStream(context as Context, args.conversationId as string, (args.afterSeq as number) ?? 0),
  })
  messageAdded(
    @Root() message: MessageEvent,
    @Arg('conversationId', () => ID, { description: 'The conversation to follow (widget clients: only their own).' }) _conversationId: string,
    @Arg('afterSeq', () => Int, { defaultValue: 0, description: 'The last seq you already have (0: everything); the server replays every later message before streaming live ones.' }) _afterSeq: number,
  ): MessageEvent {
    return message;
  }

  @Subscription(() => ConversationType, {
    topics: Topic.CONVERSATION_UPDATED,
    description: 'Conversations of your tenant changed (status, handler, assignee, queue): every change, whoever has the conversation, so lists built from `conversations` stay true (a conversation another agent got leaves your Queue).',
    // Everyone who may list the tenant's conversations gets every change: an agent who saw a
    // conversation waiting must also hear that a colleague got it, or it stays in their Queue.
    filter: ({ payload, context }: { payload: TopicPayloads['CONVERSATION_UPDATED']; context: Context }) => {
      const v = context.viewer;
      if (v.kind !== 'user' && v.kind !== 'apiKey') return false;
      if (v.tenantId && v.tenantId !== payload.tenantId) return false;
      return v.permissions.has('conversations.view');
    },
  })
  async conversationUpdated(@Root() payload: TopicPayloads['CONVERSATION_UPDATED'], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const scope = ctx.scope(payload.tenantId);
    const row = await oncePerEvent(payload, info, scope, () => ctx.services.planner.one(info, 'Conversation', scope, payload.conversationId));
    if (!row) throw notFound('Conversation');
    return row;
  }

  @Subscription(() => TypingEventType, {
    description: 'Typing indicators of a conversation (both sides).',
    subscribe: async ({ args, context }) => {
      const ref = await visibleConversation(context as Context, args.conversationId as string);
      return (context as Context).services.events.pubSub.subscribe(Topic.TYPING, ref.id);
    },
  })
  typing(@Root() event: TopicPayloads['TYPING'], @Arg('conversationId', () => ID, { description: 'The conversation whose typing indicators to follow.' }) _conversationId: string): TypingEventType {
    return event;
  }
}

@Resolver(() => ConversationPayload)
export class ConversationPayloadResolver {
  @FieldResolver(() => ConversationType, { nullable: true, description: 'The conversation as it is now (staff; null for widget clients, who read `myConversations`).' })
  async conversation(@Root() payload: ConversationPayload, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const scope = ctx.scope();
    return scope ? ctx.services.planner.one(info, 'Conversation', scope, payload.conversationId) : null;
  }

  @FieldResolver(() => ID, { description: 'The conversation id.' })
  conversationId(@Root() payload: ConversationPayload): string {
    return payload.conversationId;
  }
}

