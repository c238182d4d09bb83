// The WebSocket path (graphql-ws): the same parser ceiling, query limits, text check and
// validation as HTTP, before any resolver or `subscribe` runs. graphql-ws parses and validates
// itself; we give it `parse` (token ceiling, syntax errors answered as errors rather than a
// closed socket) and `validate` (the largest budget first — the caller is not known there — so
// an oversized document never reaches graphql-js validation); the caller's own budget and the
// text check run in `guard`, called by the `execute` and `subscribe` hooks, which see the context.
//
// Budgets (issue 17) on the socket: a query or mutation is charged like over HTTP (its result
// carries `extensions.cost`); a subscription is charged its cost when it starts, and every event
// it delivers costs EVENT_COST_FRACTION of that. When the bucket cannot pay for an event, the
// subscription ends with one RATE_LIMITED error (`retryAfterSeconds`) instead of going quiet:
// the client knows to resubscribe later (with its cursor, e.g. `afterSeq`, to miss nothing).
import { GraphQLError, parse, type Source, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Context } from '../../context.js';
import { ErrorCode, requestError } from '../../errors.js';
import { refuseUnstorableText } from '../text-input.js';
import { isTokenLimitError, MAX_TOKENS, tooComplex, type QueryLimits } from './index.js';
import { costExtension, rateLimited, type Budgets, type RequestBudget } from '../budget/index.js';

const badInput = (e: GraphQLError) => requestError(ErrorCode.BAD_USER_INPUT, e.message, {}, e.nodes);

/**
 * Parsed documents by their text, shared by every socket that sends the same text: 10,000
 * dashboards subscribe with one document, which would otherwise be parsed, validated and KEPT
 * 10,000 times (≈ 10 KB of AST and tokens per subscription). Documents are never modified after
 * parsing; what is computed per document (validation, limits, fan-out keys) is cached on it.
 * Bounded: the oldest entry goes when full; texts above MAX_CACHED_TEXT are parsed every time.
 */
const DOCUMENT_CACHE_SIZE = 500;
const MAX_CACHED_TEXT = 16_384;

export function wsLimits(limits: QueryLimits, validated: (document: DocumentNode) => readonly GraphQLError[], budgets?: Budgets) {
  const budgeted = !!budgets?.enabled;
  // A text that does not parse becomes an empty document carrying its error to `validate`.
  const unparsable = new WeakMap<DocumentNode, GraphQLError>();
  const documents = new Map<string, { text: string; document: DocumentNode }>();
  const parseOnce = (source: string | Source): DocumentNode => {
    try {
      return parse(source, { maxTokens: MAX_TOKENS });
    } catch (e) {
      const error = e as GraphQLError;
      const document: DocumentNode = { kind: 'Document' as never, definitions: [] };
      unparsable.set(document, isTokenLimitError(error) ? tooComplex('tokens', MAX_TOKENS, Infinity, undefined) : badInput(error));
      return document;
    }
  };
  return {
    parse(source: string | Source): DocumentNode {
      if (typeof source !== 'string' || source.length > MAX_CACHED_TEXT) return parseOnce(source);
      let cached = documents.get(source);
      if (!cached) {
        cached = { text: source, document: parseOnce(source) };
        if (documents.size >= DOCUMENT_CACHE_SIZE) documents.delete(documents.keys().next().value!);
        documents.set(source, cached);
      }
      return cached.document;
    },
    /**
     * The cached copy of a query text, when there is one: graphql-ws keeps each subscription's
     * message (and so its query text) for the subscription's life; one copy serves them all.
     */
    intern(text: string): string {
      return documents.get(text)?.text ?? text;
    },
    validate(_schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
      const syntax = unparsable.get(document);
      if (syntax) return [syntax];
      const ceiling = limits.check(document, undefined, undefined, 'apiKey');
      if (ceiling) return [ceiling];
      return validated(document).map(badInput);
    },
    /** The caller kind's limits (with the variables) and text PostgreSQL cannot store, or undefined to go on. */
    guard(args: ExecutionArgs): ExecutionResult | undefined {
      const kind = (args.contextValue as Context).viewer.kind;
      const refused =
        limits.check(args.document, args.variableValues, args.operationName, kind) ?? refuseUnstorableText(args.document, args.variableValues);
      return refused ? { errors: [refused] } : undefined;
    },
    /** Take the operation's cost from the caller's bucket: RATE_LIMITED as the result when it is empty. */
    async charge(args: ExecutionArgs): Promise<ExecutionResult | undefined> {
      if (!budgeted) return undefined;
      const ctx = args.contextValue as Context;
      const cost = limits.operationCost(args.document, args.variableValues, args.operationName);
      const overBudget = budgets!.overLimit(ctx.viewer, cost);
      if (overBudget) return { errors: [overBudget] };
      const rb = await budgets!.take(ctx.viewer, ctx.ip, cost);
      // The socket's context is shared by its operations: each keeps its own charge.
      budgetOf.set(args, rb);
      if (!rb.charge.allowed) return { errors: [rateLimited(rb)] };
      ctx.budget = rb;
      return undefined;
    },
    /** A query's or mutation's result: refund what it did not need, and say so in `extensions.cost`. */
    settle(args: ExecutionArgs, result: ExecutionResult): ExecutionResult {
      const rb = budgetOf.get(args);
      if (!rb) return result;
      budgets!.settle(rb, limits.actualCost(args.document, args.variableValues, args.operationName, result.data as Record<string, unknown> | null | undefined));
      return { ...result, extensions: { ...result.extensions, cost: costExtension(rb) } };
    },
    /** A subscription's stream, charged per delivered event; ended with RATE_LIMITED when the bucket cannot pay. */
    meter<T>(args: ExecutionArgs, stream: AsyncIterableIterator<T>): AsyncIterableIterator<T | ExecutionResult> {
      const rb = budgetOf.get(args);
      return rb ? meteredStream(budgets!, rb, stream) : stream;
    },
  };
}

const budgetOf = new WeakMap<ExecutionArgs, RequestBudget>();

function meteredStream<T>(budgets: Budgets, rb: RequestBudget, stream: AsyncIterableIterator<T>): AsyncIterableIterator<T | ExecutionResult> {
  let ended = false;
  const it: AsyncIterableIterator<T | ExecutionResult> = {
    async next() {
      if (ended) return { done: true, value: undefined };
      const step = await stream.next();
      if (step.done) return step;
      const paid = budgets.chargeEvent(rb);
      if (paid.allowed) return step;
      ended = true;
      void stream.return?.();
      return { done: false, value: { errors: [rateLimited({ requested: rb.requested, charge: paid })] } };
    },
    return(value?: unknown) {
      ended = true;
      return stream.return ? stream.return(value) : Promise.resolve({ done: true, value: undefined });
    },
    throw(e?: unknown) {
      ended = true;
      return stream.throw ? stream.throw(e) : Promise.reject(e);
    },
    [Symbol.asyncIterator]() {
      return it;
    },
  };
  return it;
}
