// Buckets in this process's memory: one Map entry per caller, updated in place (no allocation
// but the answer). A sweep drops buckets that have filled up again, so anonymous callers' IP
// addresses do not pile up.
import { charge, ratePerMs, type BudgetState, type BudgetStore, type Charge } from './store.js';

interface Bucket {
  level: number;
  at: number;
  limit: number;
}

export class MemoryBudgetStore implements BudgetStore {
  private readonly buckets = new Map<string, Bucket>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(sweepMs = 60_000) {
    this.sweeper = setInterval(() => this.sweep(), sweepMs);
    this.sweeper.unref();
  }

  private refilled(key: string, limit: number, now: number): Bucket {
    let b = this.buckets.get(key);
    if (!b) {
      b = { level: limit, at: now, limit };
      this.buckets.set(key, b);
      return b;
    }
    b.level = Math.min(limit, b.level + (now - b.at) * ratePerMs(limit));
    b.at = now;
    b.limit = limit;
    return b;
  }

  take(key: string, limit: number, cost: number): Charge {
    const now = Date.now();
    const b = this.refilled(key, limit, now);
    const allowed = b.level >= cost;
    if (allowed) b.level -= cost;
    return charge(limit, b.level, now, cost, allowed);
  }

  refund(key: string, limit: number, amount: number): void {
    const b = this.refilled(key, limit, Date.now());
    b.level = Math.min(limit, b.level + amount);
  }

  /** Set a bucket to what another store said it is (the Redis store keeps this as its local view). */
  set(key: string, limit: number, level: number, at: number): void {
    const b = this.buckets.get(key);
    if (b) Object.assign(b, { level, at, limit });
    else this.buckets.set(key, { level, at, limit });
  }

  stateOf(key: string, limit: number): BudgetState {
    const now = Date.now();
    const b = this.buckets.get(key);
    const level = b ? Math.min(limit, b.level + (now - b.at) * ratePerMs(limit)) : limit;
    return { limit, remaining: level, resetAt: now + Math.ceil((limit - level) / ratePerMs(limit)) };
  }

  async peek(keys: readonly string[], limits: readonly number[]): Promise<BudgetState[]> {
    return keys.map((key, i) => this.stateOf(key, limits[i]));
  }

  chargeEvent(key: string, limit: number, amount: number): Charge {
    return this.take(key, limit, amount);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, b] of this.buckets) if (b.level + (now - b.at) * ratePerMs(b.limit) >= b.limit) this.buckets.delete(key);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.buckets.clear();
  }
}
