// Shared by the realtime bench sections (realtime.ts, realtime-roles.ts): publishes measured on a
// fleet of subscribers, repeated when other work on the shared machine disturbed them, and the
// file-descriptor limit a fleet needs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Child } from './children.js';
import { waitForQuiet } from './load.js';
import type { BenchContext } from './types.js';
import { OtherWork } from './ws-other-work.js';
import { percentile, type SubscriberFleet } from './ws-subscribers.js';

/** A measurement during which other work used more than this share of the machine is repeated. */
export const DISTURBED = 0.15;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const ms1 = (n: number) => n.toFixed(1);
export const mb = (bytes: number | null) => (bytes === null ? '?' : `${Math.round(bytes / 2 ** 20)} MB`);
export const pct = (share: number | null) => (share === null ? '?' : `${Math.round(share * 100)}%`);
export const dbName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

/**
 * Soft `ulimit -n` of this process (children inherit it), raised with prlimit when short: up to the
 * hard limit, or past it when we may (root: up to /proc/sys/fs/nr_open).
 */
export function ensureFileLimit(needed: number, log: (m: string) => void): void {
  const read = () => {
    const m = /^Max open files\s+(\S+)\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    const n = (s?: string) => (!s || s === 'unlimited' ? Infinity : Number(s));
    return { soft: n(m?.[1]), hard: n(m?.[2]) };
  };
  const before = read();
  if (before.soft >= needed) return;
  const wanted = Math.max(needed, 65_536);
  let hard = before.hard;
  if (hard < wanted && process.getuid?.() === 0) {
    const nrOpen = Number(readFileSync('/proc/sys/fs/nr_open', 'utf8').trim()) || wanted;
    hard = Math.min(wanted, nrOpen);
  }
  const target = Math.min(hard, wanted);
  try {
    execFileSync('prlimit', ['--pid', String(process.pid), `--nofile=${target}:${hard === Infinity ? 'unlimited' : hard}`], { stdio: 'ignore' });
  } catch {
    /* checked below */
  }
  const after = read();
  if (after.soft < needed)
    throw new Error(
      `ulimit -n is ${after.soft} (hard ${after.hard}); ${needed} file descriptors needed (the API under test needs as many, one per socket)` +
        (after.hard < needed ? ': the hard limit could not be raised (prlimit needs CAP_SYS_RESOURCE, which containers often drop) — raise it outside (e.g. docker --ulimit nofile=65536) or set BENCH_REALTIME_SUBSCRIBERS lower' : ': set BENCH_REALTIME_SUBSCRIBERS lower'),
    );
  log(`ulimit -n raised from ${before.soft} to ${after.soft} (hard ${after.hard})`);
}

export interface Disturbed<T> {
  /** The measurements kept: undisturbed ones, topped up with the least disturbed when short. */
  kept: T[];
  /** Other work's share of the machine during each kept measurement. */
  shares: (number | null)[];
  /** Measurements thrown away because other work disturbed them. */
  discarded: number;
  /** Kept although disturbed (not enough undisturbed ones within the tries). */
  keptDisturbed: number;
}

/**
 * Run `measure` until `want` runs were not disturbed by other work (≤ DISTURBED of the machine,
 * counted from `settleMs` before the run to its end) or `maxTries` ran. Before each run, waits up
 * to `quietMs` for the machine to settle.
 */
export async function undisturbed<T>(ctx: BenchContext, o: { want: number; maxTries: number; servers: Child[]; database: string; quietMs: number; settleMs: number }, measure: () => Promise<T>): Promise<Disturbed<T>> {
  const runs: { value: T; share: number | null }[] = [];
  const clean = () => runs.filter((r) => r.share === null || r.share <= DISTURBED);
  while (clean().length < o.want && runs.length < o.maxTries) {
    await waitForQuiet(ctx.log, o.quietMs);
    const other = new OtherWork(o.servers, o.database);
    await sleep(o.settleMs);
    const value = await measure();
    const share = other.share();
    runs.push({ value, share });
    if (share !== null && share > DISTURBED) ctx.log(`  other work used ${pct(share)} of the machine during that measurement: repeating it`);
  }
  const good = clean();
  const bad = runs.filter((r) => !good.includes(r)).sort((a, b) => (a.share ?? 0) - (b.share ?? 0));
  const kept = [...good, ...bad.slice(0, Math.max(0, o.want - good.length))];
  return { kept: kept.map((r) => r.value), shares: kept.map((r) => r.share), discarded: runs.length - kept.length, keptDisturbed: Math.max(0, o.want - good.length) };
}

export const disturbedNote = (d: Disturbed<unknown>, what: string) =>
  `other work used ≤ ${pct(Math.max(...d.shares.map((x) => x ?? 0)))} of the machine during the kept ${what}` +
  (d.discarded ? `; ${d.discarded} disturbed ${what} discarded and repeated` : '') +
  (d.keptDisturbed ? `; ${d.keptDisturbed} kept although disturbed (machine busy with other work: figures less reliable)` : '');

export interface PublishStats {
  p50: number;
  p99: number;
  max: number;
  received: number;
  /** Server CPU ms from just before the trigger to the last delivery. */
  cpuMs: number | null;
  /** This process's (the load generator's) CPU ms over the same time. */
  clientCpuMs: number;
}

/** Trigger one event, wait for it on every subscriber, and summarise the latencies from the trigger. */
export async function measurePublish(fleet: SubscriberFleet, server: Child, name: string, trigger: (name: string) => Promise<void>, timeoutMs = 60_000): Promise<PublishStats> {
  fleet.expect(name);
  const cpu0 = server.cpuMs();
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  const [, wait] = await Promise.all([trigger(name), fleet.waitAll(timeoutMs, 10_000)]);
  const cpu1 = server.cpuMs();
  const client = process.cpuUsage(client0);
  const lat = fleet.latencies(t0);
  if (wait.timedOut && !lat.length) throw new Error(`no subscriber got ${name} within ${timeoutMs} ms`);
  return { p50: percentile(lat, 50), p99: percentile(lat, 99), max: percentile(lat, 100), received: lat.length, cpuMs: cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null, clientCpuMs: (client.user + client.system) / 1000 };
}

/**
 * Our API has no endpoint for its subscription count: publish probe events until one reaches every
 * subscriber (subscriptions whose `subscribe` message was still in flight miss a probe).
 */
export async function probeUntilAllSubscribed(ctx: BenchContext, fleet: SubscriberFleet, nextName: () => string, publish: (name: string) => Promise<void>, label: string, attempts = 10): Promise<void> {
  for (let i = 1; i <= attempts; i++) {
    const name = nextName();
    fleet.expect(name);
    const [, r] = await Promise.all([publish(name), fleet.waitAll(60_000, 3_000)]);
    ctx.log(`${label}: probe ${i} reached ${r.received}/${fleet.size} subscribers in ${Math.round(r.ms)} ms`);
    if (r.received === fleet.size) return;
    if (fleet.errorCount) throw new Error(`${label}: subscribers got errors: ${fleet.errors.join('; ')}`);
  }
  throw new Error(`${label}: no probe reached all ${fleet.size} subscribers after ${attempts} attempts`);
}

