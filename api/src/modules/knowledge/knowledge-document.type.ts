import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { IndexingStatus, KnowledgeDocument, KnowledgeKind, KnowledgeStatus } from './knowledge-document.entity.js';

registerEnumType(KnowledgeKind, {
  name: 'KnowledgeKind',
  description: 'ARTICLE (title + Markdown body) or FAQ (question + answer).',
  valuesConfig: {
    ARTICLE: { description: 'An article: a title and a Markdown body.' },
    FAQ: { description: 'A question (`title`) and its answer (`body`).' },
  },
});
registerEnumType(KnowledgeStatus, {
  name: 'KnowledgeStatus',
  description: 'Only PUBLISHED documents are used by the assistant.',
  valuesConfig: {
    DRAFT: { description: 'Not used by the assistant.' },
    PUBLISHED: { description: 'Indexed and used by the assistant.' },
  },
});
registerEnumType(IndexingStatus, {
  name: 'IndexingStatus',
  description: 'Background indexing of a published document: PENDING (queued), INDEXING (with progress), INDEXED, FAILED (see indexingError; retried automatically), NOT_INDEXED (a draft).',
  valuesConfig: {
    NOT_INDEXED: { description: 'Not searchable (a draft, or unpublished).' },
    PENDING: { description: 'Queued for indexing.' },
    INDEXING: { description: 'Being chunked and embedded now.' },
    INDEXED: { description: 'Searchable by the assistant.' },
    FAILED: { description: 'Indexing failed (`indexingError` says why); retried automatically, or with `reindexKnowledge`.' },
  },
});

@ObjectType('KnowledgeDocument', { simpleResolvers: true, description: 'An article or FAQ of the tenant’s knowledge base.' })
export class KnowledgeDocumentType {
  @Field(() => ID, { description: 'The document\'s id.' })
  id!: string;
  @Field(() => KnowledgeKind, { description: 'ARTICLE or FAQ.' })
  kind!: KnowledgeKind;
  @Field(() => String, { description: 'The article title, or the FAQ question.' })
  title!: string;
  @Field(() => String, { description: 'Markdown: the article body, or the FAQ answer.' })
  body!: string;
  @Field(() => [String], { description: 'Free labels for people and filters.' })
  tags!: string[];
  @Field(() => KnowledgeStatus, { description: 'DRAFT (not used by the assistant) or PUBLISHED.' })
  status!: KnowledgeStatus;
  @Field(() => IndexingStatus, { description: 'Whether the assistant can search it yet.' })
  indexingStatus!: IndexingStatus;
  @Field(() => Int, { description: 'Indexing progress in percent (0–100).' })
  indexingProgress!: number;
  @Field(() => String, { nullable: true, description: 'Why the last indexing attempt failed (it is retried with back-off).' })
  indexingError!: string | null;
  @Field(() => Int, { description: 'Chunks the assistant can retrieve from this document.' })
  chunkCount!: number;
  @Field(() => DateTimeISO, { nullable: true, description: 'When it was last published; null for drafts.' })
  publishedAt!: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the current content finished indexing.' })
  indexedAt!: Date | null;
  @Field(() => DateTimeISO, { description: 'When it was created.' })
  createdAt!: Date;
  @Field(() => DateTimeISO, { description: 'When it last changed.' })
  updatedAt!: Date;
}

registerReadModel({ graphqlType: 'KnowledgeDocument', entity: KnowledgeDocument, tenantColumn: 'tenant_id' });
