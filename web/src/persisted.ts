// Automatic persisted queries (Apollo's APQ protocol, docs/api.md "Persisted queries") for the web
// app and the widget: a query is first sent as its sha256 hash only, by GET (cacheable, short
// URLs); on PersistedQueryNotFound the client sends the text once with the hash, and the server
// knows it from then on. Mutations and subscriptions are sent as text (the widget safelist hashes
// those texts the same way).
import { persistedExchange } from '@urql/exchange-persisted';

/**
 * sha256 hex of the document text with Web Crypto. Pages that are not a secure context (plain
 * http on another host than localhost) have no `crypto.subtle`: null, and the query is sent as
 * text as before.
 */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const b of new Uint8Array(digest)) hex += b.toString(16).padStart(2, '0');
  return hex;
}

export const persistedQueries = () =>
  persistedExchange({
    // GET while the URL stays short (urql falls back to POST above ~2 KB).
    preferGetForPersistedQueries: 'within-url-limit',
    generateHash: (query) => sha256Hex(query),
  });

/**
 * Apollo's CSRF prevention refuses a GET without a header a plain form or <img> cannot send: this
 * one makes every request "preflighted" (cross-origin, the browser asks OPTIONS first, which the
 * API allows for ten minutes).
 */
export const CSRF_HEADER = { 'apollo-require-preflight': 'true' } as const;
