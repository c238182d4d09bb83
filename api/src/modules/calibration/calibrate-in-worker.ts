// The calibration's CPU work off the event loop (calibration.worker.ts). Same results as calling
// buildProbes / fitThreshold directly; the thread goes when idle.
import { WorkerClient } from '../../workers/worker-client.js';
import type { CalibrationRequest, CalibrationResult } from './calibration.worker.js';
import type { LabelledExample, Probe, ProbeBanks, ProbeDocument } from './probes.js';
import type { Fit, ScoredProbe } from './fit.js';

const worker = new WorkerClient<CalibrationRequest, CalibrationResult>(new URL('./calibration.worker.ts', import.meta.url), 'calibration', 60_000);

export const probesInWorker = (docs: ProbeDocument[], banks: ProbeBanks, examples: LabelledExample[]) => worker.run({ op: 'probes', docs, banks, examples }) as Promise<Probe[]>;

export const fitInWorker = (probes: ScoredProbe[], target: number) => worker.run({ op: 'fit', probes, target }) as Promise<Fit>;
