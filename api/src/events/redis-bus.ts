// The event target behind the Redis transport. Every event is delivered to this instance's own
// subscribers in-process first, then sent to Redis for the other instances (each envelope carries
// the sender's instance id, so our own echo is dropped). A Redis outage therefore never stops
// local delivery, and a publish that fails is logged once per outage, never thrown.
//
// Health: a PING round trip on both connections every second with a deadline; a missed one, a
// lost connection or a failed publish marks the bus down. When both answer again the bus is up:
// it tells its own streams to catch up from PostgreSQL (`onRecovery`) and broadcasts a RESYNC so
// the other instances catch up too (they may have missed what we failed to publish meanwhile).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { redactUrl } from '../config.js';

type Callback = (event: { detail: unknown }) => void;
type CallbackOrListener = Callback | { handleEvent: Callback };

export interface BusHealth {
  ok: boolean;
  detail: string;
}

export interface BusLog {
  warn(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
}

export interface RedisBusOptions {
  url: string;
  channelPrefix: string;
  log: BusLog;
  heartbeatMs?: number;
  deadlineMs?: number;
}

interface Envelope {
  /** Sender instance id. */
  o: string;
  /** The event payload, or, on the control channel, the RESYNC notice. */
  d: unknown;
}

/** The control channel's notice: "I may have failed to publish since `since`: catch up". */
interface Resync {
  since: string;
}

const CONTROL = '__RESYNC';

export class RedisBus {
  readonly instanceId = randomUUID();
  private readonly local = new Map<string, Set<Callback>>();
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly prefix: string;
  private readonly log: BusLog;
  private readonly heartbeatMs: number;
  private readonly deadlineMs: number;
  private up = false;
  private reason = 'connecting to Redis';
  /** Since when events may have been lost (set while down or after a failed publish). */
  private lostSince: Date | null = null;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly recoveryListeners = new Set<(since: Date) => void>();

  constructor(options: RedisBusOptions) {
    this.prefix = options.channelPrefix;
    this.log = options.log;
    this.heartbeatMs = options.heartbeatMs ?? 1000;
    this.deadlineMs = options.deadlineMs ?? 2000;
    const retryStrategy = (n: number) => Math.min(n * 100, 1000); // never gives up
    // Publishes fail at once while disconnected (no queue that grows through an outage and
    // floods Redis later); a hung Redis fails them after the deadline.
    this.pub = new Redis(options.url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: this.deadlineMs, connectTimeout: this.deadlineMs, retryStrategy });
    // Subscriptions made while disconnected wait in the offline queue; ioredis re-subscribes
    // every channel itself after a reconnect.
    this.sub = new Redis(options.url, { maxRetriesPerRequest: null, connectTimeout: this.deadlineMs, retryStrategy });
    for (const [name, client] of [['publish', this.pub], ['subscribe', this.sub]] as const) {
      client.on('error', (e: NodeJS.ErrnoException) => this.down(`${name} connection: ${e.code ?? e.message}`));
      client.on('close', () => this.down(`${name} connection closed`));
    }
    this.sub.on('message', (channel: string, message: string) => this.onRedisMessage(channel, message));
    void this.sub.subscribe(this.prefix + CONTROL).catch(() => undefined);
    this.log.info({ redis: redactUrl(options.url), instance: this.instanceId }, 'events: connecting to Redis');
    void this.beat();
  }

  // ---- EventTarget surface used by @graphql-yoga/subscription's createPubSub ----

  addEventListener(topic: string, callbackOrListener: CallbackOrListener | null): void {
    if (!callbackOrListener) return;
    const callback = typeof callbackOrListener === 'function' ? callbackOrListener : callbackOrListener.handleEvent;
    let callbacks = this.local.get(topic);
    if (!callbacks) {
      this.local.set(topic, (callbacks = new Set()));
      void this.sub.subscribe(this.prefix + topic).catch(() => undefined);
    }
    callbacks.add(callback);
  }

  removeEventListener(topic: string, callbackOrListener: CallbackOrListener | null): void {
    if (!callbackOrListener) return;
    const callback = typeof callbackOrListener === 'function' ? callbackOrListener : callbackOrListener.handleEvent;
    const callbacks = this.local.get(topic);
    if (!callbacks?.delete(callback) || callbacks.size) return;
    this.local.delete(topic);
    if (!this.stopped) void this.sub.unsubscribe(this.prefix + topic).catch(() => undefined);
  }

  dispatchEvent(event: { type: string; detail?: unknown }): boolean {
    this.deliver(event.type, event.detail ?? null);
    this.send(event.type, event.detail ?? null);
    return true;
  }

  // ---- health and recovery ----

  health(): BusHealth {
    return this.up ? { ok: true, detail: 'redis' } : { ok: false, detail: `redis: ${this.reason}. Events reach this instance's subscribers only; the others catch up from PostgreSQL when Redis is back` };
  }

  /** Called after an outage (ours, or another instance's RESYNC) with the instant it began. */
  onRecovery(listener: (since: Date) => void): () => void {
    this.recoveryListeners.add(listener);
    return () => this.recoveryListeners.delete(listener);
  }

  /** Resolves at the first successful heartbeat, or after `ms` (the bus then stays degraded). */
  async waitUntilUp(ms: number): Promise<boolean> {
    const until = Date.now() + ms;
    while (!this.up && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
    return this.up;
  }

  async close(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    // quit() lets queued commands (a last UNSUBSCRIBE) finish when Redis is there; otherwise drop.
    const quit = (c: Redis) => (c.status === 'ready' ? Promise.race([c.quit(), new Promise((r) => setTimeout(r, 500))]).catch(() => undefined).finally(() => c.disconnect()) : c.disconnect());
    await Promise.all([quit(this.pub), quit(this.sub)]);
  }

  /** Deliver to this instance's subscribers only. */
  deliverLocal(topic: string, detail: unknown): void {
    this.deliver(topic, detail);
  }

  // ---- internals ----

  private deliver(topic: string, detail: unknown): void {
    const callbacks = this.local.get(topic);
    if (!callbacks) return;
    for (const callback of [...callbacks]) callback({ detail });
  }

  private send(topic: string, detail: unknown): void {
    if (this.stopped) return;
    const envelope: Envelope = { o: this.instanceId, d: detail };
    this.pub.publish(this.prefix + topic, JSON.stringify(envelope)).catch((e: Error) => {
      // Committed but not sent to the other instances: they catch up after our RESYNC.
      this.down(`publish failed: ${e.message}`);
    });
  }

  private onRedisMessage(channel: string, message: string): void {
    if (!channel.startsWith(this.prefix)) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch {
      return;
    }
    if (envelope.o === this.instanceId) return; // our own echo: delivered locally already
    const topic = channel.slice(this.prefix.length);
    if (topic === CONTROL) return this.recovered(new Date((envelope.d as Resync).since));
    this.deliver(topic, envelope.d);
  }

  private down(reason: string): void {
    if (this.stopped) return;
    this.lostSince ??= new Date();
    if (!this.up) {
      this.reason = reason;
      return;
    }
    this.up = false;
    this.reason = reason;
    this.log.warn({ reason, instance: this.instanceId }, 'events: Redis is down or hung; delivering on this instance only');
  }

  private recovered(since: Date): void {
    for (const listener of this.recoveryListeners) listener(since);
  }

  private withDeadline<T>(p: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout;
    return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to PING within ${this.deadlineMs} ms (hung?)`)), this.deadlineMs)))]).finally(() => clearTimeout(timer));
  }

  private async ping(name: string, client: Redis): Promise<void> {
    if (client.status !== 'ready') throw new Error(`${name} connection ${client.status}`);
    await this.withDeadline(client.ping()).catch((e: Error) => {
      throw new Error(`${name} connection: ${e.message}`);
    });
  }

  /**
   * One heartbeat, then the next a second later. A PING on the subscriber connection is answered
   * after the SUBSCRIBEs sent before it, so a good round trip there also means the channels are
   * live again: only then is catching up from PostgreSQL complete.
   */
  private async beat(): Promise<void> {
    if (this.stopped) return;
    try {
      await Promise.all([this.ping('publish', this.pub), this.ping('subscribe', this.sub)]);
      if (this.lostSince) {
        const since = this.lostSince;
        // Tell the others first: if this fails we stay "lost" and try again at the next beat.
        await this.withDeadline(this.pub.publish(this.prefix + CONTROL, JSON.stringify({ o: this.instanceId, d: { since: since.toISOString() } satisfies Resync })));
        this.lostSince = null;
        const wasDown = !this.up;
        this.up = true;
        if (wasDown) this.log.info({ instance: this.instanceId, since: since.toISOString() }, 'events: Redis is reachable; catching up from PostgreSQL');
        this.recovered(since);
      } else this.up = true;
    } catch (e) {
      this.down((e as Error).message);
    }
    if (!this.stopped) {
      this.timer = setTimeout(() => void this.beat(), this.heartbeatMs);
      this.timer.unref();
    }
  }
}
