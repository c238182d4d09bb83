// Delivering webhooks. A delivery is one event for one endpoint; each attempt claims it (attempts
// + 1 and a short lease, only if nobody moved it since the job or timer was queued: a stale job
// does nothing), POSTs it signed with every current secret, and records the attempt, the
// delivery's state and the endpoint's health in three statements per batch. A failure schedules
// the next attempt as an exact timer (a row + a pg-boss job: an API restart loses nothing), after
// 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h and 12 h (±10 % jitter), within 24 h of the event:
// 10 attempts at most. An endpoint whose every attempt has failed for 24 h is disabled and its
// admins are notified.
import type { AppServices } from '../../services.js';
import { JobName } from '../../jobs/jobs.js';
import { notifyUsersWithPermission } from '../notifications/notification.service.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { postWebhook, type AttemptResult } from './webhook-http.js';
import { secretBytes, signatureHeaders } from './webhook-signature.js';
import type { Resolver } from './webhook-address.js';
import { TEST_EVENT_TYPE } from './webhook-events.js';

export const RETRY_DELAYS_S = [5, 30, 120, 600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600];
export const MAX_ATTEMPTS = RETRY_DELAYS_S.length + 1;
export const RETRY_WINDOW_MS = 24 * 3600_000;
export const DISABLE_AFTER_MS = 24 * 3600_000;
export const RETRY_TIMER_KIND = 'webhook-retry';
export const LEASE_SECONDS = 30;

export interface DeliveryItem {
  deliveryId: string;
  /** The attempts the delivery had when this attempt was queued. */
  attempt: number;
  manual?: boolean;
  /**
   * A first attempt claimed by the statement that inserted the delivery (attempts 1, a lease):
   * what the claim would return, and when (this process's clock) the lease was taken.
   */
  claimed?: { row: Claimed; at: number };
}

/** Test hook: name resolution for deliveries (production-mode SSRF tests answer with private addresses). */
export const deliveryHooks: { resolve?: Resolver; production?: boolean } = {};

/** The retry scale: 1, or WEBHOOK_RETRY_SCALE under NODE_ENV=test. */
export const retryScale = (services: AppServices) => (services.config.NODE_ENV === 'test' ? services.config.WEBHOOK_RETRY_SCALE : 1);

/** Wait before the attempt after attempt `n` (1-based), with ±10 % jitter. */
export function retryDelayMs(n: number, scale: number, random = Math.random): number {
  const base = RETRY_DELAYS_S[Math.min(n, RETRY_DELAYS_S.length) - 1] * 1000 * scale;
  return Math.round(base * (0.9 + 0.2 * random()));
}

export interface Claimed extends Record<string, unknown> {
  id: string;
  tenant_id: string;
  endpoint_id: string;
  message_id: string;
  event_type: string;
  body: string;
  attempts: number;
  created_at: Date;
  url: string;
  enabled: boolean;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_expires_at: Date | null;
  /** The endpoint's failure clock ran when the delivery was claimed. */
  failing: boolean;
}

const CLAIM = `
  update webhook_deliveries d
     set attempts = d.attempts + 1, lease_until = now() + interval '${LEASE_SECONDS} seconds'
    from (select distinct on (id) id, attempt from unnest($1::uuid[], $2::int[]) as w(id, attempt)) w, webhook_endpoints e
   where d.id = w.id and d.attempts = w.attempt and d.status = 'PENDING'
     and (d.lease_until is null or d.lease_until < now())
     and e.id = d.endpoint_id
  returning d.id::text, d.tenant_id::text, d.endpoint_id::text, d.message_id, d.event_type, d.body, d.attempts, d.created_at,
            e.url, e.enabled, e.secret_sealed, e.previous_secret_sealed, e.previous_secret_expires_at, e.failing_since is not null as failing`;

/**
 * A pre-claimed first attempt whose lease may be running out (it waited in its lane): take the
 * lease again if nobody claimed the delivery since (its attempts are still ours).
 */
const RENEW = `
  update webhook_deliveries d
     set lease_until = now() + interval '${LEASE_SECONDS} seconds'
    from (select distinct on (id) id, attempt from unnest($1::uuid[], $2::int[]) as w(id, attempt)) w, webhook_endpoints e
   where d.id = w.id and d.attempts = w.attempt and d.status = 'PENDING'
     and e.id = d.endpoint_id
  returning d.id::text, d.tenant_id::text, d.endpoint_id::text, d.message_id, d.event_type, d.body, d.attempts, d.created_at,
            e.url, e.enabled, e.secret_sealed, e.previous_secret_sealed, e.previous_secret_expires_at, e.failing_since is not null as failing`;

/** A pre-claim younger than this is used as is; older ones are renewed first (the lease is 30 s). */
export const PRECLAIM_FRESH_MS = (LEASE_SECONDS / 2) * 1000;

/**
 * Give back pre-claimed first attempts that will not be made here (no room in the lanes, or the
 * process is stopping): attempts 0 and no lease again, so a job's claim takes them at once.
 */
export async function releasePreclaimed(services: AppServices, items: readonly DeliveryItem[]): Promise<DeliveryItem[]> {
  const mine = items.filter((i) => i.claimed);
  if (mine.length) {
    await services.readPool.query(`update webhook_deliveries set attempts = attempts - 1, lease_until = null where id = any($1::uuid[]) and attempts = 1 and status = 'PENDING'`, [mine.map((i) => i.deliveryId)]);
  }
  return items.map(({ claimed: _c, ...rest }) => rest);
}

const RECORD = `
  with r as (
    select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::timestamptz[], $7::int[], $8::boolean[], $9::int[], $10::text[], $11::boolean[])
      as r(id, tenant_id, status, code, error, next_at, latency, ok, attempt, body, manual)
  ), upd as (
    update webhook_deliveries d
       set status = r.status, lease_until = null, next_attempt_at = r.next_at, last_attempt_at = now(),
           last_response_code = r.code, last_error = r.error, delivered_at = case when r.ok then now() else d.delivered_at end
      from r where d.id = r.id
  )
  insert into webhook_delivery_attempts (id, tenant_id, delivery_id, attempt, succeeded, response_code, latency_ms, error, response_body, next_attempt_at, manual)
  select gen_random_uuid(), r.tenant_id, r.id, r.attempt, r.ok, r.code, r.latency, r.error, r.body, r.next_at, r.manual from r`;

// Decrypted secrets by sealed value (AES-GCM per delivery would be wasted work on a busy endpoint).
const opened = new Map<string, Buffer>();
function openSecret(services: AppServices, sealed: string): Buffer {
  let bytes = opened.get(sealed);
  if (!bytes) {
    bytes = secretBytes(services.secretBox.decrypt(sealed));
    if (opened.size > 1000) opened.clear();
    opened.set(sealed, bytes);
  }
  return bytes;
}

const clean = (s: string | null) => (s == null ? null : s.replace(/\u0000/g, ''));

/**
 * Make one attempt of each item (stale items do nothing). The claimed deliveries are grouped by
 * endpoint and each group posts and records on its own: a slow receiver (up to the 5 s timeout)
 * never holds another endpoint's results.
 */
export async function deliverBatch(services: AppServices, items: readonly DeliveryItem[]): Promise<void> {
  if (!items.length) return;
  const manual = new Set(items.filter((i) => i.manual).map((i) => i.deliveryId));
  // First attempts claimed by their insert need no claim (nor a renewal while the lease is young).
  const now = Date.now();
  const fresh = items.filter((i) => i.claimed && now - i.claimed.at < PRECLAIM_FRESH_MS);
  const stale = items.filter((i) => i.claimed && now - i.claimed.at >= PRECLAIM_FRESH_MS);
  const unclaimed = items.filter((i) => !i.claimed);
  const claimed = fresh.map((i) => i.claimed!.row);
  if (stale.length) claimed.push(...(await services.readPool.query<Claimed>(RENEW, [stale.map((i) => i.deliveryId), stale.map((i) => i.claimed!.row.attempts)])));
  if (unclaimed.length) claimed.push(...(await services.readPool.query<Claimed>(CLAIM, [unclaimed.map((i) => i.deliveryId), unclaimed.map((i) => i.attempt)])));
  if (!claimed.length) return;
  const byEndpoint = new Map<string, Claimed[]>();
  for (const d of claimed) byEndpoint.set(d.endpoint_id, [...(byEndpoint.get(d.endpoint_id) ?? []), d]);
  await Promise.all([...byEndpoint.values()].map((group) => attemptClaimed(services, group, manual)));
}

/** POST each claimed delivery (side by side), then record the attempts, retries and endpoint health. */
async function attemptClaimed(services: AppServices, claimed: Claimed[], manual: ReadonlySet<string>): Promise<void> {
  const production = deliveryHooks.production ?? services.config.NODE_ENV === 'production';
  const now = Date.now();
  const results = await Promise.all(
    claimed.map(async (d): Promise<AttemptResult> => {
      if (!d.enabled && !manual.has(d.id)) return { ok: false, status: null, latencyMs: 0, error: 'endpoint disabled', responseBody: null };
      try {
        const secrets = [openSecret(services, d.secret_sealed)];
        if (d.previous_secret_sealed && d.previous_secret_expires_at && new Date(d.previous_secret_expires_at).getTime() > now) secrets.push(openSecret(services, d.previous_secret_sealed));
        const headers = signatureHeaders(secrets, d.message_id, Math.floor(Date.now() / 1000), d.body);
        return await postWebhook(d.url, headers, d.body, { production, resolve: deliveryHooks.resolve });
      } catch (e) {
        return { ok: false, status: null, latencyMs: 0, error: `internal: ${(e as Error).message}`.slice(0, 300), responseBody: null };
      }
    }),
  );
  const scale = retryScale(services);
  const retries: { tenantId: string; id: string; attempts: number; at: Date }[] = [];
  const nextAt = claimed.map((d, i) => {
    const r = results[i];
    if (r.ok || d.event_type === TEST_EVENT_TYPE || d.attempts >= MAX_ATTEMPTS || r.error === 'endpoint disabled') return null;
    const deadline = new Date(d.created_at).getTime() + RETRY_WINDOW_MS * scale;
    const at = Math.min(Date.now() + retryDelayMs(d.attempts, scale), deadline);
    if (at <= Date.now()) return null;
    retries.push({ tenantId: d.tenant_id, id: d.id, attempts: d.attempts, at: new Date(at) });
    return new Date(at);
  });
  await services.readPool.query(RECORD, [
    claimed.map((d) => d.id),
    claimed.map((d) => d.tenant_id),
    claimed.map((d, i) => (results[i].ok ? 'SUCCEEDED' : nextAt[i] ? 'PENDING' : 'FAILED')),
    results.map((r) => r.status),
    results.map((r) => clean(r.error)),
    nextAt.map((at) => at?.toISOString() ?? null),
    results.map((r) => r.latencyMs),
    results.map((r) => r.ok),
    claimed.map((d) => d.attempts),
    results.map((r) => clean(r.responseBody)),
    claimed.map((d) => manual.has(d.id)),
  ]);
  const outcomes = services.metrics.counter('webhook_deliveries_total', 'Webhook delivery attempts by outcome: delivered, retrying (failed, another attempt scheduled) or failed (no attempt left).', ['outcome']);
  results.forEach((r, i) => outcomes.inc({ outcome: r.ok ? 'delivered' : nextAt[i] ? 'retrying' : 'failed' }));
  if (retries.length) {
    await services.timers.scheduleMany(retries.map((r) => ({ tenantId: r.tenantId, kind: RETRY_TIMER_KIND, key: r.id, version: String(r.attempts), at: r.at })));
  }
  await recordHealth(services, claimed, results);
}

/** Healthy endpoints forget their failures; failing ones start (or keep) counting; 24 h of failures disables. */
async function recordHealth(services: AppServices, claimed: Claimed[], results: AttemptResult[]): Promise<void> {
  const ok = new Set<string>();
  const healthy = new Set<string>();
  const failed = new Set<string>();
  claimed.forEach((d, i) => {
    // A success clears a failure clock the claim saw running; none running: no statement (the
    // usual case, once per batch). A failure recorded since our claim is newer news than our success.
    if (results[i].ok) {
      if (d.failing) ok.add(d.endpoint_id);
      healthy.add(d.endpoint_id);
    } else if (d.enabled && results[i].error !== 'endpoint disabled') failed.add(d.endpoint_id);
  });
  for (const id of healthy) failed.delete(id);
  if (ok.size) await services.readPool.query(`update webhook_endpoints set failing_since = null where id = any($1::uuid[]) and failing_since is not null`, [[...ok]]);
  if (!failed.size) return;
  // One statement: start (or keep) the failure clock, and disable what has failed for 24 h. `was`
  // holds the rows as they were, so only endpoints disabled by this statement are reported.
  const rows = await services.readPool.query<{ id: string; tenant_id: string; url: string; was_enabled: boolean; enabled: boolean }>(
    `update webhook_endpoints e
        set failing_since = coalesce(e.failing_since, now()),
            enabled = e.enabled and not coalesce(e.failing_since < now() - ($2::int * interval '1 millisecond'), false),
            disabled_reason = case when e.enabled and e.failing_since < now() - ($2::int * interval '1 millisecond')
                                   then 'Every delivery failed for 24 hours; fix the receiver, then enable the endpoint again.' else e.disabled_reason end,
            updated_at = case when e.enabled and e.failing_since < now() - ($2::int * interval '1 millisecond') then now() else e.updated_at end
       from (select id, enabled from webhook_endpoints where id = any($1::uuid[]) order by id for update) was
      where e.id = was.id
      returning e.id::text, e.tenant_id::text, e.url, was.enabled as was_enabled, e.enabled`,
    [[...failed], DISABLE_AFTER_MS],
  );
  const disabled = rows.filter((r) => r.was_enabled && !r.enabled);
  for (const e of disabled) {
    services.log.warn({ endpointId: e.id, tenantId: e.tenant_id }, 'webhook endpoint disabled after 24 h of failures');
    await notifyUsersWithPermission(services, e.tenant_id, 'webhooks.manage', {
      kind: NotificationKind.WEBHOOK_DISABLED,
      title: 'A webhook endpoint was disabled',
      body: `Every delivery to ${e.url} failed for 24 hours, so it was disabled. Fix the receiver, then enable it again on the Webhooks page.`,
    }).catch((err) => services.log.warn({ err }, 'webhooks: notifying admins failed'));
  }
}

/** Queue attempts as DELIVER_WEBHOOK jobs, each with the attempts it expects (one pg-boss insert). */
export async function queueItems(services: AppServices, items: readonly DeliveryItem[]): Promise<void> {
  await services.jobs.sendMany(JobName.DELIVER_WEBHOOK, items.map((i) => ({ data: { deliveryId: i.deliveryId, attempt: i.attempt, ...(i.manual ? { manual: true } : {}) } })));
}

/**
 * Attempts the job worker or a retry timer picked up: into this instance's per-endpoint lanes
 * (webhook-dispatcher.ts) so the job or timer is done at once and a slow receiver holds no batch;
 * attempted right here when the lanes are full or stopping. A delivery whose attempt dies with
 * the process is still PENDING: the sweep queues it again (at least once).
 */
export async function handOff(services: AppServices, items: readonly DeliveryItem[], offer: (entries: { endpointId: string; item: DeliveryItem }[]) => boolean): Promise<void> {
  if (!items.length) return;
  const rows = await services.readPool.query<{ id: string; endpoint_id: string }>(
    `select id::text, endpoint_id::text from webhook_deliveries where id = any($1::uuid[]) and status = 'PENDING'`,
    [items.map((i) => i.deliveryId)],
  );
  // Settled or gone: nothing to attempt (the claim would refuse it anyway).
  const endpointOf = new Map(rows.map((r) => [r.id, r.endpoint_id]));
  const entries = items.flatMap((item) => {
    const endpointId = endpointOf.get(item.deliveryId.toLowerCase());
    return endpointId ? [{ endpointId, item }] : [];
  });
  if (entries.length && !offer(entries)) await deliverBatch(services, entries.map((e) => e.item));
}

/** Queue the first attempt of new deliveries (one pg-boss insert). */
export async function queueDeliveries(services: AppServices, ids: readonly string[], attempt = 0, manual = false): Promise<void> {
  await services.jobs.sendMany(JobName.DELIVER_WEBHOOK, ids.map((deliveryId) => ({ data: { deliveryId, attempt, ...(manual ? { manual } : {}) } })));
}

/**
 * The backstop (every minute, every instance): a delivery whose attempt died with its process
 * (lease expired) or whose first job was lost between insert and queueing is queued again.
 * Stale duplicates do nothing (the claim compares `attempts`).
 */
export async function requeueStranded(services: AppServices): Promise<number> {
  const rows = await services.readPool.query<{ id: string; attempts: number }>(
    `update webhook_deliveries set lease_until = null
      where status = 'PENDING' and coalesce(lease_until, next_attempt_at, created_at) < now() - interval '2 minutes'
      returning id::text, attempts`,
    [],
  );
  for (const r of rows) await services.jobs.send(JobName.DELIVER_WEBHOOK, { deliveryId: r.id, attempt: r.attempts });
  return rows.length;
}

/** The delivery log is kept 30 days. */
export async function deleteOldDeliveries(services: AppServices): Promise<void> {
  await services.readPool.query(`delete from webhook_delivery_attempts where at < now() - interval '30 days'`, []);
  await services.readPool.query(`delete from webhook_deliveries where created_at < now() - interval '30 days' and status <> 'PENDING'`, []);
}
