// The planner's own pg pool: named prepared statements (PostgreSQL plans a statement once per
// connection) and plain rows, no ORM hydration. See DESIGN.md §8.
import pg from 'pg';
import { createHash } from 'node:crypto';
import { countStatement } from './sql-counter.js';
import { plannedQuery } from './planned-query.js';

// timestamptz -> Date is pg's default; int8 (count(*)) -> number: our counts fit.
pg.types.setTypeParser(20, (v) => Number(v));

const NUMERIC_OID = 1700;
/**
 * numeric -> number on this pool only: GraphQL Floats (e.g. ai_calls.cost_usd, numeric(12,6))
 * go out as JSON numbers without a per-field conversion; our numerics fit a double.
 */
const readTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === NUMERIC_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** Whose rows a read may see: one tenant's, or (platform admins) every tenant's. */
export type ReadScope = { readonly kind: 'tenant'; readonly tenantId: string } | { readonly kind: 'platform' };

export class ReadPool {
  private readonly pool: pg.Pool;
  private readonly names = new Map<string, string>();

  constructor(connectionString: string, max: number) {
    this.pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000, types: readTypes });
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
    return this.run(text, values, undefined) as Promise<R[]>;
  }

  /**
   * A hand-written read bound to the caller's tenant (the planner binds it for list reads): `$1` is
   * the scope's tenant id and the caller's params follow from `$2`. Write `tenant_id = $1` in the
   * SQL; for the platform scope `$1` is null, so such a statement reads nothing unless it says
   * `($1::uuid is null or tenant_id = $1)` on purpose. No scope (anonymous) reads nothing at all.
   */
  async scopedQuery<R extends Record<string, unknown>>(scope: ReadScope | undefined, text: string, params: unknown[]): Promise<R[]> {
    if (!scope) return [];
    return this.query<R>(text, [scope.kind === 'tenant' ? scope.tenantId : null, ...params]);
  }

  /** Rows as arrays in select order: cheaper than one object per row keyed by column name. */
  async queryArrays(text: string, values: unknown[]): Promise<unknown[][]> {
    countStatement();
    return this.run(text, values, 'array') as Promise<unknown[][]>;
  }

  /** pg-pool's `query`, with the statement as a PlannedQuery (no Describe once its columns are known). */
  private run(text: string, values: unknown[], rowMode: 'array' | undefined): Promise<unknown[]> {
    return new Promise((resolve, reject) => {
      this.pool.connect((connectError, client, release) => {
        if (connectError || !client) return reject(connectError);
        client.query(
          plannedQuery({
            name: this.nameFor(text),
            text,
            values,
            rowMode,
            callback: (err, result) => {
              // As pg-pool does: a client whose statement failed is not reused.
              release(err ?? undefined);
              if (err) reject(err);
              else resolve(result.rows);
            },
          }) as pg.QueryConfig,
        );
      });
    });
  }

  /** Connections open, idle, and requests waiting for one (/metrics). */
  stats(): { total: number; idle: number; waiting: number } {
    return { total: this.pool.totalCount, idle: this.pool.idleCount, waiting: this.pool.waitingCount };
  }

  async ping(): Promise<void> {
    await this.pool.query('select 1');
  }

  async end(): Promise<void> {
    await this.pool.end();
  }
}
