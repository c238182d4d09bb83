// KPIs (issue 14, the read side): live figures, series, operator/team performance, hourly stats,
// drill-down to reporting events, CSV export, the platform dashboard and the kpisUpdated push.
// Reads `reporting_events` and the rollups written by the reporting listeners; writes nothing.
// Who sees what (docs/api.md, "KPIs"): live figures `kpis.view`; the live per-agent breakdown
// (`LiveKpis.agents`) `conversations.manage` (supervisors); series, performance, team, hourly and
// drill-down `reports.view`; CSV `reports.export`; dashboardStats platform admins.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { KpisResolver } from './kpis.resolver.js';
import { ReportingEventRow } from './reporting-event.entity.js';
import { kpisListeners } from './kpis.listeners.js';
import { kpiThrottleOf } from './kpis.live.js';

export const kpisModule = defineModule({
  name: 'kpis',
  resolvers: [KpisResolver],
  entities: [ReportingEventRow],
  access: {
    Query: {
      liveKpis: access.can('kpis.view'),
      kpiSeries: access.can('reports.view'),
      operatorPerformance: access.can('reports.view'),
      teamMetrics: access.can('reports.view'),
      hourlyStats: access.can('reports.view'),
      csatDistribution: access.can('reports.view'),
      reportingEvents: access.can('reports.view'),
      exportReport: access.can('reports.export'),
      // Platform admins only: the resolver refuses tenant members (tenants.manage is theirs alone).
      dashboardStats: access.can('tenants.manage'),
    },
    Subscription: { kpisUpdated: access.can('kpis.view') },
    LiveKpis: { agents: access.can('conversations.manage') },
  },
  listeners: kpisListeners,
  start: (services) => {
    const throttle = kpiThrottleOf(services);
    return async () => throttle.stop();
  },
});
