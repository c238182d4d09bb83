import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { AddTrainingExamplesInput } from './classifier.inputs.js';
import { ClassificationType, ClassifierStatusType, TrainingExamplesPayload } from './classifier.types.js';
import { addTrainingExamples, classifierStatus, requestTraining, tenantIdOf } from './classifier.service.js';
import { classifyText } from './classification.js';

@Resolver()
export class ClassifierResolver {
  @Query(() => ClassificationType, { description: 'Classify a text (category, intent, priority, sentiment): Claude when configured, else your trained offline classifier.' })
  async classifyText(@Arg('text', () => String, { description: 'The text to classify, e.g. a customer message.' }) text: string, @Ctx() ctx: Context): Promise<ClassificationType> {
    const tenantId = tenantIdOf(ctx);
    if (!text.trim() || text.length > 10_000) throw badInput('text must be 1–10,000 characters', 'text');
    return classifyText(ctx.services, tenantId, null, text);
  }

  @Query(() => ClassifierStatusType, { description: 'Your offline classifier: status, examples, held-out accuracy and macro-F1.' })
  classifierStatus(@Ctx() ctx: Context): Promise<ClassifierStatusType> {
    return classifierStatus(ctx);
  }

  @Mutation(() => TrainingExamplesPayload, { description: 'Store labelled examples for the offline classifier (then `trainClassifier`). Audited.' })
  addTrainingExamples(@Arg('input', () => AddTrainingExamplesInput, { description: 'Labelled texts for your tenant\'s offline classifier.' }) input: AddTrainingExamplesInput, @Ctx() ctx: Context): Promise<TrainingExamplesPayload> {
    return addTrainingExamples(ctx, input);
  }

  @Mutation(() => ClassifierStatusType, { description: 'Train the offline classifier on your examples in the background; `classifierStatus` shows TRAINING, then READY with its metrics. Audited.' })
  async trainClassifier(@Ctx() ctx: Context): Promise<ClassifierStatusType> {
    await requestTraining(ctx);
    return classifierStatus(ctx);
  }
}
