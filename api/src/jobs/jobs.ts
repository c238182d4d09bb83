// Background jobs on PostgreSQL itself (pg-boss: SKIP LOCKED queues, retries with back-off,
// survives restarts). Every instance works the queues; a job runs on exactly one of them.
// LISTEN/NOTIFY wakes a worker the moment a job is sent, polling stays as the safety net.
import { PgBoss, type Job } from 'pg-boss';
import type { Logger } from '../logger.js';

/** A connection pg-boss can write on instead of its pool (pg-boss's IDatabase). */
export interface JobDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

export const JobName = {
  /** Chunk, embed and store one knowledge document version (or remove it when unpublished). */
  INDEX_DOCUMENT: 'knowledge-index',
  /** Rebuild a tenant's vector collection from the chunks in PostgreSQL (or re-embed all). */
  REBUILD_KNOWLEDGE: 'knowledge-rebuild',
  /** Calibrate a tenant's hand-off threshold on its published knowledge (after a debounce timer). */
  CALIBRATE_KNOWLEDGE: 'knowledge-calibrate',
  /** Train a tenant's offline classifier from its examples. */
  TRAIN_CLASSIFIER: 'classifier-train',
  /** Embed a tenant's classifier examples that have no sentence embedding yet (after an upload). */
  EMBED_TRAINING_EXAMPLES: 'classifier-embed-examples',
  /** An exact timer (SLA due times, time-based rules): runs at its instant; a stale one does nothing. */
  TIMER: 'timer',
  /** Send one outbox e-mail through SMTP (retried with back-off). */
  SEND_MAIL: 'mail-send',
  /** One attempt of one or more webhook deliveries (retries are exact timers, see modules/webhooks). */
  DELIVER_WEBHOOK: 'webhook-deliver',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export interface JobPayloads {
  [JobName.INDEX_DOCUMENT]: { tenantId: string; documentId: string; version: number };
  [JobName.REBUILD_KNOWLEDGE]: { tenantId: string; reembed: boolean };
  [JobName.CALIBRATE_KNOWLEDGE]: { tenantId: string; calibrationId: string };
  /** `storedEmbeddingsOnly`: embed nothing first (a first start's demo training; the embeddings come after). */
  [JobName.TRAIN_CLASSIFIER]: { tenantId: string; storedEmbeddingsOnly?: boolean };
  [JobName.EMBED_TRAINING_EXAMPLES]: { tenantId: string };
  /** `kind` names the owner (e.g. `sla`, `rule`); `key` what it is about; `version` the stamp it was scheduled with. */
  [JobName.TIMER]: { tenantId: string; kind: string; key: string; version: string; data?: Record<string, unknown>; /** ISO instant it was due (lag figures). */ dueAt?: string };
  [JobName.SEND_MAIL]: { outboxId: string };
  /** `attempt`: the attempts the delivery had when this one was queued (a stale job does nothing). */
  [JobName.DELIVER_WEBHOOK]: { deliveryId: string; attempt: number; manual?: boolean };
}

export interface JobsOptions {
  /** Longest wait between two retries of a failed job (back-off doubles up to this). */
  retryDelayMaxSeconds: number;
}

export const JOB_SCHEMA = 'pgboss';

const DEFAULT_POLLING: { batchSize: number; pollingIntervalSeconds: number; notifyPollingIntervalSeconds: number; localConcurrency?: number } = { batchSize: 8, pollingIntervalSeconds: 2, notifyPollingIntervalSeconds: 2 };
/**
 * Timers are due at an instant no NOTIFY announces (a deferred job just becomes fetchable), so
 * only polling finds them: every second keeps the lag under ~1 s for one cheap indexed query a
 * second while idle. Bigger batches: many timers can fall due together.
 */
const POLLING: Partial<Record<JobName, typeof DEFAULT_POLLING>> = {
  [JobName.TIMER]: { batchSize: 200, pollingIntervalSeconds: 1, notifyPollingIntervalSeconds: 1 },
  /**
   * Webhook deliveries: NOTIFY wakes a worker the moment a delivery is queued; a batch's requests
   * go out side by side, and a few workers per instance keep one slow receiver (5 s timeout) from
   * holding up everyone else's deliveries.
   */
  [JobName.DELIVER_WEBHOOK]: { batchSize: 100, pollingIntervalSeconds: 1, notifyPollingIntervalSeconds: 2, localConcurrency: 4 },
};

/** Create or upgrade pg-boss's tables (migrations and the test template call this once). */
export async function installJobSchema(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, schema: JOB_SCHEMA, supervise: false, schedule: false, max: 1 });
  boss.on('error', () => undefined);
  await boss.start();
  await boss.stop({ graceful: false, close: true });
}

export class Jobs {
  private readonly boss: PgBoss;
  private started = false;

  constructor(connectionString: string, private readonly log: Logger, private readonly options: JobsOptions) {
    this.boss = new PgBoss({ connectionString, schema: JOB_SCHEMA, max: 4, useListenNotify: true, schedule: false });
    this.boss.on('error', (e) => this.log.warn({ err: e }, 'job queue error'));
  }

  async start(): Promise<void> {
    await this.boss.start();
    for (const name of Object.values(JobName)) {
      await this.boss.createQueue(name, {
        retryLimit: 50,
        retryDelay: 1,
        retryBackoff: true,
        retryDelayMax: this.options.retryDelayMaxSeconds,
        expireInSeconds: 15 * 60,
        notify: true,
      });
    }
    this.started = true;
  }

  async send<N extends JobName>(name: N, data: JobPayloads[N], options: { singletonKey?: string; startAfter?: Date; id?: string } = {}): Promise<void> {
    await this.boss.send(name, data, options);
  }

  /** Many jobs in one statement (each may carry its own id and `startAfter`). */
  /** `db`: insert on that connection (a transaction's, db/tx-sql.ts), so a rollback drops them. */
  async sendMany<N extends JobName>(name: N, jobs: { id?: string; data: JobPayloads[N]; startAfter?: Date }[], db?: JobDb): Promise<void> {
    if (jobs.length) await this.boss.insert(name, jobs, db ? { db } : undefined);
  }

  /** Cancel jobs that have not run yet (unknown or finished ids are ignored); `db` as in sendMany. */
  async cancel(name: JobName, ids: string[], db?: JobDb): Promise<void> {
    if (ids.length) await this.boss.cancel(name, ids, db ? { db } : undefined);
  }

  /**
   * Run `handler` for each job of `name` on this instance, one after the other. Jobs are fetched
   * in batches (a burst of 30 publishes does not wait a polling interval per job); each job
   * settles on its own: a throw retries that job later with back-off.
   */
  async work<N extends JobName>(name: N, handler: (data: JobPayloads[N], job: { retryCount: number }) => Promise<void>): Promise<void> {
    await this.boss.work<JobPayloads[N]>(name, { burstWhenBatchFull: true, perJobResults: true, ...(POLLING[name] ?? DEFAULT_POLLING) }, async (jobs: Job<JobPayloads[N]>[]) => {
      const results: { id: string; status: 'completed' | 'failed'; output?: unknown }[] = [];
      for (const job of jobs) {
        try {
          await handler(job.data, { retryCount: job.retryCount ?? 0 });
          results.push({ id: job.id, status: 'completed' });
        } catch (e) {
          this.log.warn({ err: e, job: name, id: job.id }, 'job failed; it will be retried');
          results.push({ id: job.id, status: 'failed', output: { message: (e as Error).message } });
        }
      }
      return results;
    });
  }

  /**
   * Like `work`, but the handler takes the whole fetched batch and answers, for each job in the
   * same order, null (done) or the error that makes that job retry. For queues whose jobs share
   * their SQL (timers: one freshness check and one delete per batch).
   */
  async workBatch<N extends JobName>(name: N, handler: (payloads: JobPayloads[N][]) => Promise<(Error | null)[]>): Promise<void> {
    await this.boss.work<JobPayloads[N]>(name, { burstWhenBatchFull: true, perJobResults: true, ...(POLLING[name] ?? DEFAULT_POLLING) }, async (jobs: Job<JobPayloads[N]>[]) => {
      let outcomes: (Error | null)[];
      try {
        outcomes = await handler(jobs.map((j) => j.data));
      } catch (e) {
        outcomes = jobs.map(() => e as Error);
      }
      return jobs.map((job, i) => {
        const err = outcomes[i];
        if (!err) return { id: job.id, status: 'completed' as const };
        this.log.warn({ err, job: name, id: job.id }, 'job failed; it will be retried');
        return { id: job.id, status: 'failed' as const, output: { message: err.message } };
      });
    });
  }

  ready(): boolean {
    return this.started;
  }

  /** Jobs per queue: ready to run now, deferred (future-dated), active (/metrics, one query). */
  async depth(): Promise<{ name: string; ready: number; deferred: number; active: number }[]> {
    if (!this.started) return [];
    const queues = await this.boss.getQueues();
    return queues.map((q) => ({ name: q.name, ready: q.readyCount ?? Math.max(0, q.queuedCount - q.deferredCount), deferred: q.deferredCount, active: q.activeCount }));
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: 5_000, close: true });
  }
}
