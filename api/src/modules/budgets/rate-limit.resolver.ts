import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { RateLimitType } from './rate-limit.type.js';

@Resolver()
export class RateLimitResolver {
  @Query(() => RateLimitType, {
    nullable: true,
    description: 'Your budget as this operation left it (its cost already taken). Null when budgets are switched off on this server (RATE_BUDGETS=false). Costs 1 point like any field.',
  })
  rateLimit(@Ctx() ctx: Context): RateLimitType | null {
    const rb = ctx.budget;
    if (!rb) return null;
    const remaining = Math.max(0, Math.floor(rb.charge.remaining));
    return { limit: rb.limit, cost: rb.requested, remaining, used: rb.limit - remaining, resetAt: new Date(rb.charge.resetAt) };
  }
}
