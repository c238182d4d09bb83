// A named prepared statement that skips the per-execution Describe once its columns are known.
//
// pg's Query asks PostgreSQL to describe the portal on every execution, then builds one parser per
// column from the RowDescription it gets back (Result.addFields) — for a statement whose columns
// never change. The planner's statements are fixed texts under stable names, so after the first
// answer we keep the columns and their parsers per name and send Bind + Execute + Sync only:
// one message less each way and no per-request parser table (≈ 3–4 % of a 50-row list read's CPU,
// `npm run bench -- profile`). Everything else — parse on a new connection, errors, the result
// — is pg's own Query. Relies on pg 8's Query/Result internals (pinned in package.json): the
// read-pool tests run every planner read through it, so an upgrade that changes them fails there.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// pg does not export its Query class from the package root's types; it is the same class `client.query` uses.
const Query = require('pg/lib/query.js') as new (config: object, values?: unknown[], callback?: unknown) => PgQuery;

interface PgResult {
  fields: unknown[];
  _parsers: unknown[] | undefined;
  _prebuiltEmptyResultObject: object | null;
  rows: unknown[][];
}

interface PgConnection {
  bind(config: object): void;
  close(config: object): void;
  sync(): void;
}

interface PgQuery {
  name: string;
  portal: string;
  values: unknown[];
  binary: boolean;
  rows: number | undefined;
  _result: PgResult;
  _accumulateRows: boolean;
  hasBeenParsed(connection: PgConnection): boolean;
  prepare(connection: PgConnection): void;
  handleRowDescription(msg: unknown): void;
  handleError(err: unknown, connection: PgConnection): void;
  _getRows(connection: PgConnection, rows: number | undefined): void;
}

interface KnownColumns {
  fields: unknown[];
  parsers: unknown[] | undefined;
  emptyRow: object | null;
}

/** Columns (and their parsers) per statement name: the same text always yields the same columns. */
const knownColumns = new Map<string, KnownColumns>();

// pg's prepareValue: what Query.prepare passes to bind (Date, Buffer, arrays … to wire text).
const { prepareValue } = require('pg/lib/utils.js') as { prepareValue: (v: unknown) => unknown };

class PlannedQueryImpl extends (Query as unknown as new (config: object, values?: unknown[], callback?: unknown) => PgQuery) {
  override prepare(connection: PgConnection): void {
    const known = knownColumns.get(this.name);
    // First execution in this process: pg's way, and the RowDescription is kept below.
    if (!known) return super.prepare(connection);
    if (!this.hasBeenParsed(connection)) {
      // A new connection: Parse first (no Describe needed for that either).
      return super.prepare(connection);
    }
    try {
      connection.bind({ portal: this.portal, statement: this.name, values: this.values, binary: this.binary, valueMapper: prepareValue });
    } catch (err) {
      connection.close({ type: 'S', name: this.name });
      connection.sync();
      this.handleError(err, connection);
      return;
    }
    this._result.fields = known.fields;
    this._result._parsers = known.parsers;
    this._result._prebuiltEmptyResultObject = known.emptyRow;
    this._accumulateRows = true;
    this._getRows(connection, this.rows);
  }

  override handleRowDescription(msg: unknown): void {
    super.handleRowDescription(msg);
    if (this.name && !knownColumns.has(this.name)) {
      const r = this._result;
      knownColumns.set(this.name, { fields: r.fields, parsers: r._parsers, emptyRow: r._prebuiltEmptyResultObject });
    }
  }
}

export interface PlannedQueryConfig {
  name: string;
  text: string;
  values: unknown[];
  rowMode?: 'array' | undefined;
  types?: object;
  callback: (err: Error | null, result: { rows: unknown[] }) => void;
}

const Result = require('pg/lib/result.js') as new (rowMode: string | undefined, types: object | undefined) => PgResult;

/**
 * A pg Submittable: pass it to `client.query(...)`; its callback gets pg's result.
 * Built from the text, not from a config object: pg copies a config object property by property
 * (normalizeQueryConfig → cloneQueryConfig, Object.defineProperties over every descriptor: ≈ 1.4 %
 * of a list read's CPU) while a text needs no copy. The name and row mode are set as pg's
 * constructor would from a config: the same fields, and the Result made for the row mode.
 */
export function plannedQuery(config: PlannedQueryConfig): object {
  const q = new PlannedQueryImpl(config.text as unknown as object, config.values, config.callback) as unknown as PgQuery & { _rowMode?: string; types?: object; _results: PgResult };
  q.name = config.name;
  if (config.rowMode !== undefined || config.types !== undefined) {
    q._rowMode = config.rowMode;
    q.types = config.types;
    q._results = q._result = new Result(config.rowMode, config.types);
  }
  return q;
}
