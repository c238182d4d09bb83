// Counts SQL statements per request (ORM and planner alike) so tests can prove "no N+1".
import { AsyncLocalStorage } from 'node:async_hooks';

export interface SqlStats {
  statements: number;
}

export const sqlStats = new AsyncLocalStorage<SqlStats>();

export function countStatement(): void {
  const stats = sqlStats.getStore();
  if (stats) stats.statements++;
}
