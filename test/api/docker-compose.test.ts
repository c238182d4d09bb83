// docker-compose.yml and the Dockerfile, checked statically (no container engine is needed):
// every variable the API services set is one config.ts knows and parses, the services wait for
// healthy dependencies, every service has a health check, and no secret is written in the files.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configSpec, parseEnv } from '../../api/src/config.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const composeText = readFileSync(`${root}docker-compose.yml`, 'utf8');
// Compose honours YAML merge keys (`<<: *anchor`); so must we.
const compose = parse(composeText, { merge: true }) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  ports?: (string | number | { target?: number; published?: number | string })[];
  volumes?: (string | { source?: string; target?: string })[];
}

const REFERENCE = /^\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-?][^}]*)?\}$/;
const SECRET_KEY = /SECRET|PASSWORD|API_KEY|TOKEN/i;

/** Values a user would plausibly export for the variables compose interpolates. */
const PLAUSIBLE: Record<string, string> = {
  JWT_SECRET: 'q2VxW8jF0mZ3nK7pR1sT5uY9bC4dE6gH8iJ0kL2mN4oP6qR8', // 48 chars, like `openssl rand -base64 36`
  POSTGRES_PASSWORD: 'c0ffee1234567890abcdef',
  ANTHROPIC_API_KEY: 'sk-ant-test-key',
};

/**
 * Compose's interpolation: `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `${VAR?err}`,
 * `$VAR`, and `$$` for a literal `$`. Variables come from `vars`; an unset `:?`/`?` variable throws,
 * as compose refuses to start.
 */
function interpolate(value: string, vars: Record<string, string | undefined>): string {
  return value.replace(/\$(\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (whole, _m, braced, colon, op, arg, bare) => {
    if (whole === '$$') return '$';
    const name = (braced ?? bare) as string;
    const v = vars[name];
    const missing = colon ? v === undefined || v === '' : v === undefined;
    if (!op) return v ?? '';
    if (op === '-') return missing ? arg : v!;
    if (missing) throw new Error(`required variable ${name} is missing: ${arg}`);
    return v!;
  });
}

/** `environment` as a map, whichever of its two compose forms is used. */
function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((line) => {
      const i = line.indexOf('=');
      return i < 0 ? [line, ''] : [line.slice(0, i), line.slice(i + 1)];
    }));
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

/** The service's environment as the container would see it, with plausible values for the `${…}` references. */
function resolvedEnvironment(service: Service): Record<string, string> {
  return Object.fromEntries(Object.entries(environmentOf(service)).map(([k, v]) => [k, interpolate(v, PLAUSIBLE)]));
}

const apiServices = Object.keys(compose.services).filter((name) => name.startsWith('api-'));

describe('interpolate (the helper itself)', () => {
  it('substitutes defaults, required variables and escapes like compose', () => {
    expect(interpolate('${A:-x}', {})).toBe('x');
    expect(interpolate('${A:-x}', { A: '' })).toBe('x');
    expect(interpolate('${A-x}', { A: '' })).toBe('');
    expect(interpolate('a${B:?set B}c', { B: 'b' })).toBe('abc');
    expect(() => interpolate('${B:?set B}', {})).toThrow(/set B/);
    expect(interpolate('$$HOME and $A', { A: '1' })).toBe('$HOME and 1');
  });
});

describe('docker-compose.yml', () => {
  it('has postgres, redis, chroma and two API replicas', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'chroma', 'api-1', 'api-2']));
    expect(apiServices.sort()).toEqual(['api-1', 'api-2']);
    expect(compose.services.postgres.image).toMatch(/^postgres:16\b/);
    expect(compose.services.redis.image).toMatch(/^redis:7\b/);
    expect(compose.services.chroma.image).toMatch(/^chromadb\/chroma(:|$)/);
  });

  it('gives every service a health check', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      expect(service.healthcheck?.test, `${name} healthcheck`).toBeTruthy();
      expect(service.healthcheck?.disable, `${name} healthcheck disabled`).not.toBe(true);
    }
    const joined = (name: string) => [compose.services[name].healthcheck!.test].flat().join(' ');
    expect(joined('postgres')).toContain('pg_isready');
    expect(joined('redis')).toMatch(/redis-cli.*ping/);
    expect(joined('chroma')).toContain('/api/v2/heartbeat');
    for (const name of apiServices) expect(joined(name)).toContain('/readyz');
  });

  it('keeps PostgreSQL and Chroma data in volumes', () => {
    const volumeTargets = (name: string) =>
      (compose.services[name].volumes ?? []).map((v) => (typeof v === 'string' ? v.split(':')[1] : v.target));
    expect(volumeTargets('postgres')).toContain('/var/lib/postgresql/data');
    expect(volumeTargets('chroma')).toContain('/data');
  });

  describe.each(apiServices)('%s', (name) => {
    const service = compose.services[name];

    it('is built from the Dockerfile', () => {
      const build = typeof service.build === 'string' ? { context: service.build } : service.build;
      expect(build?.context).toBe('.');
      expect(build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
    });

    it('sets only variables that config.ts knows', () => {
      const unknown = Object.keys(environmentOf(service)).filter((key) => !(key in configSpec));
      expect(unknown).toEqual([]);
    });

    it('sets values config.ts accepts', () => {
      const env = resolvedEnvironment(service);
      const parsed = parseEnv(env);
      expect(parsed.HOST).toBe('0.0.0.0');
      expect(parsed.PORT).toBe(4000);
      expect(parsed.NODE_ENV).toBe('production');
      expect(parsed.JWT_SECRET).toBe(PLAUSIBLE.JWT_SECRET);
    });

    it('points DATABASE_URL, REDIS_URL and CHROMA_URL at the compose services', () => {
      const env = resolvedEnvironment(service);
      expect(new URL(env.DATABASE_URL!).hostname).toBe('postgres');
      expect(new URL(env.REDIS_URL!).hostname).toBe('redis');
      expect(new URL(env.CHROMA_URL!).hostname).toBe('chroma');
      expect(new URL(env.DATABASE_URL!).password).toBe(PLAUSIBLE.POSTGRES_PASSWORD);
    });

    it('waits for healthy postgres, redis and chroma', () => {
      const deps = service.depends_on;
      expect(Array.isArray(deps), 'depends_on must be the long form with conditions').toBe(false);
      for (const dep of ['postgres', 'redis', 'chroma']) {
        expect((deps as Record<string, { condition?: string }>)[dep]?.condition, `${name} -> ${dep}`).toBe('service_healthy');
      }
    });

    it('takes JWT_SECRET from the environment and requires it', () => {
      expect(environmentOf(service).JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?[^}]*\}$/);
      expect(() => resolvedEnvironmentWithout(service, 'JWT_SECRET')).toThrow(/JWT_SECRET/);
    });
  });

  it('publishes the replicas on 4001 and 4002, both listening on 4000 inside', () => {
    const ports = (name: string) => (compose.services[name].ports ?? []).map(String);
    expect(ports('api-1')).toContain('4001:4000');
    expect(ports('api-2')).toContain('4002:4000');
  });

  it('seeds from api-1 only', () => {
    expect(parseEnv(resolvedEnvironment(compose.services['api-1'])).SEED_DEMO).toBe(true);
    expect(parseEnv(resolvedEnvironment(compose.services['api-2'])).SEED_DEMO).toBe(false);
  });

  it('shares one JWT_SECRET and one database between the replicas', () => {
    const a = environmentOf(compose.services['api-1']);
    const b = environmentOf(compose.services['api-2']);
    for (const key of ['JWT_SECRET', 'DATABASE_URL', 'REDIS_URL', 'CHROMA_URL']) expect(b[key], key).toBe(a[key]);
  });

  it('writes no secret literally', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries(environmentOf(service))) {
        if (SECRET_KEY.test(key)) expect(value, `${name}.${key}`).toMatch(REFERENCE);
        // Passwords inside connection URLs, too.
        const password = /^[a-z][a-z0-9+.-]*:\/\/[^:@/]*:([^@]*)@/i.exec(value)?.[1];
        if (password !== undefined) expect(password, `${name}.${key} password`).toMatch(REFERENCE);
      }
    }
    // The postgres password is the one the API services use.
    expect(environmentOf(compose.services.postgres).POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD(?::?[-?][^}]*)?\}$/);
  });
});

function resolvedEnvironmentWithout(service: Service, variable: string) {
  const vars = { ...PLAUSIBLE };
  delete vars[variable];
  return Object.entries(environmentOf(service)).map(([k, v]) => [k, interpolate(v, vars)]);
}

describe('Dockerfile', () => {
  const path = `${root}Dockerfile`;

  it('exists', () => {
    expect(existsSync(path)).toBe(true);
  });

  // Instructions of the final stage, continuation lines joined, comments dropped.
  const instructions = () => {
    const lines = readFileSync(path, 'utf8').replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const lastFrom = lines.map((l) => /^FROM\s/i.test(l)).lastIndexOf(true);
    return lines.slice(lastFrom).map((l) => {
      const [, op, rest] = /^(\S+)\s*(.*)$/.exec(l)!;
      return { op: op.toUpperCase(), rest };
    });
  };
  const asCommand = (rest: string) => (rest.startsWith('[') ? (JSON.parse(rest) as string[]).join(' ') : rest);

  it('builds from node:22-bookworm-slim and runs the API bundle npm start runs (built in the image, sources beside it)', () => {
    const text = readFileSync(path, 'utf8').replace(/\\\r?\n/g, ' ');
    expect(text).toMatch(/^FROM node:22-bookworm-slim\b/m);
    // Built at image build time, at the path it runs from (the bundle keeps each module's own file URL).
    expect(text).toMatch(/^RUN\b.*\bnode scripts\/build-api\.mjs\b/m);
    const final = instructions();
    const copies = final.filter((i) => i.op === 'COPY').map((i) => i.rest);
    expect(copies.some((c) => /\/app\/dist\/api\s+\.\/dist\/api\b/.test(c))).toBe(true);
    // Worker threads load their TypeScript through tsx, and modules read data files next to their sources.
    expect(copies.some((c) => /\/app\/api\s+\.\/api\b/.test(c))).toBe(true);
    const run = final.filter((i) => i.op === 'CMD' || i.op === 'ENTRYPOINT').map((i) => asCommand(i.rest)).join(' ');
    expect(run).toMatch(/\bnode\b.*--experimental-async-context-frame\b.*\bdist\/api\/main\.mjs\b/);
  });

  it('runs as a non-root user, listens on 0.0.0.0:4000 and checks /healthz', () => {
    const final = instructions();
    const user = final.filter((i) => i.op === 'USER').at(-1)?.rest;
    expect(user).toBeTruthy();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const env = final.filter((i) => i.op === 'ENV').map((i) => i.rest).join(' ');
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
    expect(final.some((i) => i.op === 'EXPOSE' && /\b4000\b/.test(i.rest))).toBe(true);
    expect(final.find((i) => i.op === 'HEALTHCHECK')?.rest).toContain('/healthz');
  });

  it('is accompanied by a .dockerignore that keeps local state out of the build context', () => {
    const ignored = readFileSync(`${root}.dockerignore`, 'utf8').split(/\r?\n/).map((l) => l.trim());
    for (const entry of ['node_modules', '.data', 'web/dist', '.git', 'test-artifacts']) expect(ignored).toContain(entry);
  });
});
