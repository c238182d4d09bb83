import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { AiCall, AiOutcome, AiPurposeEnum } from './ai-call.entity.js';

registerEnumType(AiPurposeEnum, {
  name: 'AiPurpose',
  description: 'Why the model was called.',
  valuesConfig: {
    ANSWER: { description: 'The assistant answering a customer message.' },
    CLASSIFY: { description: 'Classifying a text (category, intent, priority, sentiment).' },
    EMBED: { description: 'Turning text into vectors for knowledge search.' },
    SUMMARIZE: { description: 'Summarizing a conversation, ticket or meeting context.' },
  },
});
registerEnumType(AiOutcome, {
  name: 'AiOutcome',
  description: 'OK, ERROR (after retries) or TIMEOUT (our deadline aborted it).',
  valuesConfig: {
    OK: { description: 'The model answered.' },
    ERROR: { description: 'The call failed after its retries; `error` says why.' },
    TIMEOUT: { description: 'Our deadline aborted the call before the model answered.' },
  },
});

@ObjectType('AiCall', { simpleResolvers: true, description: 'One language-model call, as recorded in the AI call log.' })
export class AiCallType {
  @Field(() => ID, { description: 'The call\'s id in the AI call log.' })
  id!: string;
  @Field(() => ID, { nullable: true, description: 'The conversation the call was made for; null for calls outside one (embeddings, summaries of tickets).' })
  conversationId!: string | null;
  @Field(() => AiPurposeEnum, { description: 'Why the model was called.' })
  purpose!: AiPurposeEnum;
  @Field(() => String, { description: 'ANTHROPIC or OFFLINE.' })
  provider!: string;
  @Field(() => String, { description: 'The model id as the provider reports it (a Claude model id, or the offline provider\'s name).' })
  model!: string;
  @Field(() => Int, { description: 'Wall time of the call in milliseconds, retries included.' })
  latencyMs!: number;
  @Field(() => Int, { nullable: true, description: 'Time to the first streamed token.' })
  firstTokenMs!: number | null;
  @Field(() => Int, { description: 'Input (prompt) tokens billed; 0 for offline calls.' })
  inputTokens!: number;
  @Field(() => Int, { description: 'Output (completion) tokens billed; 0 for offline calls.' })
  outputTokens!: number;
  @Field(() => Float, { description: 'Estimated from list prices (USD).' })
  costUsd!: number;
  @Field(() => AiOutcome, { description: 'How the call ended.' })
  outcome!: AiOutcome;
  @Field(() => Int, { description: 'Retries before the outcome (0: the first attempt settled it).' })
  retries!: number;
  @Field(() => String, { nullable: true, description: 'The provider\'s error message when `outcome` is ERROR or TIMEOUT; null otherwise.' })
  error!: string | null;
  @Field(() => DateTimeISO, { description: 'When the call started.' })
  createdAt!: Date;
}
registerReadModel({ graphqlType: 'AiCall', entity: AiCall, tenantColumn: 'tenant_id' });
