import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { ClassificationType } from '../classifier/classifier.types.js';

@ObjectType('AssistantSource', { simpleResolvers: true, description: 'A chunk retrieved in one assistant turn, with its scores.' })
export class AssistantSourceType {
  @Field(() => ID, { description: 'The knowledge document the chunk comes from.' })
  documentId!: string;
  @Field(() => ID, { description: 'The chunk\'s id (stable until the document is re-indexed).' })
  chunkId!: string;
  @Field(() => String, { description: 'The document\'s title.' })
  title!: string;
  @Field(() => [String], { description: 'Headings above the chunk, from the document title down.' })
  headingPath!: string[];
  @Field(() => Int, { description: 'Position of the chunk in its document (0-based).' })
  chunk!: number;
  @Field(() => Float, { nullable: true, description: 'Similarity of the question and the chunk in the vector search (higher is closer); null when only the full-text search found it.' })
  similarity!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank in the vector search (1 = best); null when the vector search did not return it.' })
  denseRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank in the full-text search (1 = best); null when the full-text search did not return it.' })
  lexicalRank!: number | null;
  @Field(() => Float, { description: 'Fused score (reciprocal rank fusion of both ranks); higher is better.' })
  score!: number;
}

@ObjectType('AssistantTurn', { simpleResolvers: true, description: 'One assistant turn: what it was asked, what it retrieved and what it decided.' })
export class AssistantTurnType {
  @Field(() => Int, { description: 'Seq of the customer message it answered.' })
  customerSeq!: number;
  @Field(() => String, { description: 'The question as sent to retrieval (the customer\'s message, with context from earlier turns).' })
  query!: string;
  @Field(() => String, { description: 'ANSWERED, HANDED_OFF, CLARIFIED or SKIPPED.' })
  decision!: string;
  @Field(() => String, { nullable: true, description: 'Why it decided so (e.g. LOW_CONFIDENCE, CUSTOMER_ASKED); null when it simply answered.' })
  reason!: string | null;
  @Field(() => Float, { nullable: true, description: 'The answer\'s confidence (0–1); null when no answer was attempted.' })
  confidence!: number | null;
  @Field(() => Int, { nullable: true, description: 'Time spent retrieving knowledge, in milliseconds; null when retrieval did not run.' })
  retrievalMs!: number | null;
  @Field(() => [AssistantSourceType], { description: 'The chunks retrieved, best first.' })
  sources!: AssistantSourceType[];
  @Field(() => ID, { nullable: true, description: 'The message the assistant posted; null when it did not answer (hand-off, skip).' })
  answerMessageId!: string | null;
  @Field(() => DateTimeISO, { description: 'When the turn ran.' })
  createdAt!: Date;
}

@ObjectType('HandoffContext', { simpleResolvers: true, description: 'What an agent needs after the assistant handed a conversation off.' })
export class HandoffContextType {
  @Field(() => String, { nullable: true, description: 'FAILURE, LOW_CONFIDENCE, CUSTOMER_ASKED, NEGATIVE_SENTIMENT, ACCOUNT_LOOKUP, UNHELPFUL or MODEL_ASKED; null when never handed off.' })
  reason!: string | null;
  @Field(() => String, { nullable: true, description: 'More about the reason in words (e.g. the confidence and threshold); null when none.' })
  detail!: string | null;
  @Field(() => String, { nullable: true, description: 'Transcript summary.' })
  summary!: string | null;
  @Field(() => ClassificationType, { nullable: true, description: 'The assistant\'s classification of the conversation; null when not classified.' })
  classification!: ClassificationType | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When it handed off; null when never handed off.' })
  handedOffAt!: Date | null;
  @Field(() => [AssistantTurnType], { description: 'Every assistant turn of the conversation, oldest first.' })
  turns!: AssistantTurnType[];
}

@ObjectType('AssistantDraft', { simpleResolvers: true, description: 'A piece of the assistant’s answer while it is generated.' })
export class AssistantDraftType {
  @Field(() => ID, { description: 'The conversation the answer is for.' })
  conversationId!: string;
  @Field(() => ID, { description: 'The id the stored message will have (`messageAdded` brings it when DONE).' })
  messageId!: string;
  @Field(() => Int, { description: 'Pieces count from 0; a client that misses one waits for the message.' })
  index!: number;
  @Field(() => String, { description: 'Text to append.' })
  delta!: string;
  @Field(() => String, { description: 'STREAMING, DONE (the message follows) or DISCARDED (dropped: the assistant handed off instead).' })
  state!: string;
  @Field(() => String, { description: 'The assistant\'s display name (the tenant\'s assistant name).' })
  authorName!: string;
  @Field(() => Boolean, { description: 'From the offline assistant.' })
  offline!: boolean;
}
