import { Field, InputType } from 'type-graphql';
import { IDEMPOTENCY_KEY } from '../../idempotency/idempotency.js';

@InputType('TrainingExampleInput', { description: 'One labelled text for the offline classifier.' })
export class TrainingExampleInput {
  @Field(() => String, { description: '1–2,000 characters.' })
  text!: string;
  @Field(() => String, { description: 'The intent label, 1–100 characters of a-z, 0-9 and _ (e.g. track_order).' })
  intent!: string;
  @Field(() => String, { nullable: true, description: 'The category of the intent (e.g. ORDER).' })
  category?: string | null;
}

@InputType('AddTrainingExamplesInput', { description: 'Labelled examples: all stored, or none.' })
export class AddTrainingExamplesInput {
  @Field(() => [TrainingExampleInput], { description: '1–10,000 examples.' })
  examples!: TrainingExampleInput[];
  @Field(() => Boolean, { nullable: true, description: 'Delete your existing examples first.' })
  replace?: boolean | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}
