// Everything one assistant turn needs, read in two statements: the conversation with its
// tenant's assistant settings, and its recent public messages (oldest first).
import type { AppServices } from '../../services.js';
import type { TenantAssistantSettings } from '../tenants/tenant.entity.js';
import type { ChatTurn } from './providers/provider.js';
import { calibrationInForceSql, operatingPointInForce, type CalibrationInForce, type OperatingPoint } from '../knowledge/operating-point.js';

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
}

export async function loadTurnContext(services: AppServices, tenantId: string, conversationId: string): Promise<TurnContext | null> {
  const [c] = await services.readPool.query<{ status: string; handler: string; ai_failed_attempts: number; name: string; assistant: TenantAssistantSettings; calibrated: CalibrationInForce | null }>(
    // Without the word variants (up to a few hundred kB; retrieval reads them through its own cache).
    `select c.status, c.handler, c.ai_failed_attempts, t.name, t.assistant - 'wordVariants' as assistant, ${calibrationInForceSql('c.tenant_id')} as calibrated
       from conversations c join tenants t on t.id = c.tenant_id
      where c.id = $1 and c.tenant_id = $2`,
    [conversationId, tenantId],
  );
  if (!c) return null;
  const operatingPoint = await operatingPointInForce(services.knowledge, c.assistant, c.calibrated);
  const rows = await services.readPool.query<{ seq: number; author: string; body: string }>(
    `select seq, author, body from (
       select seq, author, body from messages
        where tenant_id = $1 and conversation_id = $2 and not private
        order by seq desc limit ${HISTORY}
     ) recent order by seq`,
    [tenantId, conversationId],
  );
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
