// Our per-request Apollo hooks in one plugin (each plugin costs async hook calls per request):
// - the query limits of the caller's kind, before any resolver runs (graphql/limits);
// - in production, anonymous and widget callers may not introspect (staff and partners may);
// - request errors keep the GraphQL-over-HTTP status (response-status.ts);
// - errors carry the request id to formatError (which has no context argument);
// - `extensions.sqlStatements` when the caller asked for the count (graphql-http.ts);
// - budgets by cost (graphql/budget): the operation's cost taken from the caller's bucket after
//   the checks above and before any resolver (RATE_LIMITED, HTTP 429 + Retry-After when it is
//   empty), the unused part refunded after execution, `x-ratelimit-*` headers and
//   `extensions.cost` on every answer;
// - one log line and the metrics of the operation (operation-log.ts), when the answer is ready;
// - widget sessions of tenants with `widgetOperationsSafelisted` run the widget's own documents only.
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import type { Context } from '../context.js';
import type { GraphQLRequestExtras } from './graphql-http.js';
import { ErrorCode, requestError } from '../errors.js';
import { isTokenLimitError, MAX_TOKENS, type QueryLimits } from '../graphql/limits/index.js';
import { refusalStatus, requestErrorStatus } from './response-status.js';
import { refuseUnstorableText } from '../graphql/text-input.js';
import { costExtension, rateLimited, rateLimitHeaders, type Budgets, type RequestBudget } from '../graphql/budget/index.js';
import type { OperationObserver } from './operation-log.js';
import type { WidgetSafelist } from './widget-safelist.js';

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

export function requestPlugin(
  production: boolean,
  limits: QueryLimits,
  validated: (document: DocumentNode) => readonly GraphQLError[],
  observer: OperationObserver,
  safelist: WidgetSafelist,
  budgets?: Budgets,
): ApolloServerPlugin<Context> {
  const budgeted = !!budgets?.enabled;
  // The hooks take everything from their argument: one listener object serves every request.
  const listener: GraphQLRequestListener<Context> = {
    // Before anything runs: the caller kind's query limits, text PostgreSQL cannot store, then
    // validation (Apollo's own is off, so that an oversized document is refused before it costs
    // a validation), then introspection.
    async didResolveOperation({ contextValue, document, request, source, operation }) {
      // A query changes nothing: an access rule granted once holds for the rest of the request.
      if (operation?.operation === 'query') contextValue.grants = new Set();
      const kind = contextValue.viewer.kind;
      if (kind === 'widget') {
        const refusedOp = await safelist.check(contextValue.viewer, (request.extensions?.persistedQuery as { sha256Hash?: string } | undefined)?.sha256Hash, source);
        if (refusedOp) throw refusedOp;
      }
      const refused = limits.check(document, request.variables, request.operationName, kind);
      if (refused) throw refused;
      const unstorable = refuseUnstorableText(document, request.variables);
      if (unstorable) throw unstorable;
      const invalid = validated(document);
      if (invalid.length) throw invalid[0];
      if (production && kind !== 'user' && kind !== 'apiKey' && introspects(document)) {
        throw requestError(ErrorCode.FORBIDDEN, 'Introspection needs staff or API-key credentials', { http: { status: refusalStatus(request.http?.headers.get('accept'), ErrorCode.FORBIDDEN) } });
      }
      if (budgeted) {
        const cost = limits.operationCost(document, request.variables, request.operationName);
        const overBudget = budgets!.overLimit(contextValue.viewer, cost);
        if (overBudget) throw overBudget;
        const taken = budgets!.take(contextValue.viewer, contextValue.ip, cost);
        const rb = taken instanceof Promise ? await taken : taken;
        contextValue.budget = rb;
        if (!rb.charge.allowed) throw rateLimited(rb, { headers: new HeaderMap([['retry-after', String(rb.charge.retryAfterSeconds)]]) });
      }
    },
    async didEncounterErrors({ errors, contextValue, request }) {
      const accept = request.http?.headers.get('accept');
      for (const e of errors) {
        (e as { requestId?: string }).requestId = contextValue.requestId;
        const ext = e.extensions as Record<string, unknown>;
        if (isTokenLimitError(e)) Object.assign(ext, { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'tokens', max: MAX_TOKENS, found: null });
        // Only request-level errors (no path): a field's error sits beside data, which is a 200.
        const status = e.path ? undefined : requestErrorStatus(accept, ext.code as string | undefined);
        if (status !== undefined) ext.http = { ...(ext.http as object | undefined), status };
      }
    },
    async willSendResponse({ response, contextValue, document, operation, operationName, request }) {
      const extras = contextValue as Context & GraphQLRequestExtras;
      const stats = extras.sqlStats;
      const rb: RequestBudget | undefined = contextValue.budget;
      if (rb) {
        if (rb.charge.allowed && response.body.kind === 'single' && document) {
          budgets!.settle(rb, limits.actualCost(document, request.variables, request.operationName, response.body.singleResult.data));
        }
        for (const [name, value] of rateLimitHeaders(rb)) response.http.headers.set(name, value);
      }
      if ((stats || rb) && response.body.kind === 'single') {
        const result = response.body.singleResult;
        const extensions = { ...result.extensions };
        if (rb) extensions.cost = costExtension(rb);
        if (stats) extensions.sqlStatements = stats.statements;
        result.extensions = extensions;
      }
      const track = extras.track;
      if (track) {
        track.observed = true;
        const first = response.body.kind === 'single' ? response.body.singleResult.errors?.[0] : undefined;
        observer.done({
          requestId: contextValue.requestId,
          viewer: contextValue.viewer,
          operationName: operationName ?? request.operationName,
          type: operation?.operation ?? 'unknown',
          document,
          variables: request.variables,
          startedAt: track.startedAt,
          outcome: first ? String(first.extensions?.code ?? 'INTERNAL') : 'ok',
          transport: 'http',
          sql: stats?.statements,
          cost: rb?.requested,
        });
      }
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
