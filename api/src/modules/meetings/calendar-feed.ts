// Per-user secret calendar feeds. The token is HMAC-SHA256(ENCRYPTION_KEY, user id + a random
// nonce): the database keeps the nonce and the token's SHA-256 only, so the URL can be shown to its
// owner again but the database alone cannot produce it; a request is found by the token's hash.
// Rotating replaces the nonce (the old URL stops working); revoking deletes the row.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { AppServices } from '../../services.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function feedToken(services: AppServices, userId: string, nonce: string): string {
  return createHmac('sha256', services.config.ENCRYPTION_KEY).update(`calendar-feed:${userId}:${nonce}`).digest('base64url');
}

export const feedUrl = (services: AppServices, token: string) => `${services.config.PUBLIC_URL.replace(/\/$/, '')}/calendar/feed/${token}.ics`;

export interface FeedState {
  url: string | null;
  active: boolean;
  createdAt: Date | null;
}

export async function readFeed(services: AppServices, tenantId: string, userId: string): Promise<FeedState> {
  const [row] = await services.readPool.scopedQuery<{ nonce: string; created_at: Date }>(
    { kind: 'tenant', tenantId },
    `select nonce, created_at from calendar_feeds where tenant_id = $1 and user_id = $2`,
    [userId],
  );
  if (!row) return { url: null, active: false, createdAt: null };
  return { url: feedUrl(services, feedToken(services, userId, row.nonce)), active: true, createdAt: row.created_at };
}

export async function rotateFeed(services: AppServices, tenantId: string, userId: string): Promise<FeedState> {
  const nonce = randomBytes(18).toString('base64url');
  const token = feedToken(services, userId, nonce);
  const [row] = await services.readPool.scopedQuery<{ created_at: Date }>(
    { kind: 'tenant', tenantId },
    `insert into calendar_feeds (user_id, tenant_id, token_hash, nonce) values ($2, $1, $3, $4)
     on conflict (user_id) do update set token_hash = excluded.token_hash, nonce = excluded.nonce, created_at = now()
     returning created_at`,
    [userId, sha256(token), nonce],
  );
  return { url: feedUrl(services, token), active: true, createdAt: row.created_at };
}

export async function revokeFeed(services: AppServices, tenantId: string, userId: string): Promise<FeedState> {
  await services.readPool.scopedQuery({ kind: 'tenant', tenantId }, `delete from calendar_feeds where tenant_id = $1 and user_id = $2`, [userId]);
  return { url: null, active: false, createdAt: null };
}

/** The feed's owner, or null (unknown or revoked token, inactive user). */
export async function feedOwner(services: AppServices, token: string): Promise<{ userId: string; tenantId: string; name: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await services.readPool.query<{ user_id: string; tenant_id: string; name: string }>(
    `select f.user_id, f.tenant_id, u.display_name as name from calendar_feeds f join users u on u.id = f.user_id and u.tenant_id = f.tenant_id
      where f.token_hash = $1 and u.active`,
    [sha256(token)],
  );
  return row ? { userId: row.user_id, tenantId: row.tenant_id, name: row.name } : null;
}
