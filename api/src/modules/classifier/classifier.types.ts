import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';

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

@ObjectType('TrainingExamplesPayload', { simpleResolvers: true, description: 'Examples stored.' })
export class TrainingExamplesPayload {
  @Field(() => Int)
  added!: number;
  @Field(() => Int, { description: 'Examples your tenant now has.' })
  total!: number;
}
