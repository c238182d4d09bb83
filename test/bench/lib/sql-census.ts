// Preloaded (`node --import`) into the API processes of the `load` section when
// BENCH_LOAD_SQL_CENSUS is a file path: counts every statement sent through `pg` (the read pool,
// pg-boss and — through its own nested copy of pg — MikroORM's pool alike, `begin`/`commit`
// included) by its first words and writes the census there every 5 s, so the section can say how
// many statements of each kind one stored message costs. ORM statements are keyed `orm: …`.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type PgModule = { Client: { prototype: { query: (...a: unknown[]) => unknown } } };

const out = process.env.BENCH_LOAD_SQL_CENSUS;
if (out) {
  const counts = new Map<string, number>();
  const count = (pg: PgModule, prefix: string) => {
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      const q = args[0] as string | { text?: string } | undefined;
      const text = typeof q === 'string' ? q : q?.text ?? '';
      const key = prefix + text.replace(/\s+/g, ' ').trim().slice(0, 90);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return original.apply(this, args);
    };
  };
  // The API's own copy of pg (CommonJS): the one the read pool and pg-boss use.
  const root = createRequire(path.join(process.cwd(), 'package.json'));
  const mainPg = root('pg') as PgModule;
  count(mainPg, '');
  // MikroORM's pool (through Kysely) loads the copy nested under @mikro-orm/postgresql, when there is one.
  const ormPackage = path.join(process.cwd(), 'node_modules/@mikro-orm/postgresql/package.json');
  if (existsSync(ormPackage)) {
    const ormPg = createRequire(ormPackage)('pg') as PgModule;
    if (ormPg !== mainPg) count(ormPg, 'orm: ');
  }
  // Also a line per 5 s with the time (`<path>.series.jsonl`), to take the difference over the measured window.
  setInterval(() => {
    writeFileSync(out, JSON.stringify([...counts].sort((a, b) => b[1] - a[1])));
    appendFileSync(`${out}.series.jsonl`, `${JSON.stringify({ at: Date.now(), counts: Object.fromEntries(counts) })}\n`);
  }, 5000).unref();
}
