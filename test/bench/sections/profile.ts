// Section `profile` (only when named: `npm run bench -- profile`): our API under the foundation's
// users(first:50) load, then under `{ __typename }`, with `--cpu-prof`; each measured window is
// summarised on its own — where the server's CPU time goes. The raw profile is copied to
// .bench/api.cpuprofile (open it in Chrome DevTools).
// Figures here are slower than in `foundation`: the profiler itself costs CPU.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startApi, stopApi } from '../lib/api.js';
import { summarize } from '../lib/cpuprofile.js';
import { load, loadProblem, waitForQuiet } from '../lib/load.js';
import type { Row, Section } from '../lib/types.js';
import { API_NODE_FLAGS, OUR_USERS_QUERY, benchUsers, loadedApiEnv, signIn } from './foundation.js';
import { benchTickets, ourTicketsQuery } from './tickets.js';

const pct = (share: number) => Math.round(share * 1000) / 10;
const TOP = Number(process.env.BENCH_PROFILE_TOP ?? 10);

export const profile: Section = {
  name: 'profile',
  description: 'CPU profile of our API under the users(first:50) and { __typename } loads: self time by package/file/function',
  optional: true,
  async run(ctx) {
    const db = await ctx.database();
    // BENCH_PROFILE_LOAD=tickets profiles the tickets(first:50) list instead of users(first:50).
    const ticketsLoad = process.env.BENCH_PROFILE_LOAD === 'tickets';
    if (ticketsLoad) await benchTickets(ctx);
    else await benchUsers(ctx);
    const dataDir = ctx.tempDir('sb-bench-prof-');
    const profDir = path.join(dataDir, 'profile');
    const api = await startApi({
      children: ctx.children,
      apiRoot: ctx.apiRoot,
      name: 'api (profiled)',
      env: loadedApiEnv(db.url, dataDir),
      nodeFlags: [...API_NODE_FLAGS, '--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-name=api.cpuprofile'],
      pinTo: ctx.serverCores,
    });
    const url = `${api.url}/graphql`;
    const auth = await signIn(url);
    const loads = [
      ticketsLoad
        ? { label: 'tickets(first:50)', query: ourTicketsQuery(50), headers: auth }
        : { label: 'users(first:50)', query: OUR_USERS_QUERY, headers: auth },
      { label: '{ __typename }', query: '{ __typename }', headers: {} },
    ];
    const results = [];
    for (const l of loads) {
      await waitForQuiet(ctx.log);
      ctx.log(`profiled load: ${l.label} …`);
      results.push({ ...l, r: await ctx.offServerCores(() => load({ url, body: { query: l.query }, headers: l.headers, server: api.child })) });
    }
    await stopApi(api.child); // the profile is written on exit
    const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no .cpuprofile in ${profDir}`);
    const keep = path.join(ctx.root, '.bench', 'api.cpuprofile');
    mkdirSync(path.dirname(keep), { recursive: true });
    copyFileSync(path.join(profDir, file), keep);
    ctx.log(`profile kept in ${path.relative(ctx.root, keep)} (open it in Chrome DevTools → Performance)`);

    const rows: Row[] = [];
    for (const { label, r } of results) {
      const s = summarize(path.join(profDir, file), r.window, TOP);
      ctx.log(`${label}: ${s.samples} samples${s.windowIgnored ? ' (window matched no sample: whole profile counted)' : ' in the measured window'}`);
      rows.push(
        { figure: `${label}: req/s under the profiler`, value: r.requestsPerSecond, unit: 'req/s', note: `${label}: --cpu-prof costs CPU, so slower than in foundation${loadProblem(r) ? `; ${loadProblem(r)}` : ''}` },
        { figure: `${label}: server CPU per request`, value: r.cpuMsPerRequest, unit: 'ms', decimals: 3 },
        ...s.selfByCategory.map((x): Row => ({ figure: `${label}: self ${x.name}`, value: pct(x.share), unit: '%', decimals: 1 })),
        ...s.selfByFunction.map((x): Row => ({ figure: `${label}: self fn ${x.name}`, value: pct(x.share), unit: '%', decimals: 1 })),
        ...s.inclusive.map((x): Row => ({ figure: `${label}: inclusive ${x.name}`, value: pct(x.share), unit: '%', decimals: 1 })),
      );
    }
    return rows;
  },
};
