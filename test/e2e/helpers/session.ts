// The fixtures of one browser test file: a database cloned from the template, the real API
// (serving the built web app unless told not to), and Debian's Chromium. Pages opened through
// `open` get a screenshot when their test fails and are closed after each test. Call it at module
// level: it registers the hooks; a file's own `beforeAll` written after it runs after this setup.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { fileDatabaseUrl } from '../../helpers/db.js';
import { DEMO } from '../../helpers/graphql.js';
import { launchBrowser, openPage, requireChromium, type TestPage } from './browser.js';
import { buildApp } from './build-app.js';

/** Every demo user's password (api/src/boot/seed). */
export const DEMO_PASSWORD = 'switchboard-demo';

type Viewport = { width: number; height: number };
type PageOptions = Parameters<typeof openPage>[2];

export interface BrowserSessionOptions {
  /** Build and serve the web app at / (default true; widget-only files say false). */
  webApp?: boolean;
  /** Extra API environment, computed when the server starts (e.g. a local SMTP server's URL). */
  env?: () => Record<string, string> | Promise<Record<string, string>>;
  /** The viewport of `open()` without arguments (default: openPage's 1200 × 800). */
  viewport?: Viewport;
}

export interface BrowserSession {
  readonly server: TestServer;
  /** The file's own database (for `sql(db, …)`). */
  readonly db: string;
  readonly browser: Browser;
  /** A fresh browser context and page, closed after the test. */
  open(viewport?: Viewport, options?: PageOptions): Promise<TestPage>;
  /** Through the login page, then waits until `target` (a path) is shown. */
  signIn(page: Page, email: string, target?: string, tenantSlug?: string): Promise<void>;
}

export function useBrowserSession(options: BrowserSessionOptions = {}): BrowserSession {
  let server: TestServer | undefined;
  let db: string | undefined;
  let browser: Browser | undefined;
  const pages: TestPage[] = [];
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`browser session: ${what} used before beforeAll ran`);
    return value;
  };

  beforeAll(async () => {
    requireChromium();
    const webDist = options.webApp === false ? undefined : buildApp();
    db = await fileDatabaseUrl();
    const env = { ...(await options.env?.()), ...(webDist && { WEB_DIST: webDist }) };
    server = await startTestServer({ databaseUrl: db, env });
    browser = await launchBrowser();
  }, 180_000);

  afterEach(async (ctx) => {
    const failed = ctx.task.result?.state === 'fail';
    for (const [i, tp] of pages.splice(0).entries()) {
      if (failed) await tp.screenshot(`failed-${ctx.task.name.replace(/\W+/g, '-')}-${i}`).catch(() => undefined);
      await tp.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    get server() {
      return ready(server, 'server');
    },
    get db() {
      return ready(db, 'db');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    async open(viewport = options.viewport, pageOptions) {
      const tp = await openPage(ready(browser, 'browser'), viewport, pageOptions);
      pages.push(tp);
      return tp;
    },
    async signIn(page, email, target = '/', tenantSlug = DEMO.northwind.slug) {
      await page.goto(`${ready(server, 'server').url}/login?redirect=${encodeURIComponent(target)}`);
      await page.locator('#login-email').fill(email);
      await page.locator('#login-password').fill(DEMO_PASSWORD);
      await page.locator('#login-tenant').fill(tenantSlug);
      await page.locator('button[type="submit"]').click();
      const path = new URL(target, 'http://x').pathname;
      await page.waitForURL((u) => u.pathname === path, { timeout: 15_000 });
    },
  };
}
