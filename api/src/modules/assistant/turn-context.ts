// Everything one assistant turn needs, and its claim, in one statement: the conversation with its
// tenant's assistant settings, its recent public messages (oldest first), the version of the
// tenant's query terms (retrieval's vocabulary check), and the claim of the turn across instances
// (conversations.assistant_claim_seq) — taken only when this turn is still the one to answer.
import type { AppServices } from '../../services.js';
import type { TenantAssistantSettings } from '../tenants/tenant.entity.js';
import type { ChatTurn } from './providers/provider.js';
import { calibrationInForceSql, operatingPointInForce, type CalibrationInForce, type OperatingPoint } from '../knowledge/operating-point.js';
import { queryTermsVersionSql, type QueryTermsVersion } from '../knowledge/query-normalization.js';

const HISTORY = 12;

export interface TurnContext {
  tenantId: string;
  conversationId: string;
  tenantName: string;
  assistant: TenantAssistantSettings;
  /** The hand-off threshold in force: calibrated (AUTO) or manual (knowledge/operating-point.ts). */
  handoffThreshold: number;
  /** Whether that threshold is a calibration's (AUTO mode, calibrated): the evidence then gates online answers too. */
  thresholdCalibrated: boolean;
  /** The whole operating point: the threshold and the model whose score it cuts (handoffScore). */
  operatingPoint: OperatingPoint;
  status: string;
  handler: string;
  aiFailedAttempts: number;
  lastAuthor: string | null;
  lastCustomerSeq: number | null;
  /** The customer's messages since the assistant (or anyone) last spoke, joined. */
  pendingCustomerText: string;
  /** The customer's message before those, to notice a repeated question. */
  previousCustomerText: string | null;
  /** Alternating user/assistant turns for the model, starting with the customer. */
  turns: ChatTurn[];
  /** The customer's side of the conversation, for a hand-off summary. */
  transcriptForSummary: string;
  /** The tenant's query-terms version read with the context: retrieval checks its vocabulary cache against it. */
  termsVersion: QueryTermsVersion | null;
}

interface ContextRow extends Record<string, unknown> {
  status: string;
  handler: string;
  ai_failed_attempts: number;
  name: string;
  assistant: TenantAssistantSettings;
  calibrated: CalibrationInForce | null;
  history: { seq: number; author: string; body: string }[] | null;
  terms: QueryTermsVersion | null;
  claimed: boolean;
}

/**
 * The claim is a data-modifying CTE: it updates the row only while the assistant handles the
 * conversation and customer message `seq` is still its last public message — the turn's own
 * checks, in SQL — and no other instance holds a fresh claim on it. A claim older than the longest
 * model call plus a margin is stale (its instance died mid-turn) and is taken over. The select
 * reads the row as it was before the claim (one snapshot).
 */
const CONTEXT_SQL = `
with recent as materialized (
  select seq, author, body from messages
   where tenant_id = $2 and conversation_id = $1 and not private
   order by seq desc limit ${HISTORY}
),
claim as (
  update conversations set assistant_claim_seq = $3, assistant_claimed_at = now()
   where id = $1 and tenant_id = $2 and status = 'BOT' and handler = 'AI'
     and (assistant_claim_seq is distinct from $3 or assistant_claimed_at < now() - make_interval(secs => $4::int))
     and (select r.seq = $3 and r.author = 'CUSTOMER' from recent r order by r.seq desc limit 1)
  returning id
)
select c.status, c.handler, c.ai_failed_attempts, t.name, t.assistant - 'wordVariants' as assistant,
  ${calibrationInForceSql('c.tenant_id')} as calibrated,
  (select json_agg(json_build_object('seq', r.seq, 'author', r.author, 'body', r.body) order by r.seq) from recent r) as history,
  ${queryTermsVersionSql('c.tenant_id')} as terms,
  exists (select 1 from claim) as claimed
  from conversations c join tenants t on t.id = c.tenant_id
 where c.id = $1 and c.tenant_id = $2`;

/**
 * The turn's context and whether this instance claimed the turn for customer message `seq`
 * (false: the turn is not this one's to answer — see CONTEXT_SQL). Null: no such conversation.
 */
export async function claimTurnContext(services: AppServices, tenantId: string, conversationId: string, seq: number): Promise<{ t: TurnContext; claimed: boolean } | null> {
  const staleSeconds = Math.ceil(services.config.AI_TIMEOUT_MS / 1000) + 30;
  // Without the word variants (up to a few hundred kB; retrieval reads them through its own cache).
  const [c] = await services.readPool.query<ContextRow>(CONTEXT_SQL, [conversationId, tenantId, seq, staleSeconds]);
  if (!c) return null;
  const operatingPoint = await operatingPointInForce(services.knowledge, c.assistant, c.calibrated);
  const rows = c.history ?? [];
  return { t: turnContext(tenantId, conversationId, c, operatingPoint, rows), claimed: c.claimed };
}

function turnContext(tenantId: string, conversationId: string, c: ContextRow, operatingPoint: OperatingPoint, rows: { seq: number; author: string; body: string }[]): TurnContext {
  const last = rows[rows.length - 1];
  let firstPending = rows.length;
  while (firstPending > 0 && rows[firstPending - 1].author === 'CUSTOMER') firstPending--;
  const pending = rows.slice(firstPending);
  const earlierCustomer = rows.slice(0, firstPending).filter((r) => r.author === 'CUSTOMER');
  return {
    tenantId,
    conversationId,
    tenantName: c.name,
    assistant: c.assistant,
    handoffThreshold: operatingPoint.threshold,
    thresholdCalibrated: operatingPoint.calibrated,
    operatingPoint,
    status: c.status,
    handler: c.handler,
    aiFailedAttempts: c.ai_failed_attempts,
    lastAuthor: last?.author ?? null,
    lastCustomerSeq: last?.author === 'CUSTOMER' ? last.seq : null,
    pendingCustomerText: pending.map((r) => r.body).join('\n'),
    previousCustomerText: earlierCustomer.length ? earlierCustomer[earlierCustomer.length - 1].body : null,
    turns: toTurns(rows),
    transcriptForSummary: rows.filter((r) => r.author === 'CUSTOMER').map((r) => r.body).join(' / '),
    termsVersion: c.terms,
  };
}

/** The Messages API wants alternating roles starting with `user`: merge neighbours, drop SYSTEM. */
export function toTurns(rows: { author: string; body: string }[]): ChatTurn[] {
  const turns: ChatTurn[] = [];
  for (const r of rows) {
    if (r.author === 'SYSTEM') continue;
    const role = r.author === 'CUSTOMER' ? 'user' : 'assistant';
    const prev = turns[turns.length - 1];
    if (prev && prev.role === role) prev.content += `\n\n${r.body}`;
    else turns.push({ role, content: r.body });
  }
  while (turns.length && turns[0].role !== 'user') turns.shift();
  return turns;
}
