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

/** Apply pending migrations; a session advisory lock makes replicas starting together take turns. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const knex = orm.em.getConnection();
  const lockTx = await knex.begin();
  try {
    await knex.execute(`select pg_advisory_xact_lock(hashtext('switchboard:migrate'))`, [], 'all', lockTx);
    const done = await orm.migrator.up();
    return done.map((m) => m.name);
  } finally {
    await knex.commit(lockTx);
  }
}
