// Where the database comes from: DATABASE_URL, or an embedded PostgreSQL in DATA_DIR.
import pg from 'pg';
import path from 'node:path';
import { ConfigError, persistedSecret, redactUrl, type Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';

export interface ProvisionedDatabase {
  url: string;
  embedded: EmbeddedPostgres | null;
}

/** Connect once to prove the server answers; one clear line when it does not. */
export async function assertReachable(url: string, variable = 'DATABASE_URL'): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { code?: string };
    const reason = err.code ?? err.message ?? 'no answer';
    throw new ConfigError(`${variable}: cannot reach PostgreSQL at ${redactUrl(url)} (${reason}${err.message && err.code ? `: ${err.message}` : ''})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = '/' + name;
  return url.toString();
}

export async function provisionDatabase(config: Config, log: (line: string) => void, onSpawned?: () => void): Promise<ProvisionedDatabase> {
  if (config.DATABASE_URL) {
    await assertReachable(config.DATABASE_URL);
    return { url: config.DATABASE_URL, embedded: null };
  }
  const embedded = await startEmbeddedPostgres({
    dir: path.join(config.dataDir, 'postgres'),
    password: persistedSecret(config.dataDir, 'EMBEDDED_POSTGRES_PASSWORD'),
    log,
    onSpawned,
  });
  try {
    const url = await ensureDatabase(embedded.adminUrl, 'switchboard');
    return { url, embedded };
  } catch (e) {
    await embedded.stop();
    throw e;
  }
}
