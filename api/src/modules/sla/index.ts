// SLA: business calendars (hours, holidays), SLA policies, the pure clock (business-time.ts,
// sla-clock.ts, sla-matching.ts) and the clocks it runs on tickets (ticket-sla*.ts, sla.listeners.ts).
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { SlaResolver } from './sla.resolver.js';
import { BusinessCalendarEntity } from './business-calendar.entity.js';
import { SlaPolicy } from './sla-policy.entity.js';
import { slaListeners } from './sla.listeners.js';
import { fireSlaTimer, SLA_TIMER_KIND } from './ticket-sla.js';
import { startConversationTickets } from './conversation-tickets.js';
import { startSlaSetupCache } from './setup-cache.js';

export const slaModule = defineModule({
  name: 'sla',
  resolvers: [SlaResolver],
  entities: [BusinessCalendarEntity, SlaPolicy],
  access: {
    Query: { businessCalendars: access.can('tickets.view'), slaPolicies: access.can('tickets.view') },
    Mutation: {
      upsertBusinessCalendar: access.can('automation.manage'),
      deleteBusinessCalendar: access.can('automation.manage'),
      importHolidays: access.can('automation.manage'),
      createSlaPolicy: access.can('automation.manage'),
      updateSlaPolicy: access.can('automation.manage'),
      deleteSlaPolicy: access.can('automation.manage'),
      reorderSlaPolicies: access.can('automation.manage'),
    },
  },
  // The clocks on tickets: listeners set due times and schedule timers; the timers raise AT_RISK / BREACHED.
  listeners: slaListeners,
  timers: { [SLA_TIMER_KIND]: fireSlaTimer },
  // The tenants' SLA settings and "this conversation has no open ticket" are remembered per
  // instance once the invalidations from every instance are heard.
  start: (services) => {
    const stops = [startSlaSetupCache(services), startConversationTickets(services)];
    return async () => {
      for (const stop of stops) await stop?.();
    };
  },
});
