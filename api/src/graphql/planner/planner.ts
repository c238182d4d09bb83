// The look-ahead list planner (DESIGN.md §8): one SQL statement per connection or object read,
// only the requested columns, to-one relations joined as flat columns and rebuilt as objects in
// JS, the page size written into the SQL text, a named prepared statement, plain rows out.
// The tenant predicate is added here, from a ReadScope the caller must pass: it cannot be forgotten.
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { badInput } from '../../errors.js';
import type { ReadPool, ReadScope } from '../../db/read-pool.js';
import type { ReadModel, ReadModels } from './read-model.js';
import { hasVariableDirectives, selectionOf, type SelectionTree } from './selection.js';
import { ident, Params, type Condition } from './sql.js';

/** Whose rows a read may see. Built from the viewer only (auth/scope.ts). */
export type { ReadScope };

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount?: number;
}

export interface SortOrder {
  /** Public name of the order, part of the cursor so a cursor cannot be replayed under another order. */
  key: string;
  column: string;
  direction: 'ASC' | 'DESC';
}

export interface ListRequest {
  nodeType: string;
  scope: ReadScope | undefined;
  first: number;
  after?: string | null;
  where?: Condition[];
  order: SortOrder;
}

type Row = Record<string, unknown>;
/** Rows arrive as arrays (pg rowMode 'array'): no per-row object keyed by column name. */
type RawRow = unknown[];
/**
 * Builds one object from a row. `memo` is fresh per statement: a to-one relation that repeats on
 * consecutive rows (every user's tenant, say) is built once and shared — same statement, same
 * snapshot, so the same id means the same values — which saves an object per row.
 */
type Builder = (row: RawRow, memo: unknown[]) => Row | null;

interface ObjectPlan {
  /** Select expressions; a row's values arrive in this order. */
  select: string[];
  joins: string[];
  build: Builder;
  /** Position of the object's id in the row. */
  idKey: number;
}

interface ListPlan extends ObjectPlan {
  wantsNodes: boolean;
  wantsTotal: boolean;
  wantsCursors: boolean;
  /** SQL of the unfiltered first page, by order and page size: the common request, built once. */
  firstPageSql?: Map<string, { text: string; sortAt: number; totalAt: number }>;
}

export class PlannerError extends Error {}

function requireScope(model: ReadModel, scope: ReadScope | undefined): ReadScope {
  if (!scope) throw new PlannerError(`planner: a read of ${model.graphqlType} needs a tenant scope`);
  if (scope.kind === 'tenant' && !scope.tenantId) throw new PlannerError('planner: empty tenant scope');
  return scope;
}

const countSql = (model: ReadModel, w: string[]) => `(select count(*) from ${ident(model.table)} c${w.length ? ' where ' + w.join(' and ') : ''})`;

const tenantPredicate = (model: ReadModel, alias: string, scope: ReadScope): string | null =>
  model.tenantColumn && scope.kind === 'tenant' ? `${alias}.${ident(model.tenantColumn)} = $1` : null;

export class Planner {
  private readonly cache = new WeakMap<FieldNode, Map<string, ObjectPlan | ListPlan>>();
  private readonly dynamic = new WeakMap<FieldNode, boolean>();

  constructor(
    private readonly models: ReadModels,
    private readonly pool: ReadPool,
  ) {}

  /** Plan the object part of a selection: columns, joins and a row -> object builder. */
  private planObject(model: ReadModel, tree: SelectionTree, alias: string, scope: ReadScope, counter: { n: number; joins: number }): ObjectPlan {
    const select: string[] = [];
    const joins: string[] = [];
    const column = (sql: string) => {
      select.push(sql);
      return counter.n++; // position in the row array
    };
    const idKey = column(`${alias}.${ident('id')}`);
    const scalars: [string, number][] = [['id', idKey]];
    // [field, child plan, memo slot]: the slot pair (last id, last object) is per join.
    const nested: [string, ObjectPlan, number][] = [];
    for (const [name, sub] of tree.fields) {
      const source = model.fields.get(name);
      if (!source || name === 'id') continue; // resolved by a field resolver from the row
      if (source.kind === 'column') scalars.push([name, column(`${alias}.${ident(source.column)}`)]);
      else if (source.kind === 'computed') for (const c of source.columns) scalars.push([c, column(`${alias}.${ident(c)}`)]);
      else {
        const target = this.models.get(source.target);
        const joinNo = counter.joins++;
        const joinAlias = `t${joinNo}`;
        const on = [`${joinAlias}.${ident('id')} = ${alias}.${ident(source.column)}`];
        const tp = tenantPredicate(target, joinAlias, scope);
        if (tp) on.push(tp);
        joins.push(`left join ${ident(target.table)} ${joinAlias} on ${on.join(' and ')}`);
        const child = this.planObject(target, sub, joinAlias, scope, counter);
        select.push(...child.select);
        joins.push(...child.joins);
        nested.push([name, child, 2 * joinNo]);
      }
    }
    const build: Builder = (row, memo) => {
      if (row[idKey] == null) return null;
      const out: Row = {};
      for (let i = 0; i < scalars.length; i++) out[scalars[i][0]] = row[scalars[i][1]];
      for (let i = 0; i < nested.length; i++) {
        const [name, child, slot] = nested[i];
        const id = row[child.idKey];
        if (id != null && memo[slot] === id) out[name] = memo[slot + 1];
        else {
          memo[slot] = id;
          out[name] = memo[slot + 1] = child.build(row, memo);
        }
      }
      return out;
    };
    return { select, joins, build, idKey };
  }

  private cached<P extends ObjectPlan>(info: GraphQLResolveInfo, key: string, make: () => P): P {
    const node = info.fieldNodes[0];
    let dynamic = this.dynamic.get(node);
    if (dynamic === undefined) this.dynamic.set(node, (dynamic = hasVariableDirectives(info)));
    if (dynamic || info.fieldNodes.length > 1) return make();
    let perNode = this.cache.get(node);
    if (!perNode) this.cache.set(node, (perNode = new Map()));
    let plan = perNode.get(key) as P | undefined;
    if (!plan) perNode.set(key, (plan = make()));
    return plan;
  }

  /** One object by id, or null when it does not exist *in this scope*. */
  async one(info: GraphQLResolveInfo, nodeType: string, scope: ReadScope | undefined, id: string): Promise<Row | null> {
    const model = this.models.get(nodeType);
    const s = requireScope(model, scope);
    const plan = this.cached(info, `one|${nodeType}|${s.kind}`, () => this.planObject(model, selectionOf(info), 't0', s, { n: 0, joins: 1 }));
    const params = new Params();
    if (s.kind === 'tenant') params.add(s.tenantId);
    const where = [tenantPredicate(model, 't0', s), `t0.${ident('id')} = ${params.add(id)}::uuid`].filter(Boolean);
    const text = `select ${plan.select.join(', ')} from ${ident(model.table)} t0 ${plan.joins.join(' ')} where ${where.join(' and ')} limit 1`;
    const rows = await this.pool.queryArrays(text, params.values);
    return rows.length ? plan.build(rows[0], []) : null;
  }

  /** The page statement's text; filter and cursor values go to `params`. */
  private listSql(model: ReadModel, scope: ReadScope, plan: ListPlan, req: ListRequest, first: number, params: Params): { text: string; sortAt: number; totalAt: number } {
    const filters = (alias: string) => {
      const parts = [tenantPredicate(model, alias, scope)];
      for (const cond of req.where ?? []) parts.push(cond(alias, params.add));
      return parts.filter((p): p is string => !!p);
    };
    const base = filters('t0');
    const countWhere = plan.wantsTotal ? filters('c') : [];
    const where = [...base];
    const sortColumn = `t0.${ident(req.order.column)}`;
    if (req.after) {
      const [value, id] = decodeCursor(req.after, req.order.key);
      const cast = model.columnTypes.get(req.order.column) ?? 'text';
      const op = req.order.direction === 'ASC' ? '>' : '<';
      where.push(`(${sortColumn}, t0.${ident('id')}) ${op} (${params.add(value)}::${cast}, ${params.add(id)}::uuid)`);
    }
    // Timestamps travel in cursors as text: JS dates would drop PostgreSQL's microseconds.
    const sortCast = model.columnTypes.get(req.order.column) === 'timestamptz' ? '::text' : '';
    // The sort key is usually selected already (e.g. displayName): then read it from there. Without
    // cursors in the selection it is not selected at all (a column less to send and parse per row).
    const already = sortCast ? -1 : plan.select.indexOf(sortColumn);
    const select = already >= 0 || !plan.wantsCursors ? [...plan.select] : [...plan.select, `${sortColumn}${sortCast}`];
    const sortAt = already >= 0 ? already : plan.wantsCursors ? plan.select.length : -1;
    const totalAt = select.length;
    if (plan.wantsTotal) select.push(countSql(model, countWhere));
    const whereSql = where.length ? ` where ${where.join(' and ')}` : '';
    // The page size is written into the text: PostgreSQL then keeps a custom plan for it.
    const text =
      `select ${select.join(', ')} from ${ident(model.table)} t0 ${plan.joins.join(' ')}${whereSql}` +
      ` order by ${sortColumn} ${req.order.direction}, t0.${ident('id')} ${req.order.direction} limit ${first + 1}`;
    return { text, sortAt, totalAt };
  }

  /** A Relay connection page in one statement (a second one only to count an empty page). */
  async list<T = Row>(info: GraphQLResolveInfo, req: ListRequest): Promise<Connection<T>> {
    const model = this.models.get(req.nodeType);
    const scope = requireScope(model, req.scope);
    const plan = this.cached<ListPlan>(info, `list|${req.nodeType}|${scope.kind}`, () => {
      const tree = selectionOf(info);
      const edges = tree.fields.get('edges');
      const node = edges?.fields.get('node');
      const object = this.planObject(model, node ?? { fields: new Map() }, 't0', scope, { n: 0, joins: 1 });
      return {
        ...object,
        wantsNodes: !!edges,
        wantsTotal: tree.fields.has('totalCount'),
        wantsCursors: !!edges?.fields.has('cursor') || !!tree.fields.get('pageInfo')?.fields.size,
      };
    });

    const params = new Params();
    if (scope.kind === 'tenant') params.add(scope.tenantId);
    const first = Math.trunc(req.first);
    // Without filters or a cursor the text depends only on the plan, the order and the page size
    // (the tenant is parameter $1): build it once instead of on every request.
    const simple = !req.where?.length && !req.after;
    const key = simple ? `${req.order.key}|${req.order.column}|${req.order.direction}|${first}` : '';
    let sql = simple ? plan.firstPageSql?.get(key) : undefined;
    if (!sql) {
      sql = this.listSql(model, scope, plan, req, first, params);
      if (simple) (plan.firstPageSql ??= new Map()).set(key, sql);
    }
    const { text, sortAt, totalAt } = sql;
    const rows = await this.pool.queryArrays(text, params.values);

    const hasNextPage = rows.length > first;
    const page = hasNextPage ? rows.slice(0, first) : rows;
    const memo: unknown[] = [];
    const edges = page.map((row) => ({
      cursor: plan.wantsCursors ? encodeCursor(req.order.key, row[sortAt], row[0] as string) : '',
      node: plan.build(row, memo) as T,
    }));
    let totalCount: number | undefined;
    if (plan.wantsTotal) {
      if (rows.length) totalCount = rows[0][totalAt] as number;
      else {
        // An empty page carries no count column: ask once more, with the same filters.
        const countParams = new Params();
        if (scope.kind === 'tenant') countParams.add(scope.tenantId);
        const w = [tenantPredicate(model, 'c', scope), ...(req.where ?? []).map((cond) => cond('c', countParams.add))].filter((x): x is string => !!x);
        const [r] = await this.pool.query<{ n: number }>(`select ${countSql(model, w)} as n`, countParams.values);
        totalCount = r.n;
      }
    }
    return {
      edges,
      pageInfo: {
        hasNextPage,
        hasPreviousPage: !!req.after,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount,
    };
  }
}

export function encodeCursor(orderKey: string, value: unknown, id: string): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([orderKey, v, id])).toString('base64url');
}

export function decodeCursor(cursor: string, orderKey: string): [unknown, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed[0] === orderKey && typeof parsed[2] === 'string' && /^[0-9a-f-]{36}$/i.test(parsed[2])) {
      return [parsed[1], parsed[2]];
    }
  } catch {
    /* fall through */
  }
  throw badInput('`after` is not a cursor of this list in this order', 'after');
}
