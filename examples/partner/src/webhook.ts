// Verifying a Switchboard webhook delivery (Standard Webhooks, https://www.standardwebhooks.com):
//
//   webhook-id:        the delivery's id (the same on every retry: use it to drop duplicates)
//   webhook-timestamp: Unix seconds when it was signed
//   webhook-signature: space-separated "v1,<base64 signature>" (two during a secret rotation)
//
// signature = base64(HMAC-SHA256(key, `${id}.${timestamp}.${body}`)), where key is the
// base64-decoded part of the endpoint's `whsec_…` secret and body is the raw request body
// exactly as received (verify before parsing JSON). Deliveries older or newer than 5 minutes are
// refused, so a captured request cannot be replayed later.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

/** Header lookup that works with Node's IncomingHttpHeaders, fetch's Headers or a plain object. */
type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string {
  const v = headers instanceof Headers ? headers.get(name) : (headers[name] ?? headers[name.toLowerCase()]);
  const value = Array.isArray(v) ? v[0] : v;
  if (!value) throw new WebhookVerificationError(`missing ${name} header`);
  return value;
}

function secretBytes(secret: string): Buffer {
  const base64 = secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret;
  const key = Buffer.from(base64, 'base64');
  if (!key.length) throw new WebhookVerificationError('the webhook secret is empty');
  return key;
}

/** The signature a sender computes (exported for tests and for signing your own test payloads). */
export function sign(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', secretBytes(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

export interface VerifiedWebhook<T = unknown> {
  id: string;
  timestamp: number;
  payload: T;
}

/**
 * Check a delivery and return its parsed payload; throws WebhookVerificationError when a header
 * is missing, the timestamp is outside the tolerance or no signature matches. `secrets` may hold
 * the old and the new secret while you rotate.
 */
export function verifyWebhook<T = unknown>(
  secrets: string | string[],
  headers: HeaderSource,
  rawBody: string | Buffer,
  options: { toleranceSeconds?: number; now?: Date } = {},
): VerifiedWebhook<T> {
  const id = header(headers, 'webhook-id');
  const timestampText = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!/^\d+$/.test(timestampText)) throw new WebhookVerificationError('webhook-timestamp is not a Unix time in seconds');
  const timestamp = Number(timestampText);
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (Math.abs(now - timestamp) > tolerance) throw new WebhookVerificationError('webhook-timestamp is outside the tolerance (replayed or clock skew)');
  const body = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
  const offered = signatures
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => Buffer.from(s.slice(3), 'base64'));
  const ok = (Array.isArray(secrets) ? secrets : [secrets]).some((secret) => {
    const expected = createHmac('sha256', secretBytes(secret)).update(`${id}.${timestamp}.${body}`).digest();
    return offered.some((sig) => sig.length === expected.length && timingSafeEqual(sig, expected));
  });
  if (!ok) throw new WebhookVerificationError('no webhook-signature matches');
  let payload: T;
  try {
    payload = JSON.parse(body) as T;
  } catch {
    throw new WebhookVerificationError('the body is not JSON');
  }
  return { id, timestamp, payload };
}
