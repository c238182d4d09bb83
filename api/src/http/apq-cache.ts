// The automatic-persisted-query store (hash → document text). Without Redis: Apollo's bounded
// in-memory cache (each instance learns a hash on its first miss). With REDIS_URL: shared by all
// instances, so a client that registered a hash on one instance hits on the others. Redis down or
// slow (200 ms) counts as a miss: the client then sends the text again; nothing fails.
import { Redis } from 'ioredis';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';

/** Hashes unused this long expire (Redis only; in memory, the least recently used go first). */
export const APQ_TTL_SECONDS = 7 * 24 * 3600;

export class RedisApqCache implements KeyValueCache<string> {
  private readonly redis: Redis;

  constructor(url: string, private readonly prefix: string) {
    this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 200, connectTimeout: 1000, lazyConnect: false, retryStrategy: (n) => Math.min(n * 200, 5000) });
    this.redis.on('error', () => undefined);
  }

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    try {
      await this.redis.set(this.prefix + key, value, 'EX', options?.ttl ?? APQ_TTL_SECONDS);
    } catch {
      /* a miss next time */
    }
  }

  async delete(key: string): Promise<boolean | void> {
    try {
      await this.redis.del(this.prefix + key);
    } catch {
      /* expires anyway */
    }
  }

  close(): void {
    this.redis.disconnect();
  }
}
