// What every tenant starts with: a default calendar from its timezone and business hours, and
// three policies (the same as the migration gives existing tenants).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Tenant } from '../tenants/tenant.entity.js';
import type { TimeRange } from './business-time.js';
import { BusinessCalendarEntity } from './business-calendar.entity.js';
import { SlaPolicy } from './sla-policy.entity.js';

/** Tenant.businessHours (`{ days: { '1': ['09:00','17:00'] | null, … } }`) as seven range lists. */
export function weeklyHoursFromTenant(days: Record<string, [string, string] | null> | undefined): TimeRange[][] {
  return [1, 2, 3, 4, 5, 6, 7].map((d) => {
    const r = days?.[String(d)];
    return r ? [{ start: r[0], end: r[1] }] : [];
  });
}

export const DEFAULT_POLICIES = [
  { name: 'Urgent', conditions: { priorities: ['URGENT' as const] }, firstResponseMinutes: 30, nextResponseMinutes: 120, resolutionMinutes: 480, businessHours: false },
  { name: 'High', conditions: { priorities: ['HIGH' as const] }, firstResponseMinutes: 60, nextResponseMinutes: 240, resolutionMinutes: 1440, businessHours: true },
  // Fallback: 3 business days of 8 hours.
  { name: 'Standard', conditions: {}, firstResponseMinutes: 240, nextResponseMinutes: 480, resolutionMinutes: 1440, businessHours: true },
];

/** Persist (not flush) the defaults for a new tenant. */
export function persistSlaDefaults(em: EntityManager, tenant: Pick<Tenant, 'id' | 'timezone' | 'businessHours'>): void {
  const ref = em.getReference(Tenant, tenant.id);
  em.persist(Object.assign(new BusinessCalendarEntity(), { tenant: ref, timezone: tenant.timezone, weeklyHours: weeklyHoursFromTenant(tenant.businessHours?.days) }));
  DEFAULT_POLICIES.forEach((p, position) => em.persist(Object.assign(new SlaPolicy(), { tenant: ref, position, ...p, conditions: { ...p.conditions } })));
}
