// Section `reporting-write` (only when named): what the reporting write path adds to one
// resolution. 400 conversations of one demo tenant are brought to OPEN with a first response
// (through the reporting writer, not measured); then each one's `conversation.resolved` is handed
// to the reporting listener's writer and timed: one read (state, calendar, team) + one statement
// (reporting_events rows, daily rollups × 5 dimensions, hourly rollup, state), and for the first
// resolution of a tenant's ten-minute bucket the 72 h timer (one upsert + one pg-boss insert). 25 resolutions a
// minute (BENCH_REPORTING_PER_MINUTE). Reported: p50 / p95 of all, statements, the timer writers.
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { Jobs } from '../../../api/src/jobs/jobs.js';
import { Timers, type TimerSpec } from '../../../api/src/jobs/timers.js';
import { ReadPool } from '../../../api/src/db/read-pool.js';
import { createLogger } from '../../../api/src/logger.js';
import { ReportingWriter } from '../../../api/src/modules/reporting/reporting.writer.js';
import type { ConversationFact } from '../../../api/src/modules/reporting/definitions.js';
import type { BenchContext, Row, Section } from '../lib/types.js';

const COUNT = Number(process.env.BENCH_REPORTING_CONVERSATIONS || 400);
const WARMUP = 50;
const PER_MINUTE = Number(process.env.BENCH_REPORTING_PER_MINUTE || 25);
const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

export const reportingWrite: Section = {
  name: 'reporting-write',
  description: `reporting events + rollups written for one resolution (${COUNT} conversations): listener p50/p95 (goal p95 ≤ 2 ms)`,
  optional: true,
  async run(ctx: BenchContext): Promise<Row[]> {
    const db = await ctx.database();
    const log = createLogger('warn');
    const pool = new ReadPool(db.url, 4);
    const jobs = new Jobs(db.url, log, { retryDelayMaxSeconds: 60 });
    const ids: string[] = [];
    try {
      const [{ tenant_id: tenantId, agent_id: agentId }] = await pool.query<{ tenant_id: string; agent_id: string }>(
        `select t.id::text as tenant_id, u.id::text as agent_id from tenants t join users u on u.tenant_id = t.id where u.role = 'AGENT' order by t.slug, u.email limit 1`,
        [],
      );
      await jobs.start();
      const timers = new Timers(pool, jobs, log);
      // Statement times of the measured resolutions (read vs write), to tell the database from the rest.
      const phase = { on: false, read: [] as number[], write: [] as number[] };
      const timed = {
        async query<R extends Record<string, unknown>>(text: string, values: unknown[]): Promise<R[]> {
          const s = performance.now();
          const r = await pool.query<R>(text, values);
          if (phase.on) (text.includes('insert into reporting_events') ? phase.write : phase.read).push(performance.now() - s);
          return r;
        },
      };
      // The timer layer as the app has it, noting which resolutions wrote a timer.
      let wroteTimer = false;
      const writer = new ReportingWriter(timed, { scheduleAt: async (spec: TimerSpec) => ((wroteTimer = true), timers.scheduleAt(spec)) });
      const rows = await pool.query<{ id: string }>(
        `insert into conversations (id, tenant_id, contact_id, status, handler, assignee_id)
         select gen_random_uuid(), $1, (select id from contacts where tenant_id = $1 limit 1), 'OPEN', 'HUMAN', $2 from generate_series(1, $3) returning id::text`,
        [tenantId, agentId, COUNT + WARMUP],
      );
      ids.push(...rows.map((r) => r.id));
      const t0 = Date.now() + 86_400_000 * 30;
      const at = (c: number, s: number) => new Date(t0 + c * 60_000 + s * 1000);
      // Not measured: each conversation created, waiting, assigned and answered.
      for (let i = 0; i < ids.length; i++) {
        const c = ids[i];
        const steps: ConversationFact[] = [
          { kind: 'created', at: at(i, 0), channel: 'WIDGET', queueId: null, inBot: false },
          { kind: 'message', at: at(i, 1), messageId: randomUUID(), author: 'CUSTOMER', private: false, authorUserId: null },
          { kind: 'transition', at: at(i, 2), eventId: randomUUID(), event: 'conversation.assigned', from: 'WAITING', status: 'OPEN', handler: 'HUMAN', assigneeId: agentId, queueId: null },
          { kind: 'message', at: at(i, 30), messageId: randomUUID(), author: 'AGENT', private: false, authorUserId: agentId },
        ];
        for (const f of steps) await writer.conversationFact(tenantId, c, f, { agentId });
      }
      // Resolutions: PER_MINUTE per minute (a busy tenant); the first of each ten-minute bucket writes the 72 h timer.
      const resolvedAt = (i: number) => new Date(t0 + 86_400_000 * 10 + Math.floor(i / PER_MINUTE) * 60_000 + (i % PER_MINUTE) * 1000);
      const resolve = (i: number): ConversationFact => ({ kind: 'transition', at: resolvedAt(i), eventId: randomUUID(), event: 'conversation.resolved', from: 'OPEN', status: 'RESOLVED', handler: 'HUMAN', assigneeId: agentId, queueId: null });
      const plain: number[] = [];
      const withTimer: number[] = [];
      for (let i = 0; i < ids.length; i++) {
        wroteTimer = false;
        phase.on = i >= WARMUP;
        const s = performance.now();
        const d = await writer.conversationFact(tenantId, ids[i], resolve(i), { agentId });
        const ms = performance.now() - s;
        if (!d || !d.rows.some((r) => r.name === 'resolution')) throw new Error('no resolution row written');
        if (i >= WARMUP) (wroteTimer ? withTimer : plain).push(ms);
      }
      phase.on = false;
      const all = [...plain, ...withTimer].sort((a, b) => a - b);
      phase.read.sort((a, b) => a - b);
      phase.write.sort((a, b) => a - b);
      plain.sort((a, b) => a - b);
      withTimer.sort((a, b) => a - b);
      const [{ n }] = await pool.query<{ n: number }>(`select count(*)::int as n from reporting_events where tenant_id = $1 and name = 'resolution' and conversation_id = any($2::uuid[])`, [tenantId, ids]);
      ctx.log(`resolved ${ids.length}: ${n} resolution rows; ${withTimer.length} of ${all.length} measured wrote a timer`);
      const pq = (a: number[]) => `${quantile(a, 0.5).toFixed(2)} / ${quantile(a, 0.95).toFixed(2)} ms`;
      return [
        { figure: 'reporting listener on resolve p50', value: quantile(all, 0.5), unit: 'ms', decimals: 2, note: `read (state, calendar, team) + one write (rows, 5 daily + 1 hourly rollups, state); ${PER_MINUTE} resolutions a minute` },
        { figure: 'reporting listener on resolve p95', value: quantile(all, 0.95), unit: 'ms', decimals: 2, goal: { op: '<=', target: 2 } },
        { figure: 'read / write statement p50 / p95', value: `${pq(phase.read)}; ${pq(phase.write)}` },
        { figure: 'first resolution of a ten-minute bucket (+ 72 h timer) p50 / p95', value: pq(withTimer), note: 'the timer: 1 upsert + 1 pg-boss insert, once per tenant and ten minutes' },
      ];
    } finally {
      if (ids.length) {
        await pool.query(`delete from timers where kind = 'reporting.after-resolution' and split_part(key, ':', 1) = any($1::text[])`, [ids]).catch(() => undefined);
        await pool.query(`delete from reporting_events where conversation_id = any($1::uuid[])`, [ids]).catch(() => undefined);
        await pool.query(`delete from conversations where id = any($1::uuid[])`, [ids]).catch(() => undefined);
      }
      await jobs.stop().catch(() => undefined);
      await pool.end().catch(() => undefined);
    }
  },
};
