// A tenant's SLA policies and business calendars as the clocks read them (every sync of a ticket's
// clock: two statements each, session 10), cached per instance. A change of the settings (the one
// place that commits them emits sla.policies_changed) drops the tenant's entry here at once and,
// through SLA_SETTINGS_CHANGED, on every other instance (InvalidatedCache: read through while
// Redis is down, emptied when an outage ends, 60 s at most per entry).
import type { AppServices } from '../../services.js';
import { listenerCache } from '../../events/listener-cache.js';
import { Topic } from '../../events/topics.js';
import { loadSlaSetup, type SlaSetup } from './sla.reads.js';

const setups = listenerCache<typeof Topic.SLA_SETTINGS_CHANGED, SlaSetup>({
  topic: Topic.SLA_SETTINGS_CHANGED,
  key: (p) => p.tenantId,
  load: (services, { tenantId }) => loadSlaSetup(services.readPool, tenantId),
  ttlMs: 60_000,
  max: 5_000,
  label: 'sla: settings',
});

/** The tenant's SLA setup (shared: callers must not change it). */
export const slaSetupOf = (services: AppServices, tenantId: string): Promise<SlaSetup> => setups.get(services, { tenantId });

/** After the tenant's SLA settings changed (committed): this instance forgets them now, the others on the event. */
export const slaSettingsChanged = (services: AppServices, tenantId: string): void => setups.changed(services, { tenantId });

/** Module start (with LISTENER_CACHES off, never trusted: every sync reads). */
export const startSlaSetupCache = setups.start;

/** The instance's cache (tests). */
export const slaSetupCacheOf = setups.cacheOf;
