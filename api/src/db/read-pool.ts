// The planner's own pg pool: named prepared statements (PostgreSQL plans a statement once per
// connection) and plain rows, no ORM hydration. See DESIGN.md §8.
import pg from 'pg';
import { createHash } from 'node:crypto';
import { countStatement } from './sql-counter.js';

// timestamptz -> Date is pg's default; int8 (count(*)) -> number: our counts fit.
pg.types.setTypeParser(20, (v) => Number(v));

export class ReadPool {
  private readonly pool: pg.Pool;
  private readonly names = new Map<string, string>();

  constructor(connectionString: string, max: number) {
    this.pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000 });
    // An idle client that loses its connection must not crash the process.
    this.pool.on('error', () => undefined);
  }

  private nameFor(text: string): string {
    let name = this.names.get(text);
    if (!name) {
      name = 'p' + createHash('sha1').update(text).digest('hex').slice(0, 16);
      this.names.set(text, name);
    }
    return name;
  }

  async query<R extends Record<string, unknown>>(text: string, values: unknown[]): Promise<R[]> {
    countStatement();
    const result = await this.pool.query<R>({ name: this.nameFor(text), text, values });
    return result.rows;
  }

  /** Rows as arrays in select order: cheaper than one object per row keyed by column name. */
  async queryArrays(text: string, values: unknown[]): Promise<unknown[][]> {
    countStatement();
    const result = await this.pool.query({ name: this.nameFor(text), text, values, rowMode: 'array' });
    return result.rows as unknown[][];
  }

  async ping(): Promise<void> {
    await this.pool.query('select 1');
  }

  async end(): Promise<void> {
    await this.pool.end();
  }
}
