// The widget's connection to the API: queries as automatic persisted queries (hash first, by GET
// with Apollo's CSRF header: ../src/persisted.ts) and mutations by POST with @urql/core,
// subscriptions over graphql-ws, all with the widget token. The documents are the widget's own
// (documents.ts): a tenant may accept nothing else from widget sessions (api/src/persisted). The socket reconnects forever with back-off, sooner when the browser says
// it is online again.
import { Client, fetchExchange, stringifyDocument, type TypedDocumentNode } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import { CSRF_HEADER, persistedFetch } from '../src/persisted.js';

export class ApiError extends Error {
  constructor(
    message: string,
    /** GraphQL `extensions.code`, or NETWORK when the request never got an answer. */
    readonly code: string,
    /** `extensions.field`: the input field a BAD_USER_INPUT is about. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface LiveHandlers<R> {
  next(data: R): void;
  error?(e: unknown): void;
  complete?(): void;
}

export interface ApiOptions {
  httpUrl: string;
  wsUrl: string;
  token(): string | undefined;
  /** Socket state for the "reconnecting" note. */
  onSocket?(state: 'connected' | 'closed', closeCode?: number): void;
}

export type Api = ReturnType<typeof createApi>;

/** Waits `ms`, or less when the browser comes back online. */
function backOff(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener('online', done);
  });
}

export function createApi(options: ApiOptions) {
  const authorization = () => {
    const t = options.token();
    return t ? `Bearer ${t}` : undefined;
  };

  const http = new Client({
    url: options.httpUrl,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    exchanges: [fetchExchange],
    fetch: persistedFetch(),
    fetchOptions: () => {
      const a = authorization();
      return { headers: a ? { ...CSRF_HEADER, authorization: a } : { ...CSRF_HEADER } };
    },
  });

  const ws = createWsClient({
    url: options.wsUrl,
    lazy: true,
    lazyCloseTimeout: 1000,
    connectionParams: () => {
      const a = authorization();
      return a ? { authorization: a } : {};
    },
    retryAttempts: Infinity,
    // Every close is worth retrying for a chat that must not go quiet (network drops, deploys).
    shouldRetry: () => true,
    retryWait: (retries) => backOff(Math.min(500 * 2 ** retries, 5000) * (0.75 + Math.random() / 2)),
    on: {
      connected: () => options.onSocket?.('connected'),
      closed: (event) => options.onSocket?.('closed', (event as { code?: number } | undefined)?.code),
    },
  });

  async function run<R, V extends Record<string, unknown>>(kind: 'query' | 'mutation', doc: TypedDocumentNode<R, V>, variables: V, anonymous = false): Promise<R> {
    // Anonymous: without the token (a dead one would make the server refuse the whole request).
    const context = anonymous ? { fetchOptions: { headers: { ...CSRF_HEADER } } } : undefined;
    const result = await (kind === 'query' ? http.query(doc, variables, context) : http.mutation(doc, variables, context)).toPromise();
    const gqlError = result.error?.graphQLErrors[0];
    if (gqlError) {
      const { code, field } = gqlError.extensions ?? {};
      throw new ApiError(gqlError.message, String(code ?? 'INTERNAL'), typeof field === 'string' ? field : undefined);
    }
    if (result.error) throw new ApiError(result.error.message, 'NETWORK');
    return result.data as R;
  }

  return {
    query: <R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V) => run('query', doc, variables),
    mutate: <R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V) => run('mutation', doc, variables),
    /** A public query sent without the token (the widget's configuration needs none). */
    queryAnonymous: <R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V) => run('query', doc, variables, true),
    /** A public mutation sent without the token (starting a session: the old token rides in its input). */
    mutateAnonymous: <R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V) => run('mutation', doc, variables, true),

    /**
     * Subscribes with variables computed when each subscribe message is written: graphql-ws
     * re-sends active subscriptions after a reconnect, and `JSON.stringify` reads the getter
     * then, so `messageAdded` resumes from the last seq rendered, not the one it started with.
     */
    live<R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: () => V, handlers: LiveHandlers<R>): () => void {
      const payload = {
        query: stringifyDocument(doc),
        get variables() {
          return variables();
        },
      };
      return ws.subscribe<R>(payload, {
        next: (result) => {
          if (result.data) handlers.next(result.data as R);
          else if (result.errors?.length) handlers.error?.(result.errors);
        },
        error: (e) => handlers.error?.(e),
        complete: () => handlers.complete?.(),
      });
    },

    /** Reconnect now (e.g. with a new token: the socket authenticates only when it opens). */
    reconnect: () => ws.terminate(),
    dispose: () => void ws.dispose(),
  };
}
