// The signed-in viewer, shared by the shell and the pages (provide/inject), the
// access-token refresh before expiry, and sign-out.
import { computed, inject, onBeforeUnmount, provide, watch, type ComputedRef, type InjectionKey } from 'vue';
import { useClientHandle, useQuery } from '@urql/vue';
import { graphql } from './gql/index.js';
import type { ViewerQuery } from './gql/graphql.js';
import { clearToken, getExpiresAt, getRefreshToken, getToken, setSession } from './auth.js';
import type { Permission } from './permissions.js';
import { socketAuthRefused } from './urql.js';

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      kind
      permissions
      user {
        id
        displayName
        avatarUrl
        email
        role
        availability
      }
      tenant {
        name
        slug
        timezone
      }
    }
  }
`);

const RefreshSessionMutation = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
      refreshToken
      expiresAt
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout($input: LogoutInput!) {
    logout(input: $input) {
      ok
    }
  }
`);

export type SessionViewer = ViewerQuery['viewer'];

export interface SessionContext {
  viewer: ComputedRef<SessionViewer | null>;
  /** True when the viewer holds this permission code. */
  can(permission: Permission): boolean;
  signOut(): Promise<void>;
}

const SESSION_KEY: InjectionKey<SessionContext> = Symbol('session');

export function provideSession(ctx: SessionContext): void {
  provide(SESSION_KEY, ctx);
}

export function useSession(): SessionContext {
  const ctx = inject(SESSION_KEY, null);
  if (!ctx) throw new Error('useSession() outside the app shell');
  return ctx;
}

/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * For the shell: read the viewer, keep the access token fresh with `refreshSession`
 * (when a refresh token is known) and offer sign-out (`logout`, then forget the token).
 */
export function useSessionSetup(onSignedOut: () => void | Promise<void>): SessionContext & {
  query: ReturnType<typeof useQuery<ViewerQuery>>;
} {
  const handle = useClientHandle();
  // Always ask the server: the cached viewer may belong to a previous session.
  const query = useQuery({ query: ViewerDocument, requestPolicy: 'network-only' });
  const viewer = computed(() => query.data.value?.viewer ?? null);
  const permissions = computed(() => new Set(viewer.value?.permissions ?? []));

  async function signOut() {
    const refreshToken = getRefreshToken();
    if (refreshToken && getToken()) {
      // Best effort, but do not keep the user waiting on a slow network.
      await Promise.race([
        handle.client.mutation(LogoutMutation, { input: { refreshToken, everywhere: false } }).toPromise(),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]).catch(() => undefined);
    }
    clearToken();
    await onSignedOut();
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  // One refresh at a time: a refresh token used twice counts as stolen and ends the session.
  let refreshing: Promise<void> | null = null;
  function refresh(): Promise<void> {
    refreshing ??= (async () => {
      const refreshToken = getRefreshToken();
      if (!refreshToken) return;
      const result = await handle.client.mutation(RefreshSessionMutation, { input: { refreshToken } }).toPromise();
      const session = result.data?.refreshSession;
      if (session) setSession(session);
      else if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) await signOut();
    })().finally(() => (refreshing = null));
    return refreshing;
  }
  watch(
    getExpiresAt,
    (expiresAt) => {
      clearTimeout(timer);
      if (!expiresAt || !getRefreshToken()) return;
      const delay = Math.max(0, new Date(expiresAt).getTime() - Date.now() - REFRESH_MARGIN_MS);
      timer = setTimeout(() => void refresh(), delay);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => clearTimeout(timer));

  // The server closed the socket for its credentials: get a fresh token (a role change keeps the
  // session), or learn that the session is over (deactivated, tenant suspended) and sign out.
  watch(socketAuthRefused, async () => {
    if (getRefreshToken()) await refresh();
    // Signed out by now, or read who we are again (a new role brings other permissions).
    if (getToken()) query.executeQuery({ requestPolicy: 'network-only' });
  });

  // An expired or revoked token makes us anonymous: back to the sign-in page.
  watch(
    () => [viewer.value, query.error.value] as const,
    ([v, error]) => {
      const unauthenticated = error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
      if (unauthenticated || (v && v.kind !== 'user')) void signOut();
    },
  );

  return { query, viewer, can: (p) => permissions.value.has(p), signOut };
}
