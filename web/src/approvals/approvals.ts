// Pure helpers of the approvals UI: the same rules the API applies (approval.rules.ts), checked
// before sending so the message appears next to the field; the queue's order; display text.
import type { ApprovalFieldsFragment } from '../gql/graphql.js';

export type Approval = ApprovalFieldsFragment;

export const KIND_LABELS: Record<string, string> = { REFUND: 'Refund', CANCELLATION: 'Cancellation', EXCEPTION: 'Exception', OTHER: 'Other' };
export const OPEN_STATUSES = ['PENDING', 'ESCALATED'] as const;
export const isOpen = (a: Pick<Approval, 'status'>) => (OPEN_STATUSES as readonly string[]).includes(a.status);

export interface RequestForm {
  kind: string;
  summary: string;
  proposedAction: string;
  /** As typed: "" for none, "40", "40.5", "40,50". */
  amount: string;
  currency: string;
  priority: string;
}

export type RequestErrors = Partial<Record<keyof RequestForm, string>>;

/** The amount as a number (comma or point), null when blank, NaN when not a money amount. */
export function parseAmount(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!t) return null;
  return /^\d{1,12}(\.\d{1,2})?$/.test(t) ? Number(t) : NaN;
}

export function validateRequest(form: RequestForm): RequestErrors {
  const errors: RequestErrors = {};
  if (!form.summary.trim()) errors.summary = 'Say in one line what this is about.';
  else if (form.summary.trim().length > 200) errors.summary = 'At most 200 characters.';
  if (!form.proposedAction.trim()) errors.proposedAction = 'Say what will be done when approved.';
  else if (form.proposedAction.trim().length > 2000) errors.proposedAction = 'At most 2,000 characters.';
  const amount = parseAmount(form.amount);
  if (Number.isNaN(amount)) errors.amount = 'A positive amount with at most two decimals, e.g. 40.00.';
  const currency = form.currency.trim();
  if (amount !== null && !Number.isNaN(amount) && !/^[A-Za-z]{3}$/.test(currency)) errors.currency = 'A three-letter code, e.g. EUR.';
  if (amount === null && currency) errors.amount = 'Enter the amount for this currency, or clear the currency.';
  return errors;
}

/** Reject needs a reason (the API answers BAD_USER_INPUT on `reason` otherwise). */
export function validateDecision(decision: 'APPROVE' | 'REJECT' | 'ESCALATE', reason: string, escalateTo: string): { reason?: string; escalateTo?: string } {
  if (decision === 'REJECT' && !reason.trim()) return { reason: 'Say why it is rejected: the requester sees it.' };
  if (reason.trim().length > 2000) return { reason: 'At most 2,000 characters.' };
  if (decision === 'ESCALATE' && !escalateTo) return { escalateTo: 'Choose whom to escalate to.' };
  return {};
}

/** "40.00 EUR", or "" without an amount. */
export function formatAmount(a: Pick<Approval, 'amount' | 'currency'>): string {
  return a.amount == null || !a.currency ? '' : `${a.amount.toFixed(2)} ${a.currency}`;
}

/** The open queue: mine first, then the rest (each oldest first), without duplicates. */
export function queueOrder(mine: Approval[], all: Approval[]): { mine: Approval[]; others: Approval[] } {
  const byAge = (x: Approval, y: Approval) => x.createdAt.localeCompare(y.createdAt);
  const mineIds = new Set(mine.map((a) => a.id));
  return { mine: [...mine].filter(isOpen).sort(byAge), others: all.filter((a) => !mineIds.has(a.id) && isOpen(a)).sort(byAge) };
}

/**
 * Merge a live update into a list: replace the row when it is newer (by version), add it when
 * new and `belongs`, drop it when it no longer belongs (decided, or no longer mine).
 */
export function mergeUpdate(list: Approval[], update: Approval, belongs: (a: Approval) => boolean): Approval[] {
  const i = list.findIndex((a) => a.id === update.id);
  if (i >= 0 && list[i]!.version > update.version) return list;
  const rest = list.filter((a) => a.id !== update.id);
  return belongs(update) ? [...rest, update] : rest;
}

export const tone = (status: string) => (status === 'APPROVED' ? 'success' : status === 'REJECTED' ? 'danger' : status === 'ESCALATED' ? 'warning' : 'info');
