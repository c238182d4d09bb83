// The urql client of the web app: queries and mutations over HTTP (POST, with Apollo's
// CSRF header), subscriptions over graphql-ws on the same origin and path. Both carry the
// token from ./auth. Queries use automatic persisted queries (./persisted.ts), as the widget does:
// after the first time, a query is sent as its hash by GET.
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { ref, watch } from 'vue';
import { authorizationHeader, getToken } from './auth.js';
import { CSRF_HEADER, persistedFetch } from './persisted.js';

export interface UrqlClientOptions {
  /** GraphQL over HTTP endpoint. Default: `/graphql` on the page's origin. */
  url?: string;
  /** graphql-ws endpoint. Default: `url` with http(s) swapped for ws(s). */
  wsUrl?: string;
  /** fetch implementation (tests pass Node's own). Default: the global fetch. */
  fetch?: typeof fetch;
  /** WebSocket implementation for graphql-ws. Default: the global WebSocket. */
  webSocketImpl?: unknown;
}

/** Absolute `/graphql` URL on the current page's origin. */
function defaultHttpUrl(): string {
  return new URL('/graphql', window.location.href).toString();
}

/** The same URL with `ws:` for `http:` and `wss:` for `https:`. */
export function toWebSocketUrl(httpUrl: string): string {
  const u = new URL(httpUrl, typeof window === 'undefined' ? undefined : window.location.href);
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.toString();
}

/**
 * Counts WebSocket reconnects (not the first connect). graphql-ws re-sends every
 * active subscription after a reconnect by itself; views that patch local state from
 * events (e.g. the console's lists) watch this to refetch what they may have missed.
 */
export const socketReconnects = ref(0);
/** Counts every WebSocket connect, the first included (see the console's settle read). */
export const socketConnects = ref(0);
/**
 * Counts sockets the server closed for their credentials (4401: revoked while open — a role
 * change, a deactivation, a suspended tenant; 4403: refused when opening). The session watches it
 * to refresh the token, or sign out when that fails, instead of retrying a dead token forever.
 */
export const socketAuthRefused = ref(0);

export interface UrqlSetup {
  client: Client;
  ws: WsClient;
  /** Close the WebSocket and stop watching the token. */
  dispose(): void;
}

export function createUrqlSetup(options: UrqlClientOptions = {}): UrqlSetup {
  const url = options.url ?? defaultHttpUrl();
  const wsUrl = options.wsUrl ?? toWebSocketUrl(url);

  let socketOpen = false;
  let everConnected = false;
  const ws = createWsClient({
    url: wsUrl,
    // Connect only while at least one subscription is active.
    lazy: true,
    connectionParams: () => {
      const authorization = authorizationHeader();
      return authorization ? { authorization } : {};
    },
    webSocketImpl: options.webSocketImpl,
    retryAttempts: Infinity,
    on: {
      connected: () => {
        if (everConnected) socketReconnects.value++;
        socketConnects.value++;
        everConnected = true;
        socketOpen = true;
      },
      closed: (event) => {
        socketOpen = false;
        const code = (event as { code?: number } | undefined)?.code;
        if (code === 4401 || code === 4403) socketAuthRefused.value++;
      },
    },
  });

  // A new (or no) token must reach the server: the socket authenticates once, in
  // connection_init, so reconnect. Active subscriptions are re-sent by graphql-ws.
  const stopWatching = watch(getToken, () => {
    if (socketOpen) ws.terminate();
  });

  const client = new Client({
    url,
    preferGetMethod: false,
    fetch: persistedFetch(options.fetch),
    fetchOptions: () => {
      const authorization = authorizationHeader();
      return { headers: authorization ? { ...CSRF_HEADER, authorization } : { ...CSRF_HEADER } };
    },
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return {
    client,
    ws,
    dispose() {
      stopWatching();
      void ws.dispose();
    },
  };
}
