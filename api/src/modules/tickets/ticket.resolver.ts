import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { oncePerEvent } from '../../graphql/per-event.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { Topic, type TopicPayloads } from '../../events/topics.js';
import { TicketEventType, TicketPayload, TicketType } from './ticket.type.js';
import {
  AssignTicketInput, CommentOnTicketInput, CreateTicketFromConversationInput, CreateTicketInput, EscalateTicketInput, TicketFilter, TicketIdInput, TicketOrder, UpdateTicketInput,
} from './ticket.inputs.js';
import { assertFilterIdsInTenant, ticketConditions, ticketEventsLoader, TICKET_ORDERS } from './ticket.reads.js';
import {
  assignTicketRequest, commentRequest, createTicketFromConversationRequest, createTicketRequest, escalateRequest, statusRequest, updateTicketRequest, type TicketResult,
} from './ticket.requests.js';

export const TicketConnection = connectionTypes(TicketType, 'Ticket', 'A page of tickets.');

const payload = (r: TicketResult): TicketPayload => Object.assign(new TicketPayload(), r);

@Resolver(() => TicketType)
export class TicketResolver {
  @Query(() => TicketConnection, { description: 'Tickets of your tenant, filtered and ordered (keyset pages: pass `pageInfo.endCursor` as `after`).' })
  async tickets(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => TicketFilter, { nullable: true, description: 'Narrow by status, priority, queue, assignee, contact, tag, SLA state or search text; all given conditions must hold.' }) filter: TicketFilter | undefined,
    @Arg('orderBy', () => TicketOrder, { defaultValue: TicketOrder.CREATED_AT_DESC, description: 'Newest first by default; a cursor only works with the order it came from.' }) orderBy: TicketOrder,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    await assertFilterIdsInTenant(ctx, filter);
    return ctx.services.planner.list(info, {
      nodeType: 'Ticket',
      scope: ctx.scope(),
      ...ctx.page(page),
      where: ticketConditions(ctx, filter),
      order: TICKET_ORDERS[orderBy],
    });
  }

  @Query(() => TicketType, { description: 'One ticket (NOT_FOUND outside your tenant).' })
  async ticket(@Arg('id', () => ID, { description: 'The ticket\'s id (not its number).' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = isUuid(id) ? await ctx.services.planner.one(info, 'Ticket', ctx.scope(), id) : null;
    if (!row) throw notFound('Ticket');
    return row;
  }

  @FieldResolver(() => [TicketEventType], { description: 'The history, oldest first (the newest 500 when there are more): every change, comment and status move, who made it and what changed.' })
  events(@Root() ticket: { id: string }, @Ctx() ctx: Context): Promise<TicketEventType[]> {
    return ticketEventsLoader(ctx).load(ticket.id);
  }

  @Mutation(() => TicketPayload, {
    description: 'Create a ticket (status OPEN, the next number of your tenant). Ids of another tenant: NOT_FOUND; bad values: BAD_USER_INPUT naming the field. With `idempotencyKey`, a retry returns the first ticket.',
  })
  async createTicket(@Arg('input', () => CreateTicketInput, { description: 'The ticket\'s subject, contact and fields.' }) input: CreateTicketInput, @Ctx() ctx: Context): Promise<TicketPayload> {
    return payload(await createTicketRequest(ctx, input));
  }

  @Mutation(() => TicketPayload, {
    description: 'Create a ticket from a conversation: subject, contact and channel copied, category/intent/priority from the assistant’s classification, and `escalationContext` with the transcript, hand-off, retrieval attempts and customer.',
  })
  async createTicketFromConversation(@Arg('input', () => CreateTicketFromConversationInput, { description: 'The conversation and anything to set differently from what it carries.' }) input: CreateTicketFromConversationInput, @Ctx() ctx: Context): Promise<TicketPayload> {
    return payload(await createTicketFromConversationRequest(ctx, input));
  }

  @Mutation(() => TicketPayload, { description: 'Change fields (one history entry). Same values: nothing written (`ticketEventId` null). CLOSED tickets: CONFLICT.' })
  async updateTicket(@Arg('input', () => UpdateTicketInput, { description: 'The ticket and the fields to change.' }) input: UpdateTicketInput, @Ctx() ctx: Context): Promise<TicketPayload> {
    return payload(await updateTicketRequest(ctx, input));
  }

  @Mutation(() => TicketPayload, { description: 'Assign to yourself (`tickets.update`) or anyone (`tickets.assign`); null unassigns.' })
  async assignTicket(@Arg('input', () => AssignTicketInput, { description: 'The ticket and its new assignee (null: nobody).' }) input: AssignTicketInput, @Ctx() ctx: Context): Promise<TicketPayload> {
    return payload(await assignTicketRequest(ctx, input));
  }

  @Mutation(() => TicketPayload, { description: 'Add a public reply (the customer sees it) or an internal note. CLOSED tickets: CONFLICT.' })
  async commentOnTicket(@Arg('input', () => CommentOnTicketInput, { description: 'The ticket, the text and whether it is a public reply or an internal note.' }) input: CommentOnTicketInput, @Ctx() ctx: Context): Promise<TicketPayload> {
    return payload(await commentRequest(ctx, input));
  }

  @Mutation(() => TicketPayload, { description: 'Resolve. Your own retry: nothing changes; resolved by someone else meanwhile, or CLOSED: CONFLICT (`extensions.currentStatus`).' })
  async resolveTicket(@Arg('input', () => TicketIdInput, { description: 'The ticket to resolve.' }) input: TicketIdInput, @Ctx() ctx: Context): Promise<TicketPayload> {
    return payload(await statusRequest(ctx, input, 'resolve'));
  }

  @Mutation(() => TicketPayload, { description: 'Reopen a RESOLVED ticket (OPEN already: nothing changes; PENDING, ESCALATED or CLOSED: CONFLICT).' })
  async reopenTicket(@Arg('input', () => TicketIdInput, { description: 'The resolved ticket to reopen.' }) input: TicketIdInput, @Ctx() ctx: Context): Promise<TicketPayload> {
    return payload(await statusRequest(ctx, input, 'reopen'));
  }

  @Mutation(() => TicketPayload, { description: 'Close for good (from any status; closed already: nothing changes).' })
  async closeTicket(@Arg('input', () => TicketIdInput, { description: 'The ticket to close for good.' }) input: TicketIdInput, @Ctx() ctx: Context): Promise<TicketPayload> {
    return payload(await statusRequest(ctx, input, 'close'));
  }

  @Mutation(() => TicketPayload, { description: 'Escalate (OPEN or PENDING → ESCALATED), with the reason in the history. RESOLVED or CLOSED: CONFLICT.' })
  async escalateTicket(@Arg('input', () => EscalateTicketInput, { description: 'The ticket and the reason for escalating it.' }) input: EscalateTicketInput, @Ctx() ctx: Context): Promise<TicketPayload> {
    return payload(await escalateRequest(ctx, input));
  }

  @Subscription(() => TicketType, {
    topics: Topic.TICKET_UPDATED,
    description: 'Tickets of your tenant changed (any field, comment or status): each delivery is the ticket as it is now, read in your scope.',
    filter: ({ payload, context }: { payload: TopicPayloads['TICKET_UPDATED']; context: Context }) => {
      const v = context.viewer;
      if (v.kind !== 'user' && v.kind !== 'apiKey') return false;
      if (v.tenantId && v.tenantId !== payload.tenantId) return false;
      return v.permissions.has('tickets.view');
    },
  })
  async ticketUpdated(@Root() event: TopicPayloads['TICKET_UPDATED'], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const scope = ctx.scope(event.tenantId);
    const row = await oncePerEvent(event, info, scope, () => ctx.services.planner.one(info, 'Ticket', scope, event.ticketId));
    if (!row) throw notFound('Ticket');
    return row;
  }
}

@Resolver(() => TicketPayload)
export class TicketPayloadResolver {
  @FieldResolver(() => TicketType, { description: 'The ticket as it is now.' })
  async ticket(@Root() p: TicketPayload, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = await ctx.services.planner.one(info, 'Ticket', ctx.scope(p.tenantId), p.ticketId);
    if (!row) throw notFound('Ticket');
    return row;
  }

  @FieldResolver(() => ID, { description: 'The ticket id.' })
  ticketId(@Root() p: TicketPayload): string {
    return p.ticketId;
  }
}

