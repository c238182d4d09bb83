import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { AiCall, AiOutcome, AiPurposeEnum } from './ai-call.entity.js';

registerEnumType(AiPurposeEnum, { name: 'AiPurpose', description: 'Why the model was called.' });
registerEnumType(AiOutcome, { name: 'AiOutcome', description: 'OK, ERROR (after retries) or TIMEOUT (our deadline aborted it).' });

@ObjectType('AiCall', { simpleResolvers: true, description: 'One language-model call, as recorded in the AI call log.' })
export class AiCallType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID, { nullable: true })
  conversationId!: string | null;
  @Field(() => AiPurposeEnum)
  purpose!: AiPurposeEnum;
  @Field(() => String, { description: 'ANTHROPIC or OFFLINE.' })
  provider!: string;
  @Field(() => String)
  model!: string;
  @Field(() => Int)
  latencyMs!: number;
  @Field(() => Int, { nullable: true, description: 'Time to the first streamed token.' })
  firstTokenMs!: number | null;
  @Field(() => Int)
  inputTokens!: number;
  @Field(() => Int)
  outputTokens!: number;
  @Field(() => Float, { description: 'Estimated from list prices (USD).' })
  costUsd!: number;
  @Field(() => AiOutcome)
  outcome!: AiOutcome;
  @Field(() => Int)
  retries!: number;
  @Field(() => String, { nullable: true })
  error!: string | null;
  @Field(() => DateTimeISO)
  createdAt!: Date;
}
registerReadModel({ graphqlType: 'AiCall', entity: AiCall, tenantColumn: 'tenant_id' });

@ObjectType('ClassificationResult', { simpleResolvers: true, description: 'Category, intent, priority and sentiment of a text.' })
export class ClassificationType {
  @Field(() => String)
  category!: string;
  @Field(() => String)
  intent!: string;
  @Field(() => String, { description: 'LOW, MEDIUM, HIGH or URGENT.' })
  priority!: string;
  @Field(() => String, { description: 'NEGATIVE, NEUTRAL or POSITIVE.' })
  sentiment!: string;
  @Field(() => Boolean)
  strongNegative!: boolean;
  @Field(() => Boolean, { description: 'The customer asks for a person.' })
  wantsHuman!: boolean;
  @Field(() => String, { nullable: true })
  summary!: string | null;
  @Field(() => String, { description: 'ANTHROPIC (the model) or OFFLINE (the tenant’s trained classifier).' })
  source!: string;
  @Field(() => Float, { nullable: true, description: 'The offline classifier’s probability for the intent.' })
  confidence!: number | null;
}

@ObjectType('ClassifierStatus', { simpleResolvers: true, description: 'Your tenant’s offline classifier.' })
export class ClassifierStatusType {
  @Field(() => String, { description: 'UNTRAINED, TRAINING, READY or FAILED.' })
  status!: string;
  @Field(() => Int, { description: 'Labelled examples stored.' })
  exampleCount!: number;
  @Field(() => Int, { description: 'Examples the current model was trained on.' })
  trainedOn!: number;
  @Field(() => Int)
  labelCount!: number;
  @Field(() => Float, { nullable: true, description: 'Accuracy on a stratified 20% held out.' })
  accuracy!: number | null;
  @Field(() => Float, { nullable: true, description: 'Macro-averaged F1 on the same held-out split.' })
  macroF1!: number | null;
  @Field(() => String, { nullable: true })
  error!: string | null;
  @Field(() => DateTimeISO, { nullable: true })
  trainedAt!: Date | null;
}

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

@ObjectType('TrainingExamplesPayload', { simpleResolvers: true, description: 'Examples stored.' })
export class TrainingExamplesPayload {
  @Field(() => Int)
  added!: number;
  @Field(() => Int, { description: 'Examples your tenant now has.' })
  total!: number;
}
