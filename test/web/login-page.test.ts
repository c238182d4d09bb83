// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The login page against a real API server: ServerInfo, Login and Me go through
// the app's own urql client (web/src/urql.ts) over HTTP to the running server.
//
// Notes on running the API inside a happy-dom test file:
// - fetch: vitest's happy-dom environment replaces fetch/Request/Response/URL/
//   AbortController with happy-dom's, and Node's originals are not reachable.
//   happy-dom's fetch works fine once the window sits on the server's origin
//   (same-origin, so no CORS checks), which is what a browser does in production.
// - happy-dom files are transformed by Vite's *client* pipeline, API code included:
//   `new URL('<literal>', import.meta.url)` is rewritten to a page-relative URL
//   there, so server code must not read files that way (use fileURLToPath/path).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { createMemoryHistory, type Router } from 'vue-router';
import { startTestServer } from '../helpers/server.js';
import LoginPage from '../../web/src/auth/LoginPage.vue';
import App from '../../web/src/App.vue';
import { createAppRouter } from '../../web/src/router.js';
import { createUrqlSetup, type UrqlSetup } from '../../web/src/urql.js';
import { clearToken, getToken, TOKEN_STORAGE_KEY } from '../../web/src/auth.js';

const DEMO = { email: 'admin@northwind.demo', password: 'switchboard-demo', tenantSlug: 'northwind' };
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const WAIT = { timeout: 15_000, interval: 20 };

let server: Awaited<ReturnType<typeof startTestServer>>;
let urqlSetup: UrqlSetup;
const mounted: VueWrapper[] = [];

beforeAll(async () => {
  server = await startTestServer();
  // The page is served by the API in production, so the app talks to its own
  // origin: put the happy-dom window there too. Requests are then same-origin
  // (no CORS) and the app's default URL (`/graphql` on location) is exercised.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${server.url}/login`);
  urqlSetup = createUrqlSetup();
});

afterAll(async () => {
  urqlSetup?.dispose();
  await server?.stop();
});

afterEach(() => {
  for (const w of mounted.splice(0)) w.unmount();
  clearToken();
});

async function mountLoginAt(path: string): Promise<{ wrapper: VueWrapper; router: Router }> {
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(LoginPage, {
    global: { plugins: [router, [urql, urqlSetup.client]] },
    attachTo: document.body,
  });
  mounted.push(wrapper);
  return { wrapper, router };
}

async function fillAndSubmit(wrapper: VueWrapper, values: typeof DEMO) {
  await wrapper.get('#login-email').setValue(values.email);
  await wrapper.get('#login-password').setValue(values.password);
  await wrapper.get('#login-tenant').setValue(values.tenantSlug);
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

describe('LoginPage', () => {
  it('shows the server name, version and the assistant badge from the API', async () => {
    const { wrapper } = await mountLoginAt('/login');
    await vi.waitFor(() => expect(wrapper.get('[data-testid="server-name"]').text()).toBe('Switchboard'), WAIT);
    await vi.waitFor(() => expect(wrapper.find('[data-testid="assistant-badge"]').exists()).toBe(true), WAIT);
    expect(wrapper.get('[data-testid="assistant-badge"]').text()).toBe('Assistant: offline');
    expect(wrapper.get('[data-testid="server-version"]').text()).toMatch(/^Version \d+\.\d+\.\d+/);

    // Accessible form: every input has a label, the error area is an alert.
    for (const id of ['login-email', 'login-password', 'login-tenant']) {
      expect(wrapper.find(`label[for="${id}"]`).exists()).toBe(true);
    }
    expect(wrapper.get('[role="alert"]').attributes('hidden')).toBeDefined();
  });

  it('signs in with the demo credentials, stores a JWT and goes home', async () => {
    const { wrapper, router } = await mountLoginAt('/login');
    await fillAndSubmit(wrapper, DEMO);

    await vi.waitFor(() => expect(getToken()).toMatch(JWT), WAIT);
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBe(getToken());
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/'), WAIT);
    expect(wrapper.get('[role="alert"]').attributes('hidden')).toBeDefined();

    // The home page reads the viewer with the stored token.
    const app = mount(App, { global: { plugins: [router, [urql, urqlSetup.client]] }, attachTo: document.body });
    mounted.push(app);
    await vi.waitFor(
      () => expect(app.get('[data-testid="signed-in-as"]').text()).toBe('Signed in as Nora Admin (Tenant admin) — Northwind Outfitters'),
      WAIT,
    );

    // Sign out clears the token and returns to the login page.
    await app.get('button.button-secondary').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'), WAIT);
    expect(getToken()).toBeNull();
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('shows the GraphQL error in an alert on a wrong password, and stores nothing', async () => {
    const { wrapper, router } = await mountLoginAt('/login');
    await fillAndSubmit(wrapper, { ...DEMO, password: 'wrong-password' });

    await vi.waitFor(() => expect(wrapper.get('[role="alert"]').attributes('hidden')).toBeUndefined(), WAIT);
    // Exactly the message the API gives for this mutation (no "[GraphQL]" prefix).
    const direct = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        variables: { input: { ...DEMO, password: 'wrong-password' } },
      }),
    }).then((r) => r.json() as Promise<{ errors: { message: string; extensions: { code: string } }[] }>);
    expect(direct.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(wrapper.get('[role="alert"]').text()).toBe(direct.errors[0]!.message);
    expect(getToken()).toBeNull();
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(router.currentRoute.value.name).toBe('login');
    expect(wrapper.get('#login-password').attributes('aria-invalid')).toBe('true');
    expect((wrapper.get('#login-password').element as HTMLInputElement).value).toBe('');
  });
});
