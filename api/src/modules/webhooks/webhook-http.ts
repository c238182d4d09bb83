// One webhook HTTP attempt: POST the body with its signature headers, 5 s for the whole exchange,
// redirects never followed (a 3xx is a failure, recorded), the first 1 KB of the answer kept.
// Keep-alive agents reuse connections to the same receiver (throughput: many small deliveries).
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkedAddress, RefusedAddress, systemResolver, type Resolver } from './webhook-address.js';

export const DELIVERY_TIMEOUT_MS = 5_000;
const EXCERPT_BYTES = 1024;
const DRAIN_LIMIT = 64 * 1024;

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 64, keepAliveMsecs: 10_000 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 64, keepAliveMsecs: 10_000 }),
};

export interface DeliveryOptions {
  /** Production rules: only public addresses (resolved at delivery time). */
  production: boolean;
  /** Name resolution (tests inject answers). */
  resolve?: Resolver;
  timeoutMs?: number;
}

export interface AttemptResult {
  ok: boolean;
  status: number | null;
  latencyMs: number;
  error: string | null;
  responseBody: string | null;
}

export async function postWebhook(url: string, headers: Record<string, string>, body: string, options: DeliveryOptions): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.max(0, Math.round(performance.now() - started));
  const fail = (error: string, status: number | null = null, responseBody: string | null = null): AttemptResult => ({ ok: false, status, latencyMs: elapsed(), error, responseBody });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return fail('invalid URL');
  }
  const secure = target.protocol === 'https:';
  let address: { address: string; family: number };
  try {
    address = await checkedAddress(target.hostname, options.production, options.resolve ?? systemResolver);
  } catch (e) {
    return fail(e instanceof RefusedAddress ? `refused: ${e.message}` : `DNS: ${(e as Error).message}`);
  }
  const lookup: LookupFunction = (_host, opts, cb) => {
    if ((opts as { all?: boolean }).all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [address]);
    else cb(null, address.address, address.family);
  };
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  return new Promise<AttemptResult>((resolve) => {
    let settled = false;
    const done = (r: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const req = (secure ? https : http).request(
      target,
      {
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        lookup,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Switchboard-Webhooks/1',
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < EXCERPT_BYTES) chunks.push(chunk);
          size += chunk.length;
          if (size > DRAIN_LIMIT) res.destroy();
        });
        const finish = () => {
          const status = res.statusCode ?? 0;
          const excerpt = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8') || null;
          if (status >= 200 && status < 300) done({ ok: true, status, latencyMs: elapsed(), error: null, responseBody: excerpt });
          else if (status >= 300 && status < 400) done(fail(`redirect (${status}${res.headers.location ? ` to ${String(res.headers.location).slice(0, 200)}` : ''}) not followed`, status, excerpt));
          else done(fail(`HTTP ${status}`, status, excerpt));
        };
        res.on('end', finish);
        res.on('close', finish);
        res.on('error', () => finish());
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      done(fail(`timeout after ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('error', (e) => done(fail(`connection: ${e.message}`)));
    req.end(body);
  });
}
