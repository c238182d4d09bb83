import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { ClassificationType } from '../classifier/classifier.types.js';

@ObjectType('AssistantSource', { simpleResolvers: true, description: 'A chunk retrieved in one assistant turn, with its scores.' })
export class AssistantSourceType {
  @Field(() => ID)
  documentId!: string;
  @Field(() => ID)
  chunkId!: string;
  @Field(() => String)
  title!: string;
  @Field(() => [String])
  headingPath!: string[];
  @Field(() => Int)
  chunk!: number;
  @Field(() => Float, { nullable: true })
  similarity!: number | null;
  @Field(() => Int, { nullable: true })
  denseRank!: number | null;
  @Field(() => Int, { nullable: true })
  lexicalRank!: number | null;
  @Field(() => Float)
  score!: number;
}

@ObjectType('AssistantTurn', { simpleResolvers: true, description: 'One assistant turn: what it was asked, what it retrieved and what it decided.' })
export class AssistantTurnType {
  @Field(() => Int, { description: 'Seq of the customer message it answered.' })
  customerSeq!: number;
  @Field(() => String)
  query!: string;
  @Field(() => String, { description: 'ANSWERED, HANDED_OFF, CLARIFIED or SKIPPED.' })
  decision!: string;
  @Field(() => String, { nullable: true })
  reason!: string | null;
  @Field(() => Float, { nullable: true })
  confidence!: number | null;
  @Field(() => Int, { nullable: true })
  retrievalMs!: number | null;
  @Field(() => [AssistantSourceType])
  sources!: AssistantSourceType[];
  @Field(() => ID, { nullable: true })
  answerMessageId!: string | null;
  @Field(() => DateTimeISO)
  createdAt!: Date;
}

@ObjectType('HandoffContext', { simpleResolvers: true, description: 'What an agent needs after the assistant handed a conversation off.' })
export class HandoffContextType {
  @Field(() => String, { nullable: true, description: 'FAILURE, LOW_CONFIDENCE, CUSTOMER_ASKED, NEGATIVE_SENTIMENT, ACCOUNT_LOOKUP, UNHELPFUL or MODEL_ASKED; null when never handed off.' })
  reason!: string | null;
  @Field(() => String, { nullable: true })
  detail!: string | null;
  @Field(() => String, { nullable: true, description: 'Transcript summary.' })
  summary!: string | null;
  @Field(() => ClassificationType, { nullable: true })
  classification!: ClassificationType | null;
  @Field(() => DateTimeISO, { nullable: true })
  handedOffAt!: Date | null;
  @Field(() => [AssistantTurnType], { description: 'Every assistant turn of the conversation, oldest first.' })
  turns!: AssistantTurnType[];
}

@ObjectType('AssistantDraft', { simpleResolvers: true, description: 'A piece of the assistant’s answer while it is generated.' })
export class AssistantDraftType {
  @Field(() => ID)
  conversationId!: string;
  @Field(() => ID, { description: 'The id the stored message will have (`messageAdded` brings it when DONE).' })
  messageId!: string;
  @Field(() => Int, { description: 'Pieces count from 0; a client that misses one waits for the message.' })
  index!: number;
  @Field(() => String, { description: 'Text to append.' })
  delta!: string;
  @Field(() => String, { description: 'STREAMING, DONE (the message follows) or DISCARDED (dropped: the assistant handed off instead).' })
  state!: string;
  @Field(() => String)
  authorName!: string;
  @Field(() => Boolean, { description: 'From the offline assistant.' })
  offline!: boolean;
}
