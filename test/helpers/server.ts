// Start the whole API (the same startApp as `npm start`) on port 0 against this file's database.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, inject } from 'vitest';
import { loadConfig } from '../../api/src/config.js';
import { createLogger } from '../../api/src/logger.js';
import { startApp, type RunningApp } from '../../api/src/app.js';
import type { Clock } from '../../api/src/clock.js';
import { fileDatabaseUrl } from './db.js';

export interface TestServer extends RunningApp {
  graphqlUrl: string;
  wsUrl: string;
  /** Every log line the server wrote, parsed. */
  logs: Record<string, unknown>[];
}

// One signing secret per test run process, shared by servers of the same file (like replicas).
const JWT_SECRET = randomBytes(32).toString('hex');

export interface TestServerOptions {
  databaseUrl?: string;
  redisUrl?: string;
  env?: Record<string, string>;
  /** What the app calls "now" for computations (timers still fire on PostgreSQL's clock). */
  clock?: Clock;
}

const running = new Set<TestServer>();
afterAll(async () => {
  // The file is done and no test watches this shutdown: a short drain (a request still running
  // gets 0.2 s), not the 1.1 s of idle grace the test's own kept-alive fetch sockets cost each
  // server here. A test that stops a server itself gets the graceful shutdown of `npm start`.
  for (const s of running) {
    s.services.config.SHUTDOWN_TIMEOUT_MS = 2200;
    await s.stop();
  }
  running.clear();
});

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const databaseUrl = options.databaseUrl ?? (await fileDatabaseUrl());
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    JWT_SECRET,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'info',
    DB_POOL_SIZE: '4',
    WEB_DIST: '/nonexistent',
    // The run's shared Chroma, in a namespace of this database's own.
    CHROMA_URL: inject('chromaUrl'),
    CHROMA_NAMESPACE: new URL(databaseUrl).pathname.slice(1),
    INDEX_RETRY_MAX_SECONDS: '2',
    // Live-chat tests script both sides themselves; assistant tests switch it on.
    ASSISTANT_ENABLED: 'false',
    // Classifier tests that need sentence embeddings switch them on; elsewhere nothing embeds examples.
    CLASSIFIER_EMBEDDINGS: 'false',
    // Calibration tests switch automatic recalibration on; elsewhere a threshold never moves mid-test.
    KNOWLEDGE_CALIBRATION_AUTO: 'false',
    // Tests drive the widget far faster than a person; the rate-limit test sets real limits.
    WIDGET_SESSIONS_PER_HOUR: '0',
    WIDGET_MESSAGES_PER_MINUTE: '0',
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...options.env,
  });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const app = await startApp(config, createLogger(config.LOG_LEVEL, sink), { migrate: false, clock: options.clock });
  const server: TestServer = {
    ...app,
    graphqlUrl: `${app.url}/graphql`,
    wsUrl: `${app.url.replace('http', 'ws')}/graphql`,
    logs,
    stop: async () => {
      running.delete(server);
      await app.stop();
    },
  };
  running.add(server);
  return server;
}
