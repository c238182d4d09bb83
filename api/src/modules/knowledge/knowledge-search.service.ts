// "Try a question": what the assistant would retrieve for a question, with the retrieval
// evidence and whether the tenant's hand-off threshold would send it to a human.
import type { Context } from '../../context.js';
import { badInput, serviceUnavailable } from '../../errors.js';
import { requireStaffTenant } from '../../auth/viewer.js';
import { retrievalEvidence } from './answer-confidence.js';
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
    const [t] = await ctx.services.readPool.query<{ threshold: number }>(`select (assistant->>'handoffThreshold')::float as threshold from tenants where id = $1`, [tenantId]);
    const evidence = retrievalEvidence(result.chunks).score;
    return { chunks: result.chunks, evidence, wouldHandOff: evidence < (t?.threshold ?? 0.7), tookMs: Math.round(result.timings.totalMs) };
  } catch (e) {
    if (e instanceof VectorStoreUnavailable) throw serviceUnavailable('The knowledge search is unavailable right now; try again shortly');
    throw e;
  }
}
