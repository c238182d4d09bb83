// Part `roles` of the realtime section (issue 18, goal 2): the subscriptions of the dashboards
// (`kpisUpdated`) and of the consoles (`conversationUpdated`, the console's queue: the issue calls
// it `queueUpdated`) with subscribers of one tenant in several permission groups, against a raw
// `ws` broadcast of the same payload to as many sockets.
//   kpisUpdated: admins and managers subscribe to the dashboard's cards plus the per-agent table
//     (`agents`, which needs `conversations.manage`); agents and viewers to the cards alone (as the
//     web app asks); a few agents ask for the supervisors' document and must get FORBIDDEN, never
//     the table. Latency from the push's `computedAt` (the server's clock, when it read the figures:
//     the push is throttled to one a second, so the trigger's time would measure the throttle).
//   conversationUpdated: every role of the tenant with the console's document; one conversation
//     resolved and reopened in turn by the admin; latency from just before the mutation's request.
// Both: subscribers of another tenant must receive nothing; every frame is checked per role
// (count, and the payload: tenant, conversation, fields present or refused).
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startApi } from '../lib/api.js';
import type { Child } from '../lib/children.js';
import { summarize } from '../lib/cpuprofile.js';
import { gql } from '../lib/http.js';
import { freePort } from '../lib/ports.js';
import { dbName, disturbedNote, ms1, sleep, undisturbed, type Disturbed } from '../lib/realtime-measure.js';
import type { BenchContext, Row } from '../lib/types.js';
import { SubscriberFleet, median, percentile, sourceAddresses } from '../lib/ws-subscribers.js';
import { API_NODE_FLAGS, loadedApiEnv } from './foundation.js';

const PUBLISHES = Number(process.env.BENCH_REALTIME_ROLES_PUBLISHES || 5);
/** Which cases run (comma-separated): kpis, console. Default: both. */
const CASES = new Set((process.env.BENCH_REALTIME_ROLES || 'kpis,console').split(',').map((x) => x.trim()));
/** BENCH_REALTIME_PROFILE=1: our API under --cpu-prof, summarised over the measured publishes. */
const PROFILE = process.env.BENCH_REALTIME_PROFILE === '1';
/** Triggers measured with nobody subscribed, after two unmeasured ones. */
const TRIGGER_ALONE = 5;
const MAX_TRIES = 8;
const PASSWORD = 'switchboard-demo';
/** Subscribers of the other tenant, and agents asking for the supervisors' fields. */
const SMALL_FLEET = 10;

const CARD_FIELDS = `tenantId computedAt day waitingCustomers longestWaitSeconds activeConversations humanHandledNow conversationsToday resolvedToday botResolvedToday avgFirstResponseSeconds avgResolutionSeconds csatPercent csatResponses csatResponseRate fcrPercent aiResolutionRate slaAtRisk slaBreached agentsOnline`;
const KPIS_CARDS = `subscription DashboardKpisUpdated($tenantId: ID) { kpisUpdated(tenantId: $tenantId) { ${CARD_FIELDS} } }`;
const KPIS_SUPERVISOR = `subscription DashboardKpisUpdatedTeam($tenantId: ID) { kpisUpdated(tenantId: $tenantId) { ${CARD_FIELDS} agents { userId displayName availability activeConversations } } }`;
const CONSOLE = `subscription ConsoleConversationUpdated { conversationUpdated { id subject status handler priority channel lastSeq updatedAt waitingSince lastMessageAt assignee { id displayName } contact { id name email vip identified } csat { rating comment at } } }`;

interface Account {
  email: string;
  tenant: 'northwind' | 'harbor-bank';
  /** Permission group (the role): subscribers of one group share one execution per event. */
  group: string;
}
const NORTHWIND: Account[] = [
  { email: 'admin@northwind.demo', tenant: 'northwind', group: 'TENANT_ADMIN' },
  { email: 'manager@northwind.demo', tenant: 'northwind', group: 'MANAGER' },
  { email: 'agent@northwind.demo', tenant: 'northwind', group: 'AGENT' },
  { email: 'agent2@northwind.demo', tenant: 'northwind', group: 'AGENT' },
  { email: 'agent3@northwind.demo', tenant: 'northwind', group: 'AGENT' },
  { email: 'viewer@northwind.demo', tenant: 'northwind', group: 'VIEWER' },
];
const OTHER_TENANT: Account = { email: 'admin@harbor.demo', tenant: 'harbor-bank', group: 'TENANT_ADMIN (other tenant)' };

type Expect = 'cards' | 'team' | 'forbidden' | 'conversation' | 'nothing';

interface RoleFleet {
  label: string;
  account: Account;
  query: string;
  expect: Expect;
  fleet: SubscriberFleet;
}

async function login(url: string, a: Account): Promise<string> {
  const r = await gql<{ login: { accessToken: string } }>(url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    variables: { input: { email: a.email, password: PASSWORD, tenantSlug: a.tenant } },
  });
  const token = r.data?.login?.accessToken;
  if (!token) throw new Error(`login as ${a.email} failed: ${JSON.stringify(r.errors ?? r)}`);
  return `Bearer ${token}`;
}

/** Every frame a fleet got for the awaited event, checked against what its role should get: problems found. */
function checkFrames(f: RoleFleet, tenantId: string, conversationId: string, status: string): string[] {
  const problems: string[] = [];
  let count = 0;
  for (const [text, n] of f.fleet.frames) {
    count += n;
    const msg = JSON.parse(text) as { type: string; payload: { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] } };
    const { data, errors } = msg.payload;
    const bad = (why: string) => problems.push(`${f.label}: ${why} (${n} frames): ${text.slice(0, 160)}`);
    if (msg.type !== 'next') bad(`a ${msg.type} message`);
    else if (f.expect === 'forbidden') {
      if (!errors?.length || errors.some((e) => e.extensions?.code !== 'FORBIDDEN')) bad('expected FORBIDDEN');
      if (text.includes('"agents":[')) bad('the per-agent table reached a subscriber without conversations.manage');
    } else if (errors?.length) bad('errors');
    else if (f.expect === 'cards' || f.expect === 'team') {
      const k = data?.kpisUpdated;
      if (k?.tenantId !== tenantId) bad('another tenant\'s figures');
      else if (CARD_FIELDS.split(' ').some((field) => !(field in k))) bad('a card field missing');
      else if (f.expect === 'team' && !Array.isArray(k.agents)) bad('no per-agent table');
      else if (f.expect === 'cards' && 'agents' in k) bad('a per-agent table nobody asked for');
    } else if (f.expect === 'conversation') {
      const c = data?.conversationUpdated;
      if (c?.id !== conversationId || c.status !== status) bad(`not conversation ${conversationId} ${status}`);
      else if (!c.contact?.id || !('assignee' in c)) bad('relations missing');
    }
  }
  if (f.fleet.errorCount) problems.push(`${f.label}: ${f.fleet.errorCount} errors: ${f.fleet.errors[0]}`);
  const want = f.expect === 'nothing' ? 0 : f.fleet.size;
  if (count !== want) problems.push(`${f.label}: ${count} of ${f.fleet.size} subscribers got the event, expected ${want}`);
  return problems;
}

interface Publish {
  latencies: number[];
  cpuMs: number | null;
  received: number;
  problems: string[];
  frame: string | null;
}

/** One case (kpisUpdated or conversationUpdated): ours with mixed roles, then raw ws with the same frame. */
async function runCase(ctx: BenchContext, kind: 'kpis' | 'console', n: number): Promise<Row[]> {
  const db = await ctx.database();
  const [{ id: tenantId }] = await db.sql<{ id: string }>(`select id from tenants where slug = 'northwind'`);
  const [conv] = await db.sql<{ id: string; status: string }>(
    `select id, status from conversations where tenant_id = $1 and status in ('OPEN', 'RESOLVED') and assignee_id is not null order by created_at limit 1`,
    [tenantId],
  );
  if (!conv) throw new Error('roles: no OPEN or RESOLVED conversation with an assignee in northwind');
  const dataDir = ctx.tempDir('sb-bench-rt-roles-');
  const profDir = path.join(dataDir, 'profile');
  const api = await startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name: `api (${kind} roles)`, env: loadedApiEnv(db.url, dataDir), nodeFlags: PROFILE ? [...API_NODE_FLAGS, '--cpu-prof', `--cpu-prof-dir=${profDir}`] : API_NODE_FLAGS, pinTo: ctx.serverCores });
  let window: { fromUs: number; toUs: number } | undefined;
  const url = `${api.url}/graphql`;
  const wsUrl = `ws://127.0.0.1:${api.port}/graphql`;
  const fleets: RoleFleet[] = [];
  let ours: Disturbed<Publish> | undefined;
  let status = conv.status;
  let reopened = 'OPEN';
  /** Server CPU ms of one trigger with nobody subscribed (the mutation and its listeners): median of TRIGGER_ALONE. */
  let triggerAloneMs: number | null = null;
  const admin = await login(url, NORTHWIND[0]);
  /** Resolve or reopen the conversation (whichever applies): its status afterwards. */
  const toggle = async (): Promise<string> => {
    const m = status === 'RESOLVED' ? 'reopenConversation' : 'resolveConversation';
    const r = await gql<Record<string, { conversation: { status: string } }>>(url, `mutation($id: ID!) { ${m}(input: { conversationId: $id }) { conversation { status } } }`, { variables: { id: conv.id }, headers: { authorization: admin } });
    const next = r.data?.[m]?.conversation?.status;
    if (!next) throw new Error(`${m}: ${JSON.stringify(r.errors ?? r)}`);
    if (m === 'reopenConversation') reopened = next;
    return (status = next);
  };
  const nextStatus = () => (status === 'RESOLVED' ? reopened : 'RESOLVED');
  const marker = (expected: string) => (kind === 'kpis' ? '"kpisUpdated"' : `"status":"${expected}"`);
  try {
    await ctx.offServerCores(async () => {
      // The trigger alone first (a second apart, as the KPI pushes are): its CPU is not fan-out.
      const alone: number[] = [];
      for (let i = 0; i < TRIGGER_ALONE + 2; i++) {
        await sleep(1_100);
        const c0 = api.child.cpuMs();
        await toggle();
        await sleep(kind === 'kpis' ? 1_300 : 200); // the push (throttled) and the listeners
        const c1 = api.child.cpuMs();
        if (i >= 2 && c0 !== null && c1 !== null) alone.push(c1 - c0);
      }
      triggerAloneMs = alone.length ? median(alone) : null;
      ctx.log(`roles ${kind}: the trigger alone (no subscribers) used ${alone.join(', ')} ms of server CPU`);
      // Fleets: the tenant's roles share n; the small checks beside them.
      const per = Math.floor(n / NORTHWIND.length);
      const specs: Omit<RoleFleet, 'fleet'>[] = NORTHWIND.map((a) => ({
        label: `${a.email} (${a.group})`,
        account: a,
        query: kind === 'console' ? CONSOLE : a.group === 'TENANT_ADMIN' || a.group === 'MANAGER' ? KPIS_SUPERVISOR : KPIS_CARDS,
        expect: kind === 'console' ? 'conversation' : a.group === 'TENANT_ADMIN' || a.group === 'MANAGER' ? 'team' : 'cards',
      }));
      if (kind === 'kpis') specs.push({ label: `agent@northwind.demo asking for the per-agent table`, account: NORTHWIND[2], query: KPIS_SUPERVISOR, expect: 'forbidden' });
      specs.push({ label: `${OTHER_TENANT.email} (other tenant)`, account: OTHER_TENANT, query: kind === 'console' ? CONSOLE : KPIS_CARDS, expect: 'nothing' });
      const counts = NORTHWIND.map((_, i) => (i === 0 ? n - per * (NORTHWIND.length - 1) : per));
      const t0 = performance.now();
      for (const [i, spec] of specs.entries()) {
        const count = counts[i] ?? SMALL_FLEET;
        const token = await login(url, spec.account);
        const fleet = await SubscriberFleet.open({ url: wsUrl, count, protocol: 'graphql-ws', connectionParams: { authorization: token }, query: spec.query, collectFrames: true, sourceAddresses: sourceAddresses(n) });
        fleets.push({ ...spec, fleet });
      }
      ctx.log(`roles ${kind}: ${fleets.reduce((a, f) => a + f.fleet.size, 0)} subscribers in ${fleets.length} fleets connected in ${Math.round(performance.now() - t0)} ms`);
      const receiving = fleets.filter((f) => f.expect !== 'nothing');
      const publishOnce = async (): Promise<Publish> => {
        const expected = nextStatus();
        for (const f of fleets) f.fleet.expect(marker(expected));
        const cpu0 = api.child.cpuMs();
        const t0 = performance.now();
        // Server CPU up to the last delivery; the other tenant's fleet is then given 2.5 s more to
        // show it gets nothing (outside the CPU window: that wait is idle time).
        const others = fleets.filter((f) => f.expect === 'nothing').map((f) => f.fleet.waitAll(2_500));
        await Promise.all([toggle(), Promise.all(receiving.map((f) => f.fleet.waitAll(60_000, 3_000)))]);
        const cpu1 = api.child.cpuMs();
        await Promise.all(others);
        // kpisUpdated: from the push's computedAt; conversationUpdated: from the trigger.
        let since = t0;
        const sample = receiving[0].fleet.sampleFrame;
        if (kind === 'kpis' && sample) {
          const at = Date.parse(JSON.parse(sample).payload.data.kpisUpdated.computedAt);
          since = at - performance.timeOrigin;
        }
        const latencies = receiving.filter((f) => f.expect !== 'forbidden').flatMap((f) => f.fleet.latencies(since));
        const problems = fleets.flatMap((f) => checkFrames(f, tenantId, conv.id, expected));
        return { latencies, cpuMs: cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null, received: latencies.length, problems, frame: sample };
      };
      // Probe until every subscription is registered (graphql-ws acknowledges none).
      for (let i = 1; ; i++) {
        const p = await publishOnce();
        ctx.log(`roles ${kind}: probe ${i}: ${p.received}/${n} delivered${p.problems.length ? `; ${p.problems[0]}` : ''}`);
        if (!p.problems.length) break;
        if (i >= 8) throw new Error(`roles ${kind}: ${p.problems.join('; ')}`);
        await sleep(1100);
      }
      let i = 0;
      const fromUs = Number(process.hrtime.bigint() / 1000n);
      ours = await undisturbed(ctx, { want: PUBLISHES, maxTries: MAX_TRIES, servers: [api.child], database: dbName(db.url), quietMs: 3_000, settleMs: 1_100 }, async () => {
        const p = await publishOnce();
        ctx.log(`roles ${kind}: publish ${++i}: ${p.received}/${n} delivered, p50 ${ms1(percentile(p.latencies, 50))} ms, p99 ${ms1(percentile(p.latencies, 99))} ms, server CPU ${p.cpuMs} ms${p.problems.length ? `; PROBLEMS: ${p.problems.join('; ')}` : ''}`);
        return p;
      });
      window = { fromUs, toUs: Number(process.hrtime.bigint() / 1000n) };
    });
  } finally {
    for (const f of fleets) await f.fleet.close();
    await api.child.stop();
    // Leave the conversation as it was.
    if (status !== conv.status) await db.sql(`update conversations set status = $2 where id = $1`, [conv.id, conv.status]).catch(() => undefined);
  }
  if (PROFILE) logProfile(ctx, profDir, window, kind);
  if (!ours) throw new Error(`roles ${kind}: nothing measured`);
  const oursRun = ours;
  const frame = oursRun.kept.find((p) => p.frame)?.frame;
  if (!frame) throw new Error(`roles ${kind}: no frame captured`);

  // Raw ws: the admin's frame (the largest) to n sockets.
  const rawStats = await rawBroadcast(ctx, n, frame, kind);

  const sum = (d: Disturbed<{ cpuMs: number | null; received: number }>) => (d.kept.some((x) => x.cpuMs === null) ? null : (d.kept.reduce((a, x) => a + x.cpuMs!, 0) * 1000) / d.kept.reduce((a, x) => a + x.received, 0));
  const oP99 = median(oursRun.kept.map((p) => percentile(p.latencies, 99)));
  const rP99 = median(rawStats.kept.map((p) => percentile(p.latencies, 99)));
  const oCpu = sum(oursRun);
  const deliveriesPerPublish = oursRun.kept.reduce((a, x) => a + x.received, 0) / oursRun.kept.length;
  const oCpuFanOut = oCpu !== null && triggerAloneMs !== null ? oCpu - (triggerAloneMs * 1000) / deliveriesPerPublish : null;
  const rCpu = sum(rawStats);
  const problems = oursRun.kept.flatMap((p) => p.problems);
  const missing = oursRun.kept.reduce((a, p) => a + (n - p.received), 0);
  const field = kind === 'kpis' ? 'kpisUpdated' : 'conversationUpdated';
  const label = `${field} ${n.toLocaleString('en-US')} subscribers, 4 roles`;
  const groups = kind === 'kpis' ? 'admins + managers with the per-agent table, agents + viewers the cards alone' : 'admins, managers, agents, viewers: the console\'s document';
  return [
    {
      figure: `${label}: ours / raw p99`,
      value: oP99 / rP99,
      unit: '×',
      decimals: 2,
      goal: { op: '<=', target: 1.2 },
      note: `ours p99 ${ms1(oP99)} ms (p50 ${ms1(median(oursRun.kept.map((p) => percentile(p.latencies, 50))))}), raw ws p99 ${ms1(rP99)} ms (p50 ${ms1(median(rawStats.kept.map((p) => percentile(p.latencies, 50))))}); medians over ${PUBLISHES} publishes; ${groups}; ${kind === 'kpis' ? 'latency from the push\'s computedAt' : 'latency from just before the resolve/reopen request'}; raw: the admin's ${Buffer.byteLength(frame)}-byte frame to ${n} sockets; ours: ${disturbedNote(oursRun, 'publishes')}`,
    },
    { figure: `${label}: server CPU per delivery, ours / raw`, value: oCpuFanOut !== null && rCpu ? oCpuFanOut / rCpu : null, unit: '×', decimals: 2, goal: { op: '<=', target: 1.3 }, note: `ours ${oCpuFanOut?.toFixed(1)} µs per delivery without the trigger (${oCpu?.toFixed(1)} µs with it: the resolve/reopen mutation and its listeners alone used a median ${triggerAloneMs} ms with nobody subscribed, subtracted${kind === 'kpis' ? '; the KPI read, done only when someone subscribes, stays in' : ''}), raw ${rCpu?.toFixed(1)} µs; /proc counts CPU in 10 ms ticks` },
    {
      figure: `${label}: deliveries as each role should`,
      value: problems.length || missing ? `${problems.length} problems, ${missing} missing` : 'all',
      note: problems.length ? problems.slice(0, 3).join('; ') : `every subscriber of the tenant got each event once with its role's payload; ${SMALL_FLEET} subscribers of another tenant got nothing${kind === 'kpis' ? `; ${SMALL_FLEET} agents asking for the per-agent table got FORBIDDEN and no table` : ''}`,
      ...((problems.length || missing) && { warning: true }),
    },
  ];
}

async function rawBroadcast(ctx: BenchContext, n: number, frame: string, kind: string): Promise<Disturbed<{ latencies: number[]; cpuMs: number | null; received: number }>> {
  const db = await ctx.database();
  const rawPort = await freePort();
  const raw: Child = ctx.children.spawn('ws raw server', process.execPath, [...API_NODE_FLAGS, '--import', 'tsx', path.join(ctx.root, 'test/bench/lib/ws-raw-server.ts')], {
    cwd: ctx.root,
    env: { ...process.env, PORT: String(rawPort), NODE_OPTIONS: '' },
    pinTo: ctx.serverCores,
  });
  try {
    await raw.waitForLine(/^ready \d+/, 30_000);
    const base = `http://127.0.0.1:${rawPort}`;
    let seq = 0;
    const result = await ctx.offServerCores(async () => {
      const fleet = await SubscriberFleet.open({ url: `ws://127.0.0.1:${rawPort}/`, count: n, protocol: 'raw', sourceAddresses: sourceAddresses(n) });
      try {
        for (let i = 0; (Number(await (await fetch(`${base}/count`)).text())) !== n; i++) {
          if (i > 500) throw new Error(`raw server: not all ${n} sockets open after 10 s`);
          await sleep(20);
        }
        const once = async () => {
          const mark = `rawmark${String(++seq).padStart(6, '0')}`;
          // The same bytes with a marker of the same length in place of the first id.
          const body = frame.replace('"id":"1"', `"id":"1","m":"${mark}"`);
          fleet.expect(mark);
          const cpu0 = raw.cpuMs();
          const t0 = performance.now();
          const [res] = await Promise.all([fetch(`${base}/broadcast`, { method: 'POST', body }), fleet.waitAll(30_000, 3_000)]);
          await res.text();
          const cpu1 = raw.cpuMs();
          const latencies = fleet.latencies(t0);
          return { latencies, cpuMs: cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null, received: latencies.length };
        };
        await once();
        await once();
        let i = 0;
        return await undisturbed(ctx, { want: PUBLISHES, maxTries: MAX_TRIES, servers: [raw], database: dbName(db.url), quietMs: 3_000, settleMs: 500 }, async () => {
          const p = await once();
          ctx.log(`roles ${kind}: raw broadcast ${++i}: ${p.received}/${n}, p50 ${ms1(percentile(p.latencies, 50))} ms, p99 ${ms1(percentile(p.latencies, 99))} ms, server CPU ${p.cpuMs} ms`);
          return p;
        });
      } finally {
        await fleet.close();
      }
    });
    return result;
  } finally {
    await raw.stop();
  }
}

/** BENCH_REALTIME_PROFILE=1: where our server's CPU went over the measured publishes (log only; the profile is kept in .bench/). */
function logProfile(ctx: BenchContext, profDir: string, window: { fromUs: number; toUs: number } | undefined, kind: string): void {
  const file = existsSync(profDir) ? readdirSync(profDir).find((f) => f.endsWith('.cpuprofile')) : undefined;
  if (!file) return ctx.log(`roles ${kind}: no .cpuprofile in ${profDir}`);
  const keep = path.join(ctx.root, '.bench', `realtime-roles-${kind}.cpuprofile`);
  mkdirSync(path.dirname(keep), { recursive: true });
  copyFileSync(path.join(profDir, file), keep);
  const s = summarize(keep, window, 15);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  ctx.log(`roles ${kind}: profile of the measured publishes, ${s.samples} samples (kept in ${path.relative(ctx.root, keep)})`);
  ctx.log(`  self by category: ${s.selfByCategory.map((x) => `${x.name} ${pct(x.share)}`).join(', ')}`);
  ctx.log(`  self by function: ${s.selfByFunction.map((x) => `${x.name} ${pct(x.share)}`).join(', ')}`);
  ctx.log(`  inclusive: ${s.inclusive.map((x) => `${x.name} ${pct(x.share)}`).join(', ')}`);
}

/** Both cases (BENCH_REALTIME_ROLES picks) with `n` subscribers of the tenant (split over its six accounts, four roles). */
export async function mixedRoles(ctx: BenchContext, n: number): Promise<Row[]> {
  return [...(CASES.has('kpis') ? await runCase(ctx, 'kpis', n) : []), ...(CASES.has('console') ? await runCase(ctx, 'console', n) : [])];
}
