// Subscriptions with a lifetime: started when the key (e.g. a conversation id) is set,
// replaced when it changes, stopped on unmount. graphql-ws re-sends active
// subscriptions after a reconnect (see ../urql.ts), but with the variables they were
// first sent with: a subscription that resumes from a point (`messageAdded(afterSeq)`)
// passes `restartOn` (e.g. `socketReconnects`) so it is sent again, with variables read
// from `start` at that moment.
import { onBeforeUnmount, watch, type WatchSource } from 'vue';
import { socketConnects } from './urql.js';
import type { Client, OperationResult, TypedDocumentNode, AnyVariables } from '@urql/core';

export function useLiveSubscription<Data, Vars extends AnyVariables, Key>(
  client: Client,
  key: WatchSource<Key | null>,
  start: (key: Key) => { query: TypedDocumentNode<Data, Vars>; variables: Vars } | null,
  onResult: (result: OperationResult<Data, Vars>, key: Key) => void,
  options: {
    restartOn?: WatchSource<unknown>;
    /**
     * Read the state again (the page's own query) once the subscription has surely reached the
     * server — after each socket connect, the first included. graphql-ws acknowledges no
     * subscription and re-sends them after a reconnect without replaying what happened meanwhile,
     * so a change between the page's first read and the server registering the subscription, or
     * while the socket was down (a network drop, a token refresh), would otherwise never show.
     */
    resync?: () => void;
  } = {},
): { restart(): void } {
  let stop: (() => void) | null = null;
  let current: Key | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let resyncTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleResync = () => {
    if (!options.resync) return;
    clearTimeout(resyncTimer);
    resyncTimer = setTimeout(() => {
      if (current !== null) options.resync?.();
    }, RESYNC_SETTLE_MS);
  };

  function run(k: Key | null) {
    clearTimeout(retryTimer);
    stop?.();
    stop = null;
    current = k;
    if (k === null) return;
    const op = start(k);
    if (!op) return;
    const sub = client.subscription(op.query, op.variables).subscribe((result) => {
      if (current !== k) return;
      if (result.error?.networkError) {
        // The socket gave up (e.g. closed as unauthorised before a token refresh):
        // start again later, with back-off; `start` picks up the newest resume point.
        failures++;
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => {
          if (current === k) run(k);
        }, Math.min(30_000, 1000 * 2 ** Math.min(failures, 5)));
        return;
      }
      if (result.data) failures = 0;
      onResult(result, k);
    });
    stop = () => sub.unsubscribe();
    scheduleResync();
  }

  watch(key, (k) => run(k ?? null), { immediate: true });
  if (options.restartOn) {
    // After a reconnect: subscribe again from the newest resume point (`start` reads it now).
    watch(options.restartOn, () => {
      if (current !== null) run(current);
    });
  }
  if (options.resync) watch(socketConnects, scheduleResync);
  onBeforeUnmount(() => {
    clearTimeout(resyncTimer);
    clearTimeout(retryTimer);
    stop?.();
    stop = null;
    current = null;
  });
  return { restart: () => run(current) };
}

/** How long after a connect the subscriptions are taken as registered on the server. */
const RESYNC_SETTLE_MS = 750;

/** A client-side id for `sendMessage` so a retry never sends twice. */
export function newClientMessageId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `m-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
