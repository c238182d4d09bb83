// Section `sla` (only when named): SLA clocks on tickets through the API process, in two phases.
// 1. 10,000 open tickets (one tenant); a new SLA policy (createSlaPolicy) makes the API recompute
//    them all (`sla.policies_changed`: each ticket synced under its lock, its AT_RISK / BREACHED
//    timers scheduled): the recompute time.
// 2. Their resolution due times are then moved into a window 40–100 s ahead (column + BREACHED
//    timer, written the way ticket-sla.ts writes them, from this process), so that the breaches
//    do not queue behind the recompute: breach detection lag (due → SLA_BREACHED history row)
//    p50 / p99 / max, breaches exactly once and never early, and the API's CPU while the timers
//    wait (idle window before the first is due).
import { performance } from 'node:perf_hooks';
import { startApi, stopApi } from '../lib/api.js';
import { Jobs } from '../../../api/src/jobs/jobs.js';
import { Timers, type TimerSpec } from '../../../api/src/jobs/timers.js';
import { ReadPool } from '../../../api/src/db/read-pool.js';
import { createLogger } from '../../../api/src/logger.js';
import { gql } from '../lib/http.js';
import type { BenchContext, Row, Section } from '../lib/types.js';
import { API_NODE_FLAGS, loadedApiEnv, signIn } from './foundation.js';

const COUNT = Number(process.env.BENCH_SLA_TICKETS || 10_000);
const SPREAD_S = Number(process.env.BENCH_SLA_SPREAD_SECONDS || 60);
/** Time left for the recompute (and the idle window) before the first due time. */
const LEAD_S = Number(process.env.BENCH_SLA_LEAD_SECONDS || 40);
const IDLE_MS = 10_000;

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const slaClocks: Section = {
  name: 'sla',
  description: `${COUNT.toLocaleString('en')} open tickets with SLA timers due over ${SPREAD_S} s: recompute time, breach lag p50/p99/max, idle CPU`,
  optional: true,
  async run(ctx: BenchContext): Promise<Row[]> {
    const db = await ctx.database();
    const dataDir = ctx.tempDir('sla-api-');
    const [{ id: tenantId }] = await db.sql<{ id: string }>(`select id::text from tenants where slug = 'northwind'`);
    // Created now: due in 60 min (phase 2 moves the due times).
    await db.sql(
      `with n as (select coalesce((select last_number from ticket_counters where tenant_id = $1), 0) base)
       insert into tickets (id, tenant_id, number, subject, priority, status, tags, channel, created_at, updated_at)
       select gen_random_uuid(), $1, n.base + i, 'SLA bench ' || i, 'MEDIUM', 'OPEN', array['slabench'], 'API',
              now(), now()
         from generate_series(1, $2::int) i, n`,
      [tenantId, COUNT],
    );
    await db.sql(`insert into ticket_counters (tenant_id, last_number) select $1, max(number) from tickets where tenant_id = $1 on conflict (tenant_id) do update set last_number = excluded.last_number`, [tenantId]);
    await db.sql('analyze tickets');

    const api = await startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name: 'api-sla', env: loadedApiEnv(db.url, dataDir), nodeFlags: API_NODE_FLAGS, pinTo: ctx.serverCores }, 180_000);
    try {
      const headers = await signIn(`${api.url}/graphql`);
      const r0 = performance.now();
      const created = await gql(`${api.url}/graphql`, `mutation($i: CreateSlaPolicyInput!) { createSlaPolicy(input: $i) { slaPolicy { id } } }`, {
        variables: { i: { name: 'Bench 60', conditions: { tagsAny: ['slabench'] }, resolutionMinutes: 60, businessHours: false, atRiskShare: 0.99 } },
        headers,
      });
      const policyId = created.data?.createSlaPolicy?.slaPolicy?.id;
      if (!policyId) throw new Error(`createSlaPolicy failed: ${JSON.stringify(created.errors)}`);
      const scheduled = async () => (await db.sql<{ n: number }>(`select count(*)::int n from timers where kind = 'sla' and tenant_id = $1 and key like '%:RESOLUTION:BREACHED'`, [tenantId]))[0].n;
      let n = 0;
      const recomputeDeadline = Date.now() + 30 * 60_000;
      while ((n = await scheduled()) < COUNT && Date.now() < recomputeDeadline) await sleep(1000);
      const recomputeMs = performance.now() - r0;
      ctx.log(`recomputed ${n}/${COUNT} tickets (timers scheduled) in ${Math.round(recomputeMs)} ms`);

      // Phase 2: due times LEAD_S..LEAD_S+SPREAD_S ahead, whole ms like the API's (a float
      // to_timestamp keeps µs: a breach would look early by < 1 ms); the BREACHED timers moved to them.
      const base = Date.now();
      const moved = await db.sql<{ id: string; due: Date }>(
        `update tickets set resolution_due_at = date_trunc('milliseconds', to_timestamp(($2::bigint + (random() * $3::bigint)::bigint) / 1000.0))
          where tenant_id = $1 and 'slabench' = any(tags) and sla_policy_id = $4 returning id::text, resolution_due_at as due`,
        [tenantId, base + LEAD_S * 1000, SPREAD_S * 1000, policyId],
      );
      const log = createLogger('warn');
      const pool = new ReadPool(db.url, 4);
      const jobs = new Jobs(db.url, log, { retryDelayMaxSeconds: 60 });
      await jobs.start(); // sends only: this process works no TIMER jobs
      try {
        const timers = new Timers(pool, jobs, log);
        const specs: TimerSpec[] = moved.map((m) => {
          const due = new Date(m.due);
          return { tenantId, kind: 'sla', key: `${m.id}:RESOLUTION:BREACHED`, version: `${due.toISOString()}|${due.toISOString()}`, at: due, data: { ticketId: m.id, target: 'RESOLUTION', phase: 'BREACHED', dueAt: due.toISOString() } };
        });
        for (let i = 0; i < specs.length; i += 500) await timers.scheduleMany(specs.slice(i, i + 500));
      } finally {
        await jobs.stop().catch(() => undefined);
        await pool.end().catch(() => undefined);
      }
      ctx.log(`moved ${moved.length} due times into ${LEAD_S}..${LEAD_S + SPREAD_S} s (scheduling took ${Date.now() - base} ms)`);

      let idleCpu: number | null = null;
      if (Date.now() + IDLE_MS + 1500 < base + LEAD_S * 1000) {
        await sleep(1000);
        const c0 = api.child.cpuMs();
        const w0 = performance.now();
        await sleep(IDLE_MS);
        const c1 = api.child.cpuMs();
        if (c0 != null && c1 != null) idleCpu = ((c1 - c0) / (performance.now() - w0)) * 100;
        ctx.log(`idle: ${idleCpu?.toFixed(2)} % of a core with ${2 * n} SLA timers waiting`);
      }

      const breached = async () => (await db.sql<{ n: number }>(`select count(*)::int n from ticket_events e join tickets t on t.id = e.ticket_id where t.tenant_id = $1 and 'slabench' = any(t.tags) and e.action = 'SLA_BREACHED'`, [tenantId]))[0].n;
      const end = base + (LEAD_S + SPREAD_S + 60) * 1000;
      while ((await breached()) < moved.length && Date.now() < end) await sleep(1000);
      await sleep(3000); // a duplicate would show up now
      const rows = await db.sql<{ lag: number; n: number }>(
        `select (extract(epoch from min(e.at) - t.resolution_due_at) * 1000)::float8 as lag, count(*)::int as n
           from ticket_events e join tickets t on t.id = e.ticket_id
          where t.tenant_id = $1 and 'slabench' = any(t.tags) and e.action = 'SLA_BREACHED' group by t.id, t.resolution_due_at`,
        [tenantId],
      );
      const lags = rows.map((r) => r.lag).sort((a, b) => a - b);
      const once = rows.filter((r) => r.n === 1).length;
      const [{ early }] = await db.sql<{ early: number }>(`select count(*)::int early from ticket_events e join tickets t on t.id = e.ticket_id where t.tenant_id = $1 and 'slabench' = any(t.tags) and e.action = 'SLA_BREACHED' and e.at < t.resolution_due_at`, [tenantId]);
      return [
        { figure: `recompute ${COUNT.toLocaleString('en')} open tickets after a policy edit (timers scheduled)`, value: recomputeMs, unit: 'ms', note: `${n} scheduled` },
        { figure: 'breaches recorded exactly once', value: `${once}/${moved.length}`, ok: once === COUNT && rows.length === COUNT, note: rows.length < moved.length ? `${moved.length - rows.length} never recorded` : undefined },
        { figure: 'breaches recorded before their due time', value: early, goal: { op: '=', target: 0 } },
        { figure: 'breach lag p50 (due → SLA_BREACHED row)', value: quantile(lags, 0.5), unit: 'ms' },
        { figure: 'breach lag p99', value: quantile(lags, 0.99), unit: 'ms', goal: { op: '<=', target: 5000 } },
        { figure: 'breach lag max', value: lags[lags.length - 1] ?? null, unit: 'ms' },
        { figure: `API CPU while idle (10 s, ${2 * COUNT} SLA timers waiting)`, value: idleCpu, unit: '% core', decimals: 2, goal: { op: '<=', target: 2 } },
      ];
    } finally {
      await stopApi(api.child).catch(() => undefined);
    }
  },
};
