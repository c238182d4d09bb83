// MikroORM for writes and business rules (entities, unit of work, tenant filter): every module's
// entities (modules/index.ts), the migrations, and the advisory lock replicas take turns on.
import { MikroORM, defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from '../modules/index.js';
import { migrationsList } from './migrations/index.js';
import { countStatement } from '../db/sql-counter.js';

export function ormConfig(clientUrl: string, poolSize: number, logger: (message: string) => void = () => undefined) {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
    pool: { min: 0, max: Math.max(poolSize, 2) }, // migrate() holds one connection for its lock
    debug: false,
    logger,
    colors: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    onQuery: (sql) => {
      countStatement();
      return sql;
    },
  });
}

export async function initOrm(clientUrl: string, poolSize: number, logger?: (message: string) => void): Promise<MikroORM> {
  return MikroORM.init(ormConfig(clientUrl, poolSize, logger));
}

/**
 * Apply pending migrations; a session advisory lock makes replicas starting together take turns.
 * The pending migrations' SQL goes to PostgreSQL as one multi-statement query inside the lock's
 * transaction, with the rows MikroORM's migrator keeps (`mikro_orm_migrations`): on an empty
 * database that is one round trip instead of several hundred statements sent one by one (the
 * start-up's largest step, docs/performance.md), and all of it or none is applied.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const conn = orm.em.getConnection();
  const lockTx = await conn.begin();
  let applied: string[];
  try {
    await conn.execute(`select pg_advisory_xact_lock(hashtext('switchboard:migrate'))`, [], 'all', lockTx);
    const pending = new Set((await orm.migrator.getPending()).map((m) => m.name));
    const statements: string[] = [];
    applied = [];
    for (const { name, class: MigrationClass } of migrationsList) {
      if (!pending.has(name)) continue;
      const migration = new MigrationClass(orm.em.getDriver(), orm.config);
      await migration.up();
      statements.push(`-- ${name}`, ...migration.getQueries().map((q) => terminated(String(q))));
      applied.push(name);
    }
    if (applied.length) {
      statements.push(`insert into mikro_orm_migrations (name) values ${applied.map((n) => `('${n.replace(/'/g, "''")}')`).join(', ')};`);
      await conn.execute(statements.join('\n'), [], 'run', lockTx);
    }
  } catch (e) {
    await conn.rollback(lockTx).catch(() => undefined);
    throw e;
  }
  await conn.commit(lockTx);
  return applied;
}

/** Ends a statement so the next one can follow it (on a line of its own: a statement may end in a `--` comment). */
function terminated(sql: string): string {
  return `${sql.trim()}\n;`;
}
