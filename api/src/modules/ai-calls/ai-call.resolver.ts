import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { DateTimeISO } from '../../graphql/scalars.js';
import { forbidden } from '../../errors.js';
import { aiUsage } from './ai-usage.reads.js';
import { AiUsageType } from './ai-usage.type.js';
import { visibleConversation } from '../conversations/conversation.access.js';
import { AiCallFilter } from './ai-call.inputs.js';
import { aiCallConditions } from './ai-call.reads.js';
import { AiCallType } from './ai-call.type.js';

export const AiCallConnection = connectionTypes(AiCallType, 'AiCall', 'A page of the AI call log, newest first.');

@Resolver()
export class AiCallResolver {
  @Query(() => AiCallConnection, { description: 'Every language-model call of your tenant: purpose, model, latency, tokens, estimated cost, outcome, retries.' })
  async aiCalls(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AiCallFilter, { nullable: true, description: 'Narrow the log by conversation, purpose or outcome; omit for every call.' }) filter: AiCallFilter | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Another tenant's conversation is NOT_FOUND, like everywhere else (not an empty page).
    if (filter?.conversationId) await visibleConversation(ctx, filter.conversationId);
    return ctx.services.planner.list(info, {
      nodeType: 'AiCall',
      scope: ctx.scope(),
      ...ctx.page(page),
      where: aiCallConditions(filter),
      order: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
    });
  }

  @Query(() => AiUsageType, {
    description:
      'The AI call log of a period summed: calls, tokens, estimated cost, latency p50/p95 and the hand-off rate of the conversations involved — in total, per purpose and per model. `from` inclusive, `to` exclusive, at most 400 days. Platform admins: all tenants, or `tenantId`.',
  })
  aiUsage(
    @Arg('from', () => DateTimeISO, { description: 'Start of the period (inclusive).' }) from: Date,
    @Arg('to', () => DateTimeISO, { description: 'End of the period (exclusive).' }) to: Date,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins only: the usage of this tenant.' }) tenantId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<AiUsageType> {
    const scope = ctx.scope(tenantId);
    if (!scope) throw forbidden();
    return aiUsage(ctx.services.readPool, scope, from, to);
  }
}
