// The contract between `run.ts` and a bench section (see test/bench/README.md).
import type { BenchDatabase } from './database.js';
import type { Children } from './children.js';

/** A target a figure is checked against. */
export interface Goal {
  op: '<=' | '>=' | '=';
  target: number;
}

/** One line of the final table. */
export interface Row {
  figure: string;
  /** A number (formatted with `unit`), a short text, or null when it could not be measured. */
  value: number | string | null;
  unit?: string;
  /** Decimals shown for a number (default: 0 above 100, 1 above 10, else 2). */
  decimals?: number;
  goal?: Goal;
  /** Set for text values or to override the goal check; computed from `goal` otherwise. */
  ok?: boolean;
  /** Shown with ⚠ (e.g. the compared servers did not return the same data). */
  warning?: boolean;
  /** Shown after the value (e.g. how it was measured); kept in the JSON too. */
  note?: string;
}

export interface BenchContext {
  /** Repository root (the bench's own files). */
  root: string;
  /**
   * Root of the checkout whose API is measured: the repository root, or BENCH_API_ROOT (e.g. an
   * exported older commit with a `node_modules` symlink, to compare builds).
   */
  apiRoot: string;
  /** Progress messages (stderr), prefixed with the section name. */
  log(message: string): void;
  /** Child processes started by sections; all are stopped when the run ends, even on failure. */
  children: Children;
  /**
   * The shared bench database: created on first use (migrated + demo seed), dropped at the end.
   * Sections add the data they need to it.
   */
  database(): Promise<BenchDatabase>;
  /** A temp folder removed at the end of the run. */
  tempDir(prefix: string): string;
  /** Run `fn` with this process kept off the cores the servers under test are pinned to. */
  offServerCores<T>(fn: () => Promise<T>): Promise<T>;
  /** Core(s) the servers under test are pinned to (`taskset -c <cores>`), or null without taskset. */
  serverCores: string | null;
  /** The other cores (load generator, pinned database backends), or null without taskset / with one core. */
  otherCores: string | null;
}

export interface Section {
  name: string;
  /** One line for `npm run bench -- --help`. */
  description: string;
  /** Left out of the default run; runs only when named (`npm run bench -- <name>`). */
  optional?: boolean;
  run(ctx: BenchContext): Promise<Row[]>;
}
