// Our API as a child process: `node --import tsx/esm api/src/main.ts` (what `npm start` runs; ESM
// hooks only: CommonJS packages load without tsx's require hooks, which cost time on every
// `module.require` Apollo makes per request).
import path from 'node:path';
import type { Child, Children } from './children.js';
import { waitFor200 } from './http.js';
import { freePort } from './ports.js';
import { API_BUNDLE } from '../../../api/src/runtime-flags.js';

/** The caller's environment minus anything that configures the API or points at external services. */
export function apiEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const k of ['DATABASE_URL', 'REDIS_URL', 'CHROMA_URL', 'ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL', 'PORT', 'HOST', 'DATA_DIR', 'JWT_SECRET', 'NODE_ENV', 'LOG_LEVEL', 'SEED_DEMO', 'WEB_DIST', 'DB_POOL_SIZE', 'NODE_OPTIONS', 'EVENTS_CHANNEL_PREFIX', 'MAX_PAGE_SIZE', 'SHUTDOWN_TIMEOUT_MS', 'DEBUG_SQL_COUNT', 'ENCRYPTION_KEY', 'RATE_BUDGETS']) delete base[k];
  // Budgets by cost off unless a section says otherwise: a load test sends thousands of requests
  // a second as one caller, which any budget refuses within seconds. What budgets cost is
  // measured on its own, on vs off, by the `partner-api` section.
  return { ...base, RATE_BUDGETS: 'false', ...env };
}

export interface ApiOptions {
  children: Children;
  apiRoot: string;
  name: string;
  env: Record<string, string>;
  nodeFlags?: string[];
  /** `taskset -c <cores>`. */
  pinTo?: string | null;
  /** Modules loaded with `--import` after tsx, before main.ts (bench-only hooks, e.g. lib/webhook-loopback.ts). */
  preload?: string[];
  /** Run the bundle `npm start` runs (dist/api/main.mjs, built by scripts/build-api.mjs) instead of the sources through tsx. */
  bundle?: boolean;
}

export function spawnApi(o: ApiOptions): Child {
  if (o.bundle && o.preload?.length) throw new Error('preload hooks are TypeScript: they need the sources, not the bundle');
  const entry = o.bundle ? ['--enable-source-maps', API_BUNDLE] : ['--import', 'tsx/esm', ...(o.preload ?? []).flatMap((m) => ['--import', m]), 'api/src/main.ts'];
  return o.children.spawn(o.name, process.execPath, [...(o.nodeFlags ?? []), ...entry], {
    cwd: o.apiRoot,
    env: apiEnv(o.env),
    pinTo: o.pinTo ?? null,
  });
}

/** Start the API on a free port (PORT in `env` is overwritten) and wait for /readyz 200. */
export async function startApi(o: ApiOptions, timeoutMs = 60_000): Promise<{ child: Child; port: number; url: string; readyMs: number }> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawnApi({ ...o, env: { ...o.env, PORT: String(port) } });
  try {
    const readyMs = await waitFor200(`http://127.0.0.1:${port}/readyz`, child, t0, timeoutMs, 20);
    return { child, port, url: `http://127.0.0.1:${port}`, readyMs };
  } catch (e) {
    await child.stop();
    throw e;
  }
}

/** SIGTERM and wait; throws unless the exit code is 0. Resolves with the ms the stop took. */
export async function stopApi(child: Child, graceMs = 20_000): Promise<number> {
  const ms = await child.stop(graceMs);
  const code = await child.exited;
  if (code !== 0) throw new Error(`${child.name} exited with code ${code} on SIGTERM\n${child.output()}`);
  return ms;
}

export const noWebDist = (dir: string) => path.join(dir, 'no-web-dist');
