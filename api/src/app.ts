// Boot order: config -> database -> migrations/seed -> events -> schema -> HTTP server.
// `startApp` is used by main.ts and by the tests (port 0), `stop` undoes it in reverse.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { startDatabase, startEmbeddedChroma, type EarlyStart } from './boot/early.js';
import { initOrm, migrate } from './boot/orm.js';
import { ReadPool } from './db/read-pool.js';
import { seedDemo, type SeedResult } from './boot/seed/seed.js';
import { createEvents, listen, type Events } from './events/pubsub.js';
import { ReadModels } from './graphql/planner/read-model.js';
import { Planner } from './graphql/planner/planner.js';
import { TokenService } from './auth/tokens.js';
import { buildApiSchema } from './schema.js';
import { createHttpServer, type HttpServer } from './server.js';
import type { AppServices } from './services.js';
import type { PubSub } from 'type-graphql';
import { AuthState } from './auth/auth-state.js';
import { SecretBox } from './auth/secrets.js';
import { Topic } from './events/topics.js';
import { republishChangedSince } from './events/resync.js';
import { DomainEvents } from './events/domain-events.js';
import { createBudgets } from './graphql/budget/index.js';
import { Jobs, JobName } from './jobs/jobs.js';
import { Timers } from './jobs/timers.js';
import { OffsetClock, systemClock, type Clock } from './clock.js';
import { ChromaSupervisor } from './modules/knowledge/chroma-supervisor.js';
import { ChromaVectorStore } from './modules/knowledge/vector-store.js';
import { createEmbedder } from './modules/knowledge/embedder.js';
import { ClassifierCache } from './modules/classifier/classifier.store.js';
import { AssistantRunner } from './modules/assistant/assistant.service.js';
import { appModules } from './modules/index.js';
import { DEFAULT_SILENCE_MS } from './modules/presence/presence.service.js';
import { BootPhases } from './boot/phases.js';
import { Metrics } from './metrics/metrics.js';
import { instrumentEvents, sampleDependencies } from './metrics/instrument.js';

/**
 * AUTH_CHANGED (from this or any instance): drop cached auth state, then close the sockets of
 * viewers who lost access (a deactivated user, a suspended tenant, a revoked key).
 */
function listenForAuthChanges(services: AppServices, http: HttpServer): () => Promise<void> {
  return listen(services.events, Topic.AUTH_CHANGED, (change) => {
    services.auth.invalidate(change);
    return http.revalidateSockets((v) =>
      (!!change.userId && v.kind === 'user' && v.userId === change.userId) ||
      (!!change.tenantId && v.kind !== 'anonymous' && v.tenantId === change.tenantId) ||
      (!!change.apiKeyPrefix && v.kind === 'apiKey' && v.prefix === change.apiKeyPrefix) ||
      (!!change.contactId && v.kind === 'widget' && v.contactId === change.contactId),
    );
  }, (e) => services.log.warn({ err: e }, 'socket revalidation failed'));
}

/** After a Redis outage: the current state of what changed, for the tenant-wide topics. */
function resyncAfterEventOutages(services: AppServices, http: HttpServer): () => Promise<void> {
  const stop = services.events.onRecovery((since) => {
    void republishChangedSince(services, since, () => http.revalidateSockets(() => true), DEFAULT_SILENCE_MS)
      .then((n) => services.log.info({ since, events: n }, 'events: re-sync after an outage delivered'))
      .catch((e) => services.log.warn({ err: e }, 'events: re-sync after an outage failed'));
  });
  return async () => stop();
}

export interface RunningApp {
  url: string;
  port: number;
  services: AppServices;
  http: HttpServer;
  seed: SeedResult | null;
  /** Wall time of each boot step (ms). */
  phases: BootPhases;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Run migrations at boot (default true). */
  migrate?: boolean;
  /** What time it is for computations (tests); default the system clock. */
  clock?: Clock;
  /** Timings of the boot steps (main.ts passes its own to include what ran before startApp). */
  phases?: BootPhases;
  /** The database and Chroma, already starting (main.ts starts them before loading this module). */
  early?: EarlyStart;
}

/** The system clock; under NODE_ENV=test with TEST_CLOCK_OFFSET_MS, real time moved ahead (browser tests). */
function clockFor(config: Config): Clock {
  return config.NODE_ENV === 'test' && config.TEST_CLOCK_OFFSET_MS ? new OffsetClock(config.TEST_CLOCK_OFFSET_MS) : systemClock;
}

export async function startApp(config: Config, log: Logger, options: StartOptions = {}): Promise<RunningApp> {
  const cleanups: [string, () => Promise<unknown>][] = [];
  const phases = options.phases ?? new BootPhases();
  const step = phases.time.bind(phases);
  const stopAll = async () => {
    for (const [name, fn] of cleanups.reverse()) {
      log.debug({ step: name }, 'stopping');
      await fn().catch((e) => log.warn({ err: e, step: name }, 'shutdown step failed'));
    }
    cleanups.length = 0;
  };
  try {
    // PostgreSQL and Chroma start side by side (each is a process of its own); both are stopped
    // last, whatever step fails.
    const databaseStarting = options.early?.database ?? startDatabase(config, log, phases);
    const chromaStarting = options.early ? options.early.chroma : startEmbeddedChroma(config, log, phases);
    cleanups.push(['embedded postgres', async () => (await databaseStarting.catch(() => null))?.embedded?.stop()]);
    cleanups.push(['chroma', async () => (await chromaStarting?.catch(() => null))?.stop()]);
    const db = await databaseStarting;

    const orm: MikroORM = await step('orm', () => initOrm(db.url, config.DB_POOL_SIZE, (message) => log.debug({ orm: message }, 'orm')));
    cleanups.push(['orm', () => orm.close(true)]);
    // Our tables and the demo data are PostgreSQL's work (a few large statements); the job queue's
    // tables, the event bus and the GraphQL schema (this process's CPU) are built meanwhile.
    const data = step('migrations + seed', async () => {
      if (options.migrate !== false) {
        const applied = await step('migrations', () => migrate(orm));
        if (applied.length) log.info({ applied }, 'migrations applied');
      }
      return config.SEED_DEMO ? await step('seed', () => seedDemo(orm)) : null;
    });
    const readPool = new ReadPool(db.url, config.DB_POOL_SIZE);
    cleanups.push(['read pool', () => readPool.end()]);
    const metrics = new Metrics(config.METRICS);
    const jobs = new Jobs(db.url, log, { retryDelayMaxSeconds: config.INDEX_RETRY_MAX_SECONDS });
    const platform = (async () => {
      const events: Events = instrumentEvents(await step('events', () => createEvents(config.REDIS_URL, config.EVENTS_CHANNEL_PREFIX, log)), metrics);
      cleanups.push(['events', () => events.close()]);
      const jobsStarted = step('jobs', () => jobs.start()).then(() => cleanups.push(['jobs', () => jobs.stop()]));
      jobsStarted.catch(() => undefined);
      const schema = await step('schema', () => buildApiSchema(events.pubSub as unknown as PubSub));
      await jobsStarted;
      return { events, schema };
    })();
    const [seed, { events, schema }] = await allSettled(data, platform);

    // Chroma: the configured server, or our own child process with its data in DATA_DIR,
    // restarted by its supervisor whenever it dies (and not once shutdown began).
    const chroma: ChromaSupervisor | null = await chromaStarting;
    const chromaUrl = chroma?.url ?? config.CHROMA_URL!;
    const vectors = new ChromaVectorStore({ url: chromaUrl, namespace: config.CHROMA_NAMESPACE, timeoutMs: config.CHROMA_TIMEOUT_MS });
    const embedder = createEmbedder({
      provider: config.EMBEDDINGS_PROVIDER,
      model: config.EMBEDDINGS_MODEL,
      apiKey: config.EMBEDDINGS_API_KEY,
      baseUrl: config.EMBEDDINGS_BASE_URL,
      dimensions: config.EMBEDDINGS_DIMENSIONS,
    });

    const planner = new Planner(new ReadModels(orm.getMetadata()), readPool);
    const auth = new AuthState(readPool);
    // The SDK loads only when it is used (≈ 350 modules: a tenth of the start-up's module loading).
    const anthropic = config.ANTHROPIC_API_KEY
      ? new (await import('./modules/assistant/providers/anthropic.js')).AnthropicProvider({ apiKey: config.ANTHROPIC_API_KEY, baseURL: config.ANTHROPIC_BASE_URL, maxRetries: config.AI_MAX_RETRIES, idleTimeoutMs: config.AI_IDLE_TIMEOUT_MS, totalTimeoutMs: config.AI_TIMEOUT_MS })
      : null;
    const timers = new Timers(readPool, jobs, log);
    const budgets = createBudgets({ enabled: config.RATE_BUDGETS, redisUrl: config.REDIS_URL, prefix: config.EVENTS_CHANNEL_PREFIX, log });
    cleanups.push(['budgets', () => budgets.close()]);
    const services = {
      config, log, orm, readPool, planner, events, auth, jobs, timers, budgets, metrics,
      clock: options.clock ?? clockFor(config),
      tokens: new TokenService(config.JWT_SECRET),
      secretBox: new SecretBox(config.ENCRYPTION_KEY),
      knowledge: { db: readPool, vectors, embedder },
      ai: { anthropic, classifiers: new ClassifierCache() },
      domainEvents: new DomainEvents(log, metrics, config.LISTENER_BACKGROUND_CONCURRENCY),
    } as Omit<AppServices, 'assistant'> as AppServices;
    services.assistant = new AssistantRunner(services);
    const stopSampling = sampleDependencies(services);
    cleanups.push(['metrics samplers', async () => stopSampling()]);
    // Listeners of domain events, one per concern (docs/architecture.md, "Reactions").
    services.domainEvents.register(...appModules.flatMap((m) => m.listeners?.(services) ?? []));
    log.info({ assistant: anthropic ? 'anthropic' : 'offline', chroma: config.CHROMA_URL ? 'configured' : 'embedded' }, 'assistant provider');
    const http = await step('http server', () => createHttpServer(services, schema, {
      database: async () => {
        await readPool.ping();
        return { ok: true };
      },
      events: async () => events.health(),
      jobs: async () => ({ ok: jobs.ready() }),
      embedder: embedderCheck(embedder),
      vectorStore: async () =>
        (await vectors.heartbeat())
          ? { ok: true, detail: 'chroma' }
          : { ok: false, detail: `chroma ${chroma?.down ? 'restarting' : 'unreachable'}: the assistant hands off until it is back` },
    }, appModules.flatMap((m) => (m.routes ? [m.routes] : []))));
    // Stopped after HTTP (cleanups run in reverse): reactions to the last requests still run.
    cleanups.push(['domain event listeners', () => services.domainEvents.stop()]);
    cleanups.push(['http', () => http.close()]);
    cleanups.push(['assistant turns', () => services.assistant.drain()]);
    const workersStarted = performance.now();
    for (const m of appModules) {
      for (const [name, handle] of Object.entries(m.jobs ?? {}) as [JobName, (s: AppServices, payload: never) => Promise<void>][]) {
        if (name === JobName.TIMER) throw new Error(`module ${m.name}: the TIMER job is the timers' own; declare \`timers\` instead`);
        await jobs.work(name, (payload) => handle(services, payload as never));
      }
      for (const [kind, handle] of Object.entries(m.timers ?? {})) timers.on(kind, (timer) => handle(services, timer));
    }
    // Every instance works the TIMER queue (a job runs on one of them); kinds without a handler retry.
    await timers.work();
    phases.record('workers', performance.now() - workersStarted);
    cleanups.push(['auth listener', listenForAuthChanges(services, http)]);
    cleanups.push(['resync after event outages', resyncAfterEventOutages(services, http)]);
    // Background duties of every instance (safe to run on several at once): sweepers, reconciliation.
    for (const m of appModules) {
      const stop = m.start?.(services);
      if (stop) cleanups.push([`${m.name} background`, stop]);
    }
    let port: number;
    try {
      port = await step('listen', () => http.listen(config.PORT, config.HOST));
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const { ConfigError } = await import('./config.js');
      if (err.code === 'EADDRINUSE') throw new ConfigError(`PORT: ${config.PORT} is already in use on ${config.HOST}`);
      if (err.code === 'EADDRNOTAVAIL') throw new ConfigError(`HOST: ${config.HOST} is not an address of this machine`);
      throw e;
    }
    const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
    return { url, port, services, http, seed: seed?.seeded ? seed : null, phases, stop: stopAll };
  } catch (e) {
    await stopAll();
    throw e;
  }
}

/** Both results once both have settled (a failure does not leave the other running unseen); the first failure otherwise. */
async function allSettled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b]);
  if (ra.status === 'rejected') throw ra.reason;
  if (rb.status === 'rejected') throw rb.reason;
  return [ra.value, rb.value];
}

/**
 * The embedder answers (the offline model loads and embeds a word, or the hosted API does).
 * Probed in the background, at most every 30 s, never inside the readiness request: a cold model
 * load takes seconds under load and must not make /readyz slow. Before the first probe finishes
 * it reports ok (the model loads on first use anyway) and says so.
 */
function embedderCheck(embedder: { embed(texts: string[]): Promise<number[][]> }) {
  let last: { at: number; result: { ok: boolean; detail?: string } } | null = null;
  let probing: Promise<void> | null = null;
  const probe = () =>
    (probing ??= (async () => {
      let result: { ok: boolean; detail?: string };
      try {
        const [v] = await embedder.embed(['readiness']);
        result = v?.length ? { ok: true } : { ok: false, detail: 'embedder: returned no vector' };
      } catch (e) {
        result = { ok: false, detail: `embedder: ${(e as Error).message}`.slice(0, 200) };
      }
      last = { at: Date.now(), result };
      probing = null;
    })());
  return async () => {
    if (!last || Date.now() - last.at >= 30_000) void probe();
    return last?.result ?? { ok: true, detail: 'first check running (the model loads on first use)' };
  };
}
