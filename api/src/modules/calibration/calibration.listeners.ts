// What the calibration measures changed: the tenant's published knowledge (a document published,
// unpublished or deleted), its team's labels, or its coverage target. Each restarts the tenant's
// calibration debounce (a bulk import of 500 documents calibrates once,
// KNOWLEDGE_CALIBRATION_DEBOUNCE_MS after the last change).
import { listener, type AnyListener } from '../../events/domain-events.js';
import type { AppServices } from '../../services.js';
import { scheduleCalibration } from './calibration.service.js';

export function calibrationListeners(services: AppServices): AnyListener[] {
  if (!services.config.KNOWLEDGE_CALIBRATION_AUTO) return [];
  const schedule = (tenantId: string) => scheduleCalibration(services, tenantId, services.config.KNOWLEDGE_CALIBRATION_DEBOUNCE_MS);
  return [
    listener({ name: 'calibration.schedule-on-publish', on: 'knowledge.published', handle: (e) => schedule(e.tenantId) }),
    listener({ name: 'calibration.schedule-on-withdrawn', on: 'knowledge.withdrawn', handle: (e) => schedule(e.tenantId) }),
    listener({ name: 'calibration.schedule-on-label', on: 'knowledge.labelled', handle: (e) => schedule(e.tenantId) }),
    listener({
      name: 'calibration.schedule-on-target',
      on: 'tenant.assistant_changed',
      handle: async (e) => {
        // New word variants change how probes are retrieved, hence their evidence.
        if (e.payload.changed.includes('coverageTarget') || e.payload.changed.includes('wordVariants')) await schedule(e.tenantId);
      },
    }),
  ];
}
