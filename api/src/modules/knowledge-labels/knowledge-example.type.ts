import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { KnowledgeDocumentType } from '../knowledge/knowledge-document.type.js';
import { UserType } from '../users/user.type.js';
import { KnowledgeExample, KnowledgeExampleKind } from './knowledge-example.entity.js';

registerEnumType(KnowledgeExampleKind, {
  name: 'KnowledgeExampleKind',
  description: 'What the team said about a customer question.',
  valuesConfig: {
    ANSWERABLE: { description: '“Our knowledge answers this”: a hand-off the assistant should have answered, with the article that answers it.' },
    UNANSWERABLE: { description: '“Wrong / not in our knowledge”: the assistant answered a question the knowledge base does not answer.' },
  },
});

@ObjectType('KnowledgeExample', {
  simpleResolvers: true,
  description: 'A customer question labelled by the team. It becomes a probe of the tenant’s next knowledge calibration; unresolved UNANSWERABLE examples are the “questions the knowledge base does not answer” worklist.',
})
export class KnowledgeExampleType {
  @Field(() => ID, { description: 'Example id (UUID).' })
  id!: string;
  @Field(() => String, { description: 'The customer’s question, as they wrote it.' })
  question!: string;
  @Field(() => KnowledgeExampleKind, { description: 'ANSWERABLE or UNANSWERABLE.' })
  kind!: KnowledgeExampleKind;
  @Field(() => KnowledgeDocumentType, { nullable: true, description: 'ANSWERABLE: the article that answers it (null once deleted).' })
  document!: KnowledgeDocumentType | null;
  @Field(() => ID, { nullable: true, description: 'The conversation it came from (null once deleted).' })
  conversationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The labelled message: the AI answer (UNANSWERABLE) or the customer’s question (ANSWERABLE).' })
  messageId!: string | null;
  @Field(() => UserType, { nullable: true, description: 'Who labelled it (null once the user is deleted).' })
  createdBy!: UserType | null;
  @Field(() => String, { nullable: true, description: 'The labeller’s note, if any.' })
  note!: string | null;
  @Field(() => DateTimeISO, { description: 'When it was labelled (last labelled, if labelled again).' })
  createdAt!: Date;
  @Field(() => DateTimeISO, { nullable: true, description: 'When it was resolved (an FAQ written for it, or dismissed); null: still open.' })
  resolvedAt!: Date | null;
  @Field(() => KnowledgeDocumentType, { nullable: true, description: 'The FAQ or article written for it, when resolved with one.' })
  resolvedDocument!: KnowledgeDocumentType | null;
}

registerReadModel({ graphqlType: 'KnowledgeExample', entity: KnowledgeExample, tenantColumn: 'tenant_id' });
