import { Field, ID, InputType } from 'type-graphql';
import { KnowledgeExampleKind } from './knowledge-example.entity.js';

@InputType('MarkAnswerNotInKnowledgeInput', { description: 'Label an AI answer “wrong / not in our knowledge”.' })
export class MarkAnswerNotInKnowledgeInput {
  @Field(() => ID, { description: 'The assistant’s message (author AI). The customer message before it becomes the example’s question.' })
  messageId!: string;
  @Field(() => String, { nullable: true, description: 'Why (optional, 1–1,000 characters; blank means none).' })
  note?: string | null;
}

@InputType('MarkHandoffAnswerableInput', { description: 'Label a hand-off “our knowledge answers this”, with the article. Name the conversation or the customer message.' })
export class MarkHandoffAnswerableInput {
  @Field(() => ID, { nullable: true, description: 'A conversation the assistant handed off: its question is the last customer message before the hand-off.' })
  conversationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Or: the customer message (author CUSTOMER) that asked the question.' })
  messageId?: string | null;
  @Field(() => ID, { description: 'The PUBLISHED article or FAQ of your tenant that answers it.' })
  documentId!: string;
  @Field(() => String, { nullable: true, description: 'A note (optional, 1–1,000 characters; blank means none).' })
  note?: string | null;
}

@InputType('ResolveKnowledgeExampleInput', { description: 'Close an example of the worklist.' })
export class ResolveKnowledgeExampleInput {
  @Field(() => ID, { description: 'The example.' })
  id!: string;
  @Field(() => ID, { nullable: true, description: 'The FAQ or article written for it (must be PUBLISHED, of your tenant). Omitted: dismissed without one.' })
  documentId?: string | null;
}

@InputType('KnowledgeExampleFilter', { description: 'Narrow the labelled examples.' })
export class KnowledgeExampleFilter {
  @Field(() => KnowledgeExampleKind, { nullable: true, description: 'Only this kind (UNANSWERABLE: the worklist).' })
  kind?: KnowledgeExampleKind | null;
  @Field(() => Boolean, { nullable: true, description: 'True: only resolved; false: only open; omitted: both.' })
  resolved?: boolean | null;
}
