// From events to first attempts without a queue in between. Two small batchers per instance:
//   1. events → delivery rows: events arriving while one insert runs wait for it and go in the
//      next, so a burst costs a few multi-row inserts (one commit each), not one per event; the
//      insert also claims each row for its first attempt (so a first attempt needs no claim);
//   2. delivery rows → attempts, in one lane per endpoint: each lane sends up to BATCH (32) of its
//      deliveries at a time, at most PER_ENDPOINT (2) batches in flight, MAX_IN_FLIGHT (32) batches
//      over all lanes. A slow receiver (5 s timeout) holds its own lane only: other endpoints' deliveries go
//      out and are recorded meanwhile. Retries (timers) and jobs come through the lanes too (handOff).
// Nothing is lost when the process dies: the rows are committed before any attempt, and the sweep
// (requeueStranded, every minute) queues rows nobody attempted (a pre-claimed row once its lease is
// 2 minutes past: its first attempt then counts as the second). Beyond MAX_LOCAL waiting deliveries,
// or when stopping, the rest go to pg-boss jobs (any instance works them).
import type { AppServices } from '../../services.js';
import { sqlStats } from '../../db/sql-counter.js';
import { deliverBatch, LEASE_SECONDS, queueItems, releasePreclaimed, type Claimed, type DeliveryItem } from './webhook-delivery.js';

/**
 * The rows, each already claimed for its first attempt (attempts 1, a lease: what CLAIM would do,
 * in the same statement), with what the attempt needs of its endpoint. Nobody else can have claimed
 * a row this statement creates; the sweep takes it again only once the lease is long gone.
 */
const INSERT = `
  with ins as (
    insert into webhook_deliveries (id, tenant_id, endpoint_id, message_id, event_id, event_type, body, attempts, lease_until)
    select gen_random_uuid(), e.tenant_id, e.id, 'msg_' || replace(gen_random_uuid()::text, '-', ''), ev.event_id, ev.event_type, ev.body,
           1, now() + interval '${LEASE_SECONDS} seconds'
      from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) as ev(tenant_id, event_key, event_id, event_type, body)
      join webhook_endpoints e on e.tenant_id = ev.tenant_id and e.enabled and ev.event_key = any(e.events)
    returning id, tenant_id, endpoint_id, message_id, event_id, event_type, body, attempts, created_at
  )
  select ins.id::text, ins.tenant_id::text, ins.endpoint_id::text, ins.message_id, ins.event_id, ins.event_type, ins.body, ins.attempts, ins.created_at,
         e.url, e.enabled, e.secret_sealed, e.previous_secret_sealed, e.previous_secret_expires_at, e.failing_since is not null as failing
    from ins join webhook_endpoints e on e.id = ins.endpoint_id`;

/**
 * One endpoint gets at most PER_ENDPOINT × BATCH = 64 requests at once: the keep-alive agent's
 * sockets per host (webhook-http.ts). More would wait for a socket inside their 5 s timeout, and a
 * slow but healthy receiver would see timeouts of our own making.
 */
const BATCH = 32;
const PER_ENDPOINT = 2;
/** Batches in flight over all endpoints: 16 slow receivers at once still leave room for the rest. */
const MAX_IN_FLIGHT = 32;
const MAX_LOCAL = 2000;

interface Lane {
  items: DeliveryItem[];
  inFlight: number;
}

export interface WebhookEventRow {
  tenantId: string;
  /** The endpoint subscription key (`TICKET_CREATED`). */
  key: string;
  /** `evt_…`, unique per event and type. */
  eventId: string;
  type: string;
  body: string;
}

interface Waiting {
  row: WebhookEventRow;
  done: (deliveries: number) => void;
  fail: (e: unknown) => void;
}

export class WebhookDispatcher {
  private events: Waiting[] = [];
  private inserting: Promise<void> | null = null;
  /** Waiting attempts by endpoint id; a lane is dropped once empty and idle. */
  private readonly lanes = new Map<string, Lane>();
  private waiting = 0;
  private attempting = 0;
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(private readonly services: AppServices) {}

  /** Write the event's deliveries (one per subscribed endpoint); resolves with their number once written. */
  add(row: WebhookEventRow): Promise<number> {
    return new Promise((done, fail) => {
      this.events.push({ row, done, fail });
      if (!this.inserting) this.inserting = this.insertLoop();
    });
  }

  /**
   * Attempts of deliveries whose endpoint is known (jobs, retry timers: handOff). False when
   * there is no room or the dispatcher is stopping: the caller attempts them itself.
   */
  offer(entries: { endpointId: string; item: DeliveryItem }[]): boolean {
    if (this.stopped || this.waiting + entries.length > MAX_LOCAL) return false;
    for (const e of entries) this.enqueue(e.endpointId, e.item);
    this.pump();
    return true;
  }

  private async insertLoop(): Promise<void> {
    // Let the events of this turn of the event loop join the first insert.
    await new Promise((r) => setImmediate(r));
    while (this.events.length) {
      const batch = this.events.splice(0, 500);
      try {
        // Not part of the request that caused the events: keep this SQL out of its statement count.
        const rows = await sqlStats.exit(() =>
          this.services.readPool.query<Claimed & { event_id: string }>(INSERT, [
            batch.map((w) => w.row.tenantId), batch.map((w) => w.row.key), batch.map((w) => w.row.eventId), batch.map((w) => w.row.type), batch.map((w) => w.row.body),
          ]),
        );
        const per = new Map<string, number>();
        for (const r of rows) per.set(r.event_id, (per.get(r.event_id) ?? 0) + 1);
        for (const w of batch) w.done(per.get(w.row.eventId) ?? 0);
        if (rows.length) this.attempt(rows);
      } catch (e) {
        for (const w of batch) w.fail(e);
      }
    }
    this.inserting = null;
  }

  /**
   * First attempts of new deliveries (claimed by their insert): into their lanes when there is
   * room, else given back and queued as pg-boss jobs.
   */
  private attempt(rows: Claimed[]): void {
    const at = Date.now();
    const room = this.stopped ? 0 : Math.max(0, MAX_LOCAL - this.waiting);
    for (const r of rows.slice(0, room)) this.enqueue(r.endpoint_id, { deliveryId: r.id, attempt: 0, claimed: { row: r, at } });
    const overflow = rows.slice(room);
    if (overflow.length) this.toQueue(overflow.map((r) => ({ deliveryId: r.id, attempt: 0, claimed: { row: r, at } })), true);
    this.pump();
  }

  private enqueue(endpointId: string, item: DeliveryItem): void {
    let lane = this.lanes.get(endpointId);
    if (!lane) this.lanes.set(endpointId, (lane = { items: [], inFlight: 0 }));
    lane.items.push(item);
    this.waiting++;
  }

  /** Start batches, one lane after the other (round robin), within the per-lane and overall limits. */
  private pump(): void {
    let started = true;
    while (started && !this.stopped && this.attempting < MAX_IN_FLIGHT && this.waiting) {
      started = false;
      for (const [endpointId, lane] of [...this.lanes]) {
        if (this.attempting >= MAX_IN_FLIGHT) break;
        if (!lane.items.length || lane.inFlight >= PER_ENDPOINT) continue;
        this.start(endpointId, lane, lane.items.splice(0, BATCH));
        started = true;
      }
    }
  }

  private start(endpointId: string, lane: Lane, items: DeliveryItem[]): void {
    this.waiting -= items.length;
    this.attempting++;
    lane.inFlight++;
    const run = sqlStats
      .exit(() => deliverBatch(this.services, items))
      .catch((e) => {
        // The claim may or may not have happened: the jobs' claim compares attempts, so a
        // delivery already attempted is not attempted twice.
        this.services.log.warn({ err: e }, 'webhooks: a batch of attempts failed; queued as jobs');
        this.toQueue(items);
      })
      .finally(() => {
        this.attempting--;
        lane.inFlight--;
        if (!lane.inFlight && !lane.items.length) this.lanes.delete(endpointId);
        this.running.delete(run);
        this.pump();
      });
    this.running.add(run);
  }

  /** As jobs; `release`: pre-claimed first attempts are given back first (a job's claim expects attempts 0). */
  private toQueue(items: DeliveryItem[], release = false): void {
    const run = (release ? releasePreclaimed(this.services, items) : Promise.resolve(items))
      .then((queued) => queueItems(this.services, queued))
      .catch((e) => this.services.log.warn({ err: e, deliveries: items.length }, 'webhooks: queueing deliveries failed; the sweep queues them again'))
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** Finish what runs; waiting attempts become jobs (another instance, or the next start, sends them). */
  async stop(): Promise<void> {
    while (this.inserting) await this.inserting;
    this.stopped = true;
    const left = [...this.lanes.values()].flatMap((l) => l.items.splice(0));
    this.waiting = 0;
    if (left.length) this.toQueue(left, true);
    while (this.running.size) await Promise.all([...this.running]);
  }

  /** Resolves when nothing is being inserted or attempted (tests, benches). */
  async idle(): Promise<void> {
    while (this.inserting || this.running.size || this.waiting) {
      if (this.inserting) await this.inserting;
      if (this.running.size) await Promise.all([...this.running]);
      else await new Promise((r) => setImmediate(r));
    }
  }
}

const dispatchers = new WeakMap<AppServices, WebhookDispatcher>();

/** The instance's dispatcher (created on first use). */
export function dispatcherOf(services: AppServices): WebhookDispatcher {
  let d = dispatchers.get(services);
  if (!d) dispatchers.set(services, (d = new WebhookDispatcher(services)));
  return d;
}
