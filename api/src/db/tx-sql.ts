// Plain `$1…` SQL on the connection of the MikroORM transaction an EntityManager is in. MikroORM's
// own `execute` inlines `?` parameters; pg-boss (its `db` option) and the timers send `$n` SQL
// with values, and must write inside the caller's transaction so a rollback undoes them too.
import { CompiledQuery, type Transaction } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface TxSql {
  query<R extends Record<string, unknown>>(text: string, values: unknown[]): Promise<R[]>;
  /** pg-boss's IDatabase: pass `{ db: tx }` to its send/insert/cancel. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

export function txSql(em: EntityManager): TxSql {
  const trx = em.getTransactionContext<Transaction<unknown>>();
  if (!trx) throw new Error('txSql: the EntityManager is not inside a transaction');
  const run = async (text: string, values: readonly unknown[] = []) => (await trx.executeQuery(CompiledQuery.raw(text, [...values]))).rows as any[];
  return {
    query: (text, values) => run(text, values),
    executeSql: async (text, values) => ({ rows: await run(text, values) }),
  };
}
