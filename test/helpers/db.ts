// Each test file gets its own database, cloned from the migrated + seeded template on first use.
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { expect, inject } from 'vitest';

let fileDb: Promise<string> | undefined;

export const adminUrl = () => inject('adminUrl');

export function urlFor(db: string): string {
  const u = new URL(inject('adminUrl'));
  u.pathname = '/' + db;
  return u.toString();
}

async function adminQuery<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: inject('adminUrl') });
  await client.connect();
  try {
    return (await client.query<R>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh clone of the template (a test file may ask for more than one). */
export async function cloneDatabase(label = 'f'): Promise<string> {
  const name = `sb_t_${inject('runId')}_${label}_${randomBytes(4).toString('hex')}`;
  // Two clones of one template at the same instant can collide ("source database is being accessed").
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(`create database ${name} template ${inject('templateDb')}`);
      break;
    } catch (e) {
      if (attempt > 20 || !/being accessed/.test((e as Error).message)) throw e;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
  }
  appendFileSync(path.join(inject('runDir'), 'databases.log'), `${process.env.VITEST_POOL_ID ?? '?'} ${name} ${expect.getState().testPath ?? ''}\n`);
  return urlFor(name);
}

/** This test file's database URL. */
export function fileDatabaseUrl(): Promise<string> {
  fileDb ??= cloneDatabase();
  return fileDb;
}

/** Run SQL directly against a database (for arranging and asserting, never instead of the API). */
export async function sql<R extends pg.QueryResultRow = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}
