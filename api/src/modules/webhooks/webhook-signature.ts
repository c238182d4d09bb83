// Standard Webhooks signing (https://www.standardwebhooks.com): the secret is `whsec_` + base64 of
// random bytes; the signature is base64(HMAC-SHA256(secret bytes, `${id}.${timestamp}.${body}`)),
// sent as `webhook-signature: v1,<sig>` — several space-separated during a rotation.
import { createHmac, randomBytes } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';

export const newWebhookSecret = () => SECRET_PREFIX + randomBytes(24).toString('base64');

export const secretBytes = (secret: string) => Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');

export function sign(secret: Buffer, msgId: string, timestamp: number, body: string): string {
  return 'v1,' + createHmac('sha256', secret).update(`${msgId}.${timestamp}.${body}`).digest('base64');
}

/** The three headers of one attempt; every current secret signs. */
export function signatureHeaders(secrets: readonly Buffer[], msgId: string, timestamp: number, body: string): Record<string, string> {
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((s) => sign(s, msgId, timestamp, body)).join(' '),
  };
}
