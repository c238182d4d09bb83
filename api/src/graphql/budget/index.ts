// Budgets by cost (issue 17), the per-request side: take the operation's cost before it runs,
// refund what it did not need after, and say where the caller stands (headers, extensions.cost,
// `rateLimit`). Policy (defaults per caller kind, fractions) in policy.ts; buckets in
// memory-store.ts / redis-store.ts.
import { GraphQLError } from 'graphql';
import type { Viewer } from '../../auth/viewer.js';
import { ErrorCode, requestError } from '../../errors.js';
import { tooComplex } from '../limits/index.js';
import { MemoryBudgetStore } from './memory-store.js';
import { RedisBudgetStore, type BudgetLog } from './redis-store.js';
import { callerKey, EVENT_COST_FRACTION, limitFor, MIN_COST } from './policy.js';
import type { BudgetState, BudgetStore, Charge } from './store.js';

export { DEFAULT_POINTS_PER_HOUR, MAX_POINTS_PER_HOUR, MIN_POINTS_PER_HOUR, EVENT_COST_FRACTION, MIN_COST, callerKey, limitFor } from './policy.js';
export type { BudgetState, Charge } from './store.js';

/** One operation's charge, kept on its context. */
export interface RequestBudget {
  key: string;
  limit: number;
  /** The cost computed before execution (what was taken). */
  requested: number;
  /** The cost after execution (refunded down to it), set once settled. */
  actual: number;
  /** The bucket right after the take. */
  charge: Charge;
  /** The bucket after the refund (= charge until settled). */
  remaining: number;
}

export class Budgets {
  constructor(
    /** false: no budgets at all (RATE_BUDGETS=false): no headers, no `extensions.cost`, `rateLimit` is null. */
    readonly enabled: boolean,
    readonly store: BudgetStore,
  ) {}

  /** Take an operation's cost (at least MIN_COST) from the viewer's bucket. */
  take(viewer: Viewer, ip: string | null, cost: number): RequestBudget | Promise<RequestBudget> {
    const key = callerKey(viewer, ip);
    const limit = limitFor(viewer);
    const requested = cost < MIN_COST ? MIN_COST : cost;
    const answer = this.store.take(key, limit, requested);
    return answer instanceof Promise ? answer.then((c) => entry(key, limit, requested, c)) : entry(key, limit, requested, answer);
  }

  /** QUERY_TOO_COMPLEX when one operation costs more than the viewer's whole budget (it could never run). */
  overLimit(viewer: Viewer, cost: number): GraphQLError | undefined {
    const limit = limitFor(viewer);
    return cost > limit ? tooComplex('cost', limit, cost, viewer.kind) : undefined;
  }

  /** After execution: refund `requested - actual` and remember where the bucket stands. */
  settle(rb: RequestBudget, actual: number): void {
    const a = actual < MIN_COST ? MIN_COST : actual;
    if (!rb.charge.allowed) return;
    rb.actual = a;
    if (a < rb.requested) {
      const refund = rb.requested - a;
      rb.remaining = Math.min(rb.limit, rb.remaining + refund);
      this.store.refund(rb.key, rb.limit, refund);
    }
  }

  /** A subscription's event: EVENT_COST_FRACTION of its cost; refused when the bucket cannot pay. */
  chargeEvent(rb: RequestBudget): Charge {
    return this.store.chargeEvent(rb.key, rb.limit, rb.requested * EVENT_COST_FRACTION);
  }

  /** Buckets of API keys (the API-keys page), without taking anything. */
  peek(keys: readonly string[], limits: readonly number[]): Promise<BudgetState[]> {
    return this.store.peek(keys, limits);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

function entry(key: string, limit: number, requested: number, charge: Charge): RequestBudget {
  return { key, limit, requested, actual: charge.allowed ? requested : 0, charge, remaining: charge.remaining };
}

/** RATE_LIMITED for a refused operation: `retryAfterSeconds`, and over HTTP 429 with Retry-After. */
export function rateLimited(rb: { requested: number; charge: Charge }, http?: { headers: Map<string, string> }): GraphQLError {
  const { retryAfterSeconds, limit, remaining } = rb.charge;
  return requestError(
    ErrorCode.RATE_LIMITED,
    `Budget exhausted: this operation costs ${rb.requested} points and ${Math.floor(remaining)} of ${limit} per hour are left; retry in ${retryAfterSeconds} s`,
    { retryAfterSeconds, cost: rb.requested, ...(http ? { http: { status: 429, headers: http.headers } } : {}) },
  );
}

const EXPOSED = 'x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-used, x-ratelimit-reset, retry-after, x-request-id';

/** The `x-ratelimit-*` headers (GitHub's names; reset in epoch seconds). */
export function rateLimitHeaders(rb: RequestBudget): [string, string][] {
  const remaining = Math.max(0, Math.floor(rb.remaining));
  return [
    ['x-ratelimit-limit', String(rb.limit)],
    ['x-ratelimit-remaining', String(remaining)],
    ['x-ratelimit-used', String(rb.limit - remaining)],
    ['x-ratelimit-reset', String(Math.ceil(resetAt(rb) / 1000))],
    // Browsers (the widget on a tenant's site, partners' web apps) may read them too.
    ['access-control-expose-headers', EXPOSED],
  ];
}

/** When the bucket is full again, given what was refunded since the take. */
export function resetAt(rb: RequestBudget): number {
  const c = rb.charge;
  return c.resetAt - Math.floor(((rb.remaining - c.remaining) / rb.limit) * 3_600_000);
}

/** `extensions.cost` (Shopify's idea): requested, actual (after execution), remaining (after the refund). */
export function costExtension(rb: RequestBudget): { requested: number; actual: number; remaining: number } {
  return { requested: rb.requested, actual: rb.actual, remaining: Math.max(0, Math.floor(rb.remaining)) };
}

export function createBudgets(options: { enabled: boolean; redisUrl?: string; prefix: string; log: BudgetLog }): Budgets {
  if (!options.enabled) return new Budgets(false, new MemoryBudgetStore());
  const store = options.redisUrl ? new RedisBudgetStore(options.redisUrl, options.prefix + 'budget:', options.log) : new MemoryBudgetStore();
  return new Budgets(true, store);
}
