// `npm start` with nothing configured: embedded PostgreSQL in DATA_DIR, migrations, demo seed once,
// survives `kill -9`, and shuts down gracefully on SIGTERM.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { freePort, ROOT, runMain, waitReady, type Proc } from '../../helpers/process.js';
import { gql, login, DEMO } from '../../helpers/graphql.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sb-boot-'));
const procs: Proc[] = [];
afterAll(async () => {
  for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGTERM');
  await Promise.all(procs.map((p) => p.exited));
  rmSync(dataDir, { recursive: true, force: true });
});

const postmasterPid = () => {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
};
const alive = (pid: number | null) => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('starts from an empty DATA_DIR, keeps data across kill -9, and stops cleanly on SIGTERM', { timeout: 120_000 }, async () => {
  const port = await freePort();
  const env = { DATA_DIR: dataDir, PORT: String(port), WEB_DIST: '/nonexistent' };
  const url = `http://127.0.0.1:${port}/graphql`;

  // 1. first start: embedded database, migrations, demo seed printed once
  const first = runMain(env);
  procs.push(first);
  await waitReady(port, first);
  expect((await gql(url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  expect(first.stdout()).toContain('Demo data created');
  expect(first.stdout()).toContain('admin@northwind.demo');
  expect(first.stdout()).not.toMatch(/\$argon2/);
  // The bundle `npm start` runs serves exactly the committed schema (type and entity names come
  // from class names, which bundling must keep).
  const token = await login(url, DEMO.northwind.admin, 'northwind');
  const introspection = await gql(url, getIntrospectionQuery({ specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true, oneOf: true }), {}, { token });
  expect(introspection.errors).toBeUndefined();
  const sorted = (s: GraphQLSchema) => printSchema(lexicographicSortSchema(s));
  expect(sorted(buildClientSchema(introspection.data as unknown as IntrospectionQuery))).toBe(sorted(buildSchema(readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'))));
  const r = await gql(url, `mutation { updateTenant(input: { name: "Survives kill -9" }) { tenant { name } } }`, {}, { token });
  expect(r.data!.updateTenant.tenant.name).toBe('Survives kill -9');

  // 2. kill -9: the postmaster is orphaned; the next start must stop it and carry on
  const orphan = postmasterPid();
  expect(alive(orphan)).toBe(true);
  first.child.kill('SIGKILL');
  await first.exited;
  expect(alive(orphan)).toBe(true);

  const second = runMain(env);
  procs.push(second);
  await waitReady(port, second);
  expect(alive(orphan)).toBe(false);
  const token2 = await login(url, DEMO.northwind.admin, 'northwind');
  const kept = await gql(url, `{ viewer { tenant { name } } }`, {}, { token: token2 });
  expect(kept.data!.viewer.tenant.name).toBe('Survives kill -9');
  expect(second.stdout()).not.toContain('Demo data created');

  // 3. SIGTERM: exit 0, embedded PostgreSQL stopped with it
  const pg = postmasterPid();
  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
  expect(alive(pg)).toBe(false);
});
