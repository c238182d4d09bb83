import { Field, ID, InputType } from 'type-graphql';
import { AiOutcome, AiPurposeEnum } from './ai-call.entity.js';

@InputType('AiCallFilter', { description: 'Narrow the AI call log.' })
export class AiCallFilter {
  @Field(() => ID, { nullable: true })
  conversationId?: string | null;
  @Field(() => AiPurposeEnum, { nullable: true })
  purpose?: AiPurposeEnum | null;
  @Field(() => AiOutcome, { nullable: true })
  outcome?: AiOutcome | null;
}
