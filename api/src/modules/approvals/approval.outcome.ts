// The note a decision leaves in its conversation. Pure, so its wording is tested directly.

export interface OutcomeFacts {
  number: number;
  kind: string;
  summary: string;
  amount: number | string | null;
  currency: string | null;
  decision: 'APPROVED' | 'REJECTED';
  reason: string | null;
  /** The decider's display name; null when an API key decided. */
  decidedBy: string | null;
}

const KIND_WORD: Record<string, string> = { REFUND: 'Refund', CANCELLATION: 'Cancellation', EXCEPTION: 'Exception', OTHER: 'Request' };

/** "Approval #3 — Refund of 40.00 EUR approved by Ada." / "… rejected by Ada: reason" */
export function outcomeMessage(f: OutcomeFacts): string {
  const money = f.amount != null && f.currency ? ` of ${Number(f.amount).toFixed(2)} ${f.currency}` : '';
  const what = `${KIND_WORD[f.kind] ?? 'Request'}${money}`;
  const who = f.decidedBy ?? 'an API key';
  const head = `Approval #${f.number} — ${what} (“${f.summary}”)`;
  return f.decision === 'APPROVED'
    ? `${head} approved by ${who}${f.reason ? `: ${f.reason}` : '.'}`
    : `${head} rejected by ${who}: ${f.reason ?? 'no reason given'}`;
}
