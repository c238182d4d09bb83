// A tenant's SLA policies and business calendars as the clocks read them (every sync of a ticket's
// clock: two statements each, session 10), cached per instance. A change of the settings (the one
// place that commits them emits sla.policies_changed) drops the tenant's entry here at once and,
// through SLA_SETTINGS_CHANGED, on every other instance (InvalidatedCache: read through while
// Redis is down, emptied when an outage ends, 60 s at most per entry).
import type { AppServices } from '../../services.js';
import { InvalidatedCache } from '../../events/invalidated-cache.js';
import { Topic } from '../../events/topics.js';
import { loadSlaSetup, type SlaSetup } from './sla.reads.js';

const caches = new WeakMap<AppServices, InvalidatedCache<SlaSetup>>();

function cacheOf(services: AppServices): InvalidatedCache<SlaSetup> {
  let c = caches.get(services);
  if (!c) caches.set(services, (c = new InvalidatedCache({ ttlMs: 60_000, max: 5_000 })));
  return c;
}

/** The tenant's SLA setup (shared: callers must not change it). */
export function slaSetupOf(services: AppServices, tenantId: string): Promise<SlaSetup> {
  return cacheOf(services).get(tenantId, () => loadSlaSetup(services.readPool, tenantId));
}

/** After the tenant's SLA settings changed (committed): this instance forgets them now, the others on the event. */
export function slaSettingsChanged(services: AppServices, tenantId: string): void {
  cacheOf(services).drop(tenantId);
  services.events.publish(Topic.SLA_SETTINGS_CHANGED, { tenantId });
}

/** Module start: trust the cache while the invalidations are heard. */
export function startSlaSetupCache(services: AppServices): (() => Promise<void>) | void {
  if (!services.config.LISTENER_CACHES) return; // never trusted: every sync reads
  return cacheOf(services).attach(services.events, Topic.SLA_SETTINGS_CHANGED, (p) => p.tenantId, (e) => services.log.warn({ err: e }, 'sla: settings cache invalidation failed'));
}

/** The instance's cache (tests). */
export const slaSetupCacheOf = cacheOf;
