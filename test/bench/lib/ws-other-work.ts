// How much of the machine other work used during a measurement: all CPU time the machine spent
// (/proc/stat) minus this process, the servers under test, and PostgreSQL and Redis (part of the
// workload). On a shared 2-core machine a latency tail is often someone else's compile; the
// realtime bench prints this share next to its figures so a bad tail can be read for what it is.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { cpuMs, type Child } from './children.js';

let hz: number | undefined;
const ticksPerSecond = () => {
  if (hz === undefined) {
    try {
      hz = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      hz = 100;
    }
  }
  return hz;
};

/** CPU ms the whole machine was busy since boot; null where /proc/stat is unreadable. */
function machineBusyMs(): number | null {
  try {
    const v = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
    return ((v.reduce((a, b) => a + b, 0) - v[3] - v[4]) * 1000) / ticksPerSecond();
  } catch {
    return null;
  }
}

/**
 * CPU ms per process of the workload's helpers: PostgreSQL backends of `database` (other sessions'
 * databases and clusters are other work) and Redis.
 */
function workload(database: string | null): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      const ours = comm === 'redis-server' || (comm === 'postgres' && database !== null && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${database} `));
      if (ours) out.set(pid, cpuMs(pid) ?? 0);
    } catch {
      /* gone */
    }
  }
  return out;
}

const selfMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export class OtherWork {
  private readonly t0 = performance.now();
  private readonly busy0 = machineBusyMs();
  private readonly self0 = selfMs();
  private readonly servers0: number[];
  private readonly workload0: Map<number, number>;

  /**
   * Start counting. `servers`: the processes under test; `database`: the bench database's name
   * (its PostgreSQL backends are part of the workload). Their CPU is not "other".
   */
  constructor(
    private readonly servers: Child[],
    private readonly database: string | null = null,
  ) {
    this.servers0 = servers.map((s) => s.cpuMs() ?? 0);
    this.workload0 = workload(database);
  }

  /** Share of all cores (0–1) used by other work since the start; null if unknown. */
  share(): number | null {
    const busy = machineBusyMs();
    if (busy === null || this.busy0 === null) return null;
    const wall = performance.now() - this.t0;
    let ours = selfMs() - this.self0;
    this.servers.forEach((s, i) => (ours += (s.cpuMs() ?? this.servers0[i]) - this.servers0[i]));
    // Processes that started meanwhile count whole; ones that ended are unknown (counted as other).
    for (const [pid, ms] of workload(this.database)) ours += ms - (this.workload0.get(pid) ?? 0);
    return Math.min(1, Math.max(0, busy - this.busy0 - ours) / (wall * os.availableParallelism()));
  }
}

export const otherWorkText = (share: number | null) => (share === null ? 'other work on the machine: unknown' : `other work used ${Math.round(share * 100)}% of the machine's ${os.availableParallelism()} cores meanwhile`);
