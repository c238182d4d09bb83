// What the listeners' per-instance caches share (a tenant's automation rules and SLA settings; a
// conversation with no open ticket): one InvalidatedCache per app instance, keyed by its
// invalidation topic's payload. Whoever changes what an entry holds calls `changed` after commit:
// this instance drops it at once, the others on the topic. With LISTENER_CACHES=false the cache is
// never attached, so never trusted: every read loads.
import type { AppServices } from '../services.js';
import { InvalidatedCache, type InvalidatedCacheOptions, type PlainTopic } from './invalidated-cache.js';
import type { TopicPayloads } from './topics.js';

export interface ListenerCacheOptions<K extends PlainTopic, V> extends InvalidatedCacheOptions {
  /** Published after a change; carries what names the entry. */
  topic: K;
  key: (what: TopicPayloads[K]) => string;
  load: (services: AppServices, what: TopicPayloads[K]) => Promise<V>;
  /** Which loaded values are kept (default: all). */
  keep?: (value: V) => boolean;
  /** Names the cache in the warning when an invalidation fails, e.g. 'sla: settings'. */
  label: string;
}

export interface ListenerCache<K extends PlainTopic, V> {
  /** The entry for `what`, cached or loaded (shared: callers must not change it). */
  get(services: AppServices, what: TopicPayloads[K]): Promise<V>;
  /** After a change committed: this instance forgets the entry now, the others on the topic. */
  changed(services: AppServices, what: TopicPayloads[K]): void;
  /** Module start: trust the cache while the invalidations are heard (unless LISTENER_CACHES is off). */
  start(services: AppServices): (() => Promise<void>) | void;
  /** The instance's cache (tests). */
  cacheOf(services: AppServices): InvalidatedCache<V>;
}

export function listenerCache<K extends PlainTopic, V>(options: ListenerCacheOptions<K, V>): ListenerCache<K, V> {
  const { topic, key, load, keep, label } = options;
  const caches = new WeakMap<AppServices, InvalidatedCache<V>>();
  const cacheOf = (services: AppServices): InvalidatedCache<V> => {
    let c = caches.get(services);
    if (!c) caches.set(services, (c = new InvalidatedCache<V>({ ttlMs: options.ttlMs, max: options.max })));
    return c;
  };
  return {
    get: (services, what) => cacheOf(services).get(key(what), () => load(services, what), keep),
    changed(services, what) {
      cacheOf(services).drop(key(what));
      services.events.publish(topic, what);
    },
    start(services) {
      if (!services.config.LISTENER_CACHES) return;
      return cacheOf(services).attach(services.events, topic, key, (e) => services.log.warn({ err: e }, `${label} cache invalidation failed`));
    },
    cacheOf,
  };
}
