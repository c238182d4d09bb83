// Events between API instances: in memory for one instance, Redis when REDIS_URL is set.
// Publish only after the row is committed (services call `publish` after `flush`/transaction).
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import { ConfigError } from '../config.js';
import { redactUrl } from '../db/database.js';
import { Topic, type TopicPayloads } from './topics.js';

// Keyed topics are published per key (a conversation id): `pubSub.subscribe(topic, key)`.
export type KeyedTopic = typeof Topic.MESSAGE_ADDED | typeof Topic.TYPING | typeof Topic.ASSISTANT_DRAFT;
type PublishArgs = { [K in Topic]: K extends KeyedTopic ? [string, TopicPayloads[K]] : [TopicPayloads[K]] };

export interface Events {
  readonly transport: 'memory' | 'redis';
  readonly pubSub: PubSub<PublishArgs>;
  publish<K extends Exclude<Topic, KeyedTopic>>(topic: K, payload: TopicPayloads[K]): void;
  /** Publish to the subscribers of one key of a topic (`pubSub.subscribe(topic, key)`). */
  publishTo<K extends KeyedTopic>(topic: K, key: string, payload: TopicPayloads[K]): void;
  ready(): boolean;
  close(): Promise<void>;
}

async function connectRedis(url: string): Promise<Redis> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 3000, retryStrategy: (n) => Math.min(n * 200, 2000) });
  let lastError: Error | undefined;
  client.on('error', (e) => (lastError = e)); // ioredis reconnects by itself; keep the process alive
  try {
    await client.connect();
    // Subscriber mode refuses ordinary commands: wait for `ready` before handing it over.
    if (client.status !== 'ready') await new Promise((resolve) => client.once('ready', resolve));
  } catch (e) {
    client.disconnect();
    const err = (lastError ?? e) as NodeJS.ErrnoException;
    throw new ConfigError(`REDIS_URL: cannot reach Redis at ${redactUrl(url)} (${err.code ?? err.message})`);
  }
  return client;
}

/** Namespace every channel, so deployments (and parallel test files) sharing a Redis never mix. */
function prefixed(inner: PubSub<PublishArgs>, prefix: string): PubSub<PublishArgs> {
  if (!prefix) return inner;
  return {
    publish: (topic: string, ...args: unknown[]) => (inner.publish as (...a: unknown[]) => void)(prefix + topic, ...args),
    subscribe: (topic: string, ...args: unknown[]) => (inner.subscribe as (...a: unknown[]) => unknown)(prefix + topic, ...args),
  } as unknown as PubSub<PublishArgs>;
}

export async function createEvents(redisUrl: string | undefined, channelPrefix = ''): Promise<Events> {
  if (!redisUrl) {
    const pubSub = createPubSub<PublishArgs>();
    return {
      transport: 'memory',
      pubSub,
      publish: (topic, payload) => pubSub.publish(topic, payload as never),
      publishTo: (topic, key, payload) => pubSub.publish(topic, key as never, payload as never),
      ready: () => true,
      close: async () => undefined,
    };
  }
  const publishClient = await connectRedis(redisUrl);
  const subscribeClient = await connectRedis(redisUrl).catch(async (e) => {
    publishClient.disconnect();
    throw e;
  });
  const pubSub = prefixed(createPubSub<PublishArgs>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) }), channelPrefix);
  return {
    transport: 'redis',
    pubSub,
    publish: (topic, payload) => pubSub.publish(topic, payload as never),
    publishTo: (topic, key, payload) => pubSub.publish(topic, key as never, payload as never),
    ready: () => publishClient.status === 'ready' && subscribeClient.status === 'ready',
    close: async () => {
      // quit() lets queued commands (a last UNSUBSCRIBE) finish, unlike disconnect().
      await Promise.all([publishClient.quit().catch(() => publishClient.disconnect()), subscribeClient.quit().catch(() => subscribeClient.disconnect())]);
    },
  };
}

/**
 * Run `handle` for every event of a topic (from this instance or, with Redis, any other) until
 * the returned stop function is called. For in-process listeners such as cache invalidation.
 */
export function listen<K extends Exclude<Topic, KeyedTopic>>(
  events: Events,
  topic: K,
  handle: (payload: TopicPayloads[K]) => Promise<unknown> | void,
  onError: (error: unknown) => void,
): () => Promise<void> {
  const stream = (events.pubSub.subscribe as (t: string) => AsyncIterableIterator<TopicPayloads[K]>).call(events.pubSub, topic);
  void (async () => {
    for await (const payload of stream) await Promise.resolve(handle(payload)).catch(onError);
  })();
  return async () => {
    await stream.return?.();
  };
}
