// Section `web`: what a person waits for. The chat widget's gzipped size (budget 60 KB), and the
// agent console's time to show the queue after signing in: from pressing "Sign in" on the login
// page until the Queue list shows the demo tenant's waiting conversation, in headless Chromium
// against our API serving the built app (the same build `npm start` serves).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Row, Section } from '../lib/types.js';
import { startApi, stopApi } from '../lib/api.js';
import { launchBrowser } from '../../e2e/helpers/browser.js';

const WIDGET_BUDGET_KB = 60;
const RUNS = 5;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

export const web: Section = {
  name: 'web',
  description: 'chat widget size (gzipped) and the console’s time to show the queue after sign-in (Chromium)',
  async run(ctx) {
    const dist = ctx.tempDir('sb-bench-web-');
    const vite = path.join(ctx.root, 'node_modules', 'vite', 'bin', 'vite.js');
    execFileSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ctx.root, stdio: 'inherit' });
    execFileSync(process.execPath, [vite, 'build', '--config', 'web/widget/vite.config.ts', '--outDir', dist, '--logLevel', 'warn'], { cwd: ctx.root, stdio: 'inherit' });
    const widget = readFileSync(path.join(dist, 'widget.js'));
    const gzKb = gzipSync(widget, { level: 9 }).length / 1024;
    const rows: Row[] = [
      { figure: 'chat widget, gzipped', value: gzKb, unit: 'KB', decimals: 1, goal: { op: '<=', target: WIDGET_BUDGET_KB }, note: `${(widget.length / 1024).toFixed(1)} KB raw` },
    ];

    const db = await ctx.database();
    const dataDir = ctx.tempDir('sb-bench-web-api-');
    const api = await startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name: 'api (web)', env: { DATABASE_URL: db.url, DATA_DIR: dataDir, WEB_DIST: dist, SEED_DEMO: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production' } });
    const browser = await launchBrowser();
    try {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${api.url}/login?redirect=${encodeURIComponent('/console')}`);
        await page.locator('#login-email').fill('agent@northwind.demo');
        await page.locator('#login-password').fill('switchboard-demo');
        await page.locator('#login-tenant').fill('northwind');
        const t0 = performance.now();
        await page.locator('button[type="submit"]').click();
        await page.locator('#conversation-list [id^="conv-"]').first().waitFor({ timeout: 20_000 });
        if (i > 0) times.push(performance.now() - t0); // the first run warms the API and the browser cache
        await context.close();
      }
      ctx.log(`console queue after sign-in: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
      rows.push({ figure: 'console: sign-in → queue shown, median', value: percentile(times, 50), unit: 'ms', decimals: 0, note: `${RUNS} runs, headless Chromium, demo agent; p95 ${percentile(times, 95).toFixed(0)} ms` });
    } finally {
      await browser.close();
      await stopApi(api.child);
    }
    return rows;
  },
};
