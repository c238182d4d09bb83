// Section `meetings`: the team calendar read and free slots.
//   - a 50-agent team in northwind, 5,000 meetings over 8 weeks (10 % weekly or daily series with
//     COUNT, 2–3 attendees each, one a week cancelled);
//   - `meetings(from, to, attendeeIds: team)` for one week (occurrences expanded, attendees in the
//     same statement): SQL statements per request, p50 / p95 (goal p95 ≤ 50 ms);
//   - `freeSlots` for 5 attendees over 2 weeks, 30 minutes: p50 / p95 (goal p95 ≤ 50 ms).
// Sequential requests from one client after a warm-up, server pinned like the other sections.
import { performance } from 'node:perf_hooks';
import { gql } from '../lib/http.js';
import { startApi, stopApi } from '../lib/api.js';
import type { BenchContext, Row, Section } from '../lib/types.js';
import { API_NODE_FLAGS, loadedApiEnv, signIn } from './foundation.js';

const AGENTS = 50;
const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 5000);
const ROUNDS = Number(process.env.BENCH_MEETINGS_ROUNDS ?? 200);
const DAY = 86_400_000;

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

async function timed(rounds: number, fn: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < 20; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

export const meetings: Section = {
  name: 'meetings',
  description: `team calendar: meetings(from, to) for a week of a ${AGENTS}-agent team with ${MEETINGS.toLocaleString('en')} meetings (+ recurrences), freeSlots for 5 attendees over 2 weeks: p95 (goal ≤ 50 ms each)`,
  optional: true,
  async run(ctx: BenchContext): Promise<Row[]> {
    const db = await ctx.database();
    const [{ id: tenantId }] = await db.sql<{ id: string }>(`select id::text from tenants where slug = 'northwind'`);
    // Monday 00:00 UTC at least a week ahead: the 8 weeks of meetings lie in the future.
    const now = Date.now();
    const monday = new Date(Math.floor(now / DAY) * DAY + 7 * DAY);
    while (monday.getUTCDay() !== 1) monday.setTime(monday.getTime() + DAY);
    const t0 = performance.now();
    await db.sql(
      `insert into users (id, tenant_id, email, display_name, password_hash, role, team)
       select gen_random_uuid(), $1, 'bench-agent-' || i || '@northwind.example', 'Bench Agent ' || i, 'x', 'AGENT', 'Bench team'
         from generate_series(1, $2::int) i
       on conflict do nothing`,
      [tenantId, AGENTS],
    ).catch(async () =>
      db.sql(
        `insert into users (id, tenant_id, email, display_name, password_hash, role)
         select gen_random_uuid(), $1, 'bench-agent-' || i || '@northwind.example', 'Bench Agent ' || i, 'x', 'AGENT' from generate_series(1, $2::int) i on conflict do nothing`,
        [tenantId, AGENTS],
      ),
    );
    const team = (await db.sql<{ id: string }>(`select id::text from users where tenant_id = $1 and email like 'bench-agent-%' order by email`, [tenantId])).map((r) => r.id);
    // 5,000 meetings on weekdays 08:00–17:00 UTC over 8 weeks; every 10th a series (weekly COUNT=6 or
    // daily COUNT=5), every 50th cancelled. series_ends_at as the API computes it (no DST in UTC).
    await db.sql(
      `with m as (
         select i, gen_random_uuid() as id,
                $3::timestamptz + make_interval(days => (i % 40) / 5 * 7 + (i % 5), hours => 8 + (i * 7) % 9, mins => ((i * 13) % 4) * 15) as s,
                case when i % 10 = 0 then (case when i % 20 = 0 then 'FREQ=WEEKLY;COUNT=6' else 'FREQ=DAILY;COUNT=5' end) end as rec
           from generate_series(1, $2::int) i)
       insert into meetings (id, tenant_id, organizer_id, title, starts_at, ends_at, timezone, type, status, recurrence, series_ends_at, uid)
       select m.id, $1, ($4::uuid[])[1 + m.i % ${AGENTS}], 'Bench meeting ' || m.i, m.s, m.s + interval '30 minutes', 'UTC',
              (array['DEMO', 'REVIEW', 'PLANNING', 'STANDUP', 'OTHER', 'CALLBACK'])[1 + m.i % 6],
              case when m.i % 50 = 0 then 'CANCELLED' else 'SCHEDULED' end, m.rec,
              case when m.rec like 'FREQ=WEEKLY%' then m.s + interval '35 days 30 minutes' when m.rec is not null then m.s + interval '4 days 30 minutes' else m.s + interval '30 minutes' end,
              m.id || '@switchboard'
         from m`,
      [tenantId, MEETINGS, monday.toISOString(), team],
    );
    await db.sql(
      `insert into meeting_attendees (id, tenant_id, meeting_id, user_id, response, starts_at, until_at)
       select gen_random_uuid(), m.tenant_id, m.id, u.user_id, case when u.k = 0 then 'ACCEPTED' else 'NEEDS_ACTION' end, m.starts_at, m.series_ends_at
         from (select *, row_number() over (order by starts_at, id) as n from meetings where tenant_id = $1 and title like 'Bench meeting %') m
         cross join lateral (select distinct on (x.user_id) x.user_id, x.k from (values (0, m.organizer_id), (1, ($2::uuid[])[1 + (m.n * 7) % ${AGENTS}]), (2, ($2::uuid[])[1 + (m.n * 13) % ${AGENTS}])) x(k, user_id) where x.k < 2 + (m.n % 2)) u`,
      [tenantId, team],
    );
    await db.sql('analyze meetings');
    await db.sql('analyze meeting_attendees');
    const [{ n: attendees }] = await db.sql<{ n: number }>(`select count(*)::int n from meeting_attendees where tenant_id = $1`, [tenantId]);
    ctx.log(`bench data: ${AGENTS} agents, ${MEETINGS} meetings, ${attendees} attendees in ${Math.round(performance.now() - t0)} ms`);

    const api = await startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name: 'api-meetings', env: loadedApiEnv(db.url, ctx.tempDir('meetings-api-')), nodeFlags: API_NODE_FLAGS, pinTo: ctx.serverCores }, 180_000);
    try {
      const url = `${api.url}/graphql`;
      const headers = await signIn(url);
      const weekFrom = new Date(monday.getTime() + 14 * DAY).toISOString();
      const weekTo = new Date(monday.getTime() + 21 * DAY).toISOString();
      const WEEK = `query($f: DateTimeISO!, $t: DateTimeISO!, $u: [ID!]) { meetings(from: $f, to: $t, attendeeIds: $u) { id title startsAt endsAt type status organizerName attendees { userId name response } } }`;
      const weekVars = { f: weekFrom, t: weekTo, u: team };
      await gql(url, WEEK, { variables: weekVars, headers });
      // Steady state (the second request: the auth cache is warm).
      const probe = await gql(url, WEEK, { variables: weekVars, headers: { ...headers, 'x-debug-sql-count': '1' } });
      if (probe.errors) throw new Error(`meetings failed: ${JSON.stringify(probe.errors)}`);
      const occurrences = probe.data!.meetings.length as number;
      const sqlN = probe.extensions?.sqlStatements;
      const FREE = `query($u: [ID!]!, $f: DateTimeISO!, $t: DateTimeISO!) { freeSlots(userIds: $u, from: $f, to: $t, durationMinutes: 30) { startsAt endsAt } }`;
      const freeVars = { u: team.slice(0, 5), f: new Date(monday.getTime() + 7 * DAY).toISOString(), t: new Date(monday.getTime() + 21 * DAY).toISOString() };
      const fp = await gql(url, FREE, { variables: freeVars, headers });
      if (fp.errors) throw new Error(`freeSlots failed: ${JSON.stringify(fp.errors)}`);
      const slots = fp.data!.freeSlots.length as number;

      const week = await ctx.offServerCores(() => timed(ROUNDS, async () => void (await gql(url, WEEK, { variables: weekVars, headers }))));
      const free = await ctx.offServerCores(() => timed(ROUNDS, async () => void (await gql(url, FREE, { variables: freeVars, headers }))));
      ctx.log(`meetings week: ${occurrences} occurrences, p95 ${quantile(week, 0.95).toFixed(1)} ms; freeSlots: ${slots} slots, p95 ${quantile(free, 0.95).toFixed(1)} ms`);
      return [
        { figure: `meetings(from, to) one week, ${AGENTS}-agent team: occurrences returned`, value: occurrences, decimals: 0, note: `${MEETINGS.toLocaleString('en')} meetings, ${attendees.toLocaleString('en')} attendees` },
        {
          figure: 'meetings(from, to): SQL statements per request',
          value: typeof sqlN === 'number' ? sqlN : null,
          decimals: 0,
          ...(typeof sqlN === 'number' ? { goal: { op: '<=' as const, target: 3 } } : { note: 'not available: the SQL counter is off when NODE_ENV=production' }),
        },
        { figure: 'meetings(from, to) one week p50', value: quantile(week, 0.5), unit: 'ms', decimals: 1 },
        { figure: 'meetings(from, to) one week p95', value: quantile(week, 0.95), unit: 'ms', decimals: 1, goal: { op: '<=', target: 50 } },
        { figure: 'freeSlots 5 attendees, 2 weeks, 30 min p50', value: quantile(free, 0.5), unit: 'ms', decimals: 1, note: `${slots} slots (limit 50)` },
        { figure: 'freeSlots 5 attendees, 2 weeks, 30 min p95', value: quantile(free, 0.95), unit: 'ms', decimals: 1, goal: { op: '<=', target: 50 } },
      ];
    } finally {
      await stopApi(api.child).catch(() => undefined);
    }
  },
};
