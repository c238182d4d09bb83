// Events between API instances: in memory for one instance, Redis when REDIS_URL is set
// (redis-bus.ts: local delivery first, Redis for the others, survives Redis outages).
// Publish only after the row is committed (services call `publish` after `flush`/transaction).
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { RedisBus, type BusLog } from './redis-bus.js';
import { Topic, type TopicPayloads } from './topics.js';

// Keyed topics are published per key (a conversation id, a user id): `pubSub.subscribe(topic, key)`.
export type KeyedTopic = typeof Topic.MESSAGE_ADDED | typeof Topic.TYPING | typeof Topic.ASSISTANT_DRAFT | typeof Topic.NOTIFICATION_ADDED;
type PublishArgs = { [K in Topic]: K extends KeyedTopic ? [string, TopicPayloads[K]] : [TopicPayloads[K]] };

export interface Events {
  readonly transport: 'memory' | 'redis';
  readonly pubSub: PubSub<PublishArgs>;
  publish<K extends Exclude<Topic, KeyedTopic>>(topic: K, payload: TopicPayloads[K]): void;
  /** Publish to the subscribers of one key of a topic (`pubSub.subscribe(topic, key)`). */
  publishTo<K extends KeyedTopic>(topic: K, key: string, payload: TopicPayloads[K]): void;
  /** Deliver to this instance's subscribers only (the re-sync after an outage). */
  publishLocal<K extends Exclude<Topic, KeyedTopic>>(topic: K, payload: TopicPayloads[K]): void;
  /** ok=false while Redis is down or hung: events then reach this instance's subscribers only. */
  health(): { ok: boolean; detail: string };
  /**
   * Called when events between instances may have been lost and the transport works again (ours
   * came back, or another instance's did), with the instant the loss began. Never for the
   * in-memory transport. Returns the function that stops listening.
   */
  onRecovery(listener: (since: Date) => void): () => void;
  close(): Promise<void>;
}

/** How long boot waits for Redis before it carries on degraded (it keeps reconnecting). */
const BOOT_WAIT_MS = 3000;

export async function createEvents(redisUrl: string | undefined, channelPrefix: string, log: BusLog): Promise<Events> {
  if (!redisUrl) {
    const pubSub = createPubSub<PublishArgs>();
    return {
      transport: 'memory',
      pubSub,
      publish: (topic, payload) => pubSub.publish(topic, payload as never),
      publishTo: (topic, key, payload) => pubSub.publish(topic, key as never, payload as never),
      publishLocal: (topic, payload) => pubSub.publish(topic, payload as never),
      health: () => ({ ok: true, detail: 'memory' }),
      onRecovery: () => () => undefined,
      close: async () => undefined,
    };
  }
  const bus = new RedisBus({ url: redisUrl, channelPrefix, log });
  if (!(await bus.waitUntilUp(BOOT_WAIT_MS))) log.warn({ reason: bus.health().detail }, 'events: starting without Redis (degraded); it connects when Redis is reachable');
  const pubSub = createPubSub<PublishArgs>({ eventTarget: bus as unknown as EventTarget });
  return {
    transport: 'redis',
    pubSub,
    publish: (topic, payload) => pubSub.publish(topic, payload as never),
    publishTo: (topic, key, payload) => pubSub.publish(topic, key as never, payload as never),
    publishLocal: (topic, payload) => bus.deliverLocal(topic, payload),
    health: () => bus.health(),
    onRecovery: (listener) => bus.onRecovery(listener),
    close: () => bus.close(),
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
