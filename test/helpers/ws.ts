// graphql-ws client for tests: collect events of a subscription and wait for them.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscription<T> {
  events: T[];
  errors: unknown[];
  completed: boolean;
  /** Resolve once `n` events arrived (or reject after `ms`). */
  waitFor(n: number, ms?: number): Promise<T[]>;
  waitForError(ms?: number): Promise<unknown>;
  close(): void;
}

export function wsClient(url: string, token?: string): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

export function subscribe<T = Record<string, any>>(client: Client, query: string, variables: Record<string, unknown> = {}): Subscription<T> {
  const sub: Subscription<T> = {
    events: [],
    errors: [],
    completed: false,
    waitFor: (n, ms = 10_000) => until(() => sub.events.length >= n, ms, () => `expected ${n} events, got ${sub.events.length} (errors: ${JSON.stringify(sub.errors)})`).then(() => sub.events),
    waitForError: (ms = 10_000) => until(() => sub.errors.length > 0, ms, () => 'expected an error').then(() => sub.errors[0]),
    close: () => dispose(),
  };
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors?.length) sub.errors.push(value.errors);
        if (value.data) sub.events.push(value.data as T);
      },
      error: (e) => sub.errors.push(e),
      complete: () => (sub.completed = true),
    },
  );
  return sub;
}

export async function until(check: () => boolean | Promise<boolean>, ms = 10_000, message: () => string = () => 'condition not met'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${message()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
