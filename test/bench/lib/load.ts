// HTTP load with autocannon (programmatic API): a warm-up, then the measured window, with the
// server's CPU time (from /proc) taken around the measured window only.
import { readFileSync } from 'node:fs';
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
  /** Runs after the warm-up, before the measured window (e.g. pin the database backends the warm-up opened). */
  beforeMeasure?: () => Promise<void>;
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
  /** How busy each core was in the measured window (0–1), from /proc/stat; empty if unreadable. */
  coreBusy: number[];
  /** The measured window on the monotonic clock (process.hrtime), in µs. */
  window: { fromUs: number; toUs: number };
}

export const defaultLoad = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 2),
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
};

/** Per-core [busy, total] ticks from /proc/stat. */
function coreTicks(): [number, number][] {
  try {
    return readFileSync('/proc/stat', 'utf8')
      .split('\n')
      .filter((l) => /^cpu\d+ /.test(l))
      .map((l) => {
        const v = l.trim().split(/\s+/).slice(1, 9).map(Number); // user nice system idle iowait irq softirq steal
        const total = v.reduce((a, b) => a + b, 0);
        return [total - v[3] - v[4], total];
      });
  } catch {
    return [];
  }
}

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
  await options.beforeMeasure?.();

  const verifyBody = options.verifyBody ?? ((body: string) => !body.includes('"errors"'));
  const ticksBefore = coreTicks();
  const cpuBefore = options.server?.cpuMs() ?? null;
  const started = performance.now();
  const fromUs = Number(process.hrtime.bigint() / 1000n);
  const result = await autocannon({ ...common, duration: options.seconds ?? defaultLoad.seconds, verifyBody });
  const wallMs = performance.now() - started;
  const toUs = Number(process.hrtime.bigint() / 1000n);
  const cpuAfter = options.server?.cpuMs() ?? null;
  const ticksAfter = coreTicks();
  const coreBusy = ticksAfter.length === ticksBefore.length ? ticksAfter.map(([b, t], i) => (b - ticksBefore[i][0]) / Math.max(t - ticksBefore[i][1], 1)) : [];

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
    coreBusy,
    window: { fromUs, toUs },
  };
}

/** Why a load result cannot be trusted, or null when it is clean. */
export function loadProblem(r: LoadResult): string | null {
  const bad = [r.errors && `${r.errors} errors`, r.non2xx && `${r.non2xx} non-2xx`, r.mismatches && `${r.mismatches} bodies with errors`].filter(Boolean);
  if (r.requests === 0) bad.push('no responses');
  return bad.length ? bad.join(', ') : null;
}

/** Share of all cores busy over the next `ms` (0–1), from /proc/stat; null if unreadable. */
export async function machineBusy(ms = 1000): Promise<number | null> {
  const before = coreTicks();
  await new Promise((r) => setTimeout(r, ms));
  const after = coreTicks();
  if (!before.length || before.length !== after.length) return null;
  let busy = 0;
  let total = 0;
  after.forEach(([b, t], i) => {
    busy += b - before[i][0];
    total += t - before[i][1];
  });
  return total > 0 ? busy / total : null;
}

/**
 * Other work on the machine (a test run, say) distorts throughput: wait up to `maxMs` for the
 * machine to be mostly idle. Resolves with the last busy share seen (null if unknown).
 */
export async function waitForQuiet(log: (m: string) => void, maxMs = Number(process.env.BENCH_QUIET_WAIT_MS ?? 30_000), threshold = 0.2): Promise<number | null> {
  const deadline = performance.now() + maxMs;
  let busy = await machineBusy();
  if (busy === null || busy <= threshold) return busy;
  log(`machine ${(busy * 100).toFixed(0)}% busy with other work: waiting up to ${Math.round(maxMs / 1000)} s for it to settle …`);
  while (busy !== null && busy > threshold && performance.now() < deadline) busy = await machineBusy();
  log(busy !== null && busy > threshold ? `still ${(busy * 100).toFixed(0)}% busy: measuring anyway (figures will be low)` : `settled (${((busy ?? 0) * 100).toFixed(0)}% busy)`);
  return busy;
}
