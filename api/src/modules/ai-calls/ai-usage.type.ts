// GraphQL shape of the AI usage report: the AI call log summed over a period, in total, per
// purpose and per model (one SQL statement, see ai-usage.reads.ts).
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';

@ObjectType('AiUsageFigures', { simpleResolvers: true, description: 'What a set of language-model calls cost and how they went.' })
export class AiUsageFiguresType {
  @Field(() => Int, { description: 'Number of calls (every outcome).' })
  calls!: number;
  @Field(() => Int, { description: 'Calls that failed after their retries (ERROR) or were aborted by our deadline (TIMEOUT).' })
  failedCalls!: number;
  @Field(() => Float, { description: 'Input (prompt) tokens, summed.' })
  inputTokens!: number;
  @Field(() => Float, { description: 'Output (completion) tokens, summed.' })
  outputTokens!: number;
  @Field(() => Float, { description: 'Estimated cost in USD from list prices per million tokens (models without a known price count 0).' })
  costUsd!: number;
  @Field(() => Float, { nullable: true, description: 'Median call latency in milliseconds (continuous percentile, `percentile_cont(0.5)`); null without calls.' })
  latencyP50Ms!: number | null;
  @Field(() => Float, { nullable: true, description: '95th percentile of call latency in milliseconds (`percentile_cont(0.95)`); null without calls.' })
  latencyP95Ms!: number | null;
  @Field(() => Int, { description: 'Distinct conversations these calls were made for (calls outside a conversation, e.g. embeddings, count none).' })
  conversations!: number;
  @Field(() => Int, { description: 'Of those conversations, how many the assistant handed to a human (it stored a hand-off package).' })
  handedOff!: number;
  @Field(() => Float, { nullable: true, description: 'handedOff ÷ conversations (0–1); null when no call belongs to a conversation.' })
  handOffRate!: number | null;
}

@ObjectType('AiUsageGroup', { simpleResolvers: true, description: 'The figures of the calls sharing one purpose or one model.' })
export class AiUsageGroupType extends AiUsageFiguresType {
  @Field(() => String, { description: 'The purpose (ANSWER, CLASSIFY, SUMMARIZE, EMBED) or the model id.' })
  key!: string;
}

@ObjectType('AiUsage', { simpleResolvers: true, description: 'The AI call log summed over a period: in total, per purpose and per model (groups with most calls first).' })
export class AiUsageType {
  @Field(() => DateTimeISO, { description: 'Start of the period (inclusive).' })
  from!: Date;
  @Field(() => DateTimeISO, { description: 'End of the period (exclusive).' })
  to!: Date;
  @Field(() => AiUsageFiguresType, { description: 'All calls of the period.' })
  totals!: AiUsageFiguresType;
  @Field(() => [AiUsageGroupType], { description: 'Per purpose of the call.' })
  byPurpose!: AiUsageGroupType[];
  @Field(() => [AiUsageGroupType], { description: 'Per model.' })
  byModel!: AiUsageGroupType[];
}
