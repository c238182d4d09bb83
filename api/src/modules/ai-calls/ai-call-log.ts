// Every model call is recorded (KPIs and cost reports read this table). Costs are estimates from
// list prices per million tokens; unknown models cost 0 and say so in the docs.
import { randomUUID } from 'node:crypto';
import type { ReadPool } from '../../db/read-pool.js';
import type { CallRecord } from './call-record.js';
import type { Metrics } from '../../metrics/metrics.js';
import { platformMetrics } from '../../metrics/platform-metrics.js';

export type AiPurpose = 'ANSWER' | 'CLASSIFY' | 'SUMMARIZE' | 'EMBED';

/** USD per million tokens: [input, output]. */
const PRICES: Record<string, [number, number]> = {
  'claude-opus-5-5': [15, 75],
  'claude-sonnet-5-5': [3, 15],
  'claude-haiku-5-5': [1, 5],
};

export function estimateCostUsd(model: string, inputTokens: number, outputTokens: number): number {
  const price = PRICES[model] ?? Object.entries(PRICES).find(([prefix]) => model.startsWith(prefix))?.[1];
  if (!price) return 0;
  return (inputTokens * price[0] + outputTokens * price[1]) / 1_000_000;
}

export interface AiCallEntry {
  tenantId: string;
  conversationId: string | null;
  purpose: AiPurpose;
  call: CallRecord;
}

/** The call in /metrics (counted when it completes, whenever its row is written). */
export function countAiCall(entry: AiCallEntry, metrics?: Metrics): void {
  if (!metrics) return;
  const c = entry.call;
  const cost = estimateCostUsd(c.model, c.inputTokens, c.outputTokens);
  // Label values from closed lists only: the model name is configuration, not caller input.
  const m = platformMetrics(metrics);
  const model = c.model.slice(0, 64);
  m.aiCalls.inc({ purpose: entry.purpose, provider: c.provider, model, outcome: c.outcome });
  if (c.inputTokens) m.aiTokens.inc({ model, direction: 'input' }, c.inputTokens);
  if (c.outputTokens) m.aiTokens.inc({ model, direction: 'output' }, c.outputTokens);
  if (cost) m.aiCost.inc({ model }, cost);
}

/** Rows for AI_CALLS_FROM_JSON, as one JSON array parameter. */
export function aiCallsJson(entries: AiCallEntry[]): string {
  return JSON.stringify(
    entries.map(({ tenantId, conversationId, purpose, call: c }) => ({
      id: randomUUID(), tenant_id: tenantId, conversation_id: conversationId, purpose, provider: c.provider, model: c.model, latency_ms: c.latencyMs,
      first_token_ms: c.firstTokenMs, input_tokens: c.inputTokens, output_tokens: c.outputTokens,
      cost_usd: estimateCostUsd(c.model, c.inputTokens, c.outputTokens).toFixed(6), outcome: c.outcome, retries: c.retries, error: c.error,
    })),
  );
}

/** Insert the calls of a JSON array parameter (aiCallsJson), e.g. as a CTE of the statement that records their turn. */
export const aiCallsFromJsonSql = (param: string) => `insert into ai_calls (id, tenant_id, conversation_id, purpose, provider, model, latency_ms, first_token_ms,
    input_tokens, output_tokens, cost_usd, outcome, retries, error)
  select id, tenant_id, conversation_id, purpose, provider, model, latency_ms, first_token_ms, input_tokens, output_tokens, cost_usd, outcome, retries, error
    from jsonb_to_recordset(${param}::jsonb) as x(id uuid, tenant_id uuid, conversation_id uuid, purpose text, provider text, model text, latency_ms int,
      first_token_ms int, input_tokens int, output_tokens int, cost_usd numeric, outcome text, retries int, error text)`;

/** Write calls already counted (countAiCall) in one statement. */
export async function insertAiCalls(pool: Pick<ReadPool, 'query'>, entries: AiCallEntry[]): Promise<void> {
  if (entries.length) await pool.query(aiCallsFromJsonSql('$1'), [aiCallsJson(entries)]);
}

export async function logAiCall(pool: Pick<ReadPool, 'query'>, entry: AiCallEntry, metrics?: Metrics): Promise<void> {
  countAiCall(entry, metrics);
  const c = entry.call;
  const cost = estimateCostUsd(c.model, c.inputTokens, c.outputTokens);
  await pool.query(
    `insert into ai_calls (id, tenant_id, conversation_id, purpose, provider, model, latency_ms, first_token_ms,
        input_tokens, output_tokens, cost_usd, outcome, retries, error)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      randomUUID(), entry.tenantId, entry.conversationId, entry.purpose, c.provider, c.model, c.latencyMs, c.firstTokenMs,
      c.inputTokens, c.outputTokens, cost.toFixed(6), c.outcome, c.retries, c.error,
    ],
  );
}
