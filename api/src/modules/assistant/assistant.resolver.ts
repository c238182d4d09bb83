import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { connectionTypes, PageArgs, pageSize } from '../../graphql/connection.js';
import type { Condition } from '../../graphql/planner/sql.js';
import { Topic, type AssistantDraftEvent } from '../../events/topics.js';
import { visibleConversation } from '../conversations/conversation.access.js';
import { AddTrainingExamplesInput, AiCallFilter } from './assistant.inputs.js';
import { AiCallType, AssistantDraftType, ClassificationType, ClassifierStatusType, HandoffContextType, TrainingExamplesPayload } from './assistant.types.js';
import { addTrainingExamples, classifierStatus, requestTraining, tenantIdOf } from './classifier.service.js';
import { classifyText } from './classification.js';
import type { TurnSource } from './turns.js';

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
export class AssistantResolver {
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

  @Query(() => HandoffContextType, { description: 'Why the assistant handed a conversation off, with its summary, classification and every retrieval attempt (staff).' })
  async assistantContext(@Arg('conversationId', () => ID) conversationId: string, @Ctx() ctx: Context): Promise<HandoffContextType> {
    const ref = await visibleConversation(ctx, conversationId);
    const [c] = await ctx.services.readPool.query<{ handoff_context: Record<string, any> | null }>(
      'select handoff_context from conversations where id = $1 and tenant_id = $2',
      [ref.id, ref.tenantId],
    );
    const turns = await ctx.services.readPool.query<{ customer_seq: number; query: string; decision: string; reason: string | null; confidence: number | null; retrieval_ms: number | null; sources: TurnSource[]; answer_message_id: string | null; created_at: Date }>(
      `select customer_seq, query, decision, reason, confidence, retrieval_ms, sources, answer_message_id, created_at
         from assistant_turns where tenant_id = $1 and conversation_id = $2 order by created_at, id limit 200`,
      [ref.tenantId, ref.id],
    );
    const h = c?.handoff_context ?? null;
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

  @Query(() => ClassificationType, { description: 'Classify a text (category, intent, priority, sentiment): Claude when configured, else your trained offline classifier.' })
  async classifyText(@Arg('text', () => String) text: string, @Ctx() ctx: Context): Promise<ClassificationType> {
    const tenantId = tenantIdOf(ctx);
    if (!text.trim() || text.length > 10_000) throw badInput('text must be 1–10,000 characters', 'text');
    return classifyText(ctx.services, tenantId, null, text);
  }

  @Query(() => ClassifierStatusType, { description: 'Your offline classifier: status, examples, held-out accuracy and macro-F1.' })
  classifierStatus(@Ctx() ctx: Context): Promise<ClassifierStatusType> {
    return classifierStatus(ctx);
  }

  @Mutation(() => TrainingExamplesPayload, { description: 'Store labelled examples for the offline classifier (then `trainClassifier`). Audited.' })
  addTrainingExamples(@Arg('input', () => AddTrainingExamplesInput) input: AddTrainingExamplesInput, @Ctx() ctx: Context): Promise<TrainingExamplesPayload> {
    return addTrainingExamples(ctx, input);
  }

  @Mutation(() => ClassifierStatusType, { description: 'Train the offline classifier on your examples in the background; `classifierStatus` shows TRAINING, then READY with its metrics. Audited.' })
  async trainClassifier(@Ctx() ctx: Context): Promise<ClassifierStatusType> {
    await requestTraining(ctx);
    return classifierStatus(ctx);
  }

  @Subscription(() => AssistantDraftType, {
    description: 'The assistant’s answer while it is generated, piece by piece (customers and staff of the conversation). The stored message follows on `messageAdded` with the same id.',
    subscribe: async ({ args, context }) => {
      const ref = await visibleConversation(context as Context, args.conversationId as string);
      return (context as Context).services.events.pubSub.subscribe(Topic.ASSISTANT_DRAFT, ref.id);
    },
  })
  assistantDraft(@Root() event: AssistantDraftEvent, @Arg('conversationId', () => ID) _conversationId: string): AssistantDraftType {
    return event;
  }
}
