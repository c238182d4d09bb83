// A webhook receiver on 127.0.0.1 for tests and the bench: records every request and answers as
// the test says. Plus `verifyStandardWebhook`: the Standard Webhooks verification written from
// the spec (https://www.standardwebhooks.com, "Verifying webhook authenticity"), independent of
// the API's signing code.
import http from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/** `delayMs`: answer that much later (a slow receiver); 'hang': never answer. */
export type Answer = { status: number; body?: string; headers?: Record<string, string>; delayMs?: number } | 'hang';

export interface Receiver {
  url: string;
  port: number;
  received: Received[];
  /** Decide the answer of each request (default 200). */
  answer: (req: Received, n: number) => Answer;
  /** Called for every request as it arrives. */
  onRequest?: (req: Received) => void;
  close(): Promise<void>;
}

export async function startReceiver(path = '/hooks'): Promise<Receiver> {
  const sockets = new Set<import('node:net').Socket>();
  const receiver: Receiver = {
    url: '',
    port: 0,
    received: [],
    answer: () => ({ status: 200, body: 'ok' }),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const got: Received = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      receiver.received.push(got);
      receiver.onRequest?.(got);
      const a = receiver.answer(got, receiver.received.length);
      if (a === 'hang') return;
      const send = () => {
        res.writeHead(a.status, { 'content-type': 'text/plain', ...(a.headers ?? {}) });
        res.end(a.body ?? '');
      };
      if (a.delayMs) setTimeout(send, a.delayMs);
      else send();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  receiver.port = (server.address() as AddressInfo).port;
  receiver.url = `http://127.0.0.1:${receiver.port}${path}`;
  return receiver;
}

export class WebhookVerificationError extends Error {}

/**
 * Standard Webhooks verification: `whsec_` + base64 secret; signed content
 * `${webhook-id}.${webhook-timestamp}.${body}`; HMAC-SHA256, base64; the header holds
 * space-separated `v1,<sig>` entries, any one matching is enough; timestamps older or newer than
 * the tolerance (5 minutes) are refused. Returns the parsed payload.
 */
export function verifyStandardWebhook(secret: string, headers: Record<string, string | string[] | undefined>, body: string, nowSeconds = Math.floor(Date.now() / 1000), toleranceSeconds = 300): unknown {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') throw new WebhookVerificationError('missing required headers');
  const ts = Number(timestamp);
  if (!/^\d+$/.test(timestamp)) throw new WebhookVerificationError('invalid timestamp');
  if (ts < nowSeconds - toleranceSeconds) throw new WebhookVerificationError('message timestamp too old');
  if (ts > nowSeconds + toleranceSeconds) throw new WebhookVerificationError('message timestamp too new');
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  for (const versioned of signatures.split(' ')) {
    const [version, signature] = versioned.split(',');
    if (version !== 'v1' || !signature) continue;
    const given = Buffer.from(signature, 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return JSON.parse(body);
  }
  throw new WebhookVerificationError('no matching signature found');
}

type Falsy = false | null | undefined | 0 | '';
export async function waitFor<T>(what: string, probe: () => T | Falsy | Promise<T | Falsy>, timeoutMs = 15_000, everyMs = 25): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
