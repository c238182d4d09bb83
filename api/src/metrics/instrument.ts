// Platform sources of /metrics that are not per request: realtime events published (wrapping the
// event transport) and gauges sampled on scrape (DB pools, job queue depth).
import type { Events } from '../events/pubsub.js';
import type { AppServices } from '../services.js';
import type { Metrics } from './metrics.js';
import { platformMetrics } from './platform-metrics.js';

/** The same transport, counting every publish by topic (a closed list). */
export function instrumentEvents(events: Events, metrics: Metrics): Events {
  if (!metrics.enabled) return events;
  const published = platformMetrics(metrics).published;
  const publish = events.publish.bind(events);
  const publishTo = events.publishTo.bind(events);
  return Object.assign(Object.create(Object.getPrototypeOf(events)), events, {
    publish: ((topic, payload) => {
      published.inc({ topic });
      publish(topic, payload);
    }) as Events['publish'],
    publishTo: ((topic, key, payload) => {
      published.inc({ topic });
      publishTo(topic, key, payload);
    }) as Events['publishTo'],
  }) as Events;
}

/** Queue depth is read at most this often (a scrape every second costs one query per 5 s). */
const JOB_SAMPLE_MS = 5000;

/** Register the scrape-time gauges; returns the function that unregisters them. */
export function sampleDependencies(services: Pick<AppServices, 'metrics' | 'readPool' | 'orm' | 'jobs'>): () => void {
  const { metrics } = services;
  const pool = metrics.gauge('db_pool_connections', 'Database pool connections by pool (read: the planner, orm: MikroORM) and state (in_use, idle, waiting = requests waiting for a connection).', ['pool', 'state']);
  const depth = metrics.gauge('jobs_queue_depth', 'Background jobs per queue (pg-boss) and state (ready, deferred, active), sampled at most every 5 s.', ['queue', 'state']);
  let lastJobs = 0;
  let ormPool: { totalCount: number; idleCount: number; waitingCount: number } | null = null;
  return metrics.onScrape(async () => {
    const r = services.readPool.stats();
    pool.set({ pool: 'read', state: 'in_use' }, r.total - r.idle);
    pool.set({ pool: 'read', state: 'idle' }, r.idle);
    pool.set({ pool: 'read', state: 'waiting' }, r.waiting);
    ormPool ??= (await (services.orm.em.getConnection() as unknown as { getNativeClient(): Promise<typeof ormPool> }).getNativeClient?.()) ?? null;
    if (ormPool) {
      pool.set({ pool: 'orm', state: 'in_use' }, ormPool.totalCount - ormPool.idleCount);
      pool.set({ pool: 'orm', state: 'idle' }, ormPool.idleCount);
      pool.set({ pool: 'orm', state: 'waiting' }, ormPool.waitingCount);
    }
    if (Date.now() - lastJobs >= JOB_SAMPLE_MS) {
      lastJobs = Date.now();
      for (const q of await services.jobs.depth()) {
        depth.set({ queue: q.name, state: 'ready' }, q.ready);
        depth.set({ queue: q.name, state: 'deferred' }, q.deferred);
        depth.set({ queue: q.name, state: 'active' }, q.active);
      }
    }
  });
}
