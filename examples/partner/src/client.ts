// A small typed client for the Switchboard API: queries over HTTP with fetch, subscriptions over
// graphql-ws. Every document comes from ../gql (generated from schema.graphql), so results and
// variables are typed end to end. Errors carry the API's `extensions.code` (docs/api.md, "Errors").
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TypedDocumentString } from '../gql/graphql.js';

export interface PartnerClientOptions {
  /** The API's base URL, e.g. https://support.example.com (no trailing /graphql). */
  url: string;
  /** The whole API key, `sb_<prefix>_<secret>`. */
  apiKey: string;
}

/** A GraphQL error answered by the API, with its closed-list code (UNAUTHENTICATED, FORBIDDEN, …). */
export class SwitchboardError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown>,
    readonly status: number,
  ) {
    super(message);
    this.name = 'SwitchboardError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export class PartnerClient {
  private ws: Client | null = null;

  constructor(private readonly options: PartnerClientOptions) {}

  /** Run a query or mutation; throws SwitchboardError on any GraphQL error. */
  async request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<TResult> {
    const res = await fetch(`${this.options.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${this.options.apiKey}`,
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
    const body = (await res.json()) as GraphQLResponse<TResult>;
    const first = body.errors?.[0];
    if (first) {
      throw new SwitchboardError(first.message, String(first.extensions?.code ?? 'INTERNAL'), first.extensions ?? {}, res.status);
    }
    if (!body.data) throw new SwitchboardError(`HTTP ${res.status} without data`, 'INTERNAL', {}, res.status);
    return body.data;
  }

  /**
   * Subscribe over graphql-ws (one socket per client, opened on first use). Returns a function
   * that ends the subscription. `onError` receives refusals (e.g. FORBIDDEN) and socket errors.
   */
  subscribe<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    onEvent: (event: TResult) => void,
    onError: (error: unknown) => void = (e) => console.error('subscription error', e),
  ): () => void {
    this.ws ??= createClient({
      url: `${this.options.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${this.options.apiKey}` },
      // Reconnect after network trouble; the close code 4401 (key revoked) is final.
      retryAttempts: 5,
      shouldRetry: (e) => !(e && typeof e === 'object' && 'code' in e && (e as { code: number }).code === 4401),
    });
    return this.ws.subscribe<TResult>(
      { query: document.toString(), variables: (variables ?? {}) as Record<string, unknown> },
      {
        next: (value) => {
          if (value.errors?.length) onError(value.errors);
          else if (value.data) onEvent(value.data);
        },
        error: onError,
        complete: () => {},
      },
    );
  }

  /** Close the WebSocket (if one was opened). */
  async close(): Promise<void> {
    await this.ws?.dispose();
    this.ws = null;
  }
}
