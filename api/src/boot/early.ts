// What main.ts starts before it loads the application's modules: the embedded PostgreSQL (initdb
// on an empty DATA_DIR) and the embedded Chroma are processes of their own, so they come up while
// this one spends seconds loading its code (docs/performance.md, start-up). Loading modules keeps
// this process's event loop busy, so main.ts waits for `spawned` first: the processes are running
// by then, whatever else their start still has to do.
import path from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { ChromaSupervisor } from '../modules/knowledge/chroma-supervisor.js';
import { provisionDatabase, type ProvisionedDatabase } from './database.js';
import type { BootPhases } from './phases.js';

export interface EarlyStart {
  database: Promise<ProvisionedDatabase>;
  /** null when CHROMA_URL names a server of its own. */
  chroma: Promise<ChromaSupervisor> | null;
  /** Resolves once each embedded process is running (or its start has failed). */
  spawned: Promise<void>;
}

export function startDatabase(config: Config, log: Logger, phases: BootPhases, onSpawned?: () => void): Promise<ProvisionedDatabase> {
  return quiet(phases.time('database', () => provisionDatabase(config, (line) => log.trace({ postgres: line }, 'embedded postgres'), onSpawned)));
}

export function startEmbeddedChroma(config: Config, log: Logger, phases: BootPhases, onSpawned?: () => void): Promise<ChromaSupervisor> | null {
  if (config.CHROMA_URL) return null;
  return quiet(phases.time('chroma', () => ChromaSupervisor.start({ dir: path.join(config.dataDir, 'chroma'), log, onSpawned })));
}

export function startEarly(config: Config, log: Logger, phases: BootPhases): EarlyStart {
  const running = (start: (onSpawned: () => void) => Promise<unknown> | null) =>
    new Promise<void>((resolve) => {
      const p = start(resolve);
      if (p) p.then(() => resolve(), () => resolve());
      else resolve();
    });
  let database!: Promise<ProvisionedDatabase>;
  let chroma: Promise<ChromaSupervisor> | null = null;
  const spawned = Promise.all([
    running((onSpawned) => (database = startDatabase(config, log, phases, config.DATABASE_URL ? undefined : onSpawned))),
    running((onSpawned) => (chroma = startEmbeddedChroma(config, log, phases, onSpawned))),
  ]).then(() => undefined);
  return { database, chroma, spawned };
}

/** Stop whatever of it came up (the boot failed before startApp took it over). */
export async function stopEarly(early: EarlyStart): Promise<void> {
  await Promise.all([
    early.chroma?.then((c) => c.stop()).catch(() => undefined),
    early.database.then((d) => d.embedded?.stop()).catch(() => undefined),
  ]);
}

/** Its failure is reported where it is awaited, not as an unhandled rejection in between. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}
