// Our per-request Apollo hooks in one plugin (each plugin costs async hook calls per request):
// - errors carry the request id to formatError (which has no context argument);
// - `extensions.sqlStatements` when the caller asked for the count (graphql-http.ts);
// - in production, anonymous and widget callers may not introspect (staff and partners may).
import { GraphQLError, visit } from 'graphql';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Context } from '../context.js';
import type { GraphQLRequestExtras } from './graphql-http.js';

// Per parsed document (Apollo caches documents by query text): walked once, not on every request.
const introspecting = new WeakMap<object, boolean>();
function introspects(document: Parameters<typeof visit>[0]): boolean {
  let found = introspecting.get(document);
  if (found !== undefined) return found;
  found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  introspecting.set(document, found);
  return found;
}

export function requestPlugin(production: boolean): ApolloServerPlugin<Context> {
  // The hooks take everything from their argument: one listener object serves every request.
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ contextValue, document }) {
      const kind = contextValue.viewer.kind;
      if (production && kind !== 'user' && kind !== 'apiKey' && introspects(document)) {
        throw new GraphQLError('Introspection needs staff or API-key credentials', { extensions: { code: 'FORBIDDEN' } });
      }
    },
    async didEncounterErrors({ errors, contextValue }) {
      for (const e of errors) (e as { requestId?: string }).requestId = contextValue.requestId;
    },
    async willSendResponse({ response, contextValue }) {
      const stats = (contextValue as Context & GraphQLRequestExtras).sqlStats;
      if (stats && response.body.kind === 'single') {
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: stats.statements };
      }
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
