// A real Chroma server as a child process (the `chromadb` npm package ships it; no Python),
// for installations without CHROMA_URL. Started and stopped by PID: through npx the signals do
// not reach it (STACK-NOTES). A pid file in its folder lets the next start stop an orphan left
// by a `kill -9` of Node, which would otherwise hold the folder's database.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { freePort } from '../../free-port.js';

export interface ChromaServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

// The package does not export its package.json or the CLI: find its folder from the main entry.
const cliPath = () => {
  const main = createRequire(import.meta.url).resolve('chromadb');
  return path.join(main.slice(0, main.lastIndexOf(`${path.sep}dist${path.sep}`)), 'dist', 'cli.mjs');
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return !alive(pid);
}

export interface StartChromaOptions {
  dir: string;
  port?: number;
  startTimeoutMs?: number;
  log?: (line: string) => void;
  /** Called once if the server exits after it started, however it ended (crash, kill -9, stop()). */
  onExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
  /** Called once the server process is running (before it answers). */
  onSpawned?: () => void;
}

export async function startChroma(options: StartChromaOptions): Promise<ChromaServer> {
  const dir = path.resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const pidFile = path.join(dir, 'chroma.pid');
  if (existsSync(pidFile)) {
    const orphan = Number(readFileSync(pidFile, 'utf8'));
    if (orphan > 0 && alive(orphan)) {
      process.kill(orphan, 'SIGTERM');
      if (!(await waitGone(orphan, 5000))) process.kill(orphan, 'SIGKILL');
    }
    rmSync(pidFile, { force: true });
  }

  const port = options.port ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, [cliPath(), 'run', '--path', dir, '--port', String(port), '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let output = '';
  const collect = (d: Buffer) => {
    output = (output + d.toString()).slice(-4000);
    options.log?.(d.toString().trim());
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  writeFileSync(pidFile, String(child.pid));
  options.onSpawned?.();
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Chroma exited during start (code ${child.exitCode}): ${output.trim().split('\n').pop() ?? ''}`);
    try {
      const r = await fetch(`${url}/api/v2/heartbeat`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Chroma did not answer on ${url} within the start timeout`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  if (options.onExit) {
    const onExit = options.onExit;
    // Never synchronously: the caller has not received its ChromaServer yet.
    if (child.exitCode !== null || child.signalCode !== null) setImmediate(() => onExit(child.exitCode, child.signalCode));
    else child.once('exit', (code, signal) => onExit(code, signal));
  }

  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        if (!(await waitGone(child.pid!, 5000))) child.kill('SIGKILL');
      }
      rmSync(pidFile, { force: true });
    },
  };
}
