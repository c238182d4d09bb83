// Reporting, the write side (issue 14): listeners on the domain events write the append-only
// reporting_events rows and fold them into the daily and hourly rollups in the same statement
// (definitions.ts, reporting.writer.ts, docs/kpis.md). The read side (KPIs, series, exports) reads
// those tables; nothing here has a GraphQL field.
import { defineModule } from '../module.js';
import { fireAfterResolution, reportingListeners } from './reporting.listeners.js';
import { AFTER_RESOLUTION_TIMER } from './reporting.writer.js';

export const reportingModule = defineModule({
  name: 'reporting',
  listeners: reportingListeners,
  // First-contact resolution and AI resolution (3) are decided 72 h after a resolution.
  timers: { [AFTER_RESOLUTION_TIMER]: fireAfterResolution },
});
