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

/** Start both servers and wait until both are ready. BENCH_PEER_NODE_FLAGS: Node flags for PostGraphile. */
export async function startBesidePostGraphile(ctx: BenchContext, o: SideBySideOptions): Promise<SideBySide> {
  const db = await ctx.database();
  const peerPort = await freePort();
  const peerFlags = (process.env.BENCH_PEER_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  const peer = ctx.children.spawn('postgraphile', process.execPath, [...peerFlags, path.join(ctx.root, 'test/bench/postgraphile-server.mjs')], {
    cwd: ctx.root,
    env: { ...apiEnv({}), NODE_ENV: 'production', DATABASE_URL: db.url, PORT: String(peerPort), PG_POOL_SIZE: String(o.poolSize) },
    pinTo: ctx.serverCores,
  });
  try {
    const [started] = await Promise.all([
      startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name: 'api', env: { ...o.env, DB_POOL_SIZE: String(o.poolSize) }, nodeFlags: o.nodeFlags, pinTo: ctx.serverCores }),
      peer.waitForLine(/^ready \d+/, 60_000),
    ]);
    const api = started.child;
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
