// A change of a tenant's published knowledge restarts its calibration debounce (a bulk import of
// 500 documents calibrates once, KNOWLEDGE_CALIBRATION_DEBOUNCE_MS after the last one).
import { listener, type AnyListener } from '../../events/domain-events.js';
import type { AppServices } from '../../services.js';
import { scheduleCalibration } from './calibration.service.js';

export function calibrationListeners(services: AppServices): AnyListener[] {
  if (!services.config.KNOWLEDGE_CALIBRATION_AUTO) return [];
  return [
    listener({
      name: 'calibration.schedule-on-publish',
      on: 'knowledge.published',
      handle: (e) => scheduleCalibration(services, e.tenantId, services.config.KNOWLEDGE_CALIBRATION_DEBOUNCE_MS),
    }),
  ];
}
