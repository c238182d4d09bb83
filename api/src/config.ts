// Every environment variable the platform reads, parsed and validated in one place.
// `configSpec` is also the source of the README's configuration table (a test checks they agree).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Parser<T> = (raw: string, name: string) => T;

interface VarSpec<T> {
  name: string;
  description: string;
  /** Shown in the README; `undefined` means "unset". */
  defaultText?: string;
  default?: () => T | undefined;
  parse: Parser<T>;
  secret?: boolean;
}

const fail = (name: string, expected: string, raw: string, secret = false): never => {
  throw new ConfigError(`${name}: expected ${expected}, got ${secret ? '(hidden)' : JSON.stringify(raw)}`);
};

const str: Parser<string> = (raw) => raw;
const int = (min: number, max: number): Parser<number> => (raw, name) => {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) fail(name, `an integer between ${min} and ${max}`, raw);
  return n;
};
const bool: Parser<boolean> = (raw, name) => {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(v)) return false;
  return fail(name, 'true or false', raw);
};
const oneOf = <T extends string>(...values: T[]): Parser<T> => (raw, name) =>
  (values as string[]).includes(raw) ? (raw as T) : fail(name, `one of ${values.join(', ')}`, raw);
const url = (...protocols: string[]): Parser<string> => (raw, name) => {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return fail(name, `a URL (${protocols.join(' or ')}//…)`, raw.replace(/:[^:@/]*@/, ':***@'));
  }
  if (!protocols.includes(parsed.protocol)) fail(name, `a ${protocols.join(' or ')}// URL`, raw.replace(/:[^:@/]*@/, ':***@'));
  if (!parsed.hostname) fail(name, 'a URL with a host name', raw.replace(/:[^:@/]*@/, ':***@'));
  return raw;
};
const listOf = <T extends string>(...values: T[]): Parser<T[]> => (raw, name) => {
  const items = raw.split(',').map((x) => x.trim()).filter(Boolean);
  for (const x of items) if (!(values as string[]).includes(x)) fail(name, `a comma list of ${values.join(', ')}`, raw);
  return items as T[];
};
const secretText: Parser<string> = (raw, name) => (raw.length >= 32 ? raw : fail(name, 'at least 32 characters', raw, true));

export const configSpec = {
  NODE_ENV: { name: 'NODE_ENV', description: 'production hides schema details from anonymous callers; test enables test-only diagnostics.', defaultText: 'development', default: () => 'development', parse: oneOf('development', 'production', 'test') },
  HOST: { name: 'HOST', description: 'Interface the HTTP server listens on.', defaultText: '127.0.0.1', default: () => '127.0.0.1', parse: str },
  PORT: { name: 'PORT', description: 'HTTP port for GraphQL (HTTP and WebSocket), health checks and the web app. 0 picks a free port.', defaultText: '4000', default: () => 4000, parse: int(0, 65535) },
  DATA_DIR: { name: 'DATA_DIR', description: 'Where the embedded PostgreSQL, embedded Chroma and generated secrets live.', defaultText: './.data', default: () => './.data', parse: str },
  DATABASE_URL: { name: 'DATABASE_URL', description: 'PostgreSQL server to use. Unset: an embedded PostgreSQL is started in DATA_DIR.', parse: url('postgres:', 'postgresql:'), secret: true },
  DB_POOL_SIZE: { name: 'DB_POOL_SIZE', description: 'Connections per pool (the ORM pool and the read-planner pool each).', defaultText: '10', default: () => 10, parse: int(1, 200) },
  LISTENER_BACKGROUND_CONCURRENCY: { name: 'LISTENER_BACKGROUND_CONCURRENCY', description: 'Domain-event listeners of the background lane (per-message bookkeeping: reporting, SLA clocks of linked tickets, automation on messages, reply mails) running at once; the rest wait in memory, so they never hold every database connection while customers and agents wait. 0: every listener starts at once.', defaultText: '3', default: () => 3, parse: int(0, 200) },
  REDIS_URL: { name: 'REDIS_URL', description: 'Redis for realtime events between API instances. Unset: in-memory events (one instance only).', parse: url('redis:', 'rediss:'), secret: true },
  EVENTS_CHANNEL_PREFIX: { name: 'EVENTS_CHANNEL_PREFIX', description: 'Prefix of Redis channel names, so several deployments can share one Redis.', defaultText: 'switchboard:', default: () => 'switchboard:', parse: str },
  CHROMA_URL: { name: 'CHROMA_URL', description: 'Chroma server for knowledge retrieval. Unset: the platform starts its own Chroma in DATA_DIR.', parse: url('http:', 'https:') },
  ANTHROPIC_API_KEY: { name: 'ANTHROPIC_API_KEY', description: 'Claude API key. Unset: the assistant runs on the offline provider and says so.', parse: str, secret: true },
  ANTHROPIC_BASE_URL: { name: 'ANTHROPIC_BASE_URL', description: 'Messages API base URL (without /v1); tests point it at a local fake.', parse: url('http:', 'https:') },
  CLASSIFIER_EMBEDDINGS: { name: 'CLASSIFIER_EMBEDDINGS', description: 'The offline intent classifier also reads sentence embeddings: each training example is embedded once in the background after its upload, each classified message before prediction (HWU64: 0.90 against 0.88 with n-grams alone). false: n-grams only, nothing embedded for the classifier.', defaultText: 'true', default: () => true, parse: bool },
  ASSISTANT_ENABLED: { name: 'ASSISTANT_ENABLED', description: 'false: the assistant never answers (conversations stay with the bot status until an agent takes over or the customer asks for a human).', defaultText: 'true', default: () => true, parse: bool },
  ANTHROPIC_MODEL: { name: 'ANTHROPIC_MODEL', description: 'Default model for assistant answers (a tenant may choose another in its assistant settings).', defaultText: 'claude-sonnet-5-5', default: () => 'claude-sonnet-5-5', parse: str },
  ANTHROPIC_CLASSIFY_MODEL: { name: 'ANTHROPIC_CLASSIFY_MODEL', description: 'Model for classification (category, intent, priority, sentiment, summary).', defaultText: 'claude-haiku-5-5', default: () => 'claude-haiku-5-5', parse: str },
  AI_MAX_RETRIES: { name: 'AI_MAX_RETRIES', description: 'Retries of a failed model call (429, 5xx, 529, connection errors), with exponential back-off.', defaultText: '2', default: () => 2, parse: int(0, 10) },
  AI_IDLE_TIMEOUT_MS: { name: 'AI_IDLE_TIMEOUT_MS', description: 'A model stream that sends nothing for this long is aborted and the conversation handed off.', defaultText: '20000', default: () => 20000, parse: int(100, 600000) },
  AI_TIMEOUT_MS: { name: 'AI_TIMEOUT_MS', description: 'Longest a whole model call may take, retries included.', defaultText: '60000', default: () => 60000, parse: int(100, 600000) },
  CHROMA_NAMESPACE: { name: 'CHROMA_NAMESPACE', description: 'Prefix of this deployment\'s Chroma collections (one per tenant), so several deployments or test databases can share one Chroma.', defaultText: 'sb', default: () => 'sb', parse: str },
  CHROMA_TIMEOUT_MS: { name: 'CHROMA_TIMEOUT_MS', description: 'A Chroma call that takes longer fails (the assistant then hands off; indexing retries).', defaultText: '3000', default: () => 3000, parse: int(100, 120000) },
  EMBEDDINGS_PROVIDER: { name: 'EMBEDDINGS_PROVIDER', description: 'offline: Universal Sentence Encoder shipped in the npm package (no network). openai: any OpenAI-compatible /v1/embeddings API (changing it needs `reindexKnowledge(reembed: true)`).', defaultText: 'offline', default: () => 'offline' as const, parse: oneOf('offline', 'openai') },
  EMBEDDINGS_MODEL: { name: 'EMBEDDINGS_MODEL', description: 'Model of the hosted embedding provider.', defaultText: 'text-embedding-3-small', default: () => 'text-embedding-3-small', parse: str },
  EMBEDDINGS_API_KEY: { name: 'EMBEDDINGS_API_KEY', description: 'API key of the hosted embedding provider (required with EMBEDDINGS_PROVIDER=openai).', parse: str, secret: true },
  EMBEDDINGS_BASE_URL: { name: 'EMBEDDINGS_BASE_URL', description: 'Base URL of the hosted embedding provider.', defaultText: 'https://api.openai.com/v1', default: () => 'https://api.openai.com/v1', parse: url('http:', 'https:') },
  EMBEDDINGS_DIMENSIONS: { name: 'EMBEDDINGS_DIMENSIONS', description: 'Vector size to ask the hosted provider for (when the model supports shortening).', parse: int(1, 10000) },
  KNOWLEDGE_CALIBRATION_AUTO: { name: 'KNOWLEDGE_CALIBRATION_AUTO', description: 'Recalibrate a tenant\'s hand-off threshold by itself when its published knowledge changes (and at boot when a calibration is missing or stale). false: only `recalibrateKnowledge` starts one.', defaultText: 'true', default: () => true, parse: bool },
  KNOWLEDGE_CALIBRATION_DEBOUNCE_MS: { name: 'KNOWLEDGE_CALIBRATION_DEBOUNCE_MS', description: 'Quiet time after the last knowledge change of a tenant before its calibration runs (a bulk import calibrates once).', defaultText: '30000', default: () => 30000, parse: int(0, 3600000) },
  INDEX_RETRY_MAX_SECONDS: { name: 'INDEX_RETRY_MAX_SECONDS', description: 'Longest wait between retries of a failed background job (indexing while Chroma is down…); the wait doubles up to this.', defaultText: '60', default: () => 60, parse: int(1, 3600) },
  JWT_SECRET: { name: 'JWT_SECRET', description: 'Signing secret for access tokens (≥ 32 chars). Unset: generated once and kept in DATA_DIR/secrets.json.', parse: secretText, secret: true },
  ENCRYPTION_KEY: { name: 'ENCRYPTION_KEY', description: 'Key (≥ 32 chars) that encrypts secrets we must read back, e.g. widget identity secrets. Unset: generated once and kept in DATA_DIR/secrets.json.', parse: secretText, secret: true },
  LOG_LEVEL: { name: 'LOG_LEVEL', description: 'pino log level.', defaultText: 'info', default: () => 'info', parse: oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent') },
  SEED_DEMO: { name: 'SEED_DEMO', description: 'Seed the demo tenants once into an empty database.', defaultText: 'true', default: () => true, parse: bool },
  WEB_DIST: { name: 'WEB_DIST', description: 'Folder of the built web app served at /.', defaultText: './web/dist', default: () => './web/dist', parse: str },
  DEBUG_SQL_COUNT: { name: 'DEBUG_SQL_COUNT', description: 'Answer `x-debug-sql-count: 1` with `extensions.sqlStatements`. Unset: on except in production.', parse: bool },
  WIDGET_SESSIONS_PER_HOUR: { name: 'WIDGET_SESSIONS_PER_HOUR', description: 'Widget sessions one IP address may start per widget and hour (the widget key is public); more: RATE_LIMITED. 0: no limit.', defaultText: '60', default: () => 60, parse: int(0, 1000000) },
  WIDGET_MESSAGES_PER_MINUTE: { name: 'WIDGET_MESSAGES_PER_MINUTE', description: 'Messages one customer may send per minute (each may start a paid model call); more: RATE_LIMITED. 0: no limit.', defaultText: '20', default: () => 20, parse: int(0, 1000000) },
  LISTENER_CACHES: { name: 'LISTENER_CACHES', description: 'Per-instance caches of the domain listeners (a tenant\'s automation rules and SLA settings, conversations without an open ticket): a message then costs them no read. Kept correct across instances through REDIS_URL (read through while Redis is down). Several instances without Redis must set false.', defaultText: 'true', default: () => true, parse: bool },
  RATE_BUDGETS: { name: 'RATE_BUDGETS', description: 'Budgets by cost: every caller gets points per hour (API keys 1,000,000 unless the key says otherwise, staff 2,000,000, widget customers 200,000, anonymous 100,000 per IP address), shared through REDIS_URL when set; answers carry `x-ratelimit-*` headers and `extensions.cost`. false: no budgets (the bench compares both).', defaultText: 'true', default: () => true, parse: bool },
  MAX_PAGE_SIZE: { name: 'MAX_PAGE_SIZE', description: 'Largest `first` a connection accepts.', defaultText: '100', default: () => 100, parse: int(1, 1000) },
  SMTP_URL: { name: 'SMTP_URL', description: 'SMTP server for outgoing e-mail (smtp:// or smtps://, credentials in the URL). Unset: mails are only STORED in the outbox (readable by admins in `outboxMessages`).', parse: url('smtp:', 'smtps:'), secret: true },
  MAIL_FROM: { name: 'MAIL_FROM', description: 'Sender of outgoing e-mail (`Name <address>` or an address).', defaultText: 'Switchboard <no-reply@switchboard.local>', default: () => 'Switchboard <no-reply@switchboard.local>', parse: str },
  PUBLIC_URL: { name: 'PUBLIC_URL', description: 'Address where people open the web app: the base of links in e-mails (invitations, password resets, notifications).', defaultText: 'http://localhost:4000', default: () => 'http://localhost:4000', parse: url('http:', 'https:') },
  TEST_CLOCK_OFFSET_MS: { name: 'TEST_CLOCK_OFFSET_MS', description: 'TEST ONLY (ignored unless NODE_ENV=test): the SLA clock runs this many ms ahead of real time, so a browser test sees a ticket turn AT_RISK and BREACHED within seconds.', parse: int(0, 31_536_000_000) },
  METRICS: { name: 'METRICS', description: 'Prometheus metrics at /metrics (false: nothing is counted and /metrics answers 404).', defaultText: 'true', default: () => true, parse: bool },
  METRICS_TOKEN: { name: 'METRICS_TOKEN', description: 'Bearer token (≥ 32 chars) /metrics requires on the main port. Unset: /metrics is served on METRICS_PORT only, or on the main port in development and test; in production without either it is refused.', parse: secretText, secret: true },
  METRICS_PORT: { name: 'METRICS_PORT', description: 'Internal port (bound to 127.0.0.1) serving /metrics and /readyz without a token, for a scraper on the same host or pod.', parse: int(1, 65535) },
  READYZ_REQUIRE: { name: 'READYZ_REQUIRE', description: 'Optional dependencies whose failure also makes /readyz answer 503 instead of `200 degraded` (comma list of events, vectorStore, embedder; `events` is Redis when REDIS_URL is set). database and jobs always do. Unset: none — every instance keeps serving through a Redis or Chroma outage.', default: () => [] as ('events' | 'vectorStore' | 'embedder')[], parse: listOf('events', 'vectorStore', 'embedder') },
  WEBHOOK_RETRY_SCALE: { name: 'WEBHOOK_RETRY_SCALE', description: 'TEST ONLY (ignored unless NODE_ENV=test): multiplies the webhook retry delays (5 s … 12 h), so tests and benches see retries within milliseconds.', defaultText: '1', default: () => 1, parse: (raw: string, name: string) => { const n = Number(raw); return Number.isFinite(n) && n > 0 && n <= 1 ? n : fail(name, 'a number > 0 and ≤ 1', raw); } },
  SHUTDOWN_TIMEOUT_MS: { name: 'SHUTDOWN_TIMEOUT_MS', description: 'How long a graceful shutdown waits for requests and sockets to drain.', defaultText: '10000', default: () => 10000, parse: int(0, 600000) },
} satisfies Record<string, VarSpec<unknown>>;

type Spec = typeof configSpec;
type ValueOf<K extends keyof Spec> = Spec[K] extends VarSpec<infer T> ? T : never;
type Raw = { [K in keyof Spec]: Spec[K] extends { default: () => unknown } ? ValueOf<K> : ValueOf<K> | undefined };

export interface Config extends Omit<Raw, 'JWT_SECRET' | 'ENCRYPTION_KEY'> {
  JWT_SECRET: string;
  ENCRYPTION_KEY: string;
  /** Absolute DATA_DIR. */
  dataDir: string;
  embeddedDatabase: boolean;
}

/** Parse an environment; throws ConfigError with one clear line on the first bad value. */
export function parseEnv(env: NodeJS.ProcessEnv = process.env): Raw {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(configSpec) as [string, VarSpec<unknown>][]) {
    const raw = env[key];
    out[key] = raw === undefined || raw === '' ? spec.default?.() : spec.parse(raw, key);
  }
  return out as Raw;
}

/** Secrets not given are generated once and kept (mode 600) in DATA_DIR; never printed. */
export function persistedSecret(dataDir: string, key: string): string {
  const file = path.join(dataDir, 'secrets.json');
  let stored: Record<string, string> = {};
  if (existsSync(file)) {
    try {
      stored = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new ConfigError(`${file}: unreadable secrets file (delete it to regenerate)`);
    }
  }
  if (!stored[key]) {
    stored[key] = randomBytes(48).toString('base64url');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return stored[key];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = parseEnv(env);
  if (raw.EMBEDDINGS_PROVIDER === 'openai' && !raw.EMBEDDINGS_API_KEY) throw new ConfigError('EMBEDDINGS_API_KEY: required when EMBEDDINGS_PROVIDER=openai');
  if (raw.METRICS_PORT !== undefined && raw.METRICS_PORT === raw.PORT) throw new ConfigError('METRICS_PORT: must differ from PORT (it serves /metrics without a token)');
  const dataDir = path.resolve(raw.DATA_DIR);
  return {
    ...raw,
    dataDir,
    embeddedDatabase: !raw.DATABASE_URL,
    JWT_SECRET: raw.JWT_SECRET ?? persistedSecret(dataDir, 'JWT_SECRET'),
    ENCRYPTION_KEY: raw.ENCRYPTION_KEY ?? persistedSecret(dataDir, 'ENCRYPTION_KEY'),
  };
}

/** A connection URL for logs and errors: the password replaced by ***. */
export const redactUrl = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
