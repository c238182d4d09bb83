// knowledgeCoverage: the latest finished calibration, the one before it (for "what changed"),
// whether one is pending, the tenant's settings, its labelled-example count and the online
// agreement counts — two statements.
import type { ReadPool } from '../../db/read-pool.js';
import { DEFAULT_COVERAGE_TARGET, HandoffMode, type TenantAssistantSettings } from '../tenants/tenant.entity.js';
import { thresholdInForce } from '../knowledge/operating-point.js';
import { handsOff, pointAt, type CurvePoint } from './fit.js';
import { CALIBRATION_TIMER, type StoredProbe } from './calibration.service.js';
import { KnowledgeCoverageStatus, KnowledgeProbeKind, KnowledgeProbeSource, type KnowledgeCoverageType, type KnowledgeProbeCountsType } from './calibration.type.js';

interface CalibrationRow extends Record<string, unknown> {
  id: string;
  status: 'CALIBRATING' | 'READY' | 'NOT_ENOUGH_KNOWLEDGE' | 'FAILED';
  created_at: Date;
  threshold: number | null;
  target: number;
  curve: CurvePoint[];
  probes: StoredProbe[] | null;
  counts: Partial<KnowledgeProbeCountsType>;
  knowledge_version: string | null;
  documents: { id: string; title: string; version: number }[];
  took_ms: number | null;
}

const STATE_SQL = `
select t.assistant,
  exists (select 1 from timers x where x.tenant_id = $1 and x.kind = '${CALIBRATION_TIMER}') as timer_pending,
  (select count(*)::int from knowledge_examples e where e.tenant_id = $1) as examples,
  (select json_build_object(
     'turns', count(*),
     'bothAnswerable', count(*) filter (where a.model_answered_from_sources and a.evidence_answerable),
     'bothUnanswerable', count(*) filter (where not a.model_answered_from_sources and not a.evidence_answerable),
     'modelOnly', count(*) filter (where a.model_answered_from_sources and not a.evidence_answerable),
     'evidenceOnly', count(*) filter (where not a.model_answered_from_sources and a.evidence_answerable))
   from assistant_turns a where a.tenant_id = $1 and a.model_answered_from_sources is not null and a.evidence_answerable is not null) as agreement
from tenants t where t.id = $1`;

// The newest rows: enough to find the latest finished one, the one before it, and any newer pending one.
const CALIBRATIONS_SQL = `
select id, status, created_at, threshold, target, curve, counts, knowledge_version, documents, took_ms,
  case when row_number() over (partition by status in ('READY', 'NOT_ENOUGH_KNOWLEDGE') order by created_at desc) = 1
        and status in ('READY', 'NOT_ENOUGH_KNOWLEDGE') then probes end as probes
from knowledge_calibrations where tenant_id = $1
order by created_at desc limit ${8}`;

const counts = (c: Partial<KnowledgeProbeCountsType> | undefined): KnowledgeProbeCountsType => ({ answerable: c?.answerable ?? 0, unanswerable: c?.unanswerable ?? 0, labelled: c?.labelled ?? 0 });

export async function knowledgeCoverage(db: Pick<ReadPool, 'query'>, tenantId: string): Promise<KnowledgeCoverageType | null> {
  const [state] = await db.query<{ assistant: TenantAssistantSettings; timer_pending: boolean; examples: number; agreement: KnowledgeCoverageType['agreement'] }>(STATE_SQL, [tenantId]);
  if (!state) return null;
  const rows = await db.query<CalibrationRow>(CALIBRATIONS_SQL, [tenantId]);
  const finished = rows.filter((r) => r.status === 'READY' || r.status === 'NOT_ENOUGH_KNOWLEDGE');
  const [latest, previous] = finished;
  const pendingRow = rows.find((r) => (r.status === 'CALIBRATING' || r.status === 'FAILED') && (!latest || r.created_at > latest.created_at));
  const a = state.assistant;
  const mode = (a.handoffMode ?? HandoffMode.AUTO) as HandoffMode;
  const status = state.timer_pending || pendingRow ? KnowledgeCoverageStatus.CALIBRATING : latest ? (latest.status as KnowledgeCoverageStatus) : KnowledgeCoverageStatus.NOT_CALIBRATED;
  const threshold = latest?.threshold ?? null;
  const probes = (latest?.probes ?? [])
    .map((p) => ({ ...p, kind: p.kind as KnowledgeProbeKind, source: p.source as KnowledgeProbeSource, handedOff: threshold !== null && handsOff(p.score, threshold) }))
    .sort((x, y) => x.score - y.score || (x.question < y.question ? -1 : 1));
  const mention = (d: { id: string; title: string }) => ({ id: d.id, title: d.title });
  let changes: KnowledgeCoverageType['changes'] = null;
  if (latest && previous) {
    const before = new Map(previous.documents.map((d) => [d.id, d]));
    const after = new Map(latest.documents.map((d) => [d.id, d]));
    changes = {
      previousCalibratedAt: previous.created_at,
      thresholdBefore: previous.threshold,
      thresholdAfter: latest.threshold,
      probesBefore: counts(previous.counts),
      probesAfter: counts(latest.counts),
      documentsAdded: latest.documents.filter((d) => !before.has(d.id)).map(mention),
      documentsRemoved: previous.documents.filter((d) => !after.has(d.id)).map(mention),
      documentsChanged: latest.documents.filter((d) => before.has(d.id) && before.get(d.id)!.version !== d.version).map(mention),
    };
  }
  return {
    tenantId,
    status,
    mode,
    target: a.coverageTarget ?? DEFAULT_COVERAGE_TARGET,
    thresholdInForce: thresholdInForce(a, threshold),
    manualThreshold: a.handoffThreshold,
    operatingPoint: threshold === null || !latest?.probes ? null : pointAt(latest.probes, threshold),
    curve: latest?.curve ?? [],
    probes,
    probeCounts: counts(latest?.counts),
    labelledExamples: state.examples,
    calibratedAt: latest?.created_at ?? null,
    tookMs: latest?.took_ms ?? null,
    knowledgeVersion: latest?.knowledge_version ?? null,
    changes,
    agreement: state.agreement,
  };
}
