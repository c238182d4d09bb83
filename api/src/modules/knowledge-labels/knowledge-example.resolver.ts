import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, Info, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { KnowledgeExampleType } from './knowledge-example.type.js';
import { KnowledgeExampleFilter, MarkAnswerNotInKnowledgeInput, MarkHandoffAnswerableInput, ResolveKnowledgeExampleInput } from './knowledge-example.inputs.js';
import { knowledgeExampleConditions } from './knowledge-example.reads.js';
import { markAnswerNotInKnowledge, markHandoffAnswerable, resolveKnowledgeExample } from './knowledge-example.service.js';

export const KnowledgeExampleConnection = connectionTypes(KnowledgeExampleType, 'KnowledgeExample', 'A page of labelled examples, newest first.');

// The payload reads the example back through the planner, so it looks exactly like a list node.
@ObjectType('KnowledgeExamplePayload', { simpleResolvers: true, description: 'The labelled example after the change.' })
export class KnowledgeExamplePayload {
  exampleId!: string;
  tenantId!: string;

  @Field(() => KnowledgeExampleType, { description: 'The example as it is now.' })
  async example(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = await ctx.services.planner.one(info, 'KnowledgeExample', ctx.scope(this.tenantId), this.exampleId);
    if (!row) throw notFound('Knowledge example');
    return row;
  }
}

const payload = (r: { id: string; tenantId: string }) => Object.assign(new KnowledgeExamplePayload(), { exampleId: r.id, tenantId: r.tenantId });

@Resolver(() => KnowledgeExampleType)
export class KnowledgeExampleResolver {
  @Query(() => KnowledgeExampleConnection, {
    description: 'Customer questions the team labelled, newest first. `filter: { kind: UNANSWERABLE, resolved: false }` is the worklist: questions customers asked that the knowledge base does not answer.',
  })
  knowledgeExamples(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => KnowledgeExampleFilter, { nullable: true, description: 'Kind and open/resolved.' }) filter: KnowledgeExampleFilter | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.planner.list(info, {
      nodeType: 'KnowledgeExample',
      scope: ctx.scope(),
      ...ctx.page(page),
      where: knowledgeExampleConditions(filter),
      order: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
    });
  }

  @Mutation(() => KnowledgeExamplePayload, {
    description: 'Mark an AI answer “wrong / not in our knowledge”: the customer question before it becomes an UNANSWERABLE example (one per answer: marking again updates it). Not an AI message: BAD_USER_INPUT with `reason` NOT_AN_AI_MESSAGE; another tenant’s: NOT_FOUND. Audited; emits `knowledge.labelled`.',
  })
  async markAnswerNotInKnowledge(@Arg('input', () => MarkAnswerNotInKnowledgeInput, { description: 'The AI answer that was wrong or not in your knowledge, and an optional note.' }) input: MarkAnswerNotInKnowledgeInput, @Ctx() ctx: Context): Promise<KnowledgeExamplePayload> {
    return payload(await markAnswerNotInKnowledge(ctx, input));
  }

  @Mutation(() => KnowledgeExamplePayload, {
    description: 'Mark a hand-off “our knowledge answers this” with the article: the customer question becomes an ANSWERABLE example for the next calibration (one per question: marking again updates it). BAD_USER_INPUT `reason`s: NOT_HANDED_OFF, NOT_A_CUSTOMER_MESSAGE, NO_CUSTOMER_QUESTION, DOCUMENT_NOT_PUBLISHED, ONE_TARGET; another tenant’s ids: NOT_FOUND. Audited; emits `knowledge.labelled`.',
  })
  async markHandoffAnswerable(@Arg('input', () => MarkHandoffAnswerableInput, { description: 'The handed-off conversation (or its message) and the published article that answers it.' }) input: MarkHandoffAnswerableInput, @Ctx() ctx: Context): Promise<KnowledgeExamplePayload> {
    return payload(await markHandoffAnswerable(ctx, input));
  }

  @Mutation(() => KnowledgeExamplePayload, {
    description: 'Close an example of the worklist, with the FAQ written for it (PUBLISHED, of your tenant) or without (dismissed). Resolving again keeps the first time. Audited; emits `knowledge.labelled`.',
  })
  async resolveKnowledgeExample(@Arg('input', () => ResolveKnowledgeExampleInput, { description: 'The worklist item, and the article that now answers it (optional).' }) input: ResolveKnowledgeExampleInput, @Ctx() ctx: Context): Promise<KnowledgeExamplePayload> {
    return payload(await resolveKnowledgeExample(ctx, input));
  }
}
