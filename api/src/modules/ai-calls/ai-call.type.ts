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
