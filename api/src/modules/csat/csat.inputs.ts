import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('SubmitCsatInput', { description: 'A customer rates the resolution of their own conversation.' })
export class SubmitCsatInput {
  @Field(() => ID, { description: 'Your conversation; it must be RESOLVED (or CLOSED).' })
  conversationId!: string;
  @Field(() => Int, { description: '1 (worst) to 5 (best); anything else is BAD_USER_INPUT.' })
  rating!: number;
  @Field(() => String, { nullable: true, description: 'Optional comment, up to 1,000 characters.' })
  comment?: string | null;
}
