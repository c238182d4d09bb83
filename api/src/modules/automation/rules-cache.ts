// The tenant's rules as evaluations read them (every ticket event, every message), cached per
// instance: a message costs no statement for the rules (session 10: one read per message). Rule
// timers read afresh (they fire on any instance; rule-runner.ts). A change of the rules (create,
// update, delete, reorder) drops the tenant's entry here at once and, through
// AUTOMATION_RULES_CHANGED, on every other instance (InvalidatedCache: read through while Redis is
// down, emptied when an outage ends, 30 s at most per entry).
import type { AppServices } from '../../services.js';
import { InvalidatedCache } from '../../events/invalidated-cache.js';
import { Topic } from '../../events/topics.js';
import { rulesForEvaluation } from './automation-rule.reads.js';
import type { Rule } from './rule-language.js';

const caches = new WeakMap<AppServices, InvalidatedCache<readonly Rule[]>>();

function cacheOf(services: AppServices): InvalidatedCache<readonly Rule[]> {
  let c = caches.get(services);
  if (!c) caches.set(services, (c = new InvalidatedCache({ ttlMs: 30_000, max: 5_000 })));
  return c;
}

/** Every enabled rule of the tenant, by position (shared: callers must not change them). */
export function tenantRules(services: AppServices, tenantId: string): Promise<readonly Rule[]> {
  return cacheOf(services).get(tenantId, () => rulesForEvaluation(services.readPool, tenantId));
}

/** After a change of the tenant's rules committed: this instance forgets them now, the others on the event. */
export function rulesChanged(services: AppServices, tenantId: string): void {
  cacheOf(services).drop(tenantId);
  services.events.publish(Topic.AUTOMATION_RULES_CHANGED, { tenantId });
}

/** Module start: trust the cache while the invalidations are heard. */
export function startRulesCache(services: AppServices): (() => Promise<void>) | void {
  if (!services.config.LISTENER_CACHES) return; // never trusted: every evaluation reads
  return cacheOf(services).attach(services.events, Topic.AUTOMATION_RULES_CHANGED, (p) => p.tenantId, (e) => services.log.warn({ err: e }, 'automation: rules cache invalidation failed'));
}

/** The instance's cache (tests). */
export const rulesCacheOf = cacheOf;
