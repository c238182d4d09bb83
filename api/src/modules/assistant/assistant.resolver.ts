import { Arg, Ctx, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { Topic, type AssistantDraftEvent } from '../../events/topics.js';
import { visibleConversation } from '../conversations/conversation.access.js';
import { AssistantDraftType, HandoffContextType } from './assistant.types.js';
import { handoffContext } from './assistant.reads.js';

@Resolver()
export class AssistantResolver {
  @Query(() => HandoffContextType, { description: 'Why the assistant handed a conversation off, with its summary, classification and every retrieval attempt (staff).' })
  async assistantContext(@Arg('conversationId', () => ID, { description: 'The conversation whose assistant turns and hand-off to show (NOT_FOUND outside your tenant).' }) conversationId: string, @Ctx() ctx: Context): Promise<HandoffContextType> {
    const ref = await visibleConversation(ctx, conversationId);
    const { handoff: h, turns } = await handoffContext(ctx.services.readPool, { kind: 'tenant', tenantId: ref.tenantId }, ref.id);
    return {
      reason: h?.reason ?? null,
      detail: h?.detail ?? null,
      summary: h?.summary ?? null,
      classification: h?.classification ?? null,
      handedOffAt: h?.handedOffAt ? new Date(h.handedOffAt) : null,
      turns: turns.map((t) => ({
        customerSeq: t.customer_seq,
        query: t.query,
        decision: t.decision,
        reason: t.reason,
        confidence: t.confidence,
        retrievalMs: t.retrieval_ms,
        sources: t.sources,
        answerMessageId: t.answer_message_id,
        createdAt: t.created_at,
      })),
    };
  }

  @Subscription(() => AssistantDraftType, {
    description: 'The assistant’s answer while it is generated, piece by piece (customers and staff of the conversation). The stored message follows on `messageAdded` with the same id.',
    subscribe: async ({ args, context }) => {
      const ref = await visibleConversation(context as Context, args.conversationId as string);
      return (context as Context).services.events.pubSub.subscribe(Topic.ASSISTANT_DRAFT, ref.id);
    },
  })
  assistantDraft(@Root() event: AssistantDraftEvent, @Arg('conversationId', () => ID, { description: 'The conversation whose assistant answers to stream.' }) _conversationId: string): AssistantDraftType {
    return event;
  }
}
