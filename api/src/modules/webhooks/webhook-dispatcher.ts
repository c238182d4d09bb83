// From events to first attempts without a queue in between. Two small batchers per instance:
//   1. events → delivery rows: events arriving while one insert runs wait for it and go in the
//      next, so a burst costs a few multi-row inserts (one commit each), not one per event;
//   2. delivery rows → first attempts: the new rows are handed straight to deliverBatch (up to
//      BATCH per call, CONCURRENCY calls at once) instead of a pg-boss job a worker fetches later.
// Nothing is lost when the process dies: the rows are committed before any attempt, and the sweep
// (requeueStranded, every minute) queues rows nobody attempted. Beyond MAX_LOCAL waiting deliveries,
// or when stopping, the rest go to pg-boss jobs (any instance works them).
import type { AppServices } from '../../services.js';
import { sqlStats } from '../../db/sql-counter.js';
import { deliverBatch, queueDeliveries } from './webhook-delivery.js';

const INSERT = `
  insert into webhook_deliveries (id, tenant_id, endpoint_id, message_id, event_id, event_type, body)
  select gen_random_uuid(), e.tenant_id, e.id, 'msg_' || replace(gen_random_uuid()::text, '-', ''), ev.event_id, ev.event_type, ev.body
    from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) as ev(tenant_id, event_key, event_id, event_type, body)
    join webhook_endpoints e on e.tenant_id = ev.tenant_id and e.enabled and ev.event_key = any(e.events)
  returning id::text, event_id`;

const BATCH = 100;
const CONCURRENCY = 4;
const MAX_LOCAL = 2000;

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
  private deliveries: string[] = [];
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

  private async insertLoop(): Promise<void> {
    // Let the events of this turn of the event loop join the first insert.
    await new Promise((r) => setImmediate(r));
    while (this.events.length) {
      const batch = this.events.splice(0, 500);
      try {
        // Not part of the request that caused the events: keep this SQL out of its statement count.
        const rows = await sqlStats.exit(() =>
          this.services.readPool.query<{ id: string; event_id: string }>(INSERT, [
            batch.map((w) => w.row.tenantId), batch.map((w) => w.row.key), batch.map((w) => w.row.eventId), batch.map((w) => w.row.type), batch.map((w) => w.row.body),
          ]),
        );
        const per = new Map<string, number>();
        for (const r of rows) per.set(r.event_id, (per.get(r.event_id) ?? 0) + 1);
        for (const w of batch) w.done(per.get(w.row.eventId) ?? 0);
        if (rows.length) this.attempt(rows.map((r) => r.id));
      } catch (e) {
        for (const w of batch) w.fail(e);
      }
    }
    this.inserting = null;
  }

  /** First attempts of new deliveries: here when there is room, else as pg-boss jobs. */
  private attempt(ids: string[]): void {
    const room = this.stopped ? 0 : Math.max(0, MAX_LOCAL - this.deliveries.length);
    this.deliveries.push(...ids.slice(0, room));
    const overflow = ids.slice(room);
    if (overflow.length) this.toQueue(overflow);
    this.pump();
  }

  private pump(): void {
    while (this.attempting < CONCURRENCY && this.deliveries.length && !this.stopped) {
      const ids = this.deliveries.splice(0, BATCH);
      this.attempting++;
      const run = sqlStats
        .exit(() => deliverBatch(this.services, ids.map((deliveryId) => ({ deliveryId, attempt: 0 }))))
        .catch((e) => {
          // The claim may or may not have happened: the jobs' claim compares attempts, so a
          // delivery already attempted is not attempted twice.
          this.services.log.warn({ err: e }, 'webhooks: a batch of first attempts failed; queued as jobs');
          this.toQueue(ids);
        })
        .finally(() => {
          this.attempting--;
          this.running.delete(run);
          this.pump();
        });
      this.running.add(run);
    }
  }

  private toQueue(ids: string[]): void {
    const run = queueDeliveries(this.services, ids)
      .catch((e) => this.services.log.warn({ err: e, deliveries: ids.length }, 'webhooks: queueing deliveries failed; the sweep queues them again'))
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** Finish what runs; waiting first attempts become jobs (another instance, or the next start, sends them). */
  async stop(): Promise<void> {
    while (this.inserting) await this.inserting;
    this.stopped = true;
    if (this.deliveries.length) this.toQueue(this.deliveries.splice(0));
    while (this.running.size) await Promise.all([...this.running]);
  }

  /** Resolves when nothing is being inserted or attempted (tests, benches). */
  async idle(): Promise<void> {
    while (this.inserting || this.running.size || this.deliveries.length) {
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
