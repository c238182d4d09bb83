// Section `partner-api` (issue 17): what a partner-grade API costs a typical partner query.
// The query: an API key reads `tickets(first: 50)` with contact, assignee and queue. Two API
// servers run side by side on the same database, one with every partner-API feature on (the
// TOGGLES below) and one with all of them off; they are loaded in alternating rounds (A B B A …,
// each pinned to the server core while loaded) and the per-round ratios on/off are reported:
// the median and the range (the machine's speed drifts, so only ratios within a window mean
// anything). A variant repeats the comparison with budgets shared through Redis, when Redis answers.
//
// Adding a feature to the comparison: one more entry in TOGGLES (its env when on and when off).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Child } from '../lib/children.js';
import { gql } from '../lib/http.js';
import { startApi } from '../lib/api.js';
import { load, loadProblem, waitForQuiet, type LoadResult } from '../lib/load.js';
import type { BenchContext, Row, Section } from '../lib/types.js';
import { API_NODE_FLAGS, loadedApiEnv, signIn } from './foundation.js';
import { addTickets } from './tickets.js';

/** Each partner-API feature measured: its environment when on and when off. */
export interface Toggle {
  name: string;
  on: Record<string, string>;
  off: Record<string, string>;
}

export const TOGGLES: Toggle[] = [
  // Budgets by cost: the take before execution, the actual cost and refund after, headers and extensions.cost.
  { name: 'budgets + cost accounting', on: { RATE_BUDGETS: 'true' }, off: { RATE_BUDGETS: 'false' } },
];

const PAIRS = Number(process.env.BENCH_PARTNER_PAIRS ?? 3);
const ROUND_SECONDS = Number(process.env.BENCH_PARTNER_ROUND_SECONDS ?? 5);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const PARTNER_QUERY = `query Partner { tickets(first: 50) { edges { node { id number subject status priority contact { id name email } assignee { id displayName } queue { id name } } } } }`;

const envOf = (which: 'on' | 'off') => Object.assign({}, ...TOGGLES.map((t) => t[which])) as Record<string, string>;

async function redisUp(): Promise<boolean> {
  const r = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
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

/** At least 50 tickets in northwind (the `tickets` section may have added 20,000 already). */
async function enoughTickets(ctx: BenchContext): Promise<void> {
  const db = await ctx.database();
  const [{ n }] = await db.sql<{ n: string }>(`select count(*) as n from tickets t join tenants x on x.id = t.tenant_id where x.slug = 'northwind'`);
  if (Number(n) < 50) await addTickets(ctx);
}

/** A partner key with tickets.view and the largest budget, so the load measures accounting, not refusals. */
async function partnerKey(url: string): Promise<Record<string, string>> {
  const admin = await signIn(url);
  const r = await gql<{ createApiKey: { secret: string } }>(url, `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`, {
    headers: admin,
    variables: { i: { name: `bench partner ${randomUUID().slice(0, 8)}`, scopes: ['tickets.view'], pointsPerHour: 1_000_000_000 } },
  });
  const secret = r.data?.createApiKey?.secret;
  if (!secret) throw new Error(`createApiKey failed: ${JSON.stringify(r.errors ?? r)}`);
  return { authorization: `Bearer ${secret}` };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function compare(ctx: BenchContext, label: string, onEnv: Record<string, string>): Promise<Row[]> {
  const db = await ctx.database();
  const start = (name: string, env: Record<string, string>) =>
    startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name, env: { ...loadedApiEnv(db.url, ctx.tempDir(`sb-bench-partner-${name}-`)), ...env }, nodeFlags: API_NODE_FLAGS, pinTo: ctx.serverCores }, 180_000);
  let on: Child | undefined;
  let off: Child | undefined;
  try {
    const [a, b] = await Promise.all([start('api-on', onEnv), start('api-off', envOf('off'))]);
    on = a.child;
    off = b.child;
    const onUrl = `${a.url}/graphql`;
    const offUrl = `${b.url}/graphql`;
    const key = await partnerKey(onUrl);
    // The answers: the same data; headers and extensions.cost only where budgets are on.
    const probeOn = await fetch(onUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...key }, body: JSON.stringify({ query: PARTNER_QUERY }) });
    const bodyOn = (await probeOn.json()) as { data?: { tickets: { edges: unknown[] } }; extensions?: { cost?: unknown }; errors?: unknown };
    const bodyOff = await gql<{ tickets: { edges: unknown[] } }>(offUrl, PARTNER_QUERY, { headers: key });
    if (!bodyOn.data || !bodyOff.data) throw new Error(`partner query failed: ${JSON.stringify(bodyOn.errors ?? bodyOff.errors)}`);
    const rows: Row[] = [
      {
        figure: `partner query (${label}): x-ratelimit-remaining and extensions.cost on / absent off`,
        value: probeOn.headers.get('x-ratelimit-remaining') && bodyOn.extensions?.cost && !bodyOff.extensions?.cost ? `yes (cost ${JSON.stringify(bodyOn.extensions.cost)})` : 'NO',
        ok: !!(probeOn.headers.get('x-ratelimit-remaining') && bodyOn.extensions?.cost && !bodyOff.extensions?.cost),
      },
    ];

    await ctx.offServerCores(async () => {
      await waitForQuiet(ctx.log);
      const round = async (which: 'on' | 'off'): Promise<LoadResult> => {
        const r = await load({ url: which === 'on' ? onUrl : offUrl, body: { query: PARTNER_QUERY }, headers: key, server: which === 'on' ? on : off, warmupSeconds: 1, seconds: ROUND_SECONDS });
        ctx.log(`${label} ${which}: ${Math.round(r.requestsPerSecond)} req/s, ${r.cpuMsPerRequest?.toFixed(3)} ms CPU/request${loadProblem(r) ? `, ${loadProblem(r)}` : ''}`);
        return r;
      };
      // Both servers warmed up first (graphql-jit compiles, V8 optimises): the first measured round is not a cold one.
      for (const which of ['on', 'off'] as const) await load({ url: which === 'on' ? onUrl : offUrl, body: { query: PARTNER_QUERY }, headers: key, warmupSeconds: 0, seconds: 3 });
      const ratios: number[] = [];
      const cpu: { on: number[]; off: number[] } = { on: [], off: [] };
      const rps: { on: number[]; off: number[] } = { on: [], off: [] };
      let problem: string | null = null;
      for (let i = 0; i < PAIRS; i++) {
        // A B, then B A: drift within a pair falls on both sides.
        const order: ('on' | 'off')[] = i % 2 ? ['off', 'on'] : ['on', 'off'];
        const got: Partial<Record<'on' | 'off', LoadResult>> = {};
        for (const which of order) {
          const r = await round(which);
          got[which] = r;
          problem ??= loadProblem(r);
          rps[which].push(r.requestsPerSecond);
          if (r.cpuMsPerRequest !== null) cpu[which].push(r.cpuMsPerRequest);
        }
        if (got.off!.requestsPerSecond > 0) ratios.push(got.on!.requestsPerSecond / got.off!.requestsPerSecond);
      }
      rows.push(
        { figure: `partner query (${label}) on: req/s (median of ${PAIRS} rounds)`, value: median(rps.on), unit: 'req/s', ...(problem && { warning: true, note: `${problem} — not trustworthy` }) },
        { figure: `partner query (${label}) off: req/s (median of ${PAIRS} rounds)`, value: median(rps.off), unit: 'req/s' },
        {
          figure: `partner query (${label}) on / off req/s`,
          value: ratios.length ? median(ratios) : null,
          unit: '×',
          decimals: 3,
          goal: { op: '>=', target: 0.9 },
          note: `median of ${ratios.length} alternating rounds, range ${ratios.length ? `${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}` : '—'}; toggles: ${TOGGLES.map((t) => t.name).join(', ')}`,
        },
        { figure: `partner query (${label}) server CPU per request on / off`, value: cpu.on.length && cpu.off.length ? `${median(cpu.on).toFixed(3)} / ${median(cpu.off).toFixed(3)} ms` : null },
      );
    });
    return rows;
  } finally {
    await Promise.all([on?.stop(), off?.stop()]);
  }
}

export const partnerApi: Section = {
  name: 'partner-api',
  description: 'a typical partner query (API key, tickets(first:50) with contact, assignee, queue): every partner-API feature on vs all off, alternating rounds; with budgets in memory and in Redis',
  async run(ctx) {
    await enoughTickets(ctx);
    const rows = await compare(ctx, 'memory', envOf('on'));
    if (await redisUp()) rows.push(...(await compare(ctx, 'Redis', { ...envOf('on'), REDIS_URL, EVENTS_CHANNEL_PREFIX: `bench-${randomUUID().slice(0, 8)}:` })));
    else rows.push({ figure: 'partner query (Redis): on / off req/s', value: null, note: `Redis not reachable at ${REDIS_URL}: not measured` });
    return rows;
  },
};
