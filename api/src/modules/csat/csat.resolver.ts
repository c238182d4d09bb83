import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ConversationType, WidgetConversationType } from '../conversations/conversation.type.js';
import { CsatRatingType, CsatRequestType, SubmitCsatPayload } from './csat.type.js';
import { SubmitCsatInput } from './csat.inputs.js';
import { submitCsat } from './csat.service.js';
import { csatRequestLoader, latestRatingLoader } from './csat.reads.js';

@Resolver()
export class CsatResolver {
  @Mutation(() => SubmitCsatPayload, {
    description:
      'Widget clients: rate the resolution of your own conversation, 1–5 with an optional comment (≤ 1,000 characters). Once per resolution: a second rating of the same resolution is CONFLICT (after a reopen and a new resolution it may be rated again). Not resolved (or closed) yet, ratings turned off, or a rating outside 1–5: BAD_USER_INPUT, nothing stored. Another customer’s conversation: NOT_FOUND. Emits `customer.rated`.',
  })
  async submitCsat(@Arg('input', () => SubmitCsatInput, { description: 'Your conversation, a rating 1–5 and an optional comment.' }) input: SubmitCsatInput, @Ctx() ctx: Context): Promise<SubmitCsatPayload> {
    const r = await submitCsat(ctx, input);
    const csat: CsatRatingType = { id: r.id, rating: r.rating, comment: r.comment, at: r.createdAt.toISOString(), resolutionCycle: r.resolutionCycle, aiOnly: r.aiOnly, agentId: r.agent?.id ?? null };
    return { csat, conversationId: input.conversationId };
  }
}

@Resolver(() => ConversationType)
export class ConversationCsatResolver {
  @FieldResolver(() => CsatRatingType, { nullable: true, description: 'The customer’s rating of the latest rated resolution (CSAT); null when never rated.' })
  csat(@Root() conversation: { id: string }, @Ctx() ctx: Context): Promise<CsatRatingType | null> {
    return latestRatingLoader(ctx, ctx.scope()).load(conversation.id);
  }
}

@Resolver(() => WidgetConversationType)
export class WidgetConversationCsatResolver {
  @FieldResolver(() => CsatRequestType, {
    nullable: true,
    description: 'The satisfaction survey of this resolution: set when the conversation is RESOLVED or CLOSED and the tenant asks for ratings (`alreadyRated` says whether it was answered); null otherwise.',
  })
  csatRequest(@Root() conversation: WidgetConversationType, @Ctx() ctx: Context): Promise<CsatRequestType | null> | null {
    const v = ctx.viewer;
    if (v.kind !== 'widget') return null;
    return csatRequestLoader(ctx, v.tenantId).load({ id: conversation.id, status: conversation.status, resolutionCycle: conversation.resolutionCycle ?? 0 });
  }
}
