// CPU of the PostgreSQL backends serving one database, read from /proc (Linux). PostgreSQL names
// each backend process "postgres: <user> <database> <client> <state>", so the bench can tell its
// own database's sessions from other work on a shared server. Shared background processes
// (WAL writer, checkpointer, autovacuum) are not counted: the figure is a floor.
import { readdirSync, readFileSync } from 'node:fs';
import { cpuMs } from './children.js';

/** CPU ms so far of every backend of `database`, by pid. */
export function pgBackendCpu(database: string): Map<number, number> {
  const out = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return out;
  }
  for (const p of pids) {
    let title: string;
    try {
      title = readFileSync(`/proc/${p}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!title.startsWith('postgres: ')) continue;
    // "postgres: [<cluster>: ]<user> <database> <client> <state>" (Debian's clusters add "15/main: ").
    const words = title.slice('postgres: '.length).split(/[\s\0]+/);
    if (words[0].endsWith(':')) words.shift();
    if (words[1] !== database) continue;
    const ms = cpuMs(Number(p));
    if (ms !== null) out.set(Number(p), ms);
  }
  return out;
}

/**
 * CPU the backends used between two readings: a backend seen only at the end counts from zero
 * (it started in between); one that exited in between is lost (pools keep theirs open under load).
 */
export function pgBackendCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
