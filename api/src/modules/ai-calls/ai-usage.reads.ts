// The AI usage report: the call log of a period summed in total, per purpose and per model by
// ONE statement (grouping sets; percentile_cont for the latency percentiles). The tenant's rows
// are read through the (tenant_id, created_at, id) index; the hand-off of a call's conversation
// comes from conversations.handoff_context (set when the assistant hands off).
import { badInput } from '../../errors.js';
import type { ReadPool, ReadScope } from '../../db/read-pool.js';
import type { AiUsageFiguresType, AiUsageGroupType, AiUsageType } from './ai-usage.type.js';

/** Longest period one report covers. */
export const MAX_USAGE_DAYS = 400;

const select = (tenantPredicate: string) => `
  select grouping(a.purpose) as g_purpose, grouping(a.model) as g_model, a.purpose, a.model,
         count(*)::int as calls,
         count(*) filter (where a.outcome <> 'OK')::int as failed_calls,
         coalesce(sum(a.input_tokens), 0)::float8 as input_tokens,
         coalesce(sum(a.output_tokens), 0)::float8 as output_tokens,
         coalesce(sum(a.cost_usd), 0)::float8 as cost_usd,
         percentile_cont(0.5) within group (order by a.latency_ms) as p50,
         percentile_cont(0.95) within group (order by a.latency_ms) as p95,
         count(distinct a.conversation_id)::int as conversations,
         count(distinct a.conversation_id) filter (where c.handoff_context is not null)::int as handed_off
    from ai_calls a
    left join conversations c on c.id = a.conversation_id and c.tenant_id = a.tenant_id
   where ${tenantPredicate} and a.created_at >= $2 and a.created_at < $3
   group by grouping sets ((), (a.purpose), (a.model))`;

// Two texts, so each keeps an index-friendly plan: `tenant_id = $1` for a tenant, no tenant
// predicate for a platform admin looking at all tenants.
const TENANT_SQL = select('a.tenant_id = $1');
const PLATFORM_SQL = select('$1::uuid is null');

interface UsageRow extends Record<string, unknown> {
  g_purpose: number;
  g_model: number;
  purpose: string | null;
  model: string | null;
  calls: number;
  failed_calls: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number;
  p50: number | null;
  p95: number | null;
  conversations: number;
  handed_off: number;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function figures(r: UsageRow | undefined): AiUsageFiguresType {
  if (!r) return { calls: 0, failedCalls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, latencyP50Ms: null, latencyP95Ms: null, conversations: 0, handedOff: 0, handOffRate: null };
  return {
    calls: r.calls,
    failedCalls: r.failed_calls,
    inputTokens: r.input_tokens,
    outputTokens: r.output_tokens,
    costUsd: round(r.cost_usd, 6),
    latencyP50Ms: r.p50 === null ? null : round(r.p50, 1),
    latencyP95Ms: r.p95 === null ? null : round(r.p95, 1),
    conversations: r.conversations,
    handedOff: r.handed_off,
    handOffRate: r.conversations ? round(r.handed_off / r.conversations, 4) : null,
  };
}

const byCalls = (a: AiUsageGroupType, b: AiUsageGroupType) => b.calls - a.calls || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export async function aiUsage(pool: ReadPool, scope: ReadScope, from: Date, to: Date): Promise<AiUsageType> {
  if (from.getTime() >= to.getTime()) throw badInput('`to` must be after `from`', 'to');
  if (to.getTime() - from.getTime() > MAX_USAGE_DAYS * 86_400_000) throw badInput(`A report covers at most ${MAX_USAGE_DAYS} days`, 'to');
  const rows = await pool.scopedQuery<UsageRow>(scope, scope.kind === 'tenant' ? TENANT_SQL : PLATFORM_SQL, [from, to]);
  const report: AiUsageType = { from, to, totals: figures(undefined), byPurpose: [], byModel: [] };
  for (const r of rows) {
    if (r.g_purpose && r.g_model) report.totals = figures(r);
    else if (!r.g_purpose) report.byPurpose.push({ key: r.purpose!, ...figures(r) });
    else report.byModel.push({ key: r.model!, ...figures(r) });
  }
  report.byPurpose.sort(byCalls);
  report.byModel.sort(byCalls);
  return report;
}
