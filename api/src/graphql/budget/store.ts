// Where buckets live: this process's memory (one instance) or Redis (shared by every instance).

/** A bucket as the caller sees it. */
export interface BudgetState {
  /** Points per hour, and the most the bucket holds. */
  limit: number;
  /** Points left now (may be fractional: subscription events cost fractions). */
  remaining: number;
  /** When the bucket will be full again (ms since the epoch). */
  resetAt: number;
}

/** The answer to taking `cost` points. */
export interface Charge extends BudgetState {
  allowed: boolean;
  /** When refused: seconds until the bucket holds `cost` again. 0 when allowed. */
  retryAfterSeconds: number;
}

export interface BudgetStore {
  /** Refill, then take `cost` if the bucket holds it (else take nothing): one atomic step. */
  take(key: string, limit: number, cost: number): Charge | Promise<Charge>;
  /** Give back points an operation turned out not to need (never above `limit`). Not awaited. */
  refund(key: string, limit: number, amount: number): void;
  /** The buckets as they are now, without taking anything. */
  peek(keys: readonly string[], limits: readonly number[]): Promise<BudgetState[]>;
  /** A delivered subscription event: decided at once, on this instance's view of the bucket. */
  chargeEvent(key: string, limit: number, amount: number): Charge;
  close(): Promise<void>;
}

/** Points per millisecond for a bucket of `limit` points per hour. */
export const ratePerMs = (limit: number) => limit / 3_600_000;

export function charge(limit: number, level: number, now: number, cost: number, allowed: boolean): Charge {
  const rate = ratePerMs(limit);
  return {
    limit,
    remaining: level,
    resetAt: now + Math.ceil((limit - level) / rate),
    allowed,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((cost - level) / rate / 1000)),
  };
}
