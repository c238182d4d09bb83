// Our API and PostGraphile 5 (postgraphile-server.mjs) on the same bench database, side by side,
// both pinned to the server core(s): what the list sections (foundation, tickets, lists) compare.
import path from 'node:path';
import { apiEnv, startApi } from './api.js';
import type { Child } from './children.js';
import { freePort } from './ports.js';
import type { BenchContext } from './types.js';

export interface SideBySide {
  api: Child;
  peer: Child;
  /** Our GraphQL endpoint and PostGraphile's. */
  ourUrl: string;
  peerUrl: string;
  /** Stop both (also after a failed start of ours). */
  stop(): Promise<void>;
}

export interface SideBySideOptions {
  /** Our API's environment (the section's loaded-API settings, DATA_DIR, …); DB_POOL_SIZE is added. */
  env: Record<string, string>;
  nodeFlags: string[];
  /** Connections per server: the same for both, so neither wins by pool size. */
  poolSize: number;
}

const SETTLE_MAX_MS = Number(process.env.BENCH_API_SETTLE_MS ?? 180_000);

/**
 * Wait until our API's own start-up work is done: with a fresh DATA_DIR it rebuilds the demo
 * tenants' vectors in its Chroma and recalibrates them (minutes of background CPU on a busy
 * machine), which would count as CPU per request of whatever is measured first. Settled: under
 * 6 % of a core over two seconds in a row (idle under --cpu-prof, the profiler's thread alone takes ≈ 3 %).
 */
async function settled(ctx: BenchContext, api: Child): Promise<void> {
  const t0 = performance.now();
  let quiet = 0;
  let last = api.cpuMs();
  let rate = 0;
  while (quiet < 2 && performance.now() - t0 < SETTLE_MAX_MS) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = api.cpuMs();
    if (now === null || last === null) return;
    rate = now - last;
    quiet = rate < 60 ? quiet + 1 : 0;
    last = now;
  }
  ctx.log(`our API ${quiet >= 2 ? 'settled' : 'still busy with its start-up work'} after ${Math.round((performance.now() - t0) / 1000)} s (last second: ${Math.round(rate)} ms of CPU)`);
}

/**
 * Start both servers and wait until both are ready. BENCH_PEER_NODE_FLAGS: Node flags for PostGraphile;
 * BENCH_API_NODE_FLAGS: more Node flags for our API;
 * BENCH_API_CPU_PROF_DIR: run our API under `--cpu-prof`, the profile written there when it stops.
 */
export async function startBesidePostGraphile(ctx: BenchContext, o: SideBySideOptions): Promise<SideBySide> {
  const db = await ctx.database();
  const peerPort = await freePort();
  const peerFlags = (process.env.BENCH_PEER_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  const profDir = process.env.BENCH_API_CPU_PROF_DIR;
  // BENCH_API_NODE_FLAGS: more Node flags for our API (after its own: e.g. `--max-semi-space-size=16` overrides the default 64).
  const ourExtra = (process.env.BENCH_API_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  const apiFlags = [...o.nodeFlags, ...ourExtra, ...(profDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profDir)}`] : [])];
  const peer = ctx.children.spawn('postgraphile', process.execPath, [...peerFlags, path.join(ctx.root, 'test/bench/postgraphile-server.mjs')], {
    cwd: ctx.root,
    env: { ...apiEnv({}), NODE_ENV: 'production', DATABASE_URL: db.url, PORT: String(peerPort), PG_POOL_SIZE: String(o.poolSize) },
    pinTo: ctx.serverCores,
  });
  try {
    const [started] = await Promise.all([
      startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name: 'api', env: { ...o.env, DB_POOL_SIZE: String(o.poolSize) }, nodeFlags: apiFlags, pinTo: ctx.serverCores }),
      peer.waitForLine(/^ready \d+/, 60_000),
    ]);
    const api = started.child;
    await settled(ctx, api);
    return {
      api,
      peer,
      ourUrl: `http://127.0.0.1:${started.port}/graphql`,
      peerUrl: `http://127.0.0.1:${peerPort}/graphql`,
      stop: async () => void (await Promise.all([api.stop(), peer.stop()])),
    };
  } catch (e) {
    await peer.stop();
    throw e;
  }
}
