// The calibration's CPU work off the event loop (calibration.worker.ts). Same results as calling
// buildProbes / fitThreshold / fitModel directly; the thread goes when idle.
import { WorkerClient } from '../../workers/worker-client.js';
import type { Neighbours } from '../knowledge/handoff-model.js';
import type { CalibrationRequest, CalibrationResult } from './calibration.worker.js';
import type { LabelledExample, Probe, ProbeBanks, ProbeDocument } from './probes.js';
import type { Fit, ModelFit, ProbeEvidence, ScoredProbe } from './fit.js';

const worker = new WorkerClient<CalibrationRequest, CalibrationResult>(new URL('./calibration.worker.ts', import.meta.url), 'calibration', 60_000);

export const probesInWorker = (docs: ProbeDocument[], banks: ProbeBanks, examples: LabelledExample[]) => worker.run({ op: 'probes', docs, banks, examples }) as Promise<Probe[]>;

export const fitInWorker = (probes: ScoredProbe[], target: number) => worker.run({ op: 'fit', probes, target }) as Promise<Fit>;

export const fitModelInWorker = (probes: ProbeEvidence[], neighbours: Neighbours, target: number) => worker.run({ op: 'model', probes, neighbours, target }) as Promise<ModelFit>;
