// `searchKnowledge`: the assistant's retrieval, for admins to try questions (the dashboard's
// "try a question" panel), and `knowledgeIndexing`: live indexing progress.
import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { filter, pipe } from '@graphql-yoga/subscription';
import type { Context } from '../../context.js';
import { staffTenantOf } from '../../auth/viewer.js';
import { Topic, type TopicPayloads } from '../../events/topics.js';
import { searchKnowledge } from './knowledge-search.service.js';
import { assertVisibleDocument } from './knowledge.service.js';
import { KnowledgeKind } from './knowledge-document.entity.js';

@ObjectType('KnowledgeSearchHit', { simpleResolvers: true, description: 'One retrieved chunk with its scores.' })
export class KnowledgeSearchHit {
  @Field(() => ID, { description: 'The chunk\'s id.' })
  chunkId!: string;
  @Field(() => ID, { description: 'The document the chunk comes from.' })
  documentId!: string;
  @Field(() => String, { description: 'The document\'s title.' })
  title!: string;
  @Field(() => KnowledgeKind, { description: 'Whether the document is an ARTICLE or a FAQ.' })
  kind!: KnowledgeKind;
  @Field(() => [String], { description: 'Headings above the chunk, from the document title down.' })
  headingPath!: string[];
  @Field(() => Int, { description: 'Position of the chunk in its document.' })
  chunk!: number;
  @Field(() => String, { description: 'The chunk\'s text as the assistant would read it.' })
  text!: string;
  @Field(() => Float, { nullable: true, description: 'Cosine similarity of the dense (embedding) match; null when only full-text found it.' })
  similarity!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank in the dense list (1 = best).' })
  denseRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank in the full-text list (1 = best).' })
  lexicalRank!: number | null;
  @Field(() => Float, { description: 'Fused score: cosine similarity plus the full-text share (higher is better).' })
  score!: number;
}

@ObjectType('KnowledgeSearchResult', { simpleResolvers: true, description: 'What the assistant would retrieve for a question.' })
export class KnowledgeSearchResult {
  @Field(() => [KnowledgeSearchHit], { description: 'The chunks retrieved, best first.' })
  hits!: KnowledgeSearchHit[];
  @Field(() => Float, { description: 'The hand-off score 0–1 the threshold cuts: with a calibration in force, its model over the retrieval evidence and the nearest calibration probes; otherwise the retrieval evidence (the retrieval part of the assistant’s confidence).' })
  evidence!: number;
  @Field(() => Boolean, { description: 'True when that score is below the tenant’s hand-off threshold in force: the offline assistant would hand off (the same decision as its turn).' })
  wouldHandOff!: boolean;
  @Field(() => Int, { description: 'Time spent retrieving, in ms.' })
  tookMs!: number;
}

@ObjectType('KnowledgeIndexingEvent', { simpleResolvers: true, description: 'Indexing status or progress of a document changed.' })
export class KnowledgeIndexingEvent {
  @Field(() => ID, { description: 'The document whose indexing changed.' })
  documentId!: string;
  @Field(() => String, { description: 'PENDING, INDEXING, INDEXED, FAILED or NOT_INDEXED.' })
  status!: string;
  @Field(() => Int, { description: 'Percent, 0–100.' })
  progress!: number;
  @Field(() => Int, { description: 'Chunks of the document in the index (set when it becomes INDEXED; the previous count while it is re-indexed).' })
  chunkCount!: number;
  @Field(() => String, { nullable: true, description: 'Why indexing failed; null unless the status is FAILED.' })
  error!: string | null;
}

@Resolver()
export class KnowledgeSearchResolver {
  @Query(() => KnowledgeSearchResult, { description: 'Retrieve the knowledge chunks the assistant would use for a question (dense + full-text, fused by score).' })
  async searchKnowledge(
    @Arg('query', () => String, { description: 'The customer\'s question, as they would write it (1–2,000 characters).' }) query: string,
    @Arg('first', () => Int, { defaultValue: 5, description: '1–20 hits.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<KnowledgeSearchResult> {
    const found = await searchKnowledge(ctx, query, first);
    return { ...found, hits: found.chunks.map((c) => ({ ...c, kind: c.kind as KnowledgeKind, chunk: c.ordinal })) };
  }

  @Subscription(() => KnowledgeIndexingEvent, {
    description: 'Indexing progress of your tenant’s documents (all, or one with `documentId`).',
    subscribe: async ({ args, context }) => {
      const tenantId = staffTenantOf((context as Context).viewer);
      const only = args.documentId as string | undefined;
      // Like every other subscription: an unknown (or another tenant's) id answers NOT_FOUND at
      // once, instead of a stream that silently never delivers.
      if (only) await assertVisibleDocument(context as Context, only);
      return pipe(
        (context as Context).services.events.pubSub.subscribe(Topic.KNOWLEDGE_INDEXING),
        filter((e: TopicPayloads['KNOWLEDGE_INDEXING']) => !!tenantId && e.tenantId === tenantId && (!only || e.documentId === only)),
      );
    },
  })
  knowledgeIndexing(
    @Root() event: TopicPayloads['KNOWLEDGE_INDEXING'],
    @Arg('documentId', () => ID, { nullable: true, description: 'Only this document\'s progress; omit for every document of your tenant.' }) _documentId: string | undefined,
  ): KnowledgeIndexingEvent {
    return event;
  }
}
