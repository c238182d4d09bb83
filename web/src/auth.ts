// The access token of the signed-in staff member: one reactive value, persisted in
// localStorage so a reload keeps the session. Everything that needs the token
// (urql's fetch headers, graphql-ws connectionParams, route guards) reads it here.
import { computed, ref } from 'vue';

export const TOKEN_STORAGE_KEY = 'switchboard.accessToken';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can throw when disabled (privacy mode, sandboxed iframes).
    return null;
  }
}

// `token` is reactive (route guards, watchers, UI); `current` is the same value
// read without dependency tracking. Request headers must use `current`: urql may
// build a request inside a component's reactive effect, and reading the ref there
// would make every active query re-run whenever the token changes.
let current: string | null = storage()?.getItem(TOKEN_STORAGE_KEY) ?? null;
const token = ref<string | null>(current);

/** The current access token, or null when signed out (reactive). */
export function getToken(): string | null {
  return token.value;
}

/** Store a new token (after login) or clear it (null). */
export function setToken(value: string | null): void {
  current = value;
  token.value = value;
  const s = storage();
  if (!s) return;
  if (value) s.setItem(TOKEN_STORAGE_KEY, value);
  else s.removeItem(TOKEN_STORAGE_KEY);
}

/** Forget the session. */
export function clearToken(): void {
  setToken(null);
}

/** Reactive: true while a token is stored. */
export const isSignedIn = computed(() => token.value !== null);

/** The `Authorization` header value for the current token, if any (not reactive). */
export function authorizationHeader(): string | undefined {
  return current ? `Bearer ${current}` : undefined;
}
