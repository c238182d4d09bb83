import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { KnowledgeDocument, KnowledgeKind, KnowledgeStatus } from './knowledge-document.entity.js';

registerEnumType(KnowledgeKind, { name: 'KnowledgeKind', description: 'ARTICLE (title + Markdown body) or FAQ (question + answer).' });
registerEnumType(KnowledgeStatus, { name: 'KnowledgeStatus', description: 'Only PUBLISHED documents are used by the assistant.' });

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
  @Field(() => DateTimeISO)
  createdAt!: Date;
  @Field(() => DateTimeISO)
  updatedAt!: Date;
}

registerReadModel({ graphqlType: 'KnowledgeDocument', entity: KnowledgeDocument, tenantColumn: 'tenant_id' });
