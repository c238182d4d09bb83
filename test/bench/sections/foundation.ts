// Section `foundation`: the figures of the Foundation issue (DESIGN.md §8).
//   - cold start of `npm start`'s entry (empty DATA_DIR, embedded PostgreSQL, demo seed) and a
//     warm restart on the same DATA_DIR;
//   - `{ __typename }` and `users(first: 50)` throughput on our API against PostGraphile 5 on the
//     same database (2 demo tenants × 20,000 users), one after the other, each pinned to one core;
//   - SQL statements per request and server CPU time per request.
import { NODE_FLAGS } from '../../../api/src/runtime-flags.js';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Child } from '../lib/children.js';
import { gql } from '../lib/http.js';
import { noWebDist, startApi, stopApi } from '../lib/api.js';
import { ensureApiBuild } from '../../../scripts/build-api.mjs';
import { startBesidePostGraphile } from '../lib/versus-peer.js';
import { load, loadProblem, waitForQuiet, type LoadResult } from '../lib/load.js';
import { pinBackends } from '../lib/database.js';
import type { BenchContext, Row, Section } from '../lib/types.js';

export const USERS_PER_TENANT = 20_000;
/** Issue 18 goal 4: `npm start` on the embedded default, ready on an empty DATA_DIR ≤ 5 s, warm ≤ 3 s. */
const COLD_START_GOAL_MS = 5_000;
const WARM_START_GOAL_MS = 3_000;
const RATIO_GOAL = 2.5;
export const PIN_DB_BACKENDS = process.env.BENCH_PIN_DB_BACKENDS !== '0';
/**
 * Connections each server may open for the list read: PostGraphile's pool and our read-planner
 * pool (the pool that serves users(first:50); our ORM pool, same size, stays idle under this load).
 * Equal, and at least the number of load connections, so neither waits for a connection.
 */
const POOL_SIZE = Number(process.env.BENCH_DB_POOL_SIZE ?? 10);

const DEMO_PASSWORD = 'switchboard-demo';
const TENANT_SLUG = 'northwind';
const TENANT_ADMIN = 'admin@northwind.demo';

export const OUR_USERS_QUERY = `query { users(first: 50) { edges { node { id email displayName role tenant { id name slug } } } } }`;
/** Same rows, same order (display_name, id) and — through aliases — the same JSON shape per node. */
export const peerUsersQuery = (tenantId: string) =>
  `query { allUsers(first: 50, condition: { tenantId: "${tenantId}" }, orderBy: [DISPLAY_NAME_ASC, ROW_ID_ASC]) { nodes { id: rowId email displayName role tenant: tenantByTenantId { id: rowId name slug } } } }`;

// ---------------------------------------------------------------------------------------------
// a. cold start and warm restart

async function coldStart(ctx: BenchContext): Promise<Row[]> {
  // What `npm start` runs (the bundle, built first as it does), and the sources through tsx beside
  // it for comparison; each on its own empty DATA_DIR. Defaults for everything else, as on a fresh
  // machine (embedded PostgreSQL, demo seed), with the Node flags `npm start` passes.
  if (await ensureApiBuild({ quiet: true })) ctx.log('bundled the API (dist/api/main.mjs) first, as npm start does');
  const startAndRestart = async (bundle: boolean) => {
    const dataDir = ctx.tempDir('sb-bench-cold-');
    const what = bundle ? 'bundle' : 'sources';
    const boot = async (label: string) => {
      const api = await startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name: `api (${label}, ${what})`, env: { DATA_DIR: dataDir, WEB_DIST: noWebDist(dataDir) }, nodeFlags: NODE_FLAGS, bundle });
      ctx.log(`${label} (${what}): /readyz 200 after ${Math.round(api.readyMs)} ms; boot steps (ms, overlapping): ${bootSteps(api.child) ?? 'not logged'}`);
      return api;
    };
    const cold = await boot('cold start');
    const coldStop = await stopApi(cold.child);
    if (!existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))) ctx.log('warning: no embedded PostgreSQL data folder after the cold start');
    const warm = await boot('warm restart');
    const warmStop = await stopApi(warm.child);
    return { cold, warm, stopMs: Math.max(coldStop, warmStop) };
  };
  const bundled = await startAndRestart(true);
  const sources = await startAndRestart(false);
  const bundleNote = 'node dist/api/main.mjs (the bundle npm start runs); embedded PostgreSQL initdb + migrations + demo seed included (indexing and training run after)';
  return [
    { figure: 'cold start: spawn → /readyz 200 (empty DATA_DIR)', value: bundled.cold.readyMs, unit: 'ms', goal: { op: '<=', target: COLD_START_GOAL_MS }, note: `${bundleNote}; steps: ${bootSteps(bundled.cold.child) ?? 'not logged'}` },
    { figure: 'warm restart: spawn → /readyz 200 (same DATA_DIR)', value: bundled.warm.readyMs, unit: 'ms', goal: { op: '<=', target: WARM_START_GOAL_MS }, note: `steps: ${bootSteps(bundled.warm.child) ?? 'not logged'}` },
    { figure: 'cold start from the sources (tsx), for comparison', value: sources.cold.readyMs, unit: 'ms', note: `node --import tsx/esm api/src/main.ts; steps: ${bootSteps(sources.cold.child) ?? 'not logged'}` },
    { figure: 'warm restart from the sources (tsx), for comparison', value: sources.warm.readyMs, unit: 'ms', note: `steps: ${bootSteps(sources.warm.child) ?? 'not logged'}` },
    { figure: 'graceful stop: SIGTERM → exit', value: Math.max(bundled.stopMs, sources.stopMs), unit: 'ms', note: 'slowest of the four stops; includes stopping the embedded PostgreSQL' },
  ];
}

/** The boot steps the ready line logs (main.ts: `phases`), as `name ms, …`. */
function bootSteps(child: Child): string | null {
  const line = child.output(500).split('\n').find((l) => l.includes('Switchboard is ready'));
  try {
    const { phases, processMs, cpuMs } = JSON.parse(line ?? '') as { phases?: Record<string, number>; processMs?: number; cpuMs?: number };
    if (!phases) return null;
    return [
      ...Object.entries(phases).map(([k, v]) => `${k} ${v}`),
      processMs !== undefined && `ready line at ${processMs} ms of the process`,
      // CPU time: steadier than wall time when other work shares the machine.
      cpuMs !== undefined && `${cpuMs} ms of CPU by then`,
    ].filter(Boolean).join(', ');
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// b. bench data

const FIRST_NAMES = ['Ada', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lea', 'Max', 'Nia', 'Omar', 'Pia', 'Quin', 'Rosa', 'Sam', 'Tess', 'Uma', 'Vik', 'Wen'];
const LAST_NAMES = ['Agent', 'Baker', 'Costa', 'Diaz', 'Evans', 'Fox', 'Gray', 'Hale', 'Ito', 'Jones', 'Khan', 'Lund', 'Moss', 'Novak', 'Ortiz', 'Park', 'Quist', 'Reyes', 'Silva', 'Tran', 'Ueda', 'Vance', 'Weiss', 'Xu', 'Young', 'Zhou', 'Abe', 'Berg', 'Cruz'];

/** 20,000 users per demo tenant, one `insert … select … generate_series` each. Names repeat (~30×), so the id tiebreak matters. */
async function addUsers(ctx: BenchContext): Promise<{ tenantId: string }> {
  const db = await ctx.database();
  const tenants = await db.sql<{ id: string; slug: string }>(`select id, slug from tenants where slug in ('northwind', 'harbor-bank') order by slug`);
  if (tenants.length < 2) throw new Error(`expected the 2 demo tenants, found ${tenants.length}`);
  const t0 = performance.now();
  for (const t of tenants) {
    await db.sql(
      `insert into users (id, tenant_id, email, display_name, password_hash, role, team, availability, max_concurrent_chats, active, created_at, updated_at)
       select gen_random_uuid(), $1::uuid, format('bench-%s@%s.bench', i, $2::text),
              ($3::text[])[1 + i % array_length($3::text[], 1)] || ' ' || ($4::text[])[1 + (i / array_length($3::text[], 1)) % array_length($4::text[], 1)],
              'bench-user-cannot-sign-in',
              (array['AGENT', 'AGENT', 'AGENT', 'MANAGER', 'VIEWER'])[1 + i % 5],
              (array['Billing', 'Support', 'Sales', null])[1 + i % 4],
              (array['ONLINE', 'AWAY', 'BUSY', 'OFFLINE'])[1 + i % 4],
              1 + i % 5, i % 17 <> 0,
              now() - make_interval(mins => i), now() - make_interval(mins => i)
       from generate_series(1, $5::int) as i
       on conflict do nothing`,
      [t.id, t.slug, FIRST_NAMES, LAST_NAMES, USERS_PER_TENANT],
    );
  }
  await db.sql('analyze');
  const [{ n }] = await db.sql<{ n: string }>(`select count(*)::text as n from users`);
  ctx.log(`bench data: ${n} users (${USERS_PER_TENANT} per demo tenant added) in ${Math.round(performance.now() - t0)} ms`);
  const northwind = tenants.find((t) => t.slug === TENANT_SLUG);
  if (!northwind) throw new Error(`demo tenant ${TENANT_SLUG} not found`);
  return { tenantId: northwind.id };
}

/** The bench users, added once per run (the profile section reuses them). */
const prepared = new WeakMap<BenchContext, Promise<{ tenantId: string }>>();
export function benchUsers(ctx: BenchContext): Promise<{ tenantId: string }> {
  let p = prepared.get(ctx);
  if (!p) prepared.set(ctx, (p = addUsers(ctx)));
  return p;
}

/** Sign in as the northwind tenant admin; resolves with the Authorization header. */
export async function signIn(graphqlUrl: string): Promise<Record<string, string>> {
  const login = await gql<{ login: { accessToken: string } }>(graphqlUrl, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    variables: { input: { email: TENANT_ADMIN, password: DEMO_PASSWORD, tenantSlug: TENANT_SLUG } },
  });
  const token = login.data?.login?.accessToken;
  if (!token) throw new Error(`login as ${TENANT_ADMIN} failed: ${JSON.stringify(login.errors ?? login)}`);
  return { authorization: `Bearer ${token}` };
}

/**
 * Environment of our API under load: production mode, as deployed (BENCH_API_NODE_ENV overrides),
 * with the per-request SQL counter allowed for the probe request only (DEBUG_SQL_COUNT), quiet logs.
 */
const API_NODE_ENV = process.env.BENCH_API_NODE_ENV || 'production';
export const loadedApiEnv = (databaseUrl: string, dataDir: string): Record<string, string> => ({
  NODE_ENV: API_NODE_ENV,
  DEBUG_SQL_COUNT: 'true',
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'false',
  DATABASE_URL: databaseUrl,
  DATA_DIR: dataDir,
  WEB_DIST: noWebDist(dataDir),
  JWT_SECRET: randomBytes(36).toString('base64url'),
});
export const API_NODE_FLAGS = NODE_FLAGS;

// ---------------------------------------------------------------------------------------------
// c–e. our API against PostGraphile

function loadRows(label: string, r: LoadResult, cpuNote?: string, pinnedBackends?: number): { rps: Row; p99: Row; cpu: Row } {
  const problem = loadProblem(r);
  const usage = [
    pinnedBackends !== undefined && `${pinnedBackends} PostgreSQL backends pinned off the server core`,
    r.cpuCores !== null && `server process used ${(r.cpuCores * 100).toFixed(0)}% of a core`,
    r.coreBusy.length && `cores busy ${r.coreBusy.map((b, i) => `#${i} ${(b * 100).toFixed(0)}%`).join(', ')}`,
  ].filter(Boolean);
  return {
    rps: {
      figure: `${label} req/s`,
      value: r.requestsPerSecond,
      unit: 'req/s',
      ...(problem && { warning: true }),
      note: [`${label}: ${r.requests.toLocaleString('en-US')} requests in the measured window`, ...usage, problem && `${problem} — not trustworthy`].filter(Boolean).join('; '),
    },
    p99: { figure: `${label} p99 latency`, value: r.p99, unit: 'ms', decimals: 1 },
    cpu: { figure: `${label} server CPU per request`, value: r.cpuMsPerRequest, unit: 'ms', decimals: 3, ...(cpuNote && { note: cpuNote }) },
  };
}

async function versusPeer(ctx: BenchContext, tenantId: string): Promise<Row[]> {
  const db = await ctx.database();
  const rows: Row[] = [];
  const dataDir = ctx.tempDir('sb-bench-api-');

  const both = await startBesidePostGraphile(ctx, { env: loadedApiEnv(db.url, dataDir), nodeFlags: API_NODE_FLAGS, poolSize: POOL_SIZE });
  const { api, peer, ourUrl, peerUrl } = both;
  try {
    ctx.log(`our API (pid ${api.pid}) and PostGraphile (pid ${peer.pid}) ready${ctx.serverCores ? `, both pinned to core ${ctx.serverCores}` : ''}`);

    const auth = await signIn(ourUrl);

    // Probe: SQL statements for one request, and the same 50 users from both servers.
    // The first request with a new token may fill per-process caches (auth state): probe twice and
    // count the second, steady-state request.
    const probe = () => gql(ourUrl, OUR_USERS_QUERY, { headers: { ...auth, 'x-debug-sql-count': '1' } });
    const first = await probe();
    const ours = await probe();
    if (ours.errors || !ours.data?.users) throw new Error(`our users query failed: ${JSON.stringify(ours.errors ?? ours)}`);
    const theirs = await gql(peerUrl, peerUsersQuery(tenantId));
    if (theirs.errors || !theirs.data?.allUsers) throw new Error(`PostGraphile allUsers query failed: ${JSON.stringify(theirs.errors ?? theirs)}`);
    const ourNodes = (ours.data.users.edges as { node: Record<string, unknown> }[]).map((e) => e.node);
    const peerNodes = theirs.data.allUsers.nodes as Record<string, unknown>[];
    const sameIds = isDeepStrictEqual(ourNodes.map((n) => n.id), peerNodes.map((n) => n.id));
    const sameData = isDeepStrictEqual(ourNodes, peerNodes);
    const firstDiff = ourNodes.findIndex((n, i) => n.id !== peerNodes[i]?.id);
    const sqlStatements = ours.extensions?.sqlStatements;
    const firstSql = first.extensions?.sqlStatements;
    if (typeof sqlStatements !== 'number') ctx.log(`warning: no extensions.sqlStatements in our response: ${JSON.stringify(ours.extensions)}`);
    rows.push({
      figure: 'users(first:50): same 50 users, same order as PostGraphile',
      value: sameData ? `yes (${ourNodes.length})` : sameIds ? 'ids yes, fields differ' : `NO (first difference at #${firstDiff}; ${ourNodes.length} vs ${peerNodes.length} rows)`,
      ok: sameIds && ourNodes.length === 50,
      ...(!sameIds && { warning: true }),
    });

    // Load: one server at a time; the load generator kept off the servers' core, and so are the
    // PostgreSQL backends of the bench database once the warm-up has opened the server's pool
    // (pinned the same way for both servers; BENCH_PIN_DB_BACKENDS=0 leaves them unpinned).
    const pinDb = PIN_DB_BACKENDS && ctx.otherCores;
    const backends = new Map<string, number>();
    const run = (label: string, url: string, query: string, headers: Record<string, string>, server: Child) =>
      ctx.offServerCores(async () => {
        await waitForQuiet(ctx.log);
        ctx.log(`load: ${label} …`);
        const beforeMeasure = pinDb
          ? async () => {
              const { pinned, skipped } = await pinBackends(db, pinDb);
              backends.set(label, pinned);
              ctx.log(`${label}: ${pinned} PostgreSQL backends pinned to core ${pinDb}${skipped ? ` (${skipped} not pinnable: not local?)` : ''}`);
            }
          : undefined;
        const r = await load({ url, body: { query }, headers, server, beforeMeasure });
        ctx.log(`load: ${label}: ${Math.round(r.requestsPerSecond)} req/s, p99 ${r.p99} ms, CPU ${r.cpuMsPerRequest?.toFixed(3)} ms/req${loadProblem(r) ? `, ${loadProblem(r)}` : ''}`);
        return r;
      });
    const typename = await run('ours { __typename }', ourUrl, '{ __typename }', {}, api);
    const ourUsers = await run('ours users(first:50)', ourUrl, OUR_USERS_QUERY, auth, api);
    const peerUsers = await run('PostGraphile allUsers(first:50)', peerUrl, peerUsersQuery(tenantId), {}, peer);
    const peerTypename = await run('PostGraphile { __typename }', peerUrl, '{ __typename }', {}, peer);

    const t = loadRows('ours { __typename }', typename, undefined, backends.get('ours { __typename }'));
    const o = loadRows('ours users(first:50)', ourUsers, 'user + system CPU time of the server process (/proc/<pid>/stat) over the measured window ÷ requests answered', backends.get('ours users(first:50)'));
    const p = loadRows('PostGraphile users(first:50)', peerUsers, undefined, backends.get('PostGraphile allUsers(first:50)'));
    const pt = loadRows('PostGraphile { __typename }', peerTypename, undefined, backends.get('PostGraphile { __typename }'));
    const ratio = peerUsers.requestsPerSecond > 0 ? ourUsers.requestsPerSecond / peerUsers.requestsPerSecond : null;
    rows.push(
      t.rps,
      pt.rps,
      o.rps,
      p.rps,
      {
        figure: 'users(first:50) ours / PostGraphile',
        value: ratio,
        unit: '×',
        decimals: 2,
        goal: { op: '>=', target: RATIO_GOAL },
        note: pinDb
          ? `both servers on core ${ctx.serverCores} alone: the load generator and the bench database's PostgreSQL backends (pinned after each warm-up) on core ${pinDb}`
          : 'PostgreSQL backends not pinned: they share the server core',
      },
      o.p99,
      p.p99,
      {
        figure: 'users(first:50) SQL statements per request (ours)',
        value: typeof sqlStatements === 'number' ? sqlStatements : null,
        decimals: 0,
        ...(firstSql !== sqlStatements && { note: `steady state (second request with the token); the first request ran ${firstSql}` }),
        // The counter is off in production (BENCH_API_NODE_ENV=production): no goal to miss then.
        ...(typeof sqlStatements === 'number' || API_NODE_ENV !== 'production'
          ? { goal: { op: '=' as const, target: 1 } }
          : { note: 'not available: the SQL counter is off when NODE_ENV=production' }),
      },
      o.cpu,
      p.cpu,
    );
    return rows;
  } finally {
    await both.stop();
  }
}

export const foundation: Section = {
  name: 'foundation',
  description: 'cold start, { __typename } and users(first:50) vs PostGraphile 5 (2 tenants × 20,000 users)',
  async run(ctx) {
    const rows = await coldStart(ctx);
    // The start-up figures alone (issue 18 goal 4), without the load runs.
    if (process.env.BENCH_FOUNDATION_START_ONLY === '1') return rows;
    ctx.log('preparing the bench database …');
    const { tenantId } = await benchUsers(ctx);
    rows.push(...(await versusPeer(ctx, tenantId)));
    return rows;
  },
};
