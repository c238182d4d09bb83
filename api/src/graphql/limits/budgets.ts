// What one operation may ask for, per kind of caller. Constants on purpose (no env vars): they
// bound what a single request can cost the server, and the web app's and widget's own operations
// are tested to fit (test/api/edge/query-limits.test.ts). Anonymous and widget callers are the
// tightest: anyone on the internet can be one. API keys get the staff budget for now (partner
// budgets per key: issue 17, which reuses `operationCost`).
import type { ViewerKind } from '../../auth/viewer.js';

export interface Budget {
  /** Aliased fields in the operation (fragments counted where they are spread). */
  aliases: number;
  /**
   * Fields repeating a response name within one selection set (`{ name name }`, or the same
   * field in two fragments). graphql-js's validation compares every such pair: 500 copies cost
   * ≈ 100 ms before anything runs. The apps need a handful.
   */
  duplicates: number;
  /** Nesting of selections, fragments included. */
  depth: number;
  /** Directives (`@include`, `@skip`, …) in the operation. */
  directives: number;
  /** Lexical tokens of the whole document. */
  tokens: number;
  /** `operationCost`: fields × list sizes, expensive fields weighted (weights.ts). */
  cost: number;
}

export type LimitName = keyof Budget;

export const BUDGETS: Record<ViewerKind, Budget> = {
  // Cost: room for one expensive field, so a field these callers may not use at all is refused
  // by its permission (UNAUTHENTICATED / FORBIDDEN, more telling) rather than by its weight; and
  // for a widget's own history (`messages(first: 500)` ≈ 3,000).
  anonymous: { aliases: 5, duplicates: 10, depth: 8, directives: 5, tokens: 1_000, cost: 2_500 },
  widget: { aliases: 10, duplicates: 10, depth: 8, directives: 10, tokens: 1_000, cost: 5_000 },
  user: { aliases: 30, duplicates: 50, depth: 15, directives: 30, tokens: 3_000, cost: 12_000 },
  apiKey: { aliases: 30, duplicates: 50, depth: 15, directives: 30, tokens: 3_000, cost: 12_000 },
};

/** The parser stops here whoever calls (before we know the budget the document will meet). */
export const MAX_TOKENS = Math.max(...Object.values(BUDGETS).map((b) => b.tokens));
