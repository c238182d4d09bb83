// The bench database, in order of preference:
//   1. BENCH_DATABASE_URL: used as it is (never dropped; the data a section adds is idempotent);
//   2. a PostgreSQL on 127.0.0.1:5432 (user postgres, trust; BENCH_ADMIN_URL overrides): database
//      `sb_bench`, dropped and recreated on every run, dropped at the end;
//   3. an embedded PostgreSQL (api/src/boot/embedded.ts) in a temp folder, stopped at the end.
// Migrations and the demo seed run through the application itself (one start of main.ts).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { noWebDist, startApi, stopApi } from './api.js';
import { taskset, type Children } from './children.js';

export interface BenchDatabase {
  /** URL of the database the servers under test use. */
  url: string;
  /** Where it lives, for the report (no password). */
  description: string;
  /** Run SQL on the bench database. */
  sql<R extends pg.QueryResultRow = Record<string, unknown>>(text: string, values?: unknown[]): Promise<R[]>;
  /** Drop / stop whatever `openBenchDatabase` created. */
  close(): Promise<void>;
}

export const LOCAL_ADMIN_URL = process.env.BENCH_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
export const BENCH_DB_NAME = process.env.BENCH_DB_NAME || 'sb_bench';

/** BENCH_DB_NAME, or a name of this run's own when another run is using it (never drop a database under a running bench). */
async function freeName(adminUrl: string): Promise<string> {
  const busy = await withClient(adminUrl, async (c) => Number((await c.query(`select count(*) as n from pg_stat_activity where datname = $1`, [BENCH_DB_NAME])).rows[0].n));
  return busy ? `${BENCH_DB_NAME}_${process.pid}` : BENCH_DB_NAME;
}

const withDb = (url: string, db: string) => {
  const u = new URL(url);
  u.pathname = '/' + db;
  return u.toString();
};
const redact = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>, timeoutMs = 3000): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function reachable(url: string): Promise<boolean> {
  try {
    await withClient(url, (c) => c.query('select 1'), 2000);
    return true;
  } catch {
    return false;
  }
}

/** Fresh `sb_bench` on the server of `adminUrl` (never touches tables of the admin database). */
async function recreate(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || name === 'postgres') throw new Error(`refusing to use database name ${name}`);
  await withClient(adminUrl, async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
}

/**
 * Migrations + demo seed through the application itself: one start of api/src/main.ts against the
 * database (SEED_DEMO=true), stopped once /readyz answers and the background work the first start
 * queues (indexing the demo knowledge base, training the demo classifiers) is done — so no later
 * measurement shares its core with that work.
 */
async function prepare(url: string, o: OpenOptions): Promise<void> {
  const dir = o.tempDir('sb-bench-prep-');
  const { child } = await startApi({
    children: o.children,
    apiRoot: o.apiRoot,
    name: 'api (migrate + seed)',
    env: { DATABASE_URL: url, SEED_DEMO: 'true', LOG_LEVEL: 'warn', NODE_ENV: 'development', DATA_DIR: dir, WEB_DIST: noWebDist(dir) },
  }, 180_000); // migrations + seed on a machine busy with other work can take over a minute
  const deadline = Date.now() + 180_000;
  for (;;) {
    const pending = await withClient(url, async (c) =>
      Number((await c.query(`select count(*) as n from pgboss.job where state in ('created', 'retry', 'active')`)).rows[0].n),
    );
    if (!pending) break;
    if (Date.now() > deadline) throw new Error(`the first start's background jobs did not finish (${pending} left)`);
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopApi(child);
}

export interface OpenOptions {
  apiRoot: string;
  children: Children;
  tempDir: (prefix: string) => string;
  log: (message: string) => void;
}

export async function openBenchDatabase(o: OpenOptions): Promise<BenchDatabase> {
  const { apiRoot, tempDir, log } = o;
  let url: string;
  let description: string;
  let close: () => Promise<void>;

  if (process.env.BENCH_DATABASE_URL) {
    url = process.env.BENCH_DATABASE_URL;
    description = `BENCH_DATABASE_URL (${redact(url)})`;
    close = async () => undefined;
  } else if (await reachable(LOCAL_ADMIN_URL)) {
    const name = await freeName(LOCAL_ADMIN_URL);
    await recreate(LOCAL_ADMIN_URL, name);
    url = withDb(LOCAL_ADMIN_URL, name);
    description = `PostgreSQL at ${new URL(LOCAL_ADMIN_URL).host}, database ${name} (recreated)`;
    close = () => withClient(LOCAL_ADMIN_URL, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined);
  } else {
    log(`no PostgreSQL at ${new URL(LOCAL_ADMIN_URL).host} and no BENCH_DATABASE_URL: starting an embedded PostgreSQL`);
    const { startEmbeddedPostgres } = (await import(pathToFileURL(path.join(apiRoot, 'api/src/boot/embedded.ts')).href)) as typeof import('../../../api/src/boot/embedded.js');
    const embedded = await startEmbeddedPostgres({ dir: path.join(tempDir('sb-bench-pg-'), 'pg'), password: randomBytes(12).toString('hex') });
    try {
      await recreate(embedded.adminUrl, BENCH_DB_NAME);
    } catch (e) {
      await embedded.stop();
      throw e;
    }
    url = withDb(embedded.adminUrl, BENCH_DB_NAME);
    description = `embedded PostgreSQL (port ${embedded.port}), database ${BENCH_DB_NAME}`;
    close = () => embedded.stop();
  }

  try {
    const started = performance.now();
    await prepare(url, o);
    log(`bench database ready: ${description}, migrated + demo seed in ${Math.round(performance.now() - started)} ms`);
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
  return {
    url,
    description,
    sql: (text, values = []) => withClient(url, async (c) => (await c.query(text, values)).rows, 10_000),
    close,
  };
}

/**
 * Pin the PostgreSQL backends serving the bench database (every client connection open now, e.g.
 * the pools a server under test opened during its warm-up) to `cores`: kept off the server's core,
 * they cannot steal time from it — which otherwise hurts the faster server most, since it sends
 * more queries per second. Each server opens its own connections, so call it for each load.
 * Only works for a PostgreSQL on this machine (the pids must be local `postgres` processes).
 */
export async function pinBackends(db: BenchDatabase, cores: string): Promise<{ pinned: number; skipped: number }> {
  const ts = taskset();
  const rows = await db.sql<{ pid: number }>(
    `select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()`,
  );
  let pinned = 0;
  for (const { pid } of rows) {
    try {
      if (!ts || readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      execFileSync(ts, ['-p', '-c', cores, String(pid)], { stdio: 'ignore' });
      pinned++;
    } catch {
      /* not local, or the backend just exited */
    }
  }
  return { pinned, skipped: rows.length - pinned };
}
