// PostgreSQL goes away under a running server (its database stops accepting connections and every
// session is terminated): requests answer SERVICE_UNAVAILABLE — not INTERNAL — with one warning in
// the log for the outage, not a stack per request; when the database is back, requests work again
// without a restart.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { gql } from '../../helpers/graphql.js';
import { adminUrl, cloneDatabase, sql } from '../../helpers/db.js';
import { asAdmin } from '../../helpers/as.js';

let server: TestServer;
let dbName: string;
let token: string;

beforeAll(async () => {
  const url = await cloneDatabase('dbout');
  dbName = new URL(url).pathname.slice(1);
  server = await startTestServer({ databaseUrl: url });
  token = await asAdmin(server);
});

async function cut(allow: boolean) {
  await sql(adminUrl(), `alter database ${dbName} allow_connections ${allow}`);
  if (!allow) await sql(adminUrl(), 'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [dbName]);
}

afterAll(async () => {
  await cut(true).catch(() => undefined);
});

const READ = `{ conversations(first: 5) { totalCount } }`;
const WRITE = `mutation { updateTenant(input: { name: "Northwind during outage" }) { tenant { name } } }`;

it('answers SERVICE_UNAVAILABLE while the database is down, logs the outage once, and recovers without restart', { timeout: 60_000 }, async () => {
  expect((await gql(server.graphqlUrl, READ, {}, { token })).errors).toBeUndefined();
  const before = server.logs.length;
  await cut(false);

  const codes: string[] = [];
  for (let i = 0; i < 10; i++) {
    for (const q of [READ, WRITE]) {
      const r = await gql(server.graphqlUrl, q, {}, { token });
      codes.push(String(r.errors?.[0]?.extensions?.code));
      expect(r.errors?.[0]?.message ?? '').not.toMatch(/terminat|ECONN|database ".*"|select|insert/i);
    }
  }
  expect(new Set(codes)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
  const lines = server.logs.slice(before);
  expect(lines.filter((l) => l.msg === 'internal error')).toEqual([]);
  expect(lines.filter((l) => String(l.msg).startsWith('database unavailable')).length).toBe(1);
  // (The job queue's own workers log their reconnect attempts separately; not per request.)

  await cut(true);
  const deadline = Date.now() + 10_000;
  let r = await gql(server.graphqlUrl, READ, {}, { token });
  while (r.errors && Date.now() < deadline) {
    await new Promise((res) => setTimeout(res, 100));
    r = await gql(server.graphqlUrl, READ, {}, { token });
  }
  expect(r.errors).toBeUndefined();
  expect((await gql(server.graphqlUrl, WRITE, {}, { token })).errors).toBeUndefined();
});
