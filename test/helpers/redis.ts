// Redis for the cross-instance tests: TEST_REDIS_URL, else the machine's 127.0.0.1:6379.
import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || process.env.REDIS_URL || 'redis://127.0.0.1:6379';

export async function redisAvailable(url = TEST_REDIS_URL): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    console.warn(`[test] Redis is not reachable at ${url}: the cross-instance tests in this file DID NOT RUN.`);
    return false;
  } finally {
    client.disconnect();
  }
}

/** Subscribers Redis itself counts on a channel: a server-side signal that a subscription is live. */
export async function channelSubscribers(channel: string, url = TEST_REDIS_URL): Promise<number> {
  const client = new Redis(url);
  try {
    const [, n] = (await client.pubsub('NUMSUB', channel)) as [string, number];
    return Number(n);
  } finally {
    client.disconnect();
  }
}
