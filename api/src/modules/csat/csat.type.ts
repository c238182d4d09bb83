// GraphQL shapes of CSAT: a rating as staff see it on a conversation, the survey a widget
// conversation waits for, and the payload of submitCsat.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';

@ObjectType('CsatRating', { simpleResolvers: true, description: 'A customer’s satisfaction rating of a conversation’s resolution (CSAT).' })
export class CsatRatingType {
  @Field(() => ID, { description: 'Rating id.' })
  id!: string;
  @Field(() => Int, { description: '1 (worst) to 5 (best). CSAT % counts 4 and 5 as satisfied.' })
  rating!: number;
  @Field(() => String, { nullable: true, description: 'What the customer wrote with the rating (up to 1,000 characters).' })
  comment!: string | null;
  @Field(() => DateTimeISO, { description: 'When the customer rated.' })
  at!: Date | string;
  @Field(() => Int, { description: 'Which resolution was rated: 0 for the first, n after n reopens.' })
  resolutionCycle!: number;
  @Field(() => Boolean, { description: 'The assistant handled the conversation alone (no person took part).' })
  aiOnly!: boolean;
  @Field(() => ID, { nullable: true, description: 'The person the rating counts for (the assignee, else the last agent who wrote); null when AI-only.' })
  agentId!: string | null;
}

@ObjectType('CsatRequest', { simpleResolvers: true, description: 'The satisfaction survey a resolved conversation asks its customer for (the tenant’s wording).' })
export class CsatRequestType {
  @Field(() => String, { description: 'The question above the 1–5 scale.' })
  question!: string;
  @Field(() => String, { description: 'Label of rating 1.' })
  lowLabel!: string;
  @Field(() => String, { description: 'Label of rating 5.' })
  highLabel!: string;
  @Field(() => Boolean, { description: 'This resolution was rated already: show a thank-you, not the scale (a second `submitCsat` is CONFLICT).' })
  alreadyRated!: boolean;
  @Field(() => Int, { nullable: true, description: 'The rating given for this resolution, if any.' })
  rating!: number | null;
}

@ObjectType('SubmitCsatPayload', { simpleResolvers: true, description: 'The stored rating.' })
export class SubmitCsatPayload {
  @Field(() => CsatRatingType, { description: 'The rating as stored.' })
  csat!: CsatRatingType;
  @Field(() => ID, { description: 'The rated conversation.' })
  conversationId!: string;
}
