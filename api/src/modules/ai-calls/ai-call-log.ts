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

export async function logAiCall(
  pool: Pick<ReadPool, 'query'>,
  entry: { tenantId: string; conversationId: string | null; purpose: AiPurpose; call: CallRecord },
  metrics?: Metrics,
): Promise<void> {
  const c = entry.call;
  const cost = estimateCostUsd(c.model, c.inputTokens, c.outputTokens);
  if (metrics) {
    // Label values from closed lists only: the model name is configuration, not caller input.
    const m = platformMetrics(metrics);
    const model = c.model.slice(0, 64);
    m.aiCalls.inc({ purpose: entry.purpose, provider: c.provider, model, outcome: c.outcome });
    if (c.inputTokens) m.aiTokens.inc({ model, direction: 'input' }, c.inputTokens);
    if (c.outputTokens) m.aiTokens.inc({ model, direction: 'output' }, c.outputTokens);
    if (cost) m.aiCost.inc({ model }, cost);
  }
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
