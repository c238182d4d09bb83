// Run the real entry point as `npm start` runs it (the bundle of api/src/main.ts that
// scripts/build-api.mjs makes; the global setup builds it once per run) as a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../api/src/free-port.js';
import { API_BUNDLE, BUNDLE_NODE_FLAGS } from '../../api/src/runtime-flags.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Proc {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** The environment minus anything that points at external services, plus `env`. */
export function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const k of ['DATABASE_URL', 'REDIS_URL', 'CHROMA_URL', 'ANTHROPIC_API_KEY', 'PORT', 'DATA_DIR', 'JWT_SECRET', 'NODE_ENV', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete base[k];
  return { ...base, LOG_LEVEL: 'info', ...env };
}

export function runMain(env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [...BUNDLE_NODE_FLAGS, API_BUNDLE], { cwd: ROOT, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

export async function waitReady(port: number, proc: Proc, ms = 60_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (proc.child.exitCode !== null) throw new Error(`exited ${proc.child.exitCode}: ${proc.stderr()}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (r.status === 200) return Date.now() - started;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not ready after ${ms} ms; stderr: ${proc.stderr()}`);
}

export { freePort };
