// Section `kpis`: the KPI reads over a large tenant (issue 14, acceptance 4).
//   - seeder (set-based, generate_series): Northwind gets 10 bench agents, 10,000 contacts,
//     100,000 conversations and 1,000,000 messages over 90 days, 5,000 tickets (some at risk or
//     breached now), and the reporting events those conversations produce (opened, first response,
//     replies, resolutions, bot resolutions and hand-offs, CSAT ratings, FCR, presence spans), folded
//     into the daily (5 dimensions, Europe/Berlin days) and hourly rollups exactly as the listeners do;
//   - through the API (production mode): p50 / p95 of liveKpis (with the per-agent part),
//     operatorPerformance for 30 days, kpiSeries for 90 days by day and hourlyStats for 7 days,
//     sequential requests after a warm-up (goal each ≤ 50 ms), and SQL statements per request;
//   - EXPLAIN of each statement with the parameters the API passes: no sequential scan over
//     messages or reporting_events.
import type { BenchContext, Row, Section } from '../lib/types.js';
import { gql } from '../lib/http.js';
import { startApi } from '../lib/api.js';
import { API_NODE_FLAGS, loadedApiEnv, signIn } from './foundation.js';
import { KPI_SQL } from '../../../api/src/modules/kpis/kpis.reads.js';

const CONVERSATIONS = Number(process.env.BENCH_KPI_CONVERSATIONS ?? 100_000);
const MESSAGES_PER_CONVERSATION = 10;
const REQUESTS = Number(process.env.BENCH_KPI_REQUESTS ?? 200);
const WARMUP = 20;
const DAYS = 90;

async function seed(ctx: BenchContext): Promise<{ tenantId: string }> {
  const db = await ctx.database();
  const [t] = await db.sql<{ id: string }>(`select id from tenants where slug = 'northwind'`);
  if (!t) throw new Error('demo tenant northwind not found');
  const tenantId = t.id;
  const step = (DAYS * 86_400) / CONVERSATIONS; // seconds between conversation starts
  const t0 = performance.now();
  const timed = async (what: string, text: string, values: unknown[] = [tenantId]) => {
    const s = performance.now();
    await db.sql(text, values);
    ctx.log(`seed: ${what} in ${Math.round(performance.now() - s)} ms`);
  };
  await timed('agents', `insert into users (id, tenant_id, email, display_name, password_hash, role, team, availability, active, max_concurrent_chats)
    select gen_random_uuid(), $1, 'bench-agent-' || i || '@northwind.demo', 'Bench Agent ' || lpad(i::text, 2, '0'), 'x', 'AGENT',
           case when i % 2 = 0 then 'Support' else 'Returns' end, (array['ONLINE', 'AWAY', 'BUSY', 'OFFLINE'])[1 + i % 4], true, 20
      from generate_series(1, 10) i`);
  await timed('contacts', `insert into contacts (id, tenant_id, name) select gen_random_uuid(), $1, 'Bench contact ' || i from generate_series(1, 10000) i`);
  // One row per conversation with its facts; the conversations, messages and events derive from it.
  await timed('plan', `create table bench_kpi_conv as
    with a as (select array_agg(id order by email) a, array_agg(team order by email) t from users where tenant_id = $1 and email like 'bench-agent-%'),
         c as (select array_agg(id order by id) a from contacts where tenant_id = $1 and name like 'Bench contact %'),
         q as (select array_agg(id order by id) a from queues where tenant_id = $1)
    select i, gen_random_uuid() as id, c.a[1 + i % 10000] as contact_id,
           (array['WIDGET', 'API', 'EMAIL'])[1 + i % 3] as channel,
           case when i <= 40 then 'WAITING' when i <= 200 then 'OPEN' when i <= 260 then 'BOT' else 'RESOLVED' end as status,
           case when i <= 40 then 'HUMAN' when i <= 200 then 'HUMAN' when i <= 260 then 'AI' when i % 10 < 3 then 'AI' else 'HUMAN' end as handler,
           a.a[1 + i % 10] as agent_id, a.t[1 + i % 10] as team,
           case when coalesce(array_length(q.a, 1), 0) = 0 then null else q.a[1 + i % array_length(q.a, 1)] end as queue_id,
           now() - make_interval(secs => i * ${step}) as created_at,
           30 + (i * 7) % 600 as frt, 600 + (i * 13) % 3600 as rt
      from generate_series(1, ${CONVERSATIONS}) i, a, c, q`);
  await timed('conversations', `insert into conversations (id, tenant_id, contact_id, channel, status, handler, assignee_id, queue_id, subject, last_seq, last_message_at,
        first_response_at, waiting_since, resolved_at, created_at, updated_at)
    select id, $1, contact_id, channel, status, handler,
           case when handler = 'HUMAN' and status <> 'WAITING' then agent_id end,
           queue_id, 'Bench', ${MESSAGES_PER_CONVERSATION}, created_at + interval '5 minutes',
           case when handler = 'HUMAN' and status <> 'WAITING' then created_at + make_interval(secs => frt) end,
           case when status = 'WAITING' then created_at end,
           case when status = 'RESOLVED' then created_at + make_interval(secs => rt) end,
           created_at, created_at + make_interval(secs => rt)
      from bench_kpi_conv`);
  await timed(`${CONVERSATIONS * MESSAGES_PER_CONVERSATION} messages`, `insert into messages (id, tenant_id, conversation_id, seq, author, author_user_id, author_contact_id, body, created_at)
    select gen_random_uuid(), $1, c.id, s,
           case when s % 2 = 1 then 'CUSTOMER' when c.handler = 'AI' then 'AI' else 'AGENT' end,
           case when s % 2 = 0 and c.handler = 'HUMAN' then c.agent_id end,
           case when s % 2 = 1 then c.contact_id end,
           'Bench message ' || s || ' of conversation ' || c.i, c.created_at + make_interval(secs => s * 30)
      from bench_kpi_conv c, generate_series(1, ${MESSAGES_PER_CONVERSATION}) s`);
  await timed('tickets', `with n as (select coalesce((select last_number from ticket_counters where tenant_id = $1), 0) base)
    insert into tickets (id, tenant_id, number, subject, conversation_id, priority, status, sla_state, channel, created_at, updated_at)
    select gen_random_uuid(), $1, n.base + i, 'Bench ticket ' || i, null,
           (array['LOW', 'MEDIUM', 'HIGH', 'URGENT'])[1 + i % 4],
           case when i <= 300 then (array['OPEN', 'PENDING', 'ESCALATED'])[1 + i % 3] else (array['RESOLVED', 'CLOSED'])[1 + i % 2] end,
           case when i <= 300 then (array['ACTIVE', 'AT_RISK', 'BREACHED'])[1 + i % 3] else (array['MET', 'MISSED'])[1 + i % 2] end,
           'API', now() - make_interval(secs => i * 1500), now() - make_interval(secs => i * 1500)
      from generate_series(1, 5000) i, n`);
  await db.sql(`insert into ticket_counters (tenant_id, last_number) select $1, max(number) from tickets where tenant_id = $1
      on conflict (tenant_id) do update set last_number = excluded.last_number`, [tenantId]);
  // Reporting events as the listeners write them (value_business_seconds: 80 % of the elapsed time).
  const ev = (name: string, value: string, endedAt: string, where: string, extra = `'{}'::jsonb`, key = `'${name}:' || c.id`) =>
    `select $1::uuid, '${name}', ${value}, ${value} * 0.8, c.created_at, ${endedAt}, c.id, case when c.handler = 'HUMAN' then c.agent_id end,
            case when c.handler = 'HUMAN' then c.team end, c.queue_id, c.channel, ${extra}, ${key}
       from bench_kpi_conv c where ${where}`;
  await timed('reporting events', `insert into reporting_events (tenant_id, name, value_seconds, value_business_seconds, started_at, ended_at, conversation_id, agent_id, team, queue_id, channel, attributes, dedupe_key)
    ${ev('conversation_opened', 'null::float8', 'c.created_at', 'true')}
    union all ${ev('first_response', 'c.frt::float8', 'c.created_at + make_interval(secs => c.frt)', `c.handler = 'HUMAN' and c.status <> 'WAITING'`)}
    union all ${ev('reply', '45::float8', 'c.created_at + make_interval(secs => c.frt + 120)', `c.handler = 'HUMAN' and c.status <> 'WAITING'`)}
    union all ${ev('reply', '75::float8', 'c.created_at + make_interval(secs => c.frt + 240)', `c.handler = 'HUMAN' and c.status = 'RESOLVED'`, `'{}'::jsonb`, `'reply2:' || c.id`)}
    union all ${ev('bot_handoff', 'null::float8', 'c.created_at + interval \'20 seconds\'', `c.handler = 'HUMAN' and c.i % 2 = 0`)}
    union all ${ev('resolution', 'c.rt::float8', 'c.created_at + make_interval(secs => c.rt)', `c.handler = 'HUMAN' and c.status = 'RESOLVED'`)}
    union all ${ev('bot_resolved', '120::float8', 'c.created_at + interval \'2 minutes\'', `c.handler = 'AI' and c.status = 'RESOLVED'`)}
    union all ${ev('transferred', 'null::float8', 'c.created_at + make_interval(secs => c.frt + 60)', `c.handler = 'HUMAN' and c.i % 17 = 0`)}
    union all ${ev('fcr', 'null::float8', 'c.created_at + make_interval(secs => c.rt)', `c.handler = 'HUMAN' and c.status = 'RESOLVED' and c.i % 17 <> 0 and c.i % 5 <> 0`)}
    union all ${ev('csat_received', 'null::float8', 'c.created_at + make_interval(secs => c.rt + 60)', `c.status = 'RESOLVED' and c.i % 10 in (1, 4, 7)`, `jsonb_build_object('rating', 1 + c.i % 5, 'aiOnly', c.handler = 'AI')`)}`);
  await timed('presence spans', `insert into reporting_events (tenant_id, name, value_seconds, value_business_seconds, started_at, ended_at, agent_id, team, attributes, dedupe_key)
    select $1, s.name, s.secs, s.secs * 0.9, d + interval '8 hours', d + interval '8 hours' + make_interval(secs => s.secs), u.id, u.team, '{}', s.name || ':' || u.id || ':' || d
      from users u, generate_series(date_trunc('day', now()) - interval '${DAYS} days', date_trunc('day', now()), interval '1 day') d,
           (values ('agent_online', 21600.0), ('agent_away', 3600.0), ('agent_busy', 3600.0)) s(name, secs)
     where u.tenant_id = $1 and u.email like 'bench-agent-%'`);
  await timed('daily rollups', `insert into reporting_daily_rollups (tenant_id, day, dimension, dimension_key, metric, count, sum_seconds, sum_business_seconds)
    select $1, (e.ended_at at time zone 'Europe/Berlin')::date, d.dimension, d.key, e.name, count(*), coalesce(sum(e.value_seconds), 0), coalesce(sum(e.value_business_seconds), 0)
      from reporting_events e
      cross join lateral (values ('TENANT', ''), ('AGENT', e.agent_id::text), ('TEAM', e.team), ('QUEUE', e.queue_id::text), ('CHANNEL', e.channel)) d(dimension, key)
     where e.tenant_id = $1 and d.key is not null
     group by 2, 3, 4, 5`);
  await timed('hourly rollups', `insert into reporting_hourly_rollups (tenant_id, hour, metric, count, sum_seconds, sum_business_seconds)
    select $1, date_trunc('hour', e.ended_at, 'UTC'), e.name, count(*), coalesce(sum(e.value_seconds), 0), coalesce(sum(e.value_business_seconds), 0)
      from reporting_events e where e.tenant_id = $1 group by 2, 3`);
  await db.sql('drop table bench_kpi_conv');
  await db.sql('vacuum analyze conversations, messages, tickets, users, reporting_events, reporting_daily_rollups, reporting_hourly_rollups');
  const [counts] = await db.sql<Record<string, number>>(`select (select count(*)::int from conversations where tenant_id = $1) as conversations,
      (select count(*)::int from messages where tenant_id = $1) as messages, (select count(*)::int from reporting_events where tenant_id = $1) as events`, [tenantId]);
  ctx.log(`seed: ${JSON.stringify(counts)} in ${Math.round(performance.now() - t0)} ms`);
  return { tenantId };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Relations read by a sequential scan anywhere in an EXPLAIN (FORMAT JSON) plan. */
function seqScans(plan: any, out = new Set<string>()): Set<string> {
  if (plan['Node Type'] === 'Seq Scan' && plan['Relation Name']) out.add(plan['Relation Name']);
  for (const child of plan.Plans ?? []) seqScans(child, out);
  return out;
}

export const kpis: Section = {
  name: 'kpis',
  description: `KPI reads over ${CONVERSATIONS.toLocaleString('en-US')} conversations / ${(CONVERSATIONS * MESSAGES_PER_CONVERSATION).toLocaleString('en-US')} messages over 90 days: liveKpis, operatorPerformance 30 d, kpiSeries 90 d by day, hourlyStats 7 d (p50/p95 ≤ 50 ms), no seq scan over messages or reporting_events`,
  async run(ctx) {
    ctx.log('seeding the KPI tenant …');
    const { tenantId } = await seed(ctx);
    const db = await ctx.database();
    const rows: Row[] = [];
    const now = Date.now();
    const iso = (msAgo: number) => new Date(now - msAgo).toISOString();
    const DAY = 86_400_000;
    const cases = [
      { label: 'liveKpis (with agents)', query: `{ liveKpis { waitingCustomers longestWaitSeconds activeConversations humanHandledNow conversationsToday resolvedToday avgFirstResponseSeconds avgResolutionSeconds csatPercent csatResponseRate fcrPercent aiResolutionRate slaAtRisk slaBreached agentsOnline agents { userId activeConversations resolvedToday avgFirstResponseSeconds } } }`, variables: {}, sql: KPI_SQL.live, params: [new Date(now)] },
      { label: 'operatorPerformance 30 days', query: `query($f: DateTimeISO!, $t: DateTimeISO!) { operatorPerformance(from: $f, to: $t) { key name conversationsHandled resolutions avgFirstResponseSeconds avgResolutionSeconds csatPercent onlineSeconds awaySeconds busySeconds } }`, variables: { f: iso(30 * DAY), t: iso(0) }, sql: KPI_SQL.operators, params: [new Date(now - 30 * DAY), new Date(now), false] },
      { label: 'kpiSeries 90 days by day', query: `query($f: DateTimeISO!, $t: DateTimeISO!) { kpiSeries(metric: FIRST_RESPONSE, from: $f, to: $t, granularity: DAY) { points { bucket count sum average } } }`, variables: { f: iso(90 * DAY), t: iso(0) }, sql: KPI_SQL.daySeries, params: [new Date(now - 90 * DAY), new Date(now), 'first_response', 'day', false, 'TENANT'] },
      {
        label: 'reportingEvents drill-down (resolutions, 30 days, first 50, with conversation)',
        query: `query($f: DateTimeISO!, $t: DateTimeISO!) { reportingEvents(first: 50, filter: { metric: RESOLUTION, from: $f, to: $t }) { pageInfo { hasNextPage endCursor } edges { node { id name valueSeconds endedAt agentId conversation { id subject status } } } } }`,
        variables: { f: iso(30 * DAY), t: iso(0) },
        // The planner's statement, written out (same filters, order, join and page size).
        sql: `select t0.id, t0.name, t0.value_seconds, t0.ended_at, t0.agent_id, t1.id, t1.subject, t1.status
                from reporting_events t0 left join conversations t1 on t1.id = t0.conversation_id and t1.tenant_id = $1
               where t0.tenant_id = $1 and t0.name = $2 and t0.ended_at >= $3 and t0.ended_at < $4
               order by t0.ended_at desc, t0.id desc limit 51`,
        params: ['resolution', new Date(now - 30 * DAY), new Date(now)],
      },
      { label: 'hourlyStats 7 days', query: `query($f: DateTimeISO!, $t: DateTimeISO!) { hourlyStats(from: $f, to: $t) { hour conversationsOpened resolutions botResolutions handoffs firstResponses avgFirstResponseSeconds csatResponses } }`, variables: { f: iso(7 * DAY), t: iso(0) }, sql: KPI_SQL.hourly, params: [new Date(now - 7 * DAY), new Date(now)] },
    ];

    const started = await startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name: 'api', env: loadedApiEnv(db.url, ctx.tempDir('sb-bench-kpis-')), nodeFlags: API_NODE_FLAGS, pinTo: ctx.serverCores });
    try {
      const url = `http://127.0.0.1:${started.port}/graphql`;
      const auth = await signIn(url);
      for (const c of cases) {
        const probe = await gql(url, c.query, { variables: c.variables, headers: { ...auth, 'x-debug-sql-count': '1' } });
        if (probe.errors) throw new Error(`${c.label}: ${JSON.stringify(probe.errors)}`);
        const again = await gql(url, c.query, { variables: c.variables, headers: { ...auth, 'x-debug-sql-count': '1' } });
        const n = again.extensions?.sqlStatements;
        const times = await ctx.offServerCores(async () => {
          for (let i = 0; i < WARMUP; i++) await gql(url, c.query, { variables: c.variables, headers: auth });
          const out: number[] = [];
          for (let i = 0; i < REQUESTS; i++) {
            const s = performance.now();
            const r = await gql(url, c.query, { variables: c.variables, headers: auth });
            out.push(performance.now() - s);
            if (r.errors) throw new Error(`${c.label}: ${JSON.stringify(r.errors)}`);
          }
          return out;
        });
        rows.push(
          { figure: `${c.label}: p50`, value: pct(times, 50), unit: 'ms', decimals: 1, goal: { op: '<=', target: 50 } },
          { figure: `${c.label}: p95`, value: pct(times, 95), unit: 'ms', decimals: 1, goal: { op: '<=', target: 50 }, note: `${REQUESTS} sequential requests over HTTP after ${WARMUP} warm-up` },
          typeof n === 'number' ? { figure: `${c.label}: SQL statements per request`, value: n, decimals: 0, goal: { op: '=', target: 1 } } : { figure: `${c.label}: SQL statements per request`, value: null, note: 'SQL counter off' },
        );
        const [plan] = await db.sql<{ 'QUERY PLAN': any }>(`explain (analyze, format json) ${c.sql}`, [tenantId, ...c.params]);
        const top = plan['QUERY PLAN'][0];
        const seq = [...seqScans(top.Plan)];
        const bad = seq.filter((r) => r === 'messages' || r === 'reporting_events');
        rows.push({
          figure: `${c.label}: EXPLAIN — sequential scans`,
          value: seq.length ? seq.join(', ') : 'none',
          ok: bad.length === 0,
          note: `execution ${top['Execution Time'].toFixed(1)} ms in PostgreSQL; none allowed over messages or reporting_events`,
        });
      }
    } finally {
      await started.child.stop();
    }
    return rows;
  },
};
