// `npm run bench` — measures the figures of DESIGN.md §8 and prints one table.
//
//   npm run bench                    every section, in the order of `sections` below
//   npm run bench -- foundation      only the named section(s)
//   npm run bench -- --list          the sections
//
// The table also goes to .bench/results.json. Exit code 1 when a section failed to run, or, with
// BENCH_STRICT=1, when a figure missed its goal. Environment knobs: BENCH_DATABASE_URL (see
// lib/database.ts), BENCH_SECONDS / BENCH_WARMUP_SECONDS / BENCH_CONNECTIONS (lib/load.ts),
// BENCH_SERVER_CORES (default `1`: where servers under test are pinned with taskset),
// BENCH_API_NODE_ENV (our API's NODE_ENV under load, default development), BENCH_QUIET_WAIT_MS
// (how long a load waits for other work on the machine to settle, default 30000),
// BENCH_PEER_NODE_FLAGS (Node flags for PostGraphile, default none), BENCH_PIN_DB_BACKENDS (0: leave
// the bench database's PostgreSQL backends unpinned in `foundation`), BENCH_DB_POOL_SIZE (connections
// of each server's pool for the list read, default 10), BENCH_PROFILE_TOP,
// BENCH_API_ROOT (measure the API of another checkout, e.g. `git archive <commit> api package.json
// tsconfig.json | tar -x -C /tmp/x && ln -s $PWD/node_modules /tmp/x/node_modules`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Children, taskset } from './lib/children.js';
import { openBenchDatabase, type BenchDatabase } from './lib/database.js';
import { defaultLoad, machineBusy } from './lib/load.js';
import { renderTable, rowOk, writeJson, type SectionResult } from './lib/report.js';
import type { BenchContext, Section } from './lib/types.js';
import { foundation } from './sections/foundation.js';
import { profile } from './sections/profile.js';
import { identity } from './sections/identity.js';
import { realtime } from './sections/realtime.js';
import { aiClassifier } from './sections/ai-classifier.js';
import { aiRetrieval } from './sections/ai-retrieval.js';
import { aiAssistant } from './sections/ai-assistant.js';
import { web } from './sections/web.js';
import { outage } from './sections/outage.js';
import { timers } from './sections/timers.js';
import { tickets } from './sections/tickets.js';
import { slaClocks } from './sections/sla-clocks.js';
import { reportingWrite } from './sections/reporting-write.js';
import { kpis } from './sections/kpis.js';
import { meetings } from './sections/meetings.js';
import { partnerApi } from './sections/partner-api.js';
import { metricsOverhead } from './sections/metrics-overhead.js';
import { webhooks } from './sections/webhooks.js';
import { listeners } from './sections/listeners.js';
import { load } from './sections/load.js';
import { lists } from './sections/lists.js';

/** Every section, in run order. A new section: add a file under sections/ and list it here. */
export const sections: Section[] = [foundation, identity, realtime, aiClassifier, aiRetrieval, aiAssistant, web, profile, outage, timers, tickets, slaClocks, reportingWrite, kpis, meetings, partnerApi, metricsOverhead, webhooks, listeners, lists, load];

const ROOT = path.resolve(import.meta.dirname, '../..');
const API_ROOT = path.resolve(process.env.BENCH_API_ROOT || ROOT);
if (!existsSync(path.join(API_ROOT, 'api/src/main.ts'))) {
  process.stderr.write(`bench: no api/src/main.ts under BENCH_API_ROOT=${API_ROOT}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Section[] {
  if (argv.includes('--list') || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`npm run bench [-- <section>…]\n\n${sections.map((s) => `  ${s.name.padEnd(14)} ${s.optional ? '(only when named) ' : ''}${s.description}`).join('\n')}\n`);
    process.exit(0);
  }
  const names = argv.filter((a) => !a.startsWith('-'));
  if (!names.length) return sections.filter((s) => !s.optional);
  return names.map((n) => {
    const s = sections.find((x) => x.name === n);
    if (!s) {
      process.stderr.write(`bench: unknown section "${n}"; sections: ${sections.map((x) => x.name).join(', ')}\n`);
      process.exit(2);
    }
    return s;
  });
}

/** Cores for the servers under test, and the remaining ones for the load generator. */
function coreSplit(): { server: string | null; others: string | null } {
  const n = os.availableParallelism();
  if (!taskset() || n < 2) return { server: null, others: null };
  const server = process.env.BENCH_SERVER_CORES ?? '1';
  const used = new Set(server.split(',').flatMap((p) => {
    const [a, b] = p.split('-').map(Number);
    return Array.from({ length: (b ?? a) - a + 1 }, (_, i) => a + i);
  }));
  const others = Array.from({ length: n }, (_, i) => i).filter((i) => !used.has(i));
  return { server, others: others.length ? others.join(',') : null };
}

async function main() {
  const selected = parseArgs(process.argv.slice(2));
  const children = new Children();
  const tempDirs: string[] = [];
  let db: Promise<BenchDatabase> | undefined;
  const cores = coreSplit();
  let currentSection = 'bench';
  const log = (m: string) => process.stderr.write(`[bench:${currentSection}] ${m}\n`);

  const cleanupSync = () => {
    children.signalAll('SIGTERM');
    for (const d of tempDirs) rmSync(d, { recursive: true, force: true, maxRetries: 3 });
  };
  const cleanup = async () => {
    await children.stopAll();
    if (db) await (await db.catch(() => null))?.close().catch((e) => log(`could not drop the bench database: ${(e as Error).message}`));
    db = undefined;
    for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true, maxRetries: 3 });
  };
  process.on('exit', cleanupSync);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping children and cleaning up`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  const ctx: BenchContext = {
    root: ROOT,
    apiRoot: API_ROOT,
    log: (m) => log(m),
    children,
    database: () => (db ??= openBenchDatabase({ apiRoot: API_ROOT, children, tempDir: ctx.tempDir, log })),
    tempDir: (prefix) => {
      const d = mkdtempSync(path.join(os.tmpdir(), prefix));
      tempDirs.push(d);
      return d;
    },
    serverCores: cores.server,
    otherCores: cores.others,
    offServerCores: async (fn) => {
      if (!cores.others) return fn();
      const mask = execFileSync(taskset()!, ['-p', String(process.pid)]).toString().trim().split(/\s+/).pop()!;
      execFileSync(taskset()!, ['-a', '-p', '-c', cores.others, String(process.pid)], { stdio: 'ignore' });
      try {
        return await fn();
      } finally {
        execFileSync(taskset()!, ['-a', '-p', mask, String(process.pid)], { stdio: 'ignore' });
      }
    },
  };

  const startedAt = new Date();
  const loadBefore = os.loadavg()[0];
  if (API_ROOT !== ROOT) log(`measuring the API under BENCH_API_ROOT=${API_ROOT}`);
  log(`${os.availableParallelism()} cores, load average ${loadBefore.toFixed(2)}; node ${process.version}; servers pinned to ${cores.server ?? '(no pinning)'}, load generator on ${cores.others ?? '(any core)'}`);
  const busyBefore = await machineBusy(1000);
  if (busyBefore !== null && busyBefore > 0.2) log(`note: the machine is ${(busyBefore * 100).toFixed(0)}% busy with other work; each load waits for it to settle`);

  const results: SectionResult[] = [];
  try {
    for (const section of selected) {
      currentSection = section.name;
      const t0 = performance.now();
      try {
        const rows = await section.run(ctx);
        results.push({ section: section.name, ms: performance.now() - t0, rows });
      } catch (e) {
        const err = e as Error;
        log(`failed: ${err.stack ?? err.message}`);
        results.push({ section: section.name, ms: performance.now() - t0, error: err.message, rows: [] });
      } finally {
        await children.stopAll();
      }
      log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    currentSection = 'bench';
    const database = db ? await db.then((d) => d.description).catch(() => null) : null;
    await cleanup();
    const loadAfter = os.loadavg()[0];
    const table = renderTable(results);
    const file = writeJson(
      ROOT,
      {
        startedAt: startedAt.toISOString(),
        seconds: Math.round((Date.now() - startedAt.getTime()) / 100) / 10,
        machine: { cores: os.availableParallelism(), cpu: os.cpus()[0]?.model, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter, busyBefore, node: process.version },
        database,
        apiRoot: API_ROOT === ROOT ? '.' : API_ROOT,
        serverCores: cores.server,
        loadGeneratorCores: cores.others,
        load: defaultLoad,
      },
      results,
    );
    process.stdout.write(`\n${table}\n\n`);
    log(`${((Date.now() - startedAt.getTime()) / 1000).toFixed(1)} s; load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}; written to ${path.relative(ROOT, file)}`);
  }

  const failed = results.some((r) => r.error);
  const missed = results.some((r) => r.rows.some((row) => rowOk(row) === false || row.warning));
  process.exitCode = failed || (missed && process.env.BENCH_STRICT === '1') ? 1 : 0;
}

await main();
// autocannon or a pg pool may keep a handle open; the table is written, so end here.
process.exit();
