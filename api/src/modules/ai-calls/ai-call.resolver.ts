import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
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
    @Arg('filter', () => AiCallFilter, { nullable: true }) filter: AiCallFilter | undefined,
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
}
