// Worker thread of the calibration: building a tenant's probes (templating every sentence of its
// knowledge) and fitting the model over hundreds of probes and their neighbours are CPU work the
// event loop that serves every tenant must not do (calibrate-in-worker.ts). Retrieval of the probes
// stays outside: it is I/O (PostgreSQL, Chroma) plus the embedder, which has its own thread.
import { serve } from '../../workers/serve.js';
import type { Neighbours } from '../knowledge/handoff-model.js';
import { buildProbes, type LabelledExample, type Probe, type ProbeBanks, type ProbeDocument } from './probes.js';
import { fitModel, fitThreshold, type Fit, type ModelFit, type ProbeEvidence, type ScoredProbe } from './fit.js';

export type CalibrationRequest =
  | { op: 'probes'; docs: ProbeDocument[]; banks: ProbeBanks; examples: LabelledExample[] }
  | { op: 'fit'; probes: ScoredProbe[]; target: number }
  | { op: 'model'; probes: ProbeEvidence[]; neighbours: Neighbours; target: number };

export type CalibrationResult = Probe[] | Fit | ModelFit;

serve<CalibrationRequest, CalibrationResult>((r) => ({
  result: r.op === 'probes' ? buildProbes(r.docs, r.banks, r.examples) : r.op === 'fit' ? fitThreshold(r.probes, r.target) : fitModel(r.probes, r.neighbours, r.target),
}));
