// Preloaded (`node --import`) into the API processes of the `load` section when
// BENCH_LOAD_SQL_CENSUS is a file path: counts every statement sent through `pg` (the ORM's pool,
// the read pool, pg-boss alike) by its first words and writes the census there every 5 s, so the
// section can say how many statements of each kind one stored message costs.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const out = process.env.BENCH_LOAD_SQL_CENSUS;
if (out) {
  // The API's own copy of pg (CommonJS): the one its pools use.
  const pg = createRequire(path.join(process.cwd(), 'package.json'))('pg') as { Client: { prototype: { query: (...a: unknown[]) => unknown } } };
  const counts = new Map<string, number>();
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0] as string | { text?: string } | undefined;
    const text = typeof q === 'string' ? q : q?.text ?? '';
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 90);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return original.apply(this, args);
  };
  setInterval(() => writeFileSync(out, JSON.stringify([...counts].sort((a, b) => b[1] - a[1]))), 5000).unref();
}
