// The access token of the signed-in staff member: one reactive value, persisted in
// localStorage so a reload keeps the session. Everything that needs the token
// (urql's fetch headers, graphql-ws connectionParams, route guards) reads it here.
import { computed, ref } from 'vue';

export const TOKEN_STORAGE_KEY = 'switchboard.accessToken';
export const REFRESH_STORAGE_KEY = 'switchboard.refreshToken';
export const EXPIRES_STORAGE_KEY = 'switchboard.accessTokenExpiresAt';

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
const expiresAt = ref<string | null>(storage()?.getItem(EXPIRES_STORAGE_KEY) ?? null);

/** The current access token, or null when signed out (reactive). */
export function getToken(): string | null {
  return token.value;
}

/** Store a new token (after login) or clear it (null, which also forgets the refresh token). */
export function setToken(value: string | null): void {
  current = value;
  token.value = value;
  const s = storage();
  if (value) s?.setItem(TOKEN_STORAGE_KEY, value);
  else {
    expiresAt.value = null;
    s?.removeItem(TOKEN_STORAGE_KEY);
    s?.removeItem(REFRESH_STORAGE_KEY);
    s?.removeItem(EXPIRES_STORAGE_KEY);
  }
}

export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires (ISO date). */
  expiresAt: string;
}

/** Store a whole session (login or refreshSession): the access token, the refresh token and its expiry. */
export function setSession(session: StoredSession): void {
  const s = storage();
  s?.setItem(REFRESH_STORAGE_KEY, session.refreshToken);
  s?.setItem(EXPIRES_STORAGE_KEY, session.expiresAt);
  expiresAt.value = session.expiresAt;
  setToken(session.accessToken);
}

/** The refresh token of the current session, if we have one (not reactive). */
export function getRefreshToken(): string | null {
  return storage()?.getItem(REFRESH_STORAGE_KEY) ?? null;
}

/** When the access token expires (ISO date), if known (reactive). */
export function getExpiresAt(): string | null {
  return expiresAt.value;
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
