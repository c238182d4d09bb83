// Section `tickets`: the ticket list against PostGraphile 5, like `foundation` does for users.
//   - 2 demo tenants × 20,000 tickets (contact, assignee, queue and SLA state on most of them);
//   - `tickets(first: N)` with contact, assignee, queue and SLA state: SQL statements per request
//     for N = 10 / 50 / 100 (ours; PostGraphile plans one statement too), and the same 50 tickets
//     in the same order from both servers;
//   - req/s, p99 and server CPU per request for first: 50, ours and PostGraphile side by side,
//     each server pinned to the server core in turn.
import { isDeepStrictEqual } from 'node:util';
import type { Child } from '../lib/children.js';
import { gql } from '../lib/http.js';
import { startBesidePostGraphile } from '../lib/versus-peer.js';
import { load, loadProblem, waitForQuiet, type LoadResult } from '../lib/load.js';
import type { BenchContext, Row, Section } from '../lib/types.js';
import { API_NODE_FLAGS, PIN_DB_BACKENDS, loadedApiEnv, signIn } from './foundation.js';
import { pinBackends } from '../lib/database.js';

export const TICKETS_PER_TENANT = Number(process.env.BENCH_TICKETS_PER_TENANT ?? 20_000);
const POOL_SIZE = Number(process.env.BENCH_DB_POOL_SIZE ?? 10);
const PAGE_SIZES = [10, 50, 100];

export const ourTicketsQuery = (first: number) =>
  `query { tickets(first: ${first}) { edges { node { id number subject status priority slaState contact { id name email } assignee { id displayName } queue { id name } } } } }`;
/** Same rows, same order (created_at desc, id desc) and — through aliases — the same JSON per node. */
export const peerTicketsQuery = (tenantId: string, first: number) =>
  `query { allTickets(first: ${first}, condition: { tenantId: "${tenantId}" }, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) { nodes { id: rowId number subject status priority slaState contact: contactByContactId { id: rowId name email } assignee: userByAssigneeId { id: rowId displayName } queue: queueByQueueId { id: rowId name } } } }`;

/** The bench tickets, added once per run (the `lists` section reuses them). */
const prepared = new WeakMap<BenchContext, Promise<{ tenantId: string }>>();
export function benchTickets(ctx: BenchContext): Promise<{ tenantId: string }> {
  let p = prepared.get(ctx);
  if (!p) prepared.set(ctx, (p = addTickets(ctx)));
  return p;
}

/** 20,000 tickets per demo tenant, numbered after the seeded ones, one `insert … select` each. */
export async function addTickets(ctx: BenchContext): Promise<{ tenantId: string }> {
  const db = await ctx.database();
  const tenants = await db.sql<{ id: string; slug: string }>(`select id, slug from tenants where slug in ('northwind', 'harbor-bank') order by slug`);
  const t0 = performance.now();
  for (const t of tenants) {
    await db.sql(`insert into queues (id, tenant_id, name) select gen_random_uuid(), $1, q from unnest(array['Bench A', 'Bench B', 'Bench C']) q on conflict do nothing`, [t.id]);
    await db.sql(
      `with c as (select array_agg(id order by id) a from contacts where tenant_id = $1),
            u as (select array_agg(id order by id) a from users where tenant_id = $1 and role = 'AGENT'),
            q as (select array_agg(id order by id) a from queues where tenant_id = $1),
            n as (select coalesce((select last_number from ticket_counters where tenant_id = $1), 0) base)
       insert into tickets (id, tenant_id, number, subject, contact_id, assignee_id, queue_id, priority, status, sla_state, tags, channel, created_at, updated_at)
       select gen_random_uuid(), $1, n.base + i, 'Bench ticket ' || i,
              case when i % 10 = 0 then null else c.a[1 + i % array_length(c.a, 1)] end,
              case when i % 4 = 0 then null else u.a[1 + i % array_length(u.a, 1)] end,
              case when i % 7 = 0 then null else q.a[1 + i % array_length(q.a, 1)] end,
              (array['LOW', 'MEDIUM', 'HIGH', 'URGENT'])[1 + i % 4],
              (array['OPEN', 'OPEN', 'PENDING', 'ESCALATED', 'RESOLVED', 'CLOSED'])[1 + i % 6],
              (array['ACTIVE', 'AT_RISK', 'BREACHED', 'MET', null])[1 + i % 5],
              array['bench'], 'API', now() - make_interval(secs => i), now() - make_interval(secs => i)
         from generate_series(1, $2::int) i, c, u, q, n`,
      [t.id, TICKETS_PER_TENANT],
    );
    await db.sql(
      `insert into ticket_counters (tenant_id, last_number) select $1, max(number) from tickets where tenant_id = $1
       on conflict (tenant_id) do update set last_number = excluded.last_number`,
      [t.id],
    );
  }
  await db.sql('analyze tickets');
  ctx.log(`bench data: ${TICKETS_PER_TENANT} tickets per demo tenant in ${Math.round(performance.now() - t0)} ms`);
  const northwind = tenants.find((t) => t.slug === 'northwind');
  if (!northwind) throw new Error('demo tenant northwind not found');
  return { tenantId: northwind.id };
}

function loadRows(label: string, r: LoadResult): Row[] {
  const problem = loadProblem(r);
  return [
    { figure: `${label} req/s`, value: r.requestsPerSecond, unit: 'req/s', ...(problem && { warning: true, note: `${problem} — not trustworthy` }) },
    { figure: `${label} p99 latency`, value: r.p99, unit: 'ms', decimals: 1 },
    { figure: `${label} server CPU per request`, value: r.cpuMsPerRequest, unit: 'ms', decimals: 3 },
  ];
}

async function versusPeer(ctx: BenchContext, tenantId: string): Promise<Row[]> {
  const db = await ctx.database();
  const rows: Row[] = [];
  const both = await startBesidePostGraphile(ctx, { env: loadedApiEnv(db.url, ctx.tempDir('sb-bench-tickets-')), nodeFlags: API_NODE_FLAGS, poolSize: POOL_SIZE });
  const { api, peer, ourUrl, peerUrl } = both;
  try {
    const auth = await signIn(ourUrl);

    // SQL statements per request, steady state (the second request with the token).
    for (const first of PAGE_SIZES) {
      const probe = () => gql(ourUrl, ourTicketsQuery(first), { headers: { ...auth, 'x-debug-sql-count': '1' } });
      await probe();
      const r = await probe();
      if (r.errors || !r.data?.tickets) throw new Error(`our tickets query failed: ${JSON.stringify(r.errors ?? r)}`);
      const n = r.extensions?.sqlStatements;
      rows.push({
        figure: `tickets(first:${first}) with contact, assignee, queue, SLA state: SQL statements per request (ours)`,
        value: typeof n === 'number' ? n : null,
        decimals: 0,
        ...(typeof n === 'number' ? { goal: { op: '=' as const, target: 1 } } : { note: 'not available: the SQL counter is off when NODE_ENV=production' }),
      });
    }
    const ours = await gql(ourUrl, ourTicketsQuery(50), { headers: auth });
    const theirs = await gql(peerUrl, peerTicketsQuery(tenantId, 50));
    if (theirs.errors || !theirs.data?.allTickets) throw new Error(`PostGraphile allTickets query failed: ${JSON.stringify(theirs.errors ?? theirs)}`);
    const ourNodes = (ours.data!.tickets.edges as { node: Record<string, unknown> }[]).map((e) => e.node);
    const peerNodes = theirs.data.allTickets.nodes as Record<string, unknown>[];
    const sameIds = isDeepStrictEqual(ourNodes.map((n) => n.id), peerNodes.map((n) => n.id));
    rows.push({
      figure: 'tickets(first:50): same 50 tickets, same order as PostGraphile',
      value: isDeepStrictEqual(ourNodes, peerNodes) ? `yes (${ourNodes.length})` : sameIds ? 'ids yes, fields differ' : 'NO',
      ok: sameIds && ourNodes.length === 50,
      ...(!sameIds && { warning: true }),
    });

    // As in `foundation`: the bench database's backends are pinned off the server core once the
    // warm-up has opened the server's pool, the same for both servers (BENCH_PIN_DB_BACKENDS=0: not).
    const pinDb = PIN_DB_BACKENDS && ctx.otherCores;
    const run = (label: string, url: string, query: string, headers: Record<string, string>, server: Child) =>
      ctx.offServerCores(async () => {
        await waitForQuiet(ctx.log);
        ctx.log(`load: ${label} …`);
        const beforeMeasure = pinDb
          ? async () => {
              const { pinned } = await pinBackends(db, pinDb);
              ctx.log(`${label}: ${pinned} PostgreSQL backends pinned to core ${pinDb}`);
            }
          : undefined;
        const r = await load({ url, body: { query }, headers, server, beforeMeasure });
        ctx.log(`load: ${label}: ${Math.round(r.requestsPerSecond)} req/s, p99 ${r.p99} ms${loadProblem(r) ? `, ${loadProblem(r)}` : ''}`);
        return r;
      });
    const o = await run('ours tickets(first:50)', ourUrl, ourTicketsQuery(50), auth, api);
    const p = await run('PostGraphile allTickets(first:50)', peerUrl, peerTicketsQuery(tenantId, 50), {}, peer);
    const [oRps, oP99, oCpu] = loadRows('ours tickets(first:50)', o);
    const [pRps, pP99, pCpu] = loadRows('PostGraphile tickets(first:50)', p);
    rows.push(oRps, pRps, {
      figure: 'tickets(first:50) ours / PostGraphile',
      value: p.requestsPerSecond > 0 ? o.requestsPerSecond / p.requestsPerSecond : null,
      unit: '×',
      decimals: 2,
      note: 'one after the other, each pinned to the server core; compare ratios, not absolute req/s (docs/performance.md)',
    }, oP99, pP99, oCpu, pCpu);
    return rows;
  } finally {
    await both.stop();
  }
}

export const tickets: Section = {
  name: 'tickets',
  description: `tickets(first:50) with contact, assignee, queue and SLA state vs PostGraphile 5 (2 tenants × ${TICKETS_PER_TENANT.toLocaleString('en-US')} tickets); SQL per request for first 10/50/100`,
  async run(ctx) {
    ctx.log('preparing the bench tickets …');
    const { tenantId } = await benchTickets(ctx);
    return versusPeer(ctx, tenantId);
  },
};
