import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { oncePerEvent } from '../../graphql/per-event.js';
import { Topic, type TopicPayloads } from '../../events/topics.js';
import { ApprovalEventType, ApprovalRequestType } from './approval.type.js';
import { ApprovalFilter, ApprovalOrder, DecideApprovalInput, ReassignApprovalInput, RequestApprovalInput } from './approval.inputs.js';
import { APPROVAL_ORDERS, approvalConditions, approvalHistoryLoader, assertApprovalFilterInTenant } from './approval.reads.js';
import { decideApproval, reassignApproval, requestApproval } from './approval.service.js';

export const ApprovalRequestConnection = connectionTypes(ApprovalRequestType, 'ApprovalRequest', 'A page of approval requests.');

async function readApproval(ctx: Context, info: GraphQLResolveInfo, id: string, tenantId?: string) {
  const row = isUuid(id) ? await ctx.services.planner.one(info, 'ApprovalRequest', ctx.scope(tenantId), id) : null;
  if (!row) throw notFound('Approval request');
  return row;
}

@ObjectType('ApprovalPayload', { simpleResolvers: true, description: 'The approval after the change.' })
export class ApprovalPayload {
  approvalId!: string;
  tenantId!: string;

  @Field(() => ApprovalRequestType, { description: 'The approval as it is now.' })
  approval(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readApproval(ctx, info, this.approvalId, this.tenantId);
  }
}

const payload = (ref: { id: string; tenantId: string }) => Object.assign(new ApprovalPayload(), { approvalId: ref.id, tenantId: ref.tenantId });

/** Who hears about an approval: its tenant's deciders, and whoever asked for it. */
function mayFollow(ctx: Context, event: TopicPayloads['APPROVAL_UPDATED']): boolean {
  const v = ctx.viewer;
  if (v.kind !== 'user' && v.kind !== 'apiKey') return false;
  if (v.tenantId && v.tenantId !== event.tenantId) return false;
  if (v.permissions.has('approvals.decide')) return true;
  const me = v.kind === 'user' ? v.userId : v.apiKeyId;
  return event.requestedById !== null && event.requestedById === me;
}

@Resolver(() => ApprovalRequestType)
export class ApprovalResolver {
  @Query(() => ApprovalRequestConnection, { description: 'Approval requests of your tenant (`filter.mine`: those you are the approver of; `status: [PENDING, ESCALATED]`: the open queue).' })
  async approvalRequests(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ApprovalFilter, { nullable: true, description: 'Narrow by status, approver (`mine`), conversation or ticket; omit for all.' }) filter: ApprovalFilter | undefined,
    @Arg('orderBy', () => ApprovalOrder, { defaultValue: ApprovalOrder.CREATED_AT_DESC, description: 'Newest (default) or oldest first.' }) orderBy: ApprovalOrder,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    await assertApprovalFilterInTenant(ctx, filter);
    return ctx.services.planner.list(info, {
      nodeType: 'ApprovalRequest',
      scope: ctx.scope(),
      ...ctx.page(page),
      where: approvalConditions(ctx, filter),
      order: APPROVAL_ORDERS[orderBy],
    });
  }

  @Query(() => ApprovalRequestType, { description: 'One approval request (NOT_FOUND outside your tenant).' })
  approvalRequest(@Arg('id', () => ID, { description: 'The approval request\'s id.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readApproval(ctx, info, id);
  }

  @FieldResolver(() => [ApprovalEventType], { description: 'Every change, oldest first: requested, escalated, reassigned, approved or rejected.' })
  history(@Root() row: { id: string }, @Ctx() ctx: Context): Promise<ApprovalEventType[]> {
    return approvalHistoryLoader(ctx).load(row.id);
  }

  @Mutation(() => ApprovalPayload, {
    description: 'Propose an action for a manager to approve, about a conversation (needs `conversations.reply`) and/or a ticket (needs `tickets.update`). Bad fields: BAD_USER_INPUT with `extensions.field`.',
  })
  async requestApproval(@Arg('input', () => RequestApprovalInput, { description: 'The proposed action and what it is linked to.' }) input: RequestApprovalInput, @Ctx() ctx: Context): Promise<ApprovalPayload> {
    return payload(await requestApproval(ctx, input));
  }

  @Mutation(() => ApprovalPayload, {
    description: 'APPROVE, REJECT (reason required: else BAD_USER_INPUT on `reason`) or ESCALATE (to `escalateToUserId`, a manager or tenant admin; status ESCALATED, still open). Already approved or rejected: CONFLICT with `extensions.currentStatus`. The outcome is posted in the linked conversation as an internal note.',
  })
  async decideApproval(@Arg('input', () => DecideApprovalInput, { description: 'The approval and the decision.' }) input: DecideApprovalInput, @Ctx() ctx: Context): Promise<ApprovalPayload> {
    return payload(await decideApproval(ctx, input));
  }

  @Mutation(() => ApprovalPayload, { description: 'Give an open approval to another approver (needs `approvals.decide` and `tickets.assign`). Decided already: CONFLICT.' })
  async reassignApproval(@Arg('input', () => ReassignApprovalInput, { description: 'The open approval and its new approver.' }) input: ReassignApprovalInput, @Ctx() ctx: Context): Promise<ApprovalPayload> {
    return payload(await reassignApproval(ctx, input));
  }

  @Subscription(() => ApprovalRequestType, {
    topics: Topic.APPROVAL_UPDATED,
    description: 'Approvals of your tenant as they are requested, decided, escalated or reassigned: all of them with `approvals.decide`, else only those you asked for.',
    filter: ({ payload, context }: { payload: TopicPayloads['APPROVAL_UPDATED']; context: Context }) => mayFollow(context, payload),
  })
  async approvalUpdated(@Root() event: TopicPayloads['APPROVAL_UPDATED'], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // Checked again here: the filter ran with the viewer of the moment; so does every delivery.
    if (!mayFollow(ctx, event)) throw notFound('Approval request');
    const scope = ctx.scope(event.tenantId);
    const row = await oncePerEvent(event, info, scope, () => ctx.services.planner.one(info, 'ApprovalRequest', scope, event.approvalId));
    if (!row) throw notFound('Approval request');
    return row;
  }
}
