// Debian's Chromium driven by playwright-core for end-to-end tests: one browser per test file,
// a fresh context (own storage, own network switch) per test, every console error and page
// error collected so a test fails on them, screenshots in test/e2e/artifacts/.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails (never skips) when the browser is missing: the e2e tests are part of the suite. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: the browser tests need it. Run the tests with "npm test" (it installs Debian chromium when run as root) or install it: apt-get install -y chromium`);
  }
}

export async function launchBrowser(): Promise<Browser> {
  requireChromium();
  // launch() runs the browser with a fresh temporary profile (user-data-dir) and removes it on close.
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true, timeout: 20_000 });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far (minus the allowed ones). */
  errors: string[];
  /** Console errors that matched an allowed pattern (kept for the test to look at). */
  tolerated: string[];
  /** Tolerate console errors matching `pattern` until the returned function is called. */
  allowErrors(pattern: RegExp): () => void;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openPage(browser: Browser, viewport = { width: 1200, height: 800 }, options: { timezoneId?: string; acceptDownloads?: boolean } = {}): Promise<TestPage> {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const tolerated: string[] = [];
  const allowed = new Set<RegExp>();
  const record = (text: string) => {
    (Array.from(allowed).some((p) => p.test(text)) ? tolerated : errors).push(text);
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') record(`console.error: ${msg.text()} (${msg.location().url}:${msg.location().lineNumber})`);
  });
  page.on('pageerror', (e) => record(`page error: ${e.stack ?? e.message}`));
  return {
    context,
    page,
    errors,
    tolerated,
    allowErrors(pattern) {
      allowed.add(pattern);
      return () => allowed.delete(pattern);
    },
    async screenshot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    close: () => context.close(),
  };
}
