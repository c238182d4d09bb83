// Calibration: each tenant's hand-off operating point, fitted on probes made from its own
// knowledge (docs/assistant.md, "Calibration"), and the Knowledge coverage read.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { JobName } from '../../jobs/jobs.js';
import { CalibrationResolver } from './calibration.resolver.js';
import { calibrationListeners } from './calibration.listeners.js';
import { CALIBRATION_TIMER, onCalibrationTimer, reconcileCalibrations, runCalibration } from './calibration.service.js';

export const calibrationModule = defineModule({
  name: 'calibration',
  resolvers: [CalibrationResolver],
  access: {
    Query: { knowledgeCoverage: access.can('system.settings') },
    Mutation: { recalibrateKnowledge: access.can('system.settings') },
  },
  listeners: calibrationListeners,
  jobs: { [JobName.CALIBRATE_KNOWLEDGE]: runCalibration },
  timers: { [CALIBRATION_TIMER]: onCalibrationTimer },
  start: (services) => {
    if (!services.config.KNOWLEDGE_CALIBRATION_AUTO) return;
    void reconcileCalibrations(services).catch((e) => services.log.warn({ err: e }, 'calibration reconciliation failed; it runs again at the next start'));
  },
});
