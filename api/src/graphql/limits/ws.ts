// The WebSocket path (graphql-ws): the same parser ceiling, query limits, text check and
// validation as HTTP, before any resolver or `subscribe` runs. graphql-ws parses and validates
// itself; we give it `parse` (token ceiling, syntax errors answered as errors rather than a
// closed socket) and `validate` (the largest budget first — the caller is not known there — so
// an oversized document never reaches graphql-js validation); the caller's own budget and the
// text check run in `guard`, called by the `execute` and `subscribe` hooks, which see the context.
import { GraphQLError, parse, type Source, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Context } from '../../context.js';
import { ErrorCode, requestError } from '../../errors.js';
import { refuseUnstorableText } from '../text-input.js';
import { isTokenLimitError, MAX_TOKENS, tooComplex, type QueryLimits } from './index.js';

const badInput = (e: GraphQLError) => requestError(ErrorCode.BAD_USER_INPUT, e.message, {}, e.nodes);

export function wsLimits(limits: QueryLimits, validated: (document: DocumentNode) => readonly GraphQLError[]) {
  // A text that does not parse becomes an empty document carrying its error to `validate`.
  const unparsable = new WeakMap<DocumentNode, GraphQLError>();
  return {
    parse(source: string | Source): DocumentNode {
      try {
        return parse(source, { maxTokens: MAX_TOKENS });
      } catch (e) {
        const error = e as GraphQLError;
        const document: DocumentNode = { kind: 'Document' as never, definitions: [] };
        unparsable.set(document, isTokenLimitError(error) ? tooComplex('tokens', MAX_TOKENS, Infinity, undefined) : badInput(error));
        return document;
      }
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
  };
}
