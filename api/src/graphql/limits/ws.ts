// The WebSocket path (graphql-ws `onSubscribe`): the same parser ceiling, validation and query
// limits as HTTP, decided before any resolver or `subscribe` runs. Documents are cached per query
// text like Apollo does for HTTP, so a reconnecting client costs a Map lookup, not a parse.
import { GraphQLError, parse, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { Context as WsContext, SubscribePayload } from 'graphql-ws';
import type { Viewer } from '../../auth/viewer.js';
import { ErrorCode } from '../../errors.js';
import { refuseUnstorableText } from '../text-input.js';
import { isTokenLimitError, MAX_TOKENS, tooComplex, type QueryLimits } from './index.js';

const MAX_CACHED = 1000;

type Parsed = { document: DocumentNode } | { errors: readonly GraphQLError[] };

const badInput = (e: GraphQLError) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT } });

export function wsOnSubscribe(schema: GraphQLSchema, limits: QueryLimits, validated: (document: DocumentNode) => readonly GraphQLError[]) {
  const documents = new Map<string, Parsed>();
  const parsed = (query: string): Parsed => {
    let entry = documents.get(query);
    if (entry) return entry;
    try {
      entry = { document: parse(query, { maxTokens: MAX_TOKENS }) };
    } catch (e) {
      const error = e as GraphQLError;
      entry = { errors: [isTokenLimitError(error) ? tooComplex('tokens', MAX_TOKENS, Infinity, undefined) : badInput(error)] };
    }
    if (documents.size >= MAX_CACHED) documents.clear(); // crude bound; the working set is the apps' few operations
    documents.set(query, entry);
    return entry;
  };

  return (ctx: WsContext<Record<string, unknown>, { viewer?: Viewer }>, _id: string, payload: SubscribePayload): ExecutionArgs | readonly GraphQLError[] => {
    const entry = parsed(payload.query);
    if ('errors' in entry) return entry.errors;
    const kind = ctx.extra.viewer?.kind ?? 'anonymous';
    // Measured before validation, which is the slow part of an oversized document.
    const refused = limits.check(entry.document, payload.variables, payload.operationName, kind);
    if (refused) return [refused];
    const unstorable = refuseUnstorableText(entry.document, payload.variables);
    if (unstorable) return [unstorable];
    const invalid = validated(entry.document);
    if (invalid.length) return invalid.map(badInput);
    return { schema, document: entry.document, operationName: payload.operationName, variableValues: payload.variables };
  };
}
