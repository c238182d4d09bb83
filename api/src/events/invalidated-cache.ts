// A per-instance cache that stays correct across instances: whoever changes what an entry holds
// drops it here at once and publishes an invalidation topic after commit (Redis carries it to the
// other instances, `attach` drops it there). The cache is trusted only while this instance listens
// to that topic and the event bus is healthy — while Redis is down an invalidation from another
// instance may be lost, so every read goes through then — and it is emptied whenever an outage
// ends (ours or another instance's RESYNC). A TTL bounds what a change made behind the API's back
// (SQL by hand) can cost. Listeners use it to skip a read per message (session 11).
import { listen, type Events, type KeyedTopic } from './pubsub.js';
import type { Topic, TopicPayloads } from './topics.js';

export type PlainTopic = Exclude<Topic, KeyedTopic>;

export interface InvalidatedCacheOptions {
  /** How long an entry is trusted at most. */
  ttlMs: number;
  /** Entries kept at most (the oldest go first). */
  max: number;
}

interface Entry<V> {
  value: V;
  expires: number;
}

export class InvalidatedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly loading = new Map<string, { generation: number; promise: Promise<V> }>();
  /** Bumped by every drop: a load that started before it must not fill the cache. */
  private generation = 0;
  private events: Events | null = null;

  constructor(private readonly options: InvalidatedCacheOptions) {}

  /** Entries may be used: the invalidation topic is listened to and the bus delivers it. */
  get trusted(): boolean {
    return !!this.events && this.events.health().ok;
  }

  /**
   * The cached value, else `load()`'s (concurrent callers share one load). `keep` decides whether
   * a loaded value is cached (e.g. only "none" answers); nothing is cached while not trusted, or
   * when the key was dropped while it loaded.
   */
  async get(key: string, load: () => Promise<V>, keep: (v: V) => boolean = () => true): Promise<V> {
    if (!this.trusted) return load();
    const hit = this.entries.get(key);
    if (hit) {
      if (hit.expires > Date.now()) return hit.value;
      this.entries.delete(key);
    }
    const started = this.generation;
    const pending = this.loading.get(key);
    if (pending && pending.generation === started) return pending.promise;
    const promise = load();
    this.loading.set(key, { generation: started, promise });
    try {
      const value = await promise;
      if (started === this.generation && keep(value)) this.set(key, value);
      return value;
    } finally {
      if (this.loading.get(key)?.promise === promise) this.loading.delete(key);
    }
  }

  private set(key: string, value: V): void {
    if (this.entries.size >= this.options.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expires: Date.now() + this.options.ttlMs });
  }

  drop(key: string): void {
    this.generation++;
    this.entries.delete(key);
    this.loading.delete(key);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.loading.clear();
  }

  /** Entries held (tests). */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Start trusting entries: drop the key of every `topic` event (from any instance), empty the
   * cache when an event outage ends. Returns the stop function (entries are not trusted after it).
   */
  attach<K extends PlainTopic>(events: Events, topic: K, keyOf: (payload: TopicPayloads[K]) => string, onError: (e: unknown) => void): () => Promise<void> {
    const stopListening = listen(events, topic, (p) => this.drop(keyOf(p)), onError);
    const stopRecovery = events.onRecovery(() => this.clear());
    this.clear();
    this.events = events;
    return async () => {
      this.events = null;
      this.clear();
      stopRecovery();
      await stopListening();
    };
  }
}
