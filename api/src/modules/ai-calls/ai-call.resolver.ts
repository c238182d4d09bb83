import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { connectionTypes, PageArgs, pageSize } from '../../graphql/connection.js';
import type { Condition } from '../../graphql/planner/sql.js';
import { visibleConversation } from '../conversations/conversation.access.js';
import { AiCallFilter } from './ai-call.inputs.js';
import { AiCallType } from './ai-call.type.js';

export const AiCallConnection = connectionTypes(AiCallType, 'AiCall', 'A page of the AI call log, newest first.');

function aiCallConditions(filter: AiCallFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (filter?.conversationId) {
    out.push((a, p) => `${a}.conversation_id = ${p(filter.conversationId)}`);
  }
  if (filter?.purpose) out.push((a, p) => `${a}.purpose = ${p(filter.purpose)}`);
  if (filter?.outcome) out.push((a, p) => `${a}.outcome = ${p(filter.outcome)}`);
  return out;
}

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
      first: pageSize(page, ctx.services.config.MAX_PAGE_SIZE),
      after: page.after,
      where: aiCallConditions(filter),
      order: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
    });
  }
}
