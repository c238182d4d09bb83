import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';

@ObjectType('ClassificationResult', { simpleResolvers: true, description: 'Category, intent, priority and sentiment of a text.' })
export class ClassificationType {
  @Field(() => String, { description: 'Topic, e.g. billing, shipping, technical (free text; your trained classifier\'s labels when offline).' })
  category!: string;
  @Field(() => String, { description: 'What the customer wants, e.g. refund_request (free text; your trained classifier\'s labels when offline).' })
  intent!: string;
  @Field(() => String, { description: 'LOW, MEDIUM, HIGH or URGENT.' })
  priority!: string;
  @Field(() => String, { description: 'NEGATIVE, NEUTRAL or POSITIVE.' })
  sentiment!: string;
  @Field(() => Boolean, { description: 'The text is strongly negative (anger, threats to leave); the assistant then hands off.' })
  strongNegative!: boolean;
  @Field(() => Boolean, { description: 'The customer asks for a person.' })
  wantsHuman!: boolean;
  @Field(() => String, { nullable: true, description: 'A one-sentence summary; null from the offline classifier.' })
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
  @Field(() => Int, { description: 'Distinct labels (categories and intents) it was trained on.' })
  labelCount!: number;
  @Field(() => Float, { nullable: true, description: 'Accuracy on a stratified 20% held out.' })
  accuracy!: number | null;
  @Field(() => Float, { nullable: true, description: 'Macro-averaged F1 on the same held-out split.' })
  macroF1!: number | null;
  @Field(() => String, { nullable: true, description: 'Why the last training failed; null when it succeeded or none ran.' })
  error!: string | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the current model was trained; null: never trained.' })
  trainedAt!: Date | null;
  @Field(() => Int, { description: 'Examples whose sentence embedding is stored (each is embedded once, in the background after its upload; a training embeds the rest first).' })
  embeddedExamples!: number;
  @Field(() => String, { nullable: true, description: 'The embedder whose sentence embeddings the current model combines with its word and character n-grams; null: n-grams only.' })
  embeddingModel!: string | null;
  @Field(() => String, { nullable: true, description: 'What a running training is doing, e.g. "embedding 1,200 examples that have no embedding yet"; or why the last one used n-grams alone.' })
  progress!: string | null;
}

@ObjectType('TrainingExamplesPayload', { simpleResolvers: true, description: 'Examples stored.' })
export class TrainingExamplesPayload {
  @Field(() => Int, { description: 'How many examples were stored by this call.' })
  added!: number;
  @Field(() => Int, { description: 'Examples your tenant now has.' })
  total!: number;
}
