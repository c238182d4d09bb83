// HTTP load with autocannon (programmatic API): a warm-up, then the measured window, with the
// server's CPU time (from /proc) taken around the measured window only.
import autocannon from 'autocannon';
import type { Child } from './children.js';

export interface LoadOptions {
  url: string;
  /** JSON body, sent as POST. */
  body: unknown;
  headers?: Record<string, string>;
  connections?: number;
  warmupSeconds?: number;
  seconds?: number;
  /** The server under test: its CPU time per request is reported when given. */
  server?: Child;
  /** A response body is counted as a mismatch when this returns false (default: no `"errors"`). */
  verifyBody?: (body: string) => boolean;
}

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  mismatches: number;
  /** Server CPU ms per request in the measured window (null if not measurable). */
  cpuMsPerRequest: number | null;
  /** Server CPU utilisation in the measured window (1 = one full core). */
  cpuCores: number | null;
}

export const defaultLoad = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 2),
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
};

export async function load(options: LoadOptions): Promise<LoadResult> {
  const common = {
    url: options.url,
    method: 'POST',
    connections: options.connections ?? defaultLoad.connections,
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify(options.body),
    timeout: 10,
  };
  const warmup = options.warmupSeconds ?? defaultLoad.warmupSeconds;
  if (warmup > 0) await autocannon({ ...common, duration: warmup });

  const verifyBody = options.verifyBody ?? ((body: string) => !body.includes('"errors"'));
  const cpuBefore = options.server?.cpuMs() ?? null;
  const started = performance.now();
  const result = await autocannon({ ...common, duration: options.seconds ?? defaultLoad.seconds, verifyBody });
  const wallMs = performance.now() - started;
  const cpuAfter = options.server?.cpuMs() ?? null;

  const requests = result.requests.total;
  const cpu = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
  return {
    requestsPerSecond: result.requests.average,
    requests,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    cpuMsPerRequest: cpu !== null && requests > 0 ? cpu / requests : null,
    cpuCores: cpu !== null ? cpu / wallMs : null,
  };
}

/** Why a load result cannot be trusted, or null when it is clean. */
export function loadProblem(r: LoadResult): string | null {
  const bad = [r.errors && `${r.errors} errors`, r.non2xx && `${r.non2xx} non-2xx`, r.mismatches && `${r.mismatches} bodies with errors`].filter(Boolean);
  if (r.requests === 0) bad.push('no responses');
  return bad.length ? bad.join(', ') : null;
}
