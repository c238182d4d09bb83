// Child processes of a bench run: optional CPU pinning, captured output, CPU time from /proc,
// and one registry so every child is stopped at the end, even when a section throws.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

let tasksetPath: string | null | undefined;
/** Path of `taskset`, or null where it does not exist. */
export function taskset(): string | null {
  if (tasksetPath === undefined) {
    try {
      tasksetPath = execFileSync('sh', ['-c', 'command -v taskset'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null;
    } catch {
      tasksetPath = null;
    }
  }
  return tasksetPath;
}

/** user + system CPU time of a process (all its threads), in ms; null once it is gone. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
    const ticks = Number(fields[11]) + Number(fields[12]); // utime (14), stime (15)
    return (ticks * 1000) / ticksPerSecond();
  } catch {
    return null;
  }
}

export interface SpawnOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** `taskset -c <cores>` when taskset exists. */
  pinTo?: string | null;
}

export class Child {
  readonly startedAt = performance.now();
  readonly exited: Promise<number | null>;
  private lines: string[] = [];
  private partial = '';
  private lineWaiters: { re: RegExp; resolve: (line: string) => void }[] = [];

  constructor(
    readonly name: string,
    readonly proc: ChildProcess,
  ) {
    const onData = (chunk: Buffer) => {
      const text = this.partial + chunk.toString();
      const parts = text.split('\n');
      this.partial = parts.pop() ?? '';
      for (const line of parts) this.addLine(line);
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    this.exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
    proc.once('error', (e) => this.addLine(`spawn error: ${e.message}`));
  }

  private addLine(line: string) {
    this.lines.push(line);
    if (this.lines.length > 300) this.lines.splice(0, this.lines.length - 200);
    for (const w of [...this.lineWaiters]) {
      if (w.re.test(line)) {
        this.lineWaiters.splice(this.lineWaiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  }

  get pid(): number {
    return this.proc.pid ?? -1;
  }

  get running(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** The last lines the child printed (stdout and stderr together). */
  output(last = 20): string {
    return [...this.lines, this.partial].filter(Boolean).slice(-last).join('\n');
  }

  /** Resolves with the first line matching `re` (rejects if the child exits first or on timeout). */
  waitForLine(re: RegExp, timeoutMs: number): Promise<string> {
    const seen = this.lines.find((l) => re.test(l));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: no line matching ${re} after ${timeoutMs} ms\n${this.output()}`)), timeoutMs);
      const waiter = {
        re,
        resolve: (line: string) => {
          clearTimeout(timer);
          resolve(line);
        },
      };
      this.lineWaiters.push(waiter);
      void this.exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (code ${code}) before printing ${re}\n${this.output()}`));
      });
    });
  }

  cpuMs(): number | null {
    return cpuMs(this.pid);
  }

  /** SIGTERM, wait up to `graceMs`, then SIGKILL. Resolves with the ms the exit took. */
  async stop(graceMs = 15_000): Promise<number> {
    const started = performance.now();
    if (!this.running) return 0;
    this.proc.kill('SIGTERM');
    const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), graceMs).unref());
    if ((await Promise.race([this.exited, timer])) === 'timeout') {
      this.proc.kill('SIGKILL');
      await this.exited;
    }
    return performance.now() - started;
  }
}

export class Children {
  private readonly all = new Set<Child>();

  spawn(name: string, command: string, args: string[], options: SpawnOptions): Child {
    const pin = options.pinTo && taskset();
    const [cmd, argv] = pin ? [pin, ['-c', options.pinTo!, command, ...args]] : [command, args];
    const proc = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const child = new Child(name, proc);
    this.all.add(child);
    void child.exited.then(() => this.all.delete(child));
    return child;
  }

  /** Stop every child still running (in parallel). */
  async stopAll(): Promise<void> {
    await Promise.all([...this.all].map((c) => c.stop().catch(() => undefined)));
  }

  /** Synchronous last resort for process 'exit': SIGTERM lets our API stop its embedded PostgreSQL. */
  signalAll(signal: NodeJS.Signals = 'SIGTERM'): void {
    for (const c of this.all) {
      try {
        if (c.running) c.proc.kill(signal);
      } catch {
        /* already gone */
      }
    }
  }
}
