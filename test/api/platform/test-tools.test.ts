// The README's test command sets up what the suite needs, or says in one line what to install.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const script = new URL('../../../scripts/ensure-test-tools.mjs', import.meta.url).pathname;
const run = (env: Record<string, string>) => spawnSync(process.execPath, [script], { env: { ...process.env, SKIP_TEST_TOOLS: '', ...env }, encoding: 'utf8' });

describe('npm test set-up (scripts/ensure-test-tools.mjs)', () => {
  it('runs before every `npm test`', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect(pkg.scripts.pretest).toBe('node scripts/ensure-test-tools.mjs');
  });

  it('without Chromium and without a way to install it, stops with one line naming what to install', () => {
    const r = run({ CHROMIUM_PATH: '/nonexistent/chromium', TEST_TOOLS_APT: '0' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Chromium.*apt-get install chromium/);
  });

  it('is silent when Chromium is there', () => {
    const r = run({ CHROMIUM_PATH: process.execPath, TEST_TOOLS_APT: '0' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
