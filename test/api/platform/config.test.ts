// A bad configuration stops the process with one clear line naming the variable, exit code 1.
import net from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSpec, loadConfig, parseEnv } from '../../../api/src/config.js';
import { runMain, freePort, ROOT } from '../../helpers/process.js';
import { fileDatabaseUrl } from '../../helpers/db.js';

describe('parseEnv', () => {
  it('applies defaults', () => {
    const c = parseEnv({});
    expect(c).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', DATA_DIR: './.data', LOG_LEVEL: 'info', SEED_DEMO: true, MAX_PAGE_SIZE: 100 });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['LOG_LEVEL', 'loud'],
    ['SEED_DEMO', 'maybe'],
    ['JWT_SECRET', 'short'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(ConfigError);
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`^${name}: expected`));
  });

  it('never echoes a secret or a password in its message', () => {
    try {
      parseEnv({ JWT_SECRET: 'hunter2' });
    } catch (e) {
      expect((e as Error).message).not.toContain('hunter2');
    }
    try {
      parseEnv({ DATABASE_URL: 'ftp://user:topsecret@host/db' });
    } catch (e) {
      expect((e as Error).message).not.toContain('topsecret');
    }
  });

  it('generates a JWT secret once and keeps it in DATA_DIR', async () => {
    const { mkdtempSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/sb-cfg-');
    const a = loadConfig({ DATA_DIR: dir });
    const b = loadConfig({ DATA_DIR: dir });
    expect(a.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(b.JWT_SECRET).toBe(a.JWT_SECRET);
  });
});

describe('the process refuses bad configuration', () => {
  const expectOneLine = async (env: Record<string, string>, pattern: RegExp) => {
    // A DATA_DIR of its own: never the checkout's ./.data (an embedded Chroma may live there).
    const p = runMain({ WEB_DIST: '/nonexistent', DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'sb-config-')), ...env });
    const code = await p.exited;
    expect(code).toBe(1);
    const lines = p.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(p.stderr()).not.toMatch(/\n\s+at /); // no stack trace
  };

  it('malformed DATABASE_URL', { timeout: 30_000 }, async () => {
    await expectOneLine({ DATABASE_URL: 'postgres//nope' }, /^switchboard: DATABASE_URL: expected a URL/);
  });

  it('unreachable DATABASE_URL', { timeout: 30_000 }, async () => {
    await expectOneLine({ DATABASE_URL: `postgres://sb:pw@127.0.0.1:${await freePort()}/sb` }, /^switchboard: DATABASE_URL: cannot reach PostgreSQL at postgres:\/\/sb:\*\*\*@127\.0\.0\.1:\d+\/sb \(ECONNREFUSED/);
  });

  it('port already in use', { timeout: 30_000 }, async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((r) => blocker.listen(0, '127.0.0.1', () => r((blocker.address() as net.AddressInfo).port)));
    try {
      await expectOneLine({ DATABASE_URL: await fileDatabaseUrl(), PORT: String(port), SEED_DEMO: 'false', JWT_SECRET: 'x'.repeat(40) }, new RegExp(`^switchboard: PORT: ${port} is already in use`));
    } finally {
      blocker.close();
    }
  });

  // An unreachable Redis no longer stops the boot: the API starts degraded (redis-outage.test.ts).
});

it('the README documents every configuration variable', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const name of Object.keys(configSpec)) expect(readme, `README lacks ${name}`).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  const documented = [...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
  expect(documented.sort()).toEqual(Object.keys(configSpec).sort());
});
