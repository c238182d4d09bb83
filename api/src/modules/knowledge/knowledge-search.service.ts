// "Try a question": what the assistant would retrieve for a question, with the retrieval
// evidence and whether the tenant's hand-off threshold would send it to a human.
import type { Context } from '../../context.js';
import { badInput, serviceUnavailable } from '../../errors.js';
import { requireStaffTenant } from '../../auth/viewer.js';
import type { TenantAssistantSettings } from '../tenants/tenant.entity.js';
import { defaultAssistant } from '../tenants/tenant.defaults.js';
import { handOffDecision, retrievalEvidence } from './answer-confidence.js';
import { calibratedThresholdSql, thresholdInForce } from './operating-point.js';
import { retrieve, type RetrievedChunk } from './retrieval.js';
import { VectorStoreUnavailable } from './vector-store.js';

export interface KnowledgeSearch {
  chunks: RetrievedChunk[];
  evidence: number;
  wouldHandOff: boolean;
  tookMs: number;
}

export async function searchKnowledge(ctx: Context, query: string, first: number): Promise<KnowledgeSearch> {
  const tenantId = requireStaffTenant(ctx.viewer, 'Sign in as a member of a tenant to search its knowledge');
  if (!query.trim() || query.length > 2000) throw badInput('query must be 1–2,000 characters', 'query');
  if (!Number.isInteger(first) || first < 1 || first > 20) throw badInput('first must be 1–20', 'first');
  try {
    const result = await retrieve(ctx.services.knowledge, tenantId, query, { k: first });
    // The same settings the assistant's turn reads (turn-context.ts): tenants.assistant.
    const [t] = await ctx.services.readPool.query<{ assistant: TenantAssistantSettings | null; calibrated: number | null }>(`select assistant, ${calibratedThresholdSql('id')} as calibrated from tenants where id = $1`, [tenantId]);
    const threshold = thresholdInForce(t?.assistant ?? defaultAssistant(), t?.calibrated);
    const evidence = retrievalEvidence(result.chunks).score;
    // As the offline assistant decides before it writes an extract: on the evidence alone.
    const wouldHandOff = handOffDecision(evidence, null, threshold).handOff !== null;
    return { chunks: result.chunks, evidence, wouldHandOff, tookMs: Math.round(result.timings.totalMs) };
  } catch (e) {
    if (e instanceof VectorStoreUnavailable) throw serviceUnavailable('The knowledge search is unavailable right now; try again shortly');
    throw e;
  }
}
