// Section `metrics-overhead` (issue 17): what observability costs on a typical partner list query.
//   - two API instances on the bench database, both pinned to the server core(s), one with
//     METRICS=on and every operation logged (LOG_LEVEL=info: one line per operation), one with
//     METRICS=off and LOG_LEVEL=warn;
//   - a partner (API key with tickets.view) reading `tickets(first: 50)` with contact, assignee and
//     queue; rounds alternate on/off/off/on… in one window (STACK-NOTES "Measuring"), and the
//     figure is the median of the per-pair ratios req/s(on) / req/s(off), with their range;
//   - /metrics is scraped after every "on" round (as Prometheus would), and must have counted it.
// The `partner-api` section compares budgets on/off; the lead combines both.
import { randomUUID } from 'node:crypto';
import type { Child } from '../lib/children.js';
import { gql } from '../lib/http.js';
import { startApi } from '../lib/api.js';
import { load, loadProblem, waitForQuiet, type LoadResult } from '../lib/load.js';
import type { BenchContext, Row, Section } from '../lib/types.js';
import { API_NODE_FLAGS, loadedApiEnv, signIn } from './foundation.js';

const ROUNDS = Number(process.env.BENCH_METRICS_ROUNDS ?? 6);
const SECONDS = Number(process.env.BENCH_METRICS_SECONDS ?? 5);
const RATIO_GOAL = 0.9;
const METRICS_TOKEN = randomUUID() + randomUUID();

export const PARTNER_QUERY = 'query PartnerTickets { tickets(first: 50) { edges { node { id number subject status priority contact { id name } assignee { id displayName } queue { id name } } } } }';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function partnerKey(graphqlUrl: string): Promise<Record<string, string>> {
  const admin = await signIn(graphqlUrl);
  const r = await gql<{ createApiKey: { secret: string } }>(graphqlUrl, 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }', {
    headers: admin,
    variables: { i: { name: 'bench metrics-overhead', scopes: ['tickets.view'], idempotencyKey: randomUUID() } },
  });
  const secret = r.data?.createApiKey?.secret;
  if (!secret) throw new Error(`createApiKey failed: ${JSON.stringify(r.errors ?? r)}`);
  return { authorization: `Bearer ${secret}` };
}

async function scrapeCount(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  let n = 0;
  for (const line of text.split('\n')) if (line.startsWith('graphql_operations_total{') && line.includes('operation="PartnerTickets"') && line.includes('outcome="ok"')) n += Number(line.split(' ').pop());
  return n;
}

export const metricsOverhead: Section = {
  name: 'metrics-overhead',
  description: 'req/s of a partner tickets(first:50) read with metrics + per-operation logs on vs off, alternating rounds',
  async run(ctx: BenchContext): Promise<Row[]> {
    const db = await ctx.database();
    const start = (label: string, env: Record<string, string>) =>
      startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name: `api (${label})`, env: { ...loadedApiEnv(db.url, ctx.tempDir(`sb-bench-metrics-${label}-`)), METRICS_TOKEN, ...env }, nodeFlags: API_NODE_FLAGS, pinTo: ctx.serverCores });
    const [on, off] = await Promise.all([start('metrics on', { METRICS: 'true', LOG_LEVEL: 'info' }), start('metrics off', { METRICS: 'false', LOG_LEVEL: 'warn' })]);
    const servers: Record<'on' | 'off', { url: string; child: Child; headers: Record<string, string> }> = {
      on: { url: on.url, child: on.child, headers: await partnerKey(`${on.url}/graphql`) },
      off: { url: off.url, child: off.child, headers: await partnerKey(`${off.url}/graphql`) },
    };
    for (const s of Object.values(servers)) {
      const probe = await gql(`${s.url}/graphql`, PARTNER_QUERY, { headers: s.headers });
      if (probe.errors || !probe.data?.tickets) throw new Error(`partner query failed: ${JSON.stringify(probe.errors ?? probe)}`);
    }
    const offStatus = (await fetch(`${off.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status;

    const results: Record<'on' | 'off', LoadResult[]> = { on: [], off: [] };
    const ratios: number[] = [];
    let counted = 0;
    let expected = 0;
    // A B B A A B …: each pair shares a moment of the machine's drifting speed.
    const order: ('on' | 'off')[] = [];
    for (let i = 0; i < ROUNDS; i++) order.push(...((i % 2 === 0 ? ['on', 'off'] : ['off', 'on']) as ('on' | 'off')[]));
    await ctx.offServerCores(async () => {
      for (let i = 0; i < order.length; i++) {
        const which = order[i];
        const s = servers[which];
        if (i % 2 === 0) await waitForQuiet(ctx.log, 10_000);
        const before = which === 'on' ? await scrapeCount(s.url) : 0;
        const r = await load({ url: `${s.url}/graphql`, body: { query: PARTNER_QUERY }, headers: s.headers, seconds: SECONDS, warmupSeconds: 1, server: s.child });
        results[which].push(r);
        if (which === 'on') {
          counted += (await scrapeCount(s.url)) - before;
          expected += r.requests;
        }
        ctx.log(`round ${i + 1}/${order.length} metrics ${which}: ${Math.round(r.requestsPerSecond)} req/s, ${r.cpuMsPerRequest?.toFixed(3) ?? '?'} ms CPU/request`);
        if (i % 2 === 1) {
          const pair = { [order[i - 1]]: results[order[i - 1]].at(-1)!, [which]: r } as Record<'on' | 'off', LoadResult>;
          ratios.push(pair.on.requestsPerSecond / pair.off.requestsPerSecond);
        }
      }
    });
    const problems = [...results.on, ...results.off].map(loadProblem).filter(Boolean);
    const cpu = (xs: LoadResult[]) => median(xs.map((x) => x.cpuMsPerRequest ?? NaN).filter((x) => Number.isFinite(x)));
    const ratio = median(ratios);
    return [
      {
        figure: 'partner tickets(first:50): req/s with metrics + operation logs on / off (median of alternating pairs)',
        value: ratio,
        decimals: 3,
        goal: { op: '>=', target: RATIO_GOAL },
        note: `${ratios.length} pairs of ${SECONDS} s, range ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}${problems.length ? `; ${problems[0]}` : ''}`,
        ...(problems.length && { warning: true }),
      },
      { figure: 'partner tickets(first:50) req/s, metrics on (median round)', value: median(results.on.map((r) => r.requestsPerSecond)), unit: 'req/s' },
      { figure: 'partner tickets(first:50) req/s, metrics off (median round)', value: median(results.off.map((r) => r.requestsPerSecond)), unit: 'req/s' },
      { figure: 'server CPU per request, metrics on', value: cpu(results.on), unit: 'ms', decimals: 3 },
      { figure: 'server CPU per request, metrics off', value: cpu(results.off), unit: 'ms', decimals: 3 },
      {
        figure: 'graphql_operations_total counted every measured request (on)',
        value: counted >= expected ? `yes (${counted} ≥ ${expected})` : `NO (${counted} < ${expected})`,
        ok: counted >= expected,
        note: 'counted includes the warm-up requests; /metrics scraped before and after each round',
      },
      { figure: '/metrics with METRICS=off', value: offStatus, ok: offStatus === 404, decimals: 0 },
    ];
  },
};
