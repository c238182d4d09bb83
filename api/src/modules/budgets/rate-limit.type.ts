// Where a caller stands against their budget (issue 17; GitHub's `rateLimit`).
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';

@ObjectType('RateLimit', {
  simpleResolvers: true,
  description:
    'Your budget of points per hour (a leaky bucket: it refills continuously up to `limit`). Every operation costs points before it runs (`cost`); the same figures come back as `x-ratelimit-*` headers and `extensions.cost` (docs/api.md, "Limits and budgets").',
})
export class RateLimitType {
  @Field(() => Int, { description: 'Points per hour, and the most the bucket holds: your API key\'s own budget, else your caller kind\'s default.' })
  limit!: number;
  @Field(() => Int, { description: 'What this operation costs, computed before it ran (object 1, a connection × `first`, expensive fields weighted).' })
  cost!: number;
  @Field(() => Int, { description: 'Points left after this operation was charged `cost` (the response headers also count the refund of what it did not use).' })
  remaining!: number;
  @Field(() => Int, { description: '`limit` − `remaining`.' })
  used!: number;
  @Field(() => DateTimeISO, { description: 'When the bucket will be full again if you send nothing more.' })
  resetAt!: Date;
}
