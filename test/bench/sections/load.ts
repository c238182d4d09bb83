// Section `load` (only when named): the whole product under a day's load (issue 18, goal 3), on
// 127.0.0.1, stopping by itself. Our API (`npm start`'s entry point, production mode) with the fake
// Claude answering instantly (streamed), one shared Chroma, a local webhook receiver, and:
//   - BENCH_LOAD_CUSTOMERS (500) widget customers, one conversation each, a message every 5–10 s,
//     subscribed to messageAdded and assistantDraft (lib/load-actors.ts: Customer);
//   - BENCH_LOAD_AGENTS (50) console agents (bench users, members of every queue): conversationUpdated,
//     notificationAdded, messageAdded of what they hold; routing hands them hand-offs, they take over
//     bot conversations, reply, hand back, create tickets (a 1-minute SLA policy for them) and resolve some;
//   - BENCH_LOAD_DASHBOARDS (10) dashboards on kpisUpdated, and a KPI probe opening a conversation
//     every 3 s: push delay after the change;
//   - a webhook endpoint subscribed to conversation, message and ticket events (BENCH_LOAD_WEBHOOK_EVENTS);
// for BENCH_LOAD_SECONDS (600), measured after BENCH_LOAD_WARMUP_SECONDS (min(60, a fifth)). Then the
// same with two instances on Redis (BENCH_REDIS_URL or 127.0.0.1:6379; BENCH_LOAD_REDIS=0 skips),
// every client kind split between them. Rows: errors, messages lost / duplicated by seq at every
// subscriber, first AI token p99, agent reply → customer p99, KPI push p99, webhooks, RSS slope over
// the last half, throughput and API CPU per message.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import { startChroma } from '../../../api/src/modules/knowledge/chroma-server.js';
import { SecretBox } from '../../../api/src/auth/secrets.js';
import { newWebhookSecret } from '../../../api/src/modules/webhooks/webhook-signature.js';
import { startFakeAnthropic, type FakeAnthropic } from '../../helpers/fake-anthropic.js';
import { startReceiver, verifyStandardWebhook } from '../../helpers/webhook-receiver.js';
import { noWebDist, startApi, stopApi } from '../lib/api.js';
import type { Child } from '../lib/children.js';
import type { BenchDatabase } from '../lib/database.js';
import { Agent, Customer, Dashboard, KpiProbe, type World } from '../lib/load-actors.js';
import { call, pct, Recorder, sleep, type ApiEndpoint } from '../lib/load-clients.js';
import type { BenchContext, Row, Section } from '../lib/types.js';
import { procStatusBytes } from '../lib/ws-inspector.js';
import { summarize } from '../lib/cpuprofile.js';
import { pgBackendCpu, pgBackendCpuBetween } from '../lib/pg-backend-cpu.js';
import { API_NODE_FLAGS } from './foundation.js';

const num = (name: string, fallback: number) => Number(process.env[name] || fallback);
const CUSTOMERS = num('BENCH_LOAD_CUSTOMERS', 500);
const AGENTS = num('BENCH_LOAD_AGENTS', 50);
const DASHBOARDS = num('BENCH_LOAD_DASHBOARDS', 10);
const SECONDS = num('BENCH_LOAD_SECONDS', 600);
const WARMUP_SECONDS = num('BENCH_LOAD_WARMUP_SECONDS', Math.min(60, Math.round(SECONDS / 5)));
const REDIS_URL = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379';
const UNIQUE_TEXTS = process.env.BENCH_LOAD_UNIQUE_TEXTS === '1';
const PIN = process.env.BENCH_LOAD_PIN === '1';
/** BENCH_LOAD_PROFILE=1: the API runs with --cpu-prof (profiles in .bench/load-profiles/, summarised in the log). */
const PROFILE = process.env.BENCH_LOAD_PROFILE === '1';
/** BENCH_LOAD_SQL_CENSUS=<path>: every API counts its SQL statements by kind into <path>.<i>.json (lib/sql-census.ts). */
const SQL_CENSUS = process.env.BENCH_LOAD_SQL_CENSUS || '';
/** BENCH_LOAD_DB_POOL / BENCH_LOAD_LISTENER_LANE: the API's DB_POOL_SIZE / LISTENER_BACKGROUND_CONCURRENCY (unset: its defaults), to compare. */
const apiExtra: Record<string, string> = {
  ...(process.env.BENCH_LOAD_DB_POOL ? { DB_POOL_SIZE: process.env.BENCH_LOAD_DB_POOL } : {}),
  ...(process.env.BENCH_LOAD_LISTENER_LANE ? { LISTENER_BACKGROUND_CONCURRENCY: process.env.BENCH_LOAD_LISTENER_LANE } : {}),
};
const WEBHOOK_EVENTS = (process.env.BENCH_LOAD_WEBHOOK_EVENTS || 'CONVERSATION_CREATED,CONVERSATION_STATUS_CHANGED,CONVERSATION_ASSIGNED,MESSAGE_CREATED,TICKET_CREATED,TICKET_UPDATED,TICKET_SLA_AT_RISK,TICKET_SLA_BREACHED').split(',');

const TENANT = 'northwind';
const PASSWORD = 'switchboard-demo';
const ADMIN = 'admin@northwind.demo';
const AGENT_EMAIL = (i: number) => `load-agent-${String(i).padStart(3, '0')}@northwind.demo`;
const SLA_POLICY = 'Load bench (1 min first response)';
const RSS_EVERY_MS = 5000;
/** /metrics on the main port in production needs a token (the bench scrapes event-loop delay and pool waits). */
const METRICS_TOKEN = randomBytes(24).toString('hex');

interface Instance {
  endpoint: ApiEndpoint;
  child: Child;
  /** error / fatal lines the API logged (pino level ≥ 50), a few kept. */
  errorLines: string[];
  errorLineCount: number;
  rss: { t: number; mb: number }[];
  /** Scraped from /metrics every RSS_EVERY_MS: event-loop delay (p99 and max since the previous scrape, ms) and pool waiters. */
  loop: { t: number; p99: number; max: number; readWaiting: number; ormWaiting: number }[];
  profileDir: string | null;
}

/** One /metrics scrape: the few gauges the load report needs. */
async function scrapeMetrics(url: string): Promise<{ p99: number; max: number; readWaiting: number; ormWaiting: number } | null> {
  try {
    const r = await fetch(url.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    if (!r.ok) return null;
    const text = await r.text();
    const g = (re: RegExp) => Number(re.exec(text)?.[1] ?? NaN);
    return {
      p99: g(/^switchboard_nodejs_eventloop_lag_p99_seconds (\S+)/m) * 1000,
      max: g(/^switchboard_nodejs_eventloop_lag_max_seconds (\S+)/m) * 1000,
      readWaiting: g(/^db_pool_connections\{pool="read",state="waiting"\} (\S+)/m),
      ormWaiting: g(/^db_pool_connections\{pool="orm",state="waiting"\} (\S+)/m),
    };
  } catch {
    return null;
  }
}

/** After the API stopped: where its CPU went (self time by package/file and function, inclusive time of our files). */
function logProfiles(instances: Instance[], log: (m: string) => void): void {
  for (const i of instances) {
    if (!i.profileDir) continue;
    const file = readdirSync(i.profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) continue;
    const s = summarize(path.join(i.profileDir, file), undefined, 25);
    const fmt = (xs: { name: string; share: number }[]) => xs.map((x) => `  ${(x.share * 100).toFixed(1).padStart(5)} %  ${x.name}`).join('\n');
    log(`${i.endpoint.name} profile ${path.join(i.profileDir, file)} (${s.samples} samples)\nself by category:\n${fmt(s.selfByCategory)}\nself by function:\n${fmt(s.selfByFunction)}\ninclusive:\n${fmt(s.inclusive)}`);
  }
}

/** Least-squares slope (MB per minute) of the samples with t ≥ from (seconds). */
function slopeMbPerMin(samples: { t: number; mb: number }[], from: number): number | null {
  const s = samples.filter((x) => x.t >= from);
  if (s.length < 3) return null;
  const mt = s.reduce((a, x) => a + x.t, 0) / s.length;
  const mm = s.reduce((a, x) => a + x.mb, 0) / s.length;
  const cov = s.reduce((a, x) => a + (x.t - mt) * (x.mb - mm), 0);
  const v = s.reduce((a, x) => a + (x.t - mt) ** 2, 0);
  return v ? (cov / v) * 60 : null;
}

/** Run `fn` over `items`, `concurrency` at a time. */
async function pool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

async function waitForJobs(db: BenchDatabase, log: (m: string) => void, timeoutMs = 240_000): Promise<void> {
  await sleep(5000); // the boot's knowledge reconciliation queues its rebuild (into the bench's Chroma) first
  const t0 = Date.now();
  for (;;) {
    const [{ n }] = await db.sql<{ n: number }>(`select count(*)::int n from pgboss.job where state in ('created', 'retry', 'active') and start_after <= now()`);
    if (!n) return;
    if (Date.now() - t0 > timeoutMs) throw new Error(`${n} background jobs still due after ${timeoutMs / 1000} s`);
    if ((Date.now() - t0) % 10_000 < 300) log(`waiting for ${n} background jobs (knowledge rebuild into the bench's Chroma…)`);
    await sleep(250);
  }
}

/** Bench agents (the demo agent's password hash), members of every queue; the tenant's other staff OFFLINE meanwhile. */
async function prepareStaff(db: BenchDatabase, tenantId: string): Promise<() => Promise<void>> {
  await db.sql(
    `insert into users (id, tenant_id, email, display_name, password_hash, role, team, availability, active, max_concurrent_chats)
     select gen_random_uuid(), $1, 'load-agent-' || lpad(i::text, 3, '0') || '@northwind.demo', 'Load Agent ' || lpad(i::text, 3, '0'),
            (select password_hash from users where tenant_id = $1 and email = 'agent@northwind.demo'), 'AGENT', 'Support', 'ONLINE', true, 3
       from generate_series(1, $2::int) i
      where not exists (select 1 from users u where u.tenant_id = $1 and lower(u.email) = 'load-agent-' || lpad(i::text, 3, '0') || '@northwind.demo')`,
    [tenantId, AGENTS],
  );
  await db.sql(`update users set availability = 'ONLINE', max_concurrent_chats = 3, active = true where tenant_id = $1 and email like 'load-agent-%'`, [tenantId]);
  await db.sql(
    `insert into queue_members (queue_id, user_id) select q.id, u.id from queues q join users u on u.tenant_id = q.tenant_id
      where q.tenant_id = $1 and u.email like 'load-agent-%' on conflict do nothing`,
    [tenantId],
  );
  const others = await db.sql<{ id: string; availability: string }>(`select id, availability from users where tenant_id = $1 and email not like 'load-agent-%' and availability <> 'OFFLINE'`, [tenantId]);
  await db.sql(`update users set availability = 'OFFLINE' where id = any($1::uuid[])`, [others.map((o) => o.id)]);
  return async () => {
    for (const o of others) await db.sql(`update users set availability = $2 where id = $1`, [o.id, o.availability]);
    await db.sql(`update users set availability = 'OFFLINE' where tenant_id = $1 and email like 'load-agent-%'`, [tenantId]);
  };
}

/** Answers like the ai-assistant section's fake (confident, cited), and classifications. */
function scriptFake(fake: FakeAnthropic): () => void {
  fake.fallback((body) =>
    body?.tool_choice?.type === 'tool'
      ? { kind: 'tool', name: body.tool_choice.name, input: { category: 'DELIVERY', intent: 'delivery_time', priority: 'MEDIUM', sentiment: 'NEUTRAL', strongNegative: false, wantsHuman: false, summary: 'Asks about delivery.' } }
      : { kind: 'answer', text: 'Standard delivery in the EU takes 3-5 business days [1].', tool: { name: 'submit_assessment', input: { answered_from_sources: true, needs_human: false, confidence: 0.95, cited_sources: [1] } } },
  );
  // The fake records every request: keep the bench's memory flat over ten minutes.
  const t = setInterval(() => (fake.requests.length = 0), 5000);
  return () => clearInterval(t);
}

interface Shared {
  db: BenchDatabase;
  tenantId: string;
  widgetKey: string;
  fake: FakeAnthropic;
  env: Record<string, string>;
  encryptionKey: string;
  questions: string[];
}

async function startInstances(ctx: BenchContext, s: Shared, count: number, extra: Record<string, string>): Promise<Instance[]> {
  const preload = pathToFileURL(path.join(ctx.root, 'test/bench/lib/webhook-loopback.ts')).href;
  const census = pathToFileURL(path.join(ctx.root, 'test/bench/lib/sql-census.ts')).href;
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const dataDir = ctx.tempDir(`sb-bench-load-${i}-`);
      const profileDir = PROFILE ? path.join(ctx.root, '.bench', 'load-profiles', `${Date.now()}-${i}`) : null;
      const started = await startApi({
        children: ctx.children,
        apiRoot: ctx.apiRoot,
        name: `api ${String.fromCharCode(65 + i)}`,
        env: { ...s.env, ...extra, DATA_DIR: dataDir, WEB_DIST: noWebDist(dataDir), ...(SQL_CENSUS ? { BENCH_LOAD_SQL_CENSUS: `${SQL_CENSUS}.${i}.json` } : {}) },
        nodeFlags: profileDir ? [...API_NODE_FLAGS, '--cpu-prof', `--cpu-prof-dir=${profileDir}`] : API_NODE_FLAGS,
        preload: SQL_CENSUS ? [preload, census] : [preload],
        pinTo: PIN ? ctx.serverCores : null,
      }, 180_000);
      const inst: Instance = { endpoint: { name: started.child.name, url: `${started.url}/graphql`, wsUrl: `ws://127.0.0.1:${started.port}/graphql` }, child: started.child, errorLines: [], errorLineCount: 0, rss: [], loop: [], profileDir };
      const onData = (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n')) {
          if (!/"level":(50|60)\b/.test(line)) continue;
          inst.errorLineCount++;
          if (inst.errorLines.length < 3) inst.errorLines.push(line.slice(0, 300));
        }
      };
      started.child.proc.stdout?.on('data', onData);
      started.child.proc.stderr?.on('data', onData);
      return inst;
    }),
  );
}

async function ensureSlaPolicy(s: Shared, url: string, adminToken: string, rec: Recorder): Promise<void> {
  const [existing] = await s.db.sql(`select id from sla_policies where tenant_id = $1 and name = $2`, [s.tenantId, SLA_POLICY]);
  if (existing) return;
  const r = await call(rec, url, 'mutation($i: CreateSlaPolicyInput!) { createSlaPolicy(input: $i) { slaPolicy { id } } }', {
    i: { name: SLA_POLICY, conditions: { tagsAny: ['loadbench'] }, firstResponseMinutes: 1, nextResponseMinutes: 2, resolutionMinutes: 3, businessHours: false },
  }, adminToken);
  if (!r) throw new Error(`createSlaPolicy failed: ${rec.errorSamples.at(-1)}`);
}

async function login(rec: Recorder, url: string, email: string): Promise<string> {
  const d = await call(rec, url, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email, password: PASSWORD, tenantSlug: TENANT } }, null);
  if (!d) throw new Error(`login ${email} failed: ${rec.errorSamples.at(-1)}`);
  return d.login.accessToken;
}

/** One load run against `instances` (clients split round-robin between them). */
async function runLoad(ctx: BenchContext, s: Shared, label: string, instances: Instance[]): Promise<Row[]> {
  const { db } = s;
  const rec = new Recorder();
  const w: World = { rec, stopping: false, customers: [], agentSentAt: new Map(), questions: s.questions, uniqueTexts: UNIQUE_TEXTS };
  const at = (i: number) => instances[i % instances.length].endpoint;
  const receiver = await startReceiver(`/hooks/${randomBytes(4).toString('hex')}`);
  const webhookSecret = newWebhookSecret();
  const seen = new Map<string, number>();
  let verified = 0;
  receiver.onRequest = (r) => {
    rec.n.webhooks++;
    const id = String(r.headers['webhook-id']);
    seen.set(id, (seen.get(id) ?? 0) + 1);
    try {
      const payload = verifyStandardWebhook(webhookSecret, r.headers, r.body) as { createdAt: string };
      verified++;
      if (seen.get(id) === 1) rec.sample('webhook', r.at - Date.parse(payload.createdAt));
    } catch {
      /* counted as not verified */
    }
  };
  const stopRss = { stop: false };
  try {
    const t00 = performance.now();
    const adminToken = await login(rec, at(0).url, ADMIN);
    await ensureSlaPolicy(s, at(0).url, adminToken, rec);
    await db.sql(`update webhook_endpoints set enabled = false where tenant_id = $1 and description = 'load bench'`, [s.tenantId]);
    const [endpoint] = await db.sql<{ id: string }>(
      `insert into webhook_endpoints (id, tenant_id, url, description, events, secret_sealed) values (gen_random_uuid(), $1, $2, 'load bench', $3, $4) returning id::text`,
      [s.tenantId, receiver.url, WEBHOOK_EVENTS, new SecretBox(s.encryptionKey).encrypt(webhookSecret)],
    );

    const dashboards = Array.from({ length: DASHBOARDS }, (_, i) => new Dashboard(i, at(i), w));
    for (const d of dashboards) d.open(await login(rec, d.api.url, ADMIN));
    const agents = Array.from({ length: AGENTS }, (_, i) => new Agent(i, at(i), AGENT_EMAIL(i + 1), w));
    await pool(agents, 10, (a) => a.open(PASSWORD, TENANT));
    w.customers = Array.from({ length: CUSTOMERS }, (_, i) => new Customer(i, at(i), w));
    await pool(w.customers, 20, (c) => c.open(s.widgetKey));
    const probe = new KpiProbe(at(0), w);
    await probe.open(s.widgetKey);
    ctx.log(`${label}: ${CUSTOMERS} customers, ${AGENTS} agents, ${DASHBOARDS} dashboards connected in ${Math.round(performance.now() - t00)} ms${rec.errors ? `; ${rec.errors} errors so far: ${rec.errorSamples.join(' | ')}` : ''}`);
    // The KPI base: conversationsToday once the customers' conversation_opened rollups have landed (steady for 1 s).
    const today = async () => (await call<{ liveKpis: { conversationsToday: number } }>(rec, at(0).url, '{ liveKpis { conversationsToday } }', {}, adminToken))?.liveKpis.conversationsToday ?? -1;
    let base = await today();
    for (let i = 0; i < 30; i++) {
      await sleep(1000);
      const again = await today();
      if (again === base) break;
      base = again;
    }

    // RSS of every instance every 5 s, from the start of the load.
    const t0 = performance.now();
    const until = t0 + SECONDS * 1000;
    const rssLoop = (async () => {
      while (!stopRss.stop) {
        for (const i of instances) {
          const b = procStatusBytes(i.child.pid, 'VmRSS');
          if (b !== null) i.rss.push({ t: (performance.now() - t0) / 1000, mb: b / 2 ** 20 });
          const m = await scrapeMetrics(i.endpoint.url);
          if (m && rec.measuring) i.loop.push({ t: (performance.now() - t0) / 1000, ...m });
        }
        await sleep(RSS_EVERY_MS);
      }
    })();
    const loops = [...w.customers.map((c) => c.run(until)), ...agents.map((a) => a.run(until)), probe.run(until)];
    const progress = setInterval(() => ctx.log(`${label}: ${Math.round((performance.now() - t0) / 1000)} s: ${rec.n.customerSends} customer messages, ${rec.n.aiAnswers} AI answers, ${rec.n.agentReplies} agent replies, ${rec.n.tickets} tickets, ${rec.n.webhooks} webhooks, ${rec.errors} errors`), 30_000);

    // The measured window: after the warm-up, to the end of the load.
    await sleep(WARMUP_SECONDS * 1000);
    rec.measuring = true;
    // The load generator's own event loop: its clients timestamp what they receive, so its delay is in every latency.
    const benchLoop = monitorEventLoopDelay({ resolution: 10 });
    benchLoop.enable();
    const dbName = new URL(s.db.url).pathname.slice(1);
    const win0 = { at: performance.now(), wall: new Date(), n: { ...rec.n }, cpu: instances.map((i) => i.child.cpuMs() ?? 0), bench: process.cpuUsage(), pg: pgBackendCpu(dbName) };
    await Promise.all(loops);
    const win1 = { at: performance.now(), wall: new Date(), n: { ...rec.n }, cpu: instances.map((i) => i.child.cpuMs() ?? 0), bench: process.cpuUsage(win0.bench), pg: pgBackendCpu(dbName) };
    benchLoop.disable();
    const loadAverage = os.loadavg()[0];
    rec.measuring = false;
    clearInterval(progress);
    const windowS = (win1.at - win0.at) / 1000;

    // Let the last answers and deliveries land: every open subscriber complete, or 20 s.
    const convIds = w.customers.map((c) => c.conversationId);
    const lastSeqs = async () => new Map((await db.sql<{ id: string; last_seq: number }>(`select id::text, last_seq from conversations where id = any($1::uuid[])`, [convIds])).map((r) => [r.id, r.last_seq]));
    const tracks = () => [...w.customers.map((c) => ({ conversationId: c.conversationId, seqs: c.seqs })), ...agents.flatMap((a) => a.tracks)];
    let last = await lastSeqs();
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
      last = await lastSeqs();
      if (tracks().every((t) => t.seqs.check(last.get(t.conversationId) ?? 0).missing === 0)) break;
      await sleep(250);
    }
    await sleep(500); // a duplicate would show now
    last = await lastSeqs();
    let missing = 0, duplicates = 0, outOfOrder = 0;
    for (const t of tracks()) {
      const c = t.seqs.check(last.get(t.conversationId) ?? 0);
      missing += c.missing;
      duplicates += c.duplicates;
      outOfOrder += c.outOfOrder;
    }
    const kpi = probe.delays(dashboards, base, win0.at);

    // Webhooks: wait for the queue to drain (up to 60 s), then compare with what arrived.
    const pendingDeliveries = async () => (await db.sql<{ n: number }>(`select count(*)::int n from webhook_deliveries where endpoint_id = $1 and status = 'PENDING'`, [endpoint.id]))[0].n;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline && (await pendingDeliveries()) > 0; ) await sleep(500);
    await sleep(500);
    // One snapshot: the deliveries the database calls SUCCEEDED must each have arrived exactly once
    // (events of the last answers may still be arriving: they are not in the snapshot).
    const deliveries = await db.sql<{ status: string; message_id: string }>(`select status, message_id from webhook_deliveries where endpoint_id = $1`, [endpoint.id]);
    const hooks = { received: rec.n.webhooks, verified };
    const byStatus: Record<string, number> = {};
    for (const x of deliveries) byStatus[x.status] = (byStatus[x.status] ?? 0) + 1;
    const done = deliveries.filter((x) => x.status === 'SUCCEEDED');
    const succeeded = done.length;
    const once = done.filter((x) => seen.get(x.message_id) === 1).length;
    const twice = [...seen.values()].filter((n) => n > 1).length;

    w.stopping = true;
    await Promise.all([...w.customers, ...agents, ...dashboards].map((x) => x.client?.dispose()));
    stopRss.stop = true;
    await rssLoop;

    const [{ stored }] = await db.sql<{ stored: number }>(`select count(*)::int stored from messages where tenant_id = $1 and created_at >= $2 and created_at < $3`, [s.tenantId, win0.wall, win1.wall]);
    const sla = await db.sql<{ action: string; n: number }>(
      `select e.action, count(*)::int n from ticket_events e join tickets t on t.id = e.ticket_id
        where t.tenant_id = $1 and 'loadbench' = any(t.tags) and e.at >= $2 and e.action like 'SLA%' group by e.action order by 1`,
      [s.tenantId, new Date(Date.now() - (performance.now() - t0) - 1000)],
    );
    const d = (k: keyof Recorder['n']) => win1.n[k] - win0.n[k];
    const cpuMs = win1.cpu.reduce((a, c, i) => a + c - win0.cpu[i], 0);
    const pgCpuMs = pgBackendCpuBetween(win0.pg, win1.pg);
    const apiErrors = instances.reduce((a, i) => a + i.errorLineCount, 0);
    const allErrors = rec.errors + apiErrors;
    const half = SECONDS / 2;
    const rss = instances.map((i) => {
      const tail = i.rss.filter((x) => x.t >= half);
      const mean = tail.reduce((a, x) => a + x.mb, 0) / Math.max(1, tail.length);
      return { name: i.endpoint.name, slope: slopeMbPerMin(i.rss, half), mean, first: i.rss[0]?.mb ?? 0, last: i.rss.at(-1)?.mb ?? 0 };
    });
    const worstSlope = rss.reduce<number | null>((m, r) => (r.slope === null ? m : m === null ? r.slope : Math.max(m, r.slope)), null);
    // Flat: the fitted growth over the last half stays within 5 % of the RSS there.
    const rssFlat = rss.every((r) => r.slope !== null && r.slope * (half / 60) <= 0.05 * r.mean);
    const ms = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} ms`);
    const benchCpuMs = (win1.bench.user + win1.bench.system) / 1000;
    const loopP99s = instances.flatMap((i) => i.loop.map((x) => x.p99)).filter(Number.isFinite);
    const loopMax = Math.max(0, ...instances.flatMap((i) => i.loop.map((x) => x.max)).filter(Number.isFinite));
    const waiting = (k: 'readWaiting' | 'ormWaiting') => Math.max(0, ...instances.flatMap((i) => i.loop.map((x) => x[k])).filter(Number.isFinite));
    const lat = rec.latencies;
    const expected = [...rec.expected].map(([k, n]) => `${k} ×${n}`).join(', ');
    const P = `load ${label}`;

    return [
      { figure: `${P}: errors`, value: allErrors, decimals: 0, goal: { op: '=', target: 0 }, note: `${rec.errors} seen by clients${rec.errorSamples.length ? ` (${rec.errorSamples.join(' | ')})` : ''}; ${apiErrors} error lines logged by the API${apiErrors ? ` (${instances.flatMap((i) => i.errorLines).join(' | ')})` : ''}; expected races, not errors: ${expected || 'none'}` },
      { figure: `${P}: messages lost / duplicated (by seq, every subscriber)`, value: `${missing} lost, ${duplicates} twice`, ok: missing === 0 && duplicates === 0, note: `${tracks().length} messageAdded subscribers (${CUSTOMERS} widgets, ${tracks().length - CUSTOMERS} console); ${[...last.values()].reduce((a, b) => a + b, 0)} messages in the customers' conversations; ${outOfOrder} out of order` },
      { figure: `${P}: customer message → first AI token p99`, value: pct(lat.firstToken, 99), unit: 'ms', decimals: 1, goal: { op: '<=', target: 100 }, note: `p50 ${ms(pct(lat.firstToken, 50))}, max ${ms(pct(lat.firstToken, 100))}, ${lat.firstToken.length} answers measured (fake Claude answers at once); ${d('customerSends')} customer messages in the window, ${d('aiAnswers')} AI answers stored; texts ${UNIQUE_TEXTS ? 'all different' : `from ${s.questions.length} questions (query-embedding cache hits; BENCH_LOAD_UNIQUE_TEXTS=1: every text new)`}` },
      { figure: `${P}: agent reply → customer p99`, value: pct(lat.agentReply, 99), unit: 'ms', decimals: 1, goal: { op: '<=', target: 100 }, note: `p50 ${ms(pct(lat.agentReply, 50))}, max ${ms(pct(lat.agentReply, 100))}, ${lat.agentReply.length} replies; ${d('takeOvers')} take-overs, ${d('handBacks')} hand-backs in the window` },
      { figure: `${P}: KPI push after the change p99`, value: pct(kpi.delays, 99), unit: 'ms', goal: { op: '<=', target: 1500 }, note: `p50 ${ms(pct(kpi.delays, 50))}, ${kpi.delays.length} (probe conversation × dashboard) pairs, ${kpi.unseen} never seen; ${d('kpiPushes')} pushes received by ${DASHBOARDS} dashboards` },
      { figure: `${P}: webhooks delivered exactly once, signed`, value: `${once}/${succeeded}`, ok: once === succeeded && twice === 0 && hooks.verified === hooks.received && !byStatus.PENDING && !byStatus.FAILED, note: `${twice} received twice, ${hooks.verified}/${hooks.received} signatures verified, deliveries ${JSON.stringify(byStatus)}; events ${WEBHOOK_EVENTS.join(', ')}` },
      { figure: `${P}: webhook event → delivery p99`, value: pct(lat.webhook, 99), unit: 'ms', note: `p50 ${ms(pct(lat.webhook, 50))}, ${lat.webhook.length} deliveries in the window (event time in the payload → received)` },
      { figure: `${P}: API RSS slope over the last half`, value: worstSlope, unit: 'MB/min', decimals: 2, ok: rssFlat, note: `${rss.map((r) => `${r.name} ${r.first.toFixed(0)} → ${r.last.toFixed(0)} MB, last half mean ${r.mean.toFixed(0)} MB, slope ${r.slope?.toFixed(2) ?? '?'} MB/min`).join('; ')}; flat = fitted growth over the last ${Math.round(half)} s ≤ 5 % of RSS` },
      { figure: `${P}: messages stored per second`, value: stored / windowS, unit: '/s', note: `${stored} messages in ${windowS.toFixed(0)} s (customers, AI, agents, system); HTTP ${(d('http') / windowS).toFixed(0)} req/s, subscription events received ${(d('events') / windowS).toFixed(0)}/s, webhooks ${(d('webhooks') / windowS).toFixed(1)}/s; ${d('tickets')} tickets created, ${d('ticketsResolved')} resolved, SLA events ${sla.map((x) => `${x.action} ${x.n}`).join(', ') || 'none'}; ${d('notifications')} notifications delivered` },
      { figure: `${P}: API event-loop delay p99 (5-s intervals: median / worst)`, value: pct(loopP99s, 50), unit: 'ms', decimals: 1, note: `worst interval p99 ${ms(pct(loopP99s, 100))}, worst single delay ${loopMax.toFixed(0)} ms (${loopP99s.length} scrapes of /metrics); requests waiting for a database connection, most seen at a scrape: read pool ${waiting('readWaiting')}, ORM pool ${waiting('ormWaiting')}` },
      { figure: `${P}: load generator event-loop delay p99`, value: benchLoop.percentile(99) / 1e6, unit: 'ms', decimals: 1, note: `max ${(benchLoop.max / 1e6).toFixed(0)} ms, mean ${(benchLoop.mean / 1e6).toFixed(1)} ms: the bench's clients timestamp what they receive, so this delay is inside every latency above` },
      { figure: `${P}: CPU, load generator vs API`, value: `${((benchCpuMs / (windowS * 1000)) * 100).toFixed(0)} % vs ${((cpuMs / (windowS * 1000)) * 100).toFixed(0)} % of a core`, note: `the bench process (${CUSTOMERS + AGENTS + DASHBOARDS} socket clients, the fake Claude, the webhook receiver) ${(benchCpuMs / 1000).toFixed(1)} s, the API${instances.length > 1 ? 's' : ''} ${(cpuMs / 1000).toFixed(1)} s over ${windowS.toFixed(0)} s; PostgreSQL and Chroma not counted; machine load average ${loadAverage.toFixed(1)} on ${os.availableParallelism()} cores` },
      { figure: `${P}: API CPU per stored message`, value: stored ? cpuMs / stored : null, unit: 'ms', decimals: 2, note: `API CPU ${(cpuMs / 1000).toFixed(1)} s over ${windowS.toFixed(0)} s = ${((cpuMs / (windowS * 1000)) * 100).toFixed(0)} % of a core${instances.length > 1 ? ' (both instances)' : ''}; machine load average ${loadAverage.toFixed(1)} at the end (${os.availableParallelism()} cores: above that, other work distorts every latency here); ${PIN ? `pinned to core ${ctx.serverCores}` : 'unpinned (BENCH_LOAD_PIN=1 pins to BENCH_SERVER_CORES)'}` },
      { figure: `${P}: PostgreSQL CPU per stored message`, value: stored && win1.pg.size ? pgCpuMs / stored : null, unit: 'ms', decimals: 2, note: `the bench database's ${win1.pg.size} backends used ${(pgCpuMs / 1000).toFixed(1)} s over ${windowS.toFixed(0)} s = ${((pgCpuMs / (windowS * 1000)) * 100).toFixed(0)} % of a core (shared background processes — WAL writer, checkpointer, autovacuum — not counted)` },
    ];
  } finally {
    w.stopping = true;
    stopRss.stop = true;
    await Promise.all(w.customers.map((c) => c.client?.dispose()));
    await receiver.close();
    // Leave no conversation open for the next run's routing (the bench agents' capacity).
    await db.sql(`update conversations set status = 'CLOSED', assignee_id = null where tenant_id = $1 and subject in ('Load bench', 'KPI probe') and status <> 'CLOSED'`, [s.tenantId]).catch(() => undefined);
    await db.sql(`update webhook_endpoints set enabled = false where tenant_id = $1 and description = 'load bench'`, [s.tenantId]).catch(() => undefined);
  }
}

async function redisReachable(url: string): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

export const load: Section = {
  name: 'load',
  description: `the whole product for ${SECONDS} s: ${CUSTOMERS} widget customers, ${AGENTS} agents, ${DASHBOARDS} dashboards, tickets + SLA timers, webhooks; 0 errors / losses, first AI token and agent reply p99 ≤ 100 ms, KPI push ≤ 1.5 s, RSS flat; then 2 instances on Redis`,
  optional: true,
  async run(ctx) {
    const db = await ctx.database();
    const [tenant] = await db.sql<{ id: string; widget_key: string }>(`select id::text, widget_key from tenants where slug = $1`, [TENANT]);
    if (!tenant) throw new Error(`demo tenant ${TENANT} not found`);
    const questions = (JSON.parse(readFileSync(path.join(ctx.root, 'test/fixtures/assistant/northwind.questions.json'), 'utf8')) as { inScope: { question: string }[] }).inScope.map((q) => q.question);
    const restoreStaff = await prepareStaff(db, tenant.id);
    const fake = await startFakeAnthropic();
    const stopClearing = scriptFake(fake);
    const chroma = await startChroma({ dir: path.join(ctx.tempDir('sb-bench-load-chroma-'), 'chroma') });
    const encryptionKey = randomBytes(32).toString('hex');
    const shared: Shared = {
      db, tenantId: tenant.id, widgetKey: tenant.widget_key, fake, encryptionKey, questions,
      env: {
        NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false', DATABASE_URL: db.url,
        JWT_SECRET: randomBytes(36).toString('base64url'), ENCRYPTION_KEY: encryptionKey, METRICS_TOKEN,
        CHROMA_URL: chroma.url, CHROMA_NAMESPACE: `load_${randomBytes(3).toString('hex')}`,
        ASSISTANT_ENABLED: 'true', ANTHROPIC_API_KEY: 'bench', ANTHROPIC_BASE_URL: fake.baseURL,
        // Every customer comes from 127.0.0.1: the per-IP session limit (60 an hour) would refuse the
        // 61st. The per-customer message limit stays at its default (20 a minute; they send ≤ 12).
        WIDGET_SESSIONS_PER_HOUR: '0',
      },
    };
    const rows: Row[] = [];
    try {
      // Pinned: this process (the clients) keeps off the APIs' core; unpinned, everything shares the machine.
      const phases = async () => {
        const one = await startInstances(ctx, shared, 1, apiExtra);
        try {
          await waitForJobs(db, ctx.log);
          rows.push(...(await runLoad(ctx, shared, '1 API', one)));
        } finally {
          await Promise.all(one.map((i) => stopApi(i.child).catch((e) => ctx.log(`${i.endpoint.name}: ${(e as Error).message}`))));
          logProfiles(one, ctx.log);
        }
        if (process.env.BENCH_LOAD_REDIS === '0') return;
        if (!(await redisReachable(REDIS_URL))) {
          rows.push({ figure: 'load 2 APIs + Redis', value: `skipped: no Redis at ${REDIS_URL}`, warning: true });
          return;
        }
        const two = await startInstances(ctx, shared, 2, { ...apiExtra, REDIS_URL, EVENTS_CHANNEL_PREFIX: `bench-load-${randomBytes(3).toString('hex')}:` });
        try {
          await waitForJobs(db, ctx.log);
          rows.push(...(await runLoad(ctx, shared, '2 APIs + Redis', two)));
        } finally {
          await Promise.all(two.map((i) => stopApi(i.child).catch((e) => ctx.log(`${i.endpoint.name}: ${(e as Error).message}`))));
          logProfiles(two, ctx.log);
        }
      };
      await (PIN ? ctx.offServerCores(phases) : phases());
    } finally {
      stopClearing();
      await fake.close();
      await chroma.stop();
      await restoreStaff();
    }
    return rows;
  },
};
