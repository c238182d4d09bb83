// One Vite build per test run, shared by every test file that asks for it: the sources do not
// change during a run, and a build costs 10–20 s of a core. The first file to ask builds into the
// run's folder (global-setup's runDir) under a lock; the others wait for it and reuse the output.
// Outside a vitest run (no runDir) it simply builds into a fresh temporary folder.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function runDir(): string | undefined {
  try {
    return inject('runDir') || undefined;
  } catch {
    return undefined;
  }
}

/** `build(outDir)` fills an empty folder; returns the folder holding this run's one build of `name`. */
export function buildOnce(name: string, build: (outDir: string) => void): string {
  const dir = runDir();
  if (!dir || !existsSync(dir)) {
    const out = mkdtempSync(path.join(tmpdir(), `sb-${name}-`));
    build(out);
    return out;
  }
  const out = path.join(dir, `build-${name}`);
  const done = path.join(out, '.built');
  const lock = `${out}.lock`;
  const started = Date.now();
  for (;;) {
    if (existsSync(done)) return out;
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building. A lock older than 5 min belongs to a builder that died.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() - started > 600_000) throw new Error(`waited 10 min for the ${name} build (lock ${lock})`);
      sleepSync(200);
      continue;
    }
    try {
      if (!existsSync(done)) {
        rmSync(out, { recursive: true, force: true });
        mkdirSync(out, { recursive: true });
        build(out);
        writeFileSync(done, new Date().toISOString());
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
