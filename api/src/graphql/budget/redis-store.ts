// Buckets in Redis, shared by every API instance: one Lua script per request refills and takes
// atomically on Redis's own clock (instances' clocks may differ). Refunds are sent without
// waiting. Subscription events are decided on this instance's local view of the bucket (kept
// from every answer Redis gives) and their points sent to Redis once a second in one pipeline:
// a delivery never waits for Redis.
//
// Redis down or hung: fail open to this instance's local view (each instance then limits on its
// own), with one log line per outage, and Redis is tried again a second later — never a crash,
// never a request waiting on a dead Redis more than once a second.
import { Redis } from 'ioredis';
import { redactUrl } from '../../config.js';
import { MemoryBudgetStore } from './memory-store.js';
import { charge, type BudgetState, type BudgetStore, type Charge } from './store.js';

// KEYS[1] bucket; ARGV: limit, amount, mode (take | add | debit | peek).
// take: refill, take `amount` if held; add: refill, give back (capped at limit);
// debit: refill, take `amount` even into debt (events already delivered); peek: refill only.
const SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local amount = tonumber(ARGV[2])
local mode = ARGV[3]
local rate = limit / 3600000
local v = redis.call('HMGET', KEYS[1], 'l', 't')
local level = limit
if v[1] then level = math.min(limit, tonumber(v[1]) + (now - tonumber(v[2])) * rate) end
local allowed = 1
if mode == 'take' then
  if level >= amount then level = level - amount else allowed = 0 end
elseif mode == 'add' then
  level = math.min(limit, level + amount)
elseif mode == 'debit' then
  level = level - amount
end
if mode ~= 'peek' then
  redis.call('HSET', KEYS[1], 'l', tostring(level), 't', now)
  redis.call('PEXPIRE', KEYS[1], math.ceil((limit - level) / rate) + 1000)
end
return {allowed, tostring(level), now}
`;

type Mode = 'take' | 'add' | 'debit' | 'peek';
type BudgetRedis = Redis & { budget(key: string, limit: number, amount: number, mode: Mode): Promise<[number, string, number]> };

export interface BudgetLog {
  warn(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
}

export class RedisBudgetStore implements BudgetStore {
  private readonly redis: BudgetRedis;
  /** This instance's view of each bucket: refreshed by every answer, used while Redis is down and for events. */
  private readonly local = new MemoryBudgetStore();
  private readonly pending = new Map<string, { limit: number; amount: number }>();
  private readonly flusher: NodeJS.Timeout;
  private downUntil = 0;
  private down = false;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly log: BudgetLog,
    private readonly deadlineMs = 500,
  ) {
    this.redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: deadlineMs,
      connectTimeout: 2000,
      retryStrategy: (n: number) => Math.min(n * 100, 1000),
    }) as BudgetRedis;
    this.redis.on('error', () => undefined); // reported once per outage by `failed`
    this.redis.defineCommand('budget', { numberOfKeys: 1, lua: SCRIPT });
    this.flusher = setInterval(() => this.flush(), 1000);
    this.flusher.unref();
    this.log.info({ redis: redactUrl(url) }, 'budgets: shared through Redis');
  }

  private usable(): boolean {
    return this.redis.status === 'ready' && Date.now() >= this.downUntil;
  }

  private failed(e: Error): void {
    this.downUntil = Date.now() + 1000;
    if (!this.down) {
      this.down = true;
      this.log.warn({ reason: e.message }, 'budgets: Redis is down or hung; each instance limits on its own until it is back');
    }
  }

  private succeeded(): void {
    if (!this.down) return;
    this.down = false;
    this.log.info({}, 'budgets: Redis is back; budgets are shared again');
  }

  take(key: string, limit: number, cost: number): Charge | Promise<Charge> {
    if (!this.usable()) {
      if (!this.down && this.redis.status !== 'ready') this.failed(new Error(`connection ${this.redis.status}`));
      return this.local.take(key, limit, cost);
    }
    return this.redis.budget(this.prefix + key, limit, cost, 'take').then(
      ([allowed, level, now]) => {
        this.succeeded();
        const l = Number(level);
        this.local.set(key, limit, l, Date.now());
        return charge(limit, l, Number(now), cost, allowed === 1);
      },
      (e: Error) => {
        this.failed(e);
        return this.local.take(key, limit, cost);
      },
    );
  }

  refund(key: string, limit: number, amount: number): void {
    this.local.refund(key, limit, amount);
    if (!this.usable()) return;
    this.redis.budget(this.prefix + key, limit, amount, 'add').then(
      () => this.succeeded(),
      (e: Error) => this.failed(e),
    );
  }

  async peek(keys: readonly string[], limits: readonly number[]): Promise<BudgetState[]> {
    if (!keys.length) return [];
    if (!this.usable()) return this.local.peek(keys, limits);
    try {
      const pipeline = this.redis.pipeline() as unknown as { budget(...a: unknown[]): void; exec(): Promise<[Error | null, [number, string, number]][]> };
      keys.forEach((key, i) => pipeline.budget(this.prefix + key, limits[i], 0, 'peek'));
      const results = await pipeline.exec();
      this.succeeded();
      return results.map(([error, answer], i) => {
        if (error) throw error;
        const level = Number(answer[1]);
        return { limit: limits[i], remaining: level, resetAt: charge(limits[i], level, Number(answer[2]), 0, true).resetAt };
      });
    } catch (e) {
      this.failed(e as Error);
      return this.local.peek(keys, limits);
    }
  }

  chargeEvent(key: string, limit: number, amount: number): Charge {
    const answer = this.local.take(key, limit, amount);
    if (answer.allowed) {
      const p = this.pending.get(key);
      if (p) p.amount += amount;
      else this.pending.set(key, { limit, amount });
    }
    return answer;
  }

  private flush(): void {
    if (!this.pending.size || !this.usable()) return;
    const batch = [...this.pending];
    this.pending.clear();
    const pipeline = this.redis.pipeline() as unknown as { budget(...a: unknown[]): void; exec(): Promise<[Error | null, [number, string, number]][]> };
    for (const [key, p] of batch) pipeline.budget(this.prefix + key, p.limit, p.amount, 'debit');
    pipeline.exec().then(
      (results) => {
        this.succeeded();
        results.forEach(([error, answer], i) => {
          if (!error) this.local.set(batch[i][0], batch[i][1].limit, Number(answer[1]), Date.now());
        });
      },
      (e: Error) => this.failed(e),
    );
  }

  async close(): Promise<void> {
    clearInterval(this.flusher);
    this.flush();
    await this.local.close();
    await Promise.race([this.redis.quit().catch(() => undefined), new Promise((r) => setTimeout(r, 300))]);
    this.redis.disconnect();
  }
}
