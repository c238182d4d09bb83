// Checks shared by requests and decisions: the proposal's fields, and who may be an approver.
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import type { ReadPool } from '../../db/read-pool.js';
import { ROLE_PERMISSIONS } from '../../permissions/matrix.js';
import { Priority } from '../conversations/conversation.entity.js';
import { ApprovalKind, ApprovalUrgency } from './approval.entity.js';

export const MAX_SUMMARY = 200;
export const MAX_PROPOSED_ACTION = 2000;
export const MAX_REASON = 2000;
/** numeric(14,2): twelve digits before the point. */
const MAX_AMOUNT = 999_999_999_999.99;

/** What someone proposes (a staff member's input, or the assistant's). */
export interface ApprovalProposal {
  kind: ApprovalKind;
  summary: string;
  proposedAction: string;
  amount?: number | null;
  currency?: string | null;
  priority?: Priority | null;
  urgency?: ApprovalUrgency | null;
  ticketId?: string | null;
  approverId?: string | null;
}

export interface CleanProposal {
  kind: ApprovalKind;
  summary: string;
  proposedAction: string;
  amount: string | null;
  currency: string | null;
  priority: Priority;
  urgency: ApprovalUrgency;
  ticketId: string | null;
}

function text(value: string, field: string, max: number): string {
  const t = value.trim();
  if (!t) throw badInput(`${field} is empty`, field);
  if (t.length > max) throw badInput(`${field} has at most ${max} characters`, field);
  return t;
}

export function cleanProposal(p: ApprovalProposal): CleanProposal {
  const summary = text(p.summary, 'summary', MAX_SUMMARY);
  const proposedAction = text(p.proposedAction, 'proposedAction', MAX_PROPOSED_ACTION);
  let amount: string | null = null;
  let currency: string | null = null;
  if (p.amount != null || p.currency) {
    if (p.amount == null || !Number.isFinite(p.amount) || p.amount < 0 || p.amount > MAX_AMOUNT) throw badInput('amount must be a number ≥ 0 (with a currency)', 'amount');
    if (Math.round(p.amount * 100) / 100 !== p.amount) throw badInput('amount has at most two decimals', 'amount');
    currency = (p.currency ?? '').trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) throw badInput('currency must be a three-letter ISO 4217 code (e.g. EUR)', 'currency');
    amount = p.amount.toFixed(2);
  }
  if (p.ticketId != null && !isUuid(p.ticketId)) throw badInput('ticketId is not an id', 'ticketId');
  return { kind: p.kind, summary, proposedAction, amount, currency, priority: p.priority ?? Priority.MEDIUM, urgency: p.urgency ?? ApprovalUrgency.NORMAL, ticketId: p.ticketId ?? null };
}

/** A decision's reason: trimmed, null when blank; `required` for rejections. */
export function cleanReason(reason: string | null | undefined, required: boolean): string | null {
  const t = reason?.trim() ?? '';
  if (!t) {
    if (required) throw badInput('Say why it is rejected', 'reason');
    return null;
  }
  if (t.length > MAX_REASON) throw badInput(`reason has at most ${MAX_REASON} characters`, 'reason');
  return t;
}

/** Roles whose members may decide approvals (read from the permission matrix). */
export const DECIDING_ROLES: readonly string[] = Object.entries(ROLE_PERMISSIONS)
  .filter(([role, perms]) => role !== 'PLATFORM_ADMIN' && perms.includes('approvals.decide'))
  .map(([role]) => role);

/**
 * `userId` may be an approver in `tenantId`: an active member whose role decides approvals.
 * Unknown or another tenant's user: NOT_FOUND (alike); someone who cannot decide: BAD_USER_INPUT.
 */
export async function assertApprover(pool: ReadPool, tenantId: string, userId: string, field: string): Promise<void> {
  if (!isUuid(userId)) throw badInput(`${field} is not an id`, field);
  const [row] = await pool.query<{ role: string; active: boolean }>('select role, active from users where id = $1 and tenant_id = $2', [userId, tenantId]);
  if (!row) throw notFound('User');
  if (!row.active || !DECIDING_ROLES.includes(row.role)) throw badInput('The approver must be an active manager or tenant admin', field);
}
