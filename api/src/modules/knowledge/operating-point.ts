// The hand-off threshold in force for a tenant: in AUTO mode (the default) the one its latest
// finished knowledge calibration computed (modules/calibration), in MANUAL mode — or before any
// calibration, or when the knowledge was too thin to calibrate — the manual `handoffThreshold`.
// The assistant's turn and `searchKnowledge` both read it this way, in the statement they already run.
import type { TenantAssistantSettings } from '../tenants/tenant.entity.js';

/** A scalar sub-select: the latest finished calibration's threshold (null: none, or too little knowledge). */
export const calibratedThresholdSql = (tenantIdExpr: string) =>
  `(select k.threshold from knowledge_calibrations k where k.tenant_id = ${tenantIdExpr} and k.status in ('READY', 'NOT_ENOUGH_KNOWLEDGE') order by k.created_at desc limit 1)`;

export function thresholdInForce(assistant: Pick<TenantAssistantSettings, 'handoffThreshold' | 'handoffMode'>, calibrated: number | null | undefined): number {
  const auto = (assistant.handoffMode ?? 'AUTO') === 'AUTO';
  return auto && calibrated != null ? Number(calibrated) : assistant.handoffThreshold;
}
