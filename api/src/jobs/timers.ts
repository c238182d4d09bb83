// Exact timers: "run this at that instant", over pg-boss (a TIMER job with `startAfter`). One
// current timer per (tenant, kind, key): the table `timers` holds the version last scheduled, so
// rescheduling or cancelling makes an older job find nothing to do, on any instance, after any
// restart. Owners register a handler per kind (`on`); a module declares them as `timers` in its
// defineModule and app.ts wires them. Handlers still check their own facts (a ticket resolved in
// the meantime): the version only proves that nobody scheduled something newer.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import { JobName, type JobDb, type JobPayloads, type Jobs } from './jobs.js';

export interface TimerSpec {
  tenantId: string;
  /** The owner (`sla`, `rule`, …): picks the handler. */
  kind: string;
  /** What it is about, unique within the kind and tenant (e.g. `<ticketId>:resolution`). */
  key: string;
  /** A stamp of what it was scheduled for (e.g. the due instant, a revision number). */
  version: string;
  at: Date;
  data?: Record<string, unknown>;
}

export interface FiredTimer {
  tenantId: string;
  kind: string;
  key: string;
  version: string;
  data: Record<string, unknown>;
  /** When it was due (null for jobs scheduled before this field existed). */
  dueAt: Date | null;
}

export type TimerHandler = (timer: FiredTimer) => Promise<void>;

/** What Timers needs of the database: the read pool fits. */
export interface TimerStore {
  query<R extends Record<string, unknown>>(text: string, values: unknown[]): Promise<R[]>;
}

/**
 * The caller's transaction (db/tx-sql.ts): the timer rows and their jobs are written and the
 * replaced jobs cancelled on it, so they commit or roll back with the caller's change.
 */
export type TimerTx = TimerStore & JobDb;

type TimerPayload = JobPayloads[typeof JobName.TIMER];

const UPSERT = `
  with old as (
    select tenant_id, kind, key, job_id from timers
     where (tenant_id, kind, key) in (select * from unnest($1::uuid[], $2::text[], $3::text[]))
     for update
  ), up as (
    -- Runs whatever the final select reads (a data-modifying WITH always runs once).
    insert into timers (tenant_id, kind, key, version, due_at, job_id)
    select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::uuid[])
    on conflict (tenant_id, kind, key) do update
      set version = excluded.version, due_at = excluded.due_at, job_id = excluded.job_id
  )
  select job_id::text as job_id from old`;

export class Timers {
  private readonly handlers = new Map<string, TimerHandler>();

  constructor(
    private readonly db: TimerStore,
    private readonly jobs: Jobs,
    private readonly log: Logger,
  ) {}

  /** The handler of a kind (one per kind; registering twice is a bug). */
  on(kind: string, handler: TimerHandler): void {
    if (this.handlers.has(kind)) throw new Error(`timer kind "${kind}" already has a handler`);
    this.handlers.set(kind, handler);
  }

  /** Schedule (or move) the timer of (tenant, kind, key) to `at`; the previous version goes stale. */
  async scheduleAt(spec: TimerSpec): Promise<void> {
    await this.scheduleMany([spec]);
  }

  /** Many timers at once: one upsert, one insert of jobs, one cancel of the jobs they replace; `tx`: inside that transaction. */
  async scheduleMany(specs: readonly TimerSpec[], tx?: TimerTx): Promise<void> {
    if (!specs.length) return;
    const seen = new Set<string>();
    for (const s of specs) {
      const id = `${s.tenantId}\u0000${s.kind}\u0000${s.key}`;
      if (seen.has(id)) throw new Error(`timer ${s.kind}/${s.key} scheduled twice in one call`);
      seen.add(id);
      if (!(s.at instanceof Date) || Number.isNaN(s.at.getTime())) throw new Error(`timer ${s.kind}/${s.key}: bad instant`);
    }
    const jobIds = specs.map(() => randomUUID());
    // The row first: a job that runs before the row is written would find itself stale.
    const old = await (tx ?? this.db).query<{ job_id: string }>(UPSERT, [
      specs.map((s) => s.tenantId),
      specs.map((s) => s.kind),
      specs.map((s) => s.key),
      specs.map((s) => s.version),
      specs.map((s) => s.at.toISOString()),
      jobIds,
    ]);
    await this.jobs.sendMany(
      JobName.TIMER,
      specs.map((s, i) => ({
        id: jobIds[i],
        startAfter: s.at,
        data: { tenantId: s.tenantId, kind: s.kind, key: s.key, version: s.version, dueAt: s.at.toISOString(), ...(s.data ? { data: s.data } : {}) },
      })),
      tx,
    );
    // Not needed for correctness (a replaced job is stale); it just spares the queue the work.
    // Inside a transaction a failed statement aborts it anyway: no catch there.
    const replaced = old.map((r) => r.job_id);
    if (tx) await this.jobs.cancel(JobName.TIMER, replaced, tx);
    else await this.jobs.cancel(JobName.TIMER, replaced).catch((e) => this.log.debug({ err: e }, 'timers: cancelling replaced jobs failed'));
  }

  /** Cancel the timer of (tenant, kind, key); true when there was one. */
  async cancel(tenantId: string, kind: string, key: string): Promise<boolean> {
    const rows = await this.db.query<{ job_id: string }>(`delete from timers where tenant_id = $1 and kind = $2 and key = $3 returning job_id::text as job_id`, [tenantId, kind, key]);
    await this.jobs.cancel(JobName.TIMER, rows.map((r) => r.job_id)).catch((e) => this.log.debug({ err: e }, 'timers: cancelling a job failed'));
    return rows.length > 0;
  }

  /** Cancel several timers of one tenant and kind in one statement; how many there were. */
  async cancelMany(tenantId: string, kind: string, keys: readonly string[], tx?: TimerTx): Promise<number> {
    if (!keys.length) return 0;
    const rows = await (tx ?? this.db).query<{ job_id: string }>(`delete from timers where tenant_id = $1 and kind = $2 and key = any($3::text[]) returning job_id::text as job_id`, [tenantId, kind, keys]);
    const ids = rows.map((r) => r.job_id);
    if (tx) await this.jobs.cancel(JobName.TIMER, ids, tx);
    else if (ids.length) await this.jobs.cancel(JobName.TIMER, ids).catch((e) => this.log.debug({ err: e }, 'timers: cancelling jobs failed'));
    return rows.length;
  }

  /** The current version and due instant of a timer, or null (fired, cancelled, never scheduled). */
  async current(tenantId: string, kind: string, key: string): Promise<{ version: string; dueAt: Date } | null> {
    const [row] = await this.db.query<{ version: string; due_at: Date }>(`select version, due_at from timers where tenant_id = $1 and kind = $2 and key = $3`, [tenantId, kind, key]);
    return row ? { version: row.version, dueAt: new Date(row.due_at) } : null;
  }

  /**
   * The TIMER job: a stale job (another version is current, or the timer was cancelled or has
   * fired) does nothing; else the kind's handler runs, then the timer is done. A handler that
   * throws leaves the timer current, and pg-boss retries the job.
   */
  async fire(p: TimerPayload): Promise<void> {
    const [err] = await this.fireBatch([p]);
    if (err) throw err;
  }

  /**
   * A fetched batch: one freshness query, the fresh timers' handlers side by side, one delete of
   * the ones that succeeded. Answers null (done) or the error to retry with, per payload.
   */
  async fireBatch(batch: readonly TimerPayload[]): Promise<(Error | null)[]> {
    const id = (p: TimerPayload) => `${p.tenantId.toLowerCase()}\u0000${p.kind}\u0000${p.key}`;
    const rows = await this.db.query<{ tenant_id: string; kind: string; key: string; version: string }>(
      `select tenant_id::text, kind, key, version from timers
        where (tenant_id, kind, key) in (select * from unnest($1::uuid[], $2::text[], $3::text[]))`,
      [batch.map((p) => p.tenantId), batch.map((p) => p.kind), batch.map((p) => p.key)],
    );
    const current = new Map(rows.map((r) => [`${r.tenant_id}\u0000${r.kind}\u0000${r.key}`, r.version]));
    const claimed = new Set<string>();
    const outcomes = await Promise.all(
      batch.map(async (p): Promise<Error | null | 'done'> => {
        // Stale, or a duplicate of a job already in this batch: nothing to do.
        if (current.get(id(p)) !== p.version || claimed.has(id(p))) return null;
        claimed.add(id(p));
        const handler = this.handlers.get(p.kind);
        // Thrown, not dropped: retried with back-off until the owner's handler is registered.
        if (!handler) return new Error(`no handler for timer kind "${p.kind}"`);
        try {
          await handler({ tenantId: p.tenantId, kind: p.kind, key: p.key, version: p.version, data: p.data ?? {}, dueAt: p.dueAt ? new Date(p.dueAt) : null });
          return 'done';
        } catch (e) {
          return e instanceof Error ? e : new Error(String(e));
        }
      }),
    );
    const done = batch.filter((_, i) => outcomes[i] === 'done');
    if (done.length) {
      await this.db.query(
        `delete from timers where (tenant_id, kind, key, version) in (select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[]))`,
        [done.map((p) => p.tenantId), done.map((p) => p.kind), done.map((p) => p.key), done.map((p) => p.version)],
      );
    }
    return outcomes.map((o) => (o === 'done' ? null : o));
  }

  /** Start this instance's TIMER worker (app.ts, once the handlers are registered). */
  async work(): Promise<void> {
    await this.jobs.workBatch(JobName.TIMER, (payloads) => this.fireBatch(payloads));
  }
}
