// "Try a question": what the assistant would retrieve for a question, with the retrieval
// evidence and whether the tenant's hand-off threshold would send it to a human.
import type { Context } from '../../context.js';
import { badInput, serviceUnavailable } from '../../errors.js';
import { requireStaffTenant } from '../../auth/viewer.js';
import type { TenantAssistantSettings } from '../tenants/tenant.entity.js';
import { defaultAssistant } from '../tenants/tenant.defaults.js';
import { handOffDecision, retrievalEvidence } from './answer-confidence.js';
import { calibrationInForceSql, handoffScore, operatingPointInForce, type CalibrationInForce } from './operating-point.js';
import { DEFAULT_K, retrieve, type RetrievedChunk } from './retrieval.js';
import { VectorStoreUnavailable } from './vector-store.js';

export interface KnowledgeSearch {
  chunks: RetrievedChunk[];
  evidence: number;
  wouldHandOff: boolean;
  tookMs: number;
}

/** The most hits one search returns; also the depth every search retrieves at, whatever `first` is. */
export const MAX_FIRST = 20;
/**
 * The hits the hand-off evidence is computed from: the assistant's own sources (turn.ts retrieves
 * DEFAULT_K), so "would hand off" says what the assistant would do — for any `first`.
 */
export const EVIDENCE_DEPTH = DEFAULT_K;

export async function searchKnowledge(ctx: Context, query: string, first: number): Promise<KnowledgeSearch> {
  const tenantId = requireStaffTenant(ctx.viewer, 'Sign in as a member of a tenant to search its knowledge');
  if (!query.trim() || query.length > 2000) throw badInput('query must be 1–2,000 characters', 'query');
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) throw badInput(`first must be 1–${MAX_FIRST}`, 'first');
  try {
    // Always the same depth, then cut: the evidence (and so wouldHandOff) cannot depend on `first`.
    const result = await retrieve(ctx.services.knowledge, tenantId, query, { k: MAX_FIRST });
    // The same settings the assistant's turn reads (turn-context.ts): tenants.assistant. (Qualified:
    // a bare `id` inside the sub-select is knowledge_calibrations.id, and the calibration was ignored.)
    const [t] = await ctx.services.readPool.query<{ assistant: TenantAssistantSettings | null; calibrated: CalibrationInForce | null }>(`select t.assistant - 'wordVariants' as assistant, ${calibrationInForceSql('t.id')} as calibrated from tenants t where t.id = $1`, [tenantId]);
    const point = await operatingPointInForce(ctx.services.knowledge, t?.assistant ?? defaultAssistant(), t?.calibrated);
    const threshold = point.threshold;
    // Scored as the turn scores it (turn.ts): the calibrated model over the evidence and the nearest probes.
    const top = result.chunks.slice(0, EVIDENCE_DEPTH);
    const evidence = top.length ? await handoffScore(ctx.services.knowledge, point, retrievalEvidence(top).score, result.query.embedText) : 0;
    // As the offline assistant decides before it writes an extract: on the evidence alone.
    const wouldHandOff = handOffDecision(evidence, null, threshold).handOff !== null;
    return { chunks: result.chunks.slice(0, first), evidence, wouldHandOff, tookMs: Math.round(result.timings.totalMs) };
  } catch (e) {
    if (e instanceof VectorStoreUnavailable) throw serviceUnavailable('The knowledge search is unavailable right now; try again shortly');
    throw e;
  }
}
