// Query limits (issue 11): every operation, over HTTP and WebSocket, is measured once per parsed
// document (analyze.ts) and compared with its caller kind's budget (budgets.ts) before any
// resolver runs. `operationCost` is the reusable cost calculation (weights.ts).
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ViewerKind } from '../../auth/viewer.js';
import { ErrorCode, requestError } from '../../errors.js';
import { actualCost, analyzeDocument, sumCost, type DocumentShape, type OperationShape } from './analyze.js';
import { BUDGETS, MAX_TOKENS, type Budget, type LimitName } from './budgets.js';

export { BUDGETS, MAX_TOKENS, type Budget, type LimitName } from './budgets.js';
export { FIELD_WEIGHTS, LIST_SIZE } from './weights.js';

export interface QueryLimits {
  /** The cost of one operation of the document (the only one, or `operationName`) with these variables. */
  operationCost(document: DocumentNode, variables?: Record<string, unknown> | null, operationName?: string | null): number;
  /** The cost recomputed from the result's list lengths (analyze.ts `actualCost`); at most the requested cost. */
  actualCost(document: DocumentNode, variables: Record<string, unknown> | null | undefined, operationName: string | null | undefined, data: Record<string, unknown> | null | undefined): number;
  /** What the operation measures against each limit. */
  measure(document: DocumentNode, variables?: Record<string, unknown> | null, operationName?: string | null): Record<LimitName, number>;
  /** QUERY_TOO_COMPLEX naming the first limit the operation exceeds for this caller kind, or undefined. */
  check(document: DocumentNode, variables: Record<string, unknown> | null | undefined, operationName: string | null | undefined, kind: ViewerKind): GraphQLError | undefined;
}

export function tooComplex(limit: LimitName, max: number, found: number, kind: ViewerKind | undefined): GraphQLError {
  const who = kind ? ` for ${kind} callers` : '';
  return requestError(ErrorCode.QUERY_TOO_COMPLEX, `Operation too complex: ${limit} ${Number.isFinite(found) ? found : 'too many'} exceeds the limit of ${max}${who}`, { limit, max, found: Number.isFinite(found) ? found : null });
}

/** graphql-js's parser gave up at MAX_TOKENS (`parse(…, { maxTokens })`). */
export const isTokenLimitError = (e: { message: string }) => /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/.test(e.message);

/** `maxPageSize`: the server's MAX_PAGE_SIZE (a larger `first` is counted as it, and refused by the resolver). */
export function createQueryLimits(schema: GraphQLSchema, maxPageSize = Infinity): QueryLimits {
  const shapes = new WeakMap<DocumentNode, DocumentShape>();
  const shapeOf = (document: DocumentNode): DocumentShape => {
    let shape = shapes.get(document);
    if (!shape) shapes.set(document, (shape = analyzeDocument(schema, document, maxPageSize)));
    return shape;
  };
  const operationOf = (shape: DocumentShape, operationName: string | null | undefined): OperationShape | undefined =>
    operationName ? shape.operations.get(operationName) : shape.operations.size === 1 ? shape.operations.values().next().value : undefined;
  const costOf = (op: OperationShape, variables: Record<string, unknown> | null | undefined) =>
    op.constantCost ?? sumCost(op.roots, variables ?? undefined, new Map());

  return {
    operationCost(document, variables, operationName) {
      const op = operationOf(shapeOf(document), operationName);
      return op ? costOf(op, variables) : 0;
    },
    actualCost(document, variables, operationName, data) {
      const op = operationOf(shapeOf(document), operationName);
      return op ? Math.min(costOf(op, variables), actualCost(op.roots, variables ?? undefined, data)) : 0;
    },
    measure(document, variables, operationName) {
      const shape = shapeOf(document);
      const op = operationOf(shape, operationName);
      return { aliases: op?.aliases ?? 0, duplicates: op?.duplicates ?? 0, depth: op?.depth ?? 0, directives: op?.directives ?? 0, tokens: shape.tokens, cost: op ? costOf(op, variables) : 0 };
    },
    check(document, variables, operationName, kind) {
      const budget = BUDGETS[kind];
      const shape = shapeOf(document);
      if (shape.tokens > budget.tokens) return tooComplex('tokens', budget.tokens, shape.tokens, kind);
      const op = operationOf(shape, operationName);
      if (!op) return undefined; // graphql-js refuses a missing operation itself
      if (op.aliases > budget.aliases) return tooComplex('aliases', budget.aliases, op.aliases, kind);
      if (op.duplicates > budget.duplicates) return tooComplex('duplicates', budget.duplicates, op.duplicates, kind);
      if (op.depth > budget.depth) return tooComplex('depth', budget.depth, op.depth, kind);
      if (op.directives > budget.directives) return tooComplex('directives', budget.directives, op.directives, kind);
      const cost = costOf(op, variables);
      if (cost > budget.cost) return tooComplex('cost', budget.cost, cost, kind);
      return undefined;
    },
  };
}
