// Retry-safe create mutations. A client whose answer was lost (timeout, dropped connection,
// instance restart) sends the same request again with the same `idempotencyKey`; the change
// happens once and the retry gets the committed result.
//
// The key is claimed inside the transaction of the change itself (one row in idempotency_keys,
// primary key caller + key) and the result (ids, never secrets) is written in that same
// transaction: either both commit or neither does. A concurrent request with the same key waits
// on the row's unique index until the first commits, then replays its result. A key reused for
// another operation or other input is CONFLICT; a failed request stores nothing, so its retry
// simply runs again.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { badInput, conflict, forbidden } from '../errors.js';
import { tenantOf, type Viewer } from '../auth/viewer.js';

/** The description of every optional `idempotencyKey` input field. */
export const IDEMPOTENCY_KEY =
  'Your key for this request (1–100 characters, e.g. a UUID made once per intended change): a retry with the same key and input returns the first answer instead of changing anything twice; the same key with other input: CONFLICT. Kept for 24 hours. See docs/api.md, "Retrying safely".';

/** Keys are remembered this long; a client retries within minutes, not days. */
export const KEY_TTL_HOURS = 24;
const PRUNE_PROBABILITY = 0.01;
const KEY_MAX = 100;

export interface Idempotent<R> {
  result: R;
  /** True when this answer is the stored result of an earlier request with the same key. */
  replayed: boolean;
}

/** Keys are per caller: two callers never see or block each other's keys. */
function callerOf(viewer: Viewer): string {
  switch (viewer.kind) {
    case 'user':
      return `user:${viewer.userId}`;
    case 'apiKey':
      return `apiKey:${viewer.apiKeyId}`;
    case 'widget':
      return `widget:${viewer.contactId}`;
    case 'anonymous':
      throw forbidden();
  }
}

export function validateIdempotencyKey(key: string | null | undefined, field = 'idempotencyKey'): string | null {
  if (key === undefined || key === null) return null;
  if (key.length < 1 || key.length > KEY_MAX) throw badInput(`${field} must be 1–${KEY_MAX} characters`, field);
  return key;
}

/** JSON with sorted keys, so the same input always hashes the same. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function requestHash(input: object): string {
  const { idempotencyKey: _ignored, ...rest } = input as Record<string, unknown>;
  return createHash('sha256').update(stableJson(rest)).digest('base64url');
}

/**
 * Run `change` once per (caller, `input.idempotencyKey`). Must be called inside the change's
 * transaction (`em`). Without a key, `change` simply runs. `R` must be plain JSON (ids).
 */
export async function once<R>(ctx: Context, em: EntityManager, operation: string, input: { idempotencyKey?: string | null }, change: () => Promise<R>): Promise<Idempotent<R>> {
  const key = validateIdempotencyKey(input.idempotencyKey);
  if (!key) return { result: await change(), replayed: false };
  const caller = callerOf(ctx.viewer);
  const hash = requestHash(input);
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  const claimed = await conn.execute<{ claimed: boolean }[]>(
    `insert into idempotency_keys (caller, key, tenant_id, operation, request_hash) values (?, ?, ?, ?, ?)
     on conflict (caller, key) do update set operation = excluded.operation, request_hash = excluded.request_hash, result = null, created_at = now()
       where idempotency_keys.created_at < now() - make_interval(hours => ?)
     returning true as claimed`,
    [caller, key, tenantOf(ctx.viewer), operation, hash, KEY_TTL_HOURS],
    'all',
    tx,
  );
  if (!claimed.length) {
    const [stored] = await conn.execute<{ operation: string; request_hash: string; result: R }[]>(
      'select operation, request_hash, result from idempotency_keys where caller = ? and key = ?',
      [caller, key],
      'all',
      tx,
    );
    if (stored.operation !== operation || stored.request_hash !== hash) {
      throw conflict(`This idempotencyKey was already used for a different request (${stored.operation}); use a new key for a new request`);
    }
    return { result: stored.result, replayed: true };
  }
  const result = await change();
  await conn.execute('update idempotency_keys set result = ?::jsonb where caller = ? and key = ?', [JSON.stringify(result ?? null), caller, key], 'run', tx);
  if (Math.random() < PRUNE_PROBABILITY) {
    await conn.execute(`delete from idempotency_keys where created_at < now() - make_interval(hours => ?)`, [KEY_TTL_HOURS], 'run', tx);
  }
  return { result, replayed: false };
}
