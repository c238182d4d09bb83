// Section `timers` (only when named): exact timers over pg-boss. 10,000 timers due over ~60 s
// across 2 tenants, worked by this process's Timers (the same class and TIMER queue options as
// the API). Reported: time to schedule them, lag (fire time − due time) p50 / p99 / max, timers
// fired exactly once, and this process's CPU over a 10 s window before the first is due (idle,
// with the 10,000 waiting in the queue).
import { performance } from 'node:perf_hooks';
import { Jobs } from '../../../api/src/jobs/jobs.js';
import { Timers, type TimerSpec } from '../../../api/src/jobs/timers.js';
import { ReadPool } from '../../../api/src/db/read-pool.js';
import { createLogger } from '../../../api/src/logger.js';
import type { BenchContext, Row, Section } from '../lib/types.js';

const COUNT = Number(process.env.BENCH_TIMERS || 10_000);
const SPREAD_MS = Number(process.env.BENCH_TIMERS_SPREAD_SECONDS || 60) * 1000;
const IDLE_MS = 10_000;

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

export const timers: Section = {
  name: 'timers',
  description: `${COUNT.toLocaleString('en')} exact timers due over ${SPREAD_MS / 1000} s (2 tenants): lag p50/p99/max, idle CPU`,
  optional: true,
  async run(ctx: BenchContext): Promise<Row[]> {
    const db = await ctx.database();
    const log = createLogger('warn');
    const pool = new ReadPool(db.url, 4);
    const jobs = new Jobs(db.url, log, { retryDelayMaxSeconds: 60 });
    try {
      const tenants = (await pool.query<{ id: string }>(`select id::text from tenants order by slug limit 2`, [])).map((r) => r.id);
      if (tenants.length < 2) throw new Error('the bench database needs 2 tenants');
      await pool.query(`delete from timers where kind = 'bench'`, []);
      await jobs.start();
      const t = new Timers(pool, jobs, log);
      const lags: number[] = [];
      const seen = new Map<string, number>();
      t.on('bench', async (timer) => {
        lags.push(Date.now() - timer.dueAt!.getTime());
        seen.set(timer.key, (seen.get(timer.key) ?? 0) + 1);
      });
      await t.work();

      // Due from 20 s after scheduling starts (scheduling and the idle window come first).
      const first = Date.now() + 20_000 + IDLE_MS;
      const specs: TimerSpec[] = Array.from({ length: COUNT }, (_, i) => ({
        tenantId: tenants[i % 2],
        kind: 'bench',
        key: `k${i}`,
        version: '1',
        at: new Date(first + Math.floor(Math.random() * SPREAD_MS)),
      }));
      const s0 = performance.now();
      for (let i = 0; i < specs.length; i += 500) await t.scheduleMany(specs.slice(i, i + 500));
      const scheduleMs = performance.now() - s0;
      ctx.log(`scheduled ${COUNT} in ${Math.round(scheduleMs)} ms`);
      if (Date.now() + IDLE_MS + 1000 > first) throw new Error('scheduling took too long to leave an idle window');

      await new Promise((r) => setTimeout(r, 1000));
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      await new Promise((r) => setTimeout(r, IDLE_MS));
      const c1 = process.cpuUsage(c0);
      const idleCpuPercent = ((c1.user + c1.system) / 1000 / (performance.now() - w0)) * 100;
      ctx.log(`idle: ${idleCpuPercent.toFixed(2)} % of a core; ${lags.length} fired so far`);

      const end = first + SPREAD_MS + 30_000;
      while (seen.size < COUNT && Date.now() < end) await new Promise((r) => setTimeout(r, 500));
      await new Promise((r) => setTimeout(r, 2000)); // any duplicate would show up now
      const sorted = [...lags].sort((a, b) => a - b);
      const once = [...seen.values()].filter((n) => n === 1).length;
      const p99 = quantile(sorted, 0.99);
      return [
        { figure: `schedule ${COUNT.toLocaleString('en')} timers (batches of 500)`, value: scheduleMs, unit: 'ms' },
        { figure: 'timers fired exactly once', value: `${once}/${COUNT}`, ok: once === COUNT, note: seen.size < COUNT ? `${COUNT - seen.size} never fired` : undefined },
        { figure: 'timer lag p50', value: quantile(sorted, 0.5), unit: 'ms' },
        { figure: 'timer lag p99', value: p99, unit: 'ms', goal: { op: '<=', target: 5000 } },
        { figure: 'timer lag max', value: sorted[sorted.length - 1] ?? null, unit: 'ms' },
        { figure: 'CPU while idle (10 s, 10k timers waiting)', value: idleCpuPercent, unit: '% core', decimals: 2, goal: { op: '<=', target: 2 }, note: 'this process: the TIMER worker polling once a second' },
      ];
    } finally {
      await pool.query(`delete from timers where kind = 'bench'`, []).catch(() => undefined);
      await jobs.stop().catch(() => undefined);
      await pool.end().catch(() => undefined);
    }
  },
};
