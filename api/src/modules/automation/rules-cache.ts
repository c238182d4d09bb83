// The tenant's rules as evaluations read them (every ticket event, every message), cached per
// instance: a message costs no statement for the rules (session 10: one read per message). Rule
// timers read afresh (they fire on any instance; rule-runner.ts). A change of the rules (create,
// update, delete, reorder) drops the tenant's entry here at once and, through
// AUTOMATION_RULES_CHANGED, on every other instance (InvalidatedCache: read through while Redis is
// down, emptied when an outage ends, 30 s at most per entry).
import type { AppServices } from '../../services.js';
import { listenerCache } from '../../events/listener-cache.js';
import { Topic } from '../../events/topics.js';
import { rulesForEvaluation } from './automation-rule.reads.js';
import type { Rule } from './rule-language.js';

const rules = listenerCache<typeof Topic.AUTOMATION_RULES_CHANGED, readonly Rule[]>({
  topic: Topic.AUTOMATION_RULES_CHANGED,
  key: (p) => p.tenantId,
  load: (services, { tenantId }) => rulesForEvaluation(services.readPool, tenantId),
  ttlMs: 30_000,
  max: 5_000,
  label: 'automation: rules',
});

/** Every enabled rule of the tenant, by position (shared: callers must not change them). */
export const tenantRules = (services: AppServices, tenantId: string): Promise<readonly Rule[]> => rules.get(services, { tenantId });

/** After a change of the tenant's rules committed: this instance forgets them now, the others on the event. */
export const rulesChanged = (services: AppServices, tenantId: string): void => rules.changed(services, { tenantId });

/** Module start (with LISTENER_CACHES off, never trusted: every evaluation reads). */
export const startRulesCache = rules.start;

/** The instance's cache (tests). */
export const rulesCacheOf = rules.cacheOf;
