import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { IndexingStatus, KnowledgeDocument, KnowledgeKind, KnowledgeStatus } from './knowledge-document.entity.js';

registerEnumType(KnowledgeKind, { name: 'KnowledgeKind', description: 'ARTICLE (title + Markdown body) or FAQ (question + answer).' });
registerEnumType(KnowledgeStatus, { name: 'KnowledgeStatus', description: 'Only PUBLISHED documents are used by the assistant.' });
registerEnumType(IndexingStatus, { name: 'IndexingStatus', description: 'Background indexing of a published document: PENDING (queued), INDEXING (with progress), INDEXED, FAILED (see indexingError; retried automatically), NOT_INDEXED (a draft).' });

@ObjectType('KnowledgeDocument', { simpleResolvers: true, description: 'An article or FAQ of the tenant’s knowledge base.' })
export class KnowledgeDocumentType {
  @Field(() => ID)
  id!: string;
  @Field(() => KnowledgeKind)
  kind!: KnowledgeKind;
  @Field(() => String, { description: 'The article title, or the FAQ question.' })
  title!: string;
  @Field(() => String, { description: 'Markdown: the article body, or the FAQ answer.' })
  body!: string;
  @Field(() => [String])
  tags!: string[];
  @Field(() => KnowledgeStatus)
  status!: KnowledgeStatus;
  @Field(() => IndexingStatus)
  indexingStatus!: IndexingStatus;
  @Field(() => Int, { description: 'Indexing progress in percent (0–100).' })
  indexingProgress!: number;
  @Field(() => String, { nullable: true, description: 'Why the last indexing attempt failed (it is retried with back-off).' })
  indexingError!: string | null;
  @Field(() => Int, { description: 'Chunks the assistant can retrieve from this document.' })
  chunkCount!: number;
  @Field(() => DateTimeISO, { nullable: true })
  publishedAt!: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the current content finished indexing.' })
  indexedAt!: Date | null;
  @Field(() => DateTimeISO)
  createdAt!: Date;
  @Field(() => DateTimeISO)
  updatedAt!: Date;
}

registerReadModel({ graphqlType: 'KnowledgeDocument', entity: KnowledgeDocument, tenantColumn: 'tenant_id' });
