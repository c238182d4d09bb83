// Redis outages under chatting customers, on API instances run as child processes (what
// `npm start` runs), with a private redis-server the scenario stops, restarts, freezes (SIGSTOP)
// and thaws itself. Used by test/api/platform/redis-outage.test.ts (short) and by the bench
// section `outage` (the figure: 20 customers, 10 s). No vitest import: both can use it.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { freePort } from '../../api/src/free-port.js';
import { runMain, type Proc } from './process.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A redis-server of our own on a fixed port: stop/start keep the port, freeze/thaw hang it. */
export class PrivateRedis {
  private child: ChildProcess | null = null;
  private constructor(readonly port: number) {}

  static async create(): Promise<PrivateRedis> {
    return new PrivateRedis(await freePort());
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('Ready to accept connections')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`redis-server exited ${code}: ${out}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.child = null;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGCONT');
    child.kill('SIGKILL');
    await exited;
  }

  freeze(): void {
    this.child?.kill('SIGSTOP');
  }

  thaw(): void {
    this.child?.kill('SIGCONT');
  }
}

export interface Instance {
  name: string;
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  proc: Proc;
  alive(): boolean;
  readyz(): Promise<{ status: number; body: { status: string; checks: Record<string, { ok: boolean; detail?: string }> } }>;
  stop(): Promise<void>;
}

export interface InstanceEnv {
  databaseUrl: string;
  redisUrl: string;
  jwtSecret: string;
  channelPrefix: string;
  chromaUrl?: string;
  dataDir?: string;
  extra?: Record<string, string>;
}

/** Spawn api/src/main.ts; resolves once /readyz answers 200 (ready or degraded). */
export async function startInstance(name: string, e: InstanceEnv, timeoutMs = 60_000): Promise<Instance> {
  const port = await freePort();
  const proc = runMain({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: e.databaseUrl,
    REDIS_URL: e.redisUrl,
    EVENTS_CHANNEL_PREFIX: e.channelPrefix,
    JWT_SECRET: e.jwtSecret,
    SEED_DEMO: 'false',
    WEB_DIST: '/nonexistent',
    DB_POOL_SIZE: '4',
    ASSISTANT_ENABLED: 'false',
    WIDGET_SESSIONS_PER_HOUR: '0',
    WIDGET_MESSAGES_PER_MINUTE: '0',
    ...(e.chromaUrl ? { CHROMA_URL: e.chromaUrl, CHROMA_NAMESPACE: `outage_${randomBytes(3).toString('hex')}` } : {}),
    ...(e.dataDir ? { DATA_DIR: e.dataDir } : {}),
    ...e.extra,
  });
  const url = `http://127.0.0.1:${port}`;
  const instance: Instance = {
    name,
    url,
    graphqlUrl: `${url}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    proc,
    alive: () => proc.child.exitCode === null && proc.child.signalCode === null,
    readyz: async () => {
      const r = await fetch(`${url}/readyz`);
      return { status: r.status, body: await r.json() };
    },
    stop: async () => {
      if (!instance.alive()) return;
      proc.child.kill('SIGTERM');
      await proc.exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!instance.alive()) throw new Error(`${name} exited ${proc.child.exitCode}: ${proc.stderr()}`);
    const r = await instance.readyz().catch(() => null);
    if (r?.status === 200) return instance;
    if (Date.now() > deadline) throw new Error(`${name} not ready after ${timeoutMs} ms: ${proc.stderr()}`);
    await sleep(50);
  }
}

async function gql<T = any>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return (await r.json()) as never;
}

async function sql<R extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** One subscriber of one conversation's `messageAdded`, recording each seq and when it came. */
class Watcher {
  readonly seqs: number[] = [];
  readonly at: number[] = [];
  readonly errors: unknown[] = [];
  private readonly client: Client;

  constructor(
    readonly label: string,
    readonly instance: Instance,
    token: string,
    conversationId: string,
  ) {
    this.client = createClient({ url: instance.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
    this.client.subscribe<{ messageAdded: { seq: number } }>(
      { query: 'subscription($c: ID!) { messageAdded(conversationId: $c, afterSeq: 0) { seq } }', variables: { c: conversationId } },
      {
        next: (v) => {
          if (v.errors) this.errors.push(v.errors);
          if (v.data) {
            this.seqs.push(v.data.messageAdded.seq);
            this.at.push(Date.now());
          }
        },
        error: (e) => this.errors.push(e),
        complete: () => undefined,
      },
    );
  }

  /** When seq `n` arrived (ms epoch), or null. */
  arrival(n: number): number | null {
    const i = this.seqs.indexOf(n);
    return i < 0 ? null : this.at[i];
  }

  close(): Promise<void> {
    return this.client.dispose() as Promise<void>;
  }
}

interface Customer {
  conversationId: string;
  token: string;
  home: Instance;
  sent: { seq: number; at: number }[];
  failed: string[];
  watchers: Watcher[];
}

export interface OutageOptions {
  instances: [Instance, Instance];
  databaseUrl: string;
  redis: PrivateRedis;
  customers: number;
  /** `stop`: Redis is killed and restarted; `freeze`: SIGSTOP then SIGCONT (a hung Redis). */
  kind: 'stop' | 'freeze';
  outageMs: number;
  /** Chatting before the outage begins. */
  beforeMs: number;
  /** Each customer sends one message every `intervalMs`, and stops (goes quiet) during the outage. */
  intervalMs: number;
  /** Longest wait for every subscriber to have every message after Redis returns. */
  catchUpLimitMs?: number;
  log?: (line: string) => void;
}

export interface OutageResult {
  instancesUp: boolean;
  exitCodes: (number | null)[];
  sent: number;
  sendErrors: string[];
  stored: number;
  subscribers: number;
  /** Subscribers that hold exactly the stored seqs of their conversation, in order, once. */
  subscribersComplete: number;
  missing: number;
  duplicates: number;
  /** From Redis's return to the last subscriber complete (null: not within the limit). */
  catchUpMs: number | null;
  /** Messages sent during the outage that reached their own instance's subscriber before Redis returned. */
  localDuringOutage: { sent: number; deliveredBeforeReturn: number; slowestMs: number };
  /** /readyz as each instance answered while Redis was out (after detection). */
  readyzDuringOutage: { status: number; body: { status: string; checks: Record<string, { ok: boolean; detail?: string }> } }[];
  readyzAfter: { status: number; body: { status: string } }[];
  /** ms from the start of the outage until both instances' /readyz said degraded (null: never). */
  detectedMs: number | null;
}

/**
 * Customers chat (customer i lives on instance i % 2: its widget socket there, an agent watching on
 * the other). Redis goes out; they keep chatting and each stops during the outage, so its last
 * message is one no later event will reveal; Redis returns; every subscriber must end with every
 * stored message of its conversation.
 */
export async function chatThroughOutage(o: OutageOptions): Promise<OutageResult> {
  const log = o.log ?? (() => undefined);
  const [a, b] = o.instances;
  const [{ widget_key }] = await sql<{ widget_key: string }>(o.databaseUrl, `select widget_key from tenants where slug = 'northwind'`);
  const agentLogin = await gql(a.graphqlUrl, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email: 'agent@northwind.demo', password: 'switchboard-demo', tenantSlug: 'northwind' } });
  const agentToken = agentLogin.data?.login?.accessToken as string;
  if (!agentToken) throw new Error(`agent login failed: ${JSON.stringify(agentLogin.errors)}`);

  const customers: Customer[] = [];
  for (let i = 0; i < o.customers; i++) {
    const home = i % 2 === 0 ? a : b;
    const other = home === a ? b : a;
    const s = await gql(home.graphqlUrl, 'mutation($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { token } }', { i: { widgetKey: widget_key, name: `Outage customer ${i}` } });
    const token = s.data?.startWidgetSession?.token as string;
    if (!token) throw new Error(`widget session failed: ${JSON.stringify(s.errors)}`);
    const c = await gql(home.graphqlUrl, 'mutation($k: String!) { startConversation(input: { subject: "outage", idempotencyKey: $k }) { conversationId } }', { k: `outage-${i}` }, token);
    const conversationId = c.data?.startConversation?.conversationId as string;
    if (!conversationId) throw new Error(`startConversation failed: ${JSON.stringify(c.errors)}`);
    customers.push({ conversationId, token, home, sent: [], failed: [], watchers: [new Watcher(`customer ${i} on ${home.name}`, home, token, conversationId), new Watcher(`agent for ${i} on ${other.name}`, other, agentToken, conversationId)] });
  }
  // Subscriptions have no acknowledgement: let them settle (the stream replays from seq 0 anyway).
  await sleep(500);

  const t0 = Date.now();
  let outageStart = Infinity;
  let outageEnd = Infinity;
  // Customer i stops at a moment spread over the outage's middle half: each goes quiet mid-outage.
  const stopAt = (i: number) => o.beforeMs + o.outageMs * (0.25 + (0.5 * (i + 0.5)) / o.customers);
  const chatting = customers.map(async (c, i) => {
    let k = 0;
    await sleep((i * o.intervalMs) / o.customers); // spread the sends
    while (Date.now() - t0 < stopAt(i)) {
      k++;
      const r = await gql(c.home.graphqlUrl, 'mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }', { i: { conversationId: c.conversationId, body: `m${k}`, clientMessageId: `c${k}` } }, c.token).catch((e: Error) => ({ errors: [{ message: e.message }] }) as never);
      const seq = (r as { data?: { sendMessage?: { message: { seq: number } } } }).data?.sendMessage?.message.seq;
      if (seq) c.sent.push({ seq, at: Date.now() });
      else c.failed.push(JSON.stringify((r as { errors?: unknown }).errors));
      await sleep(o.intervalMs);
    }
  });

  const readyzDuringOutage: OutageResult['readyzDuringOutage'] = [];
  let detectedMs: number | null = null;
  const outage = (async () => {
    await sleep(o.beforeMs);
    outageStart = Date.now();
    log(`${o.kind === 'stop' ? 'stopping' : 'freezing'} Redis for ${o.outageMs} ms`);
    if (o.kind === 'stop') await o.redis.stop();
    else o.redis.freeze();
    // Watch /readyz while Redis is out.
    while (Date.now() - outageStart < o.outageMs) {
      const answers = await Promise.all([a, b].map((x) => (x.alive() ? x.readyz().catch(() => null) : null)));
      if (detectedMs === null && answers.every((r) => r?.body.status === 'degraded')) {
        detectedMs = Date.now() - outageStart;
        readyzDuringOutage.push(...answers.map((r) => r!));
      }
      await sleep(100);
    }
    if (o.kind === 'stop') await o.redis.start();
    else o.redis.thaw();
    outageEnd = Date.now();
    log(`Redis back after ${outageEnd - outageStart} ms`);
  })();
  await Promise.all([...chatting, outage]);

  // Stored: the database's word.
  const stored = new Map<string, number[]>();
  const rows = await sql<{ conversation_id: string; seq: number }>(o.databaseUrl, 'select conversation_id, seq from messages where conversation_id = any($1) order by conversation_id, seq', [customers.map((c) => c.conversationId)]);
  for (const r of rows) stored.set(r.conversation_id, [...(stored.get(r.conversation_id) ?? []), r.seq]);

  const watchers = customers.flatMap((c) => c.watchers.map((w) => ({ w, want: stored.get(c.conversationId) ?? [] })));
  const complete = () => watchers.filter(({ w, want }) => w.seqs.length === want.length && w.seqs.every((s, i) => s === want[i])).length;
  const limit = o.catchUpLimitMs ?? 15_000;
  let catchUpMs: number | null = null;
  for (;;) {
    if (complete() === watchers.length) {
      catchUpMs = Math.max(0, Math.max(...watchers.map(({ w }) => w.at[w.at.length - 1] ?? 0)) - outageEnd);
      break;
    }
    if (Date.now() - outageEnd > limit) break;
    await sleep(20);
  }
  await sleep(300); // anything twice would show now

  let missing = 0;
  let duplicates = 0;
  for (const { w, want } of watchers) {
    const got = new Set(w.seqs);
    missing += want.filter((s) => !got.has(s)).length;
    duplicates += w.seqs.length - got.size;
  }
  // Same-instance delivery during the outage: messages sent while Redis was out reach the
  // customer's own socket (same instance) before Redis returns.
  let localSent = 0;
  let localDelivered = 0;
  let slowest = 0;
  for (const c of customers) {
    for (const s of c.sent) {
      if (s.at <= outageStart + 100 || s.at >= outageEnd) continue;
      localSent++;
      const arrived = c.watchers[0].arrival(s.seq);
      if (arrived !== null && arrived < outageEnd) {
        localDelivered++;
        slowest = Math.max(slowest, arrived - s.at);
      }
    }
  }
  // Back to ready by itself: each instance's /readyz within 10 s (a heartbeat tick on a loaded machine can lag).
  const readyAgain = async (x: typeof a) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const r = await x.readyz().catch(() => ({ status: 0, body: { status: 'unreachable' } }));
      if (r.body.status === 'ready' || Date.now() > deadline) return r;
      await sleep(200);
    }
  };
  const readyzAfter = await Promise.all([a, b].map((x) => (x.alive() ? readyAgain(x) : { status: 0, body: { status: 'exited' } })));
  await Promise.all(customers.flatMap((c) => c.watchers.map((w) => w.close().catch(() => undefined))));
  return {
    instancesUp: a.alive() && b.alive(),
    exitCodes: [a.proc.child.exitCode, b.proc.child.exitCode],
    sent: customers.reduce((n, c) => n + c.sent.length, 0),
    sendErrors: customers.flatMap((c) => c.failed).slice(0, 5),
    stored: rows.length,
    subscribers: watchers.length,
    subscribersComplete: complete(),
    missing,
    duplicates,
    catchUpMs,
    localDuringOutage: { sent: localSent, deliveredBeforeReturn: localDelivered, slowestMs: slowest },
    readyzDuringOutage,
    readyzAfter,
    detectedMs,
  };
}
