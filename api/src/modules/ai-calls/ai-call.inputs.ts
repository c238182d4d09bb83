import { Field, ID, InputType } from 'type-graphql';
import { AiOutcome, AiPurposeEnum } from './ai-call.entity.js';

@InputType('AiCallFilter', { description: 'Narrow the AI call log.' })
export class AiCallFilter {
  @Field(() => ID, { nullable: true, description: 'Only calls made for this conversation.' })
  conversationId?: string | null;
  @Field(() => AiPurposeEnum, { nullable: true, description: 'Only calls with this purpose.' })
  purpose?: AiPurposeEnum | null;
  @Field(() => AiOutcome, { nullable: true, description: 'Only calls with this outcome.' })
  outcome?: AiOutcome | null;
}
