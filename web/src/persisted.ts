// Automatic persisted queries (Apollo's APQ protocol, docs/api.md "Persisted queries") for the web
// app and the widget, as a `fetch` wrapper under urql's fetchExchange: a query is first sent as its
// sha256 hash only, by GET (short, cacheable URLs); on PersistedQueryNotFound the same request is
// sent once more by POST with the text beside the hash, and the server knows it from then on.
// Mutations and subscriptions go as text, unchanged (the widget safelist hashes those texts the
// same way). A few lines instead of @urql/exchange-persisted, whose bundle carries a dynamic
// `import("crypto")` fallback the widget's one-classic-script rule forbids.

/** Apollo's CSRF prevention refuses a GET without a header a plain form or <img> cannot send. */
export const CSRF_HEADER = { 'apollo-require-preflight': 'true' } as const;

/** URLs longer than this go by POST (proxies and browsers cap URL length). */
const MAX_URL = 2000;

const hashes = new Map<string, Promise<string | null>>();

/**
 * sha256 hex of the document text with Web Crypto. Pages that are not a secure context (plain http
 * on another host than localhost) have no `crypto.subtle`: null, and the query goes as text.
 */
export function sha256Hex(text: string): Promise<string | null> {
  let hit = hashes.get(text);
  if (!hit) {
    const subtle = globalThis.crypto?.subtle;
    hit = subtle
      ? subtle.digest('SHA-256', new TextEncoder().encode(text)).then((d) => Array.from(new Uint8Array(d), (b) => b.toString(16).padStart(2, '0')).join(''))
      : Promise.resolve(null);
    if (hashes.size > 500) hashes.clear();
    hashes.set(text, hit);
  }
  return hit;
}

const isQuery = (text: string) => /^\s*(query\b|\{)/.test(text);

/** `fetch`, speaking the APQ protocol for queries sent as JSON POST bodies. */
export function persistedFetch(base: typeof fetch = (...args) => globalThis.fetch(...args)): typeof fetch {
  return async (input, init) => {
    if (init?.method !== 'POST' || typeof init.body !== 'string') return base(input, init);
    let body: { query?: string; operationName?: string; variables?: unknown; extensions?: Record<string, unknown> };
    try {
      body = JSON.parse(init.body);
    } catch {
      return base(input, init);
    }
    if (typeof body.query !== 'string' || !isQuery(body.query)) return base(input, init);
    const sha256Hash = await sha256Hex(body.query);
    if (!sha256Hash) return base(input, init);
    const extensions = { ...body.extensions, persistedQuery: { version: 1, sha256Hash } };
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(CSRF_HEADER)) headers.set(k, v);
    const url = new URL(String(input instanceof Request ? input.url : input), globalThis.location?.href);
    if (body.operationName) url.searchParams.set('operationName', body.operationName);
    if (body.variables && Object.keys(body.variables).length) url.searchParams.set('variables', JSON.stringify(body.variables));
    url.searchParams.set('extensions', JSON.stringify(extensions));
    const register = () => base(input, { ...init, headers, body: JSON.stringify({ ...body, extensions }) });
    if (url.toString().length > MAX_URL) return register();
    const getHeaders = new Headers(headers);
    getHeaders.delete('content-type');
    const res = await base(url.toString(), { ...init, method: 'GET', headers: getHeaders, body: undefined });
    if (!res.ok) return res;
    // Read once and answer a fresh Response (Response#clone is unreliable in some test DOMs).
    const text = await res.text();
    if (text.includes('PersistedQueryNotFound') || text.includes('PersistedQueryNotSupported')) return register();
    return new Response(text, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}
