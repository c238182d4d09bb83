// Two test files (isolation-a/b) run this at the same time: each writes a row into its own
// database, announces it, waits for the other, and proves it cannot see the other's row.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject } from 'vitest';
import { fileDatabaseUrl, sql } from './db.js';
import { until } from './ws.js';

export async function isolationCheck(me: 'a' | 'b'): Promise<void> {
  const other = me === 'a' ? 'b' : 'a';
  const url = await fileDatabaseUrl();
  const marker = (side: string) => `isolation-${side}-${inject('runId')}`;
  await sql(url, `update tenants set name = $1 where slug = 'northwind'`, [marker(me)]);
  const announce = (side: string) => path.join(inject('runDir'), `isolation-${side}.json`);
  writeFileSync(announce(me), JSON.stringify({ url }));

  // Wait while the other file runs in the other worker (the suite runs files in parallel).
  await until(() => existsSync(announce(other)), 90_000, () => `isolation-${other}.test.ts never started`);
  const { url: otherUrl } = JSON.parse(readFileSync(announce(other), 'utf8')) as { url: string };
  expect(otherUrl).not.toBe(url);
  await until(async () => (await sql(otherUrl, `select 1 from tenants where name = $1`, [marker(other)])).length === 1, 90_000);

  // The other file's row exists in its database, and mine is untouched by it.
  expect(await sql(url, `select name from tenants where slug = 'northwind'`)).toEqual([{ name: marker(me) }]);
  expect(await sql(url, `select 1 from tenants where name = $1`, [marker(other)])).toEqual([]);
}
