// When an approval is approved or rejected, the conversation it came from gets an internal note
// saying so ("Approval #3 — Refund of 40.00 EUR approved by Ada."), appended under the
// conversation's lock like every other message. Internal: a rejection's reason is for staff.
import type { AppServices } from '../../services.js';
import { listener, type AnyListener } from '../../events/domain-events.js';
import { withLockedConversation } from '../conversations/locked-conversation.js';
import { Author } from '../conversations/message.entity.js';
import { outcomeMessage, type OutcomeFacts } from './approval.outcome.js';

interface OutcomeRow extends Record<string, unknown> {
  number: number;
  kind: string;
  summary: string;
  amount: number | null;
  currency: string | null;
  status: string;
  decision_reason: string | null;
  decided_by: string | null;
  conversation_id: string | null;
}

const OUTCOME_SQL = `
  select a.number, a.kind, a.summary, a.amount, a.currency, a.status, a.decision_reason, u.display_name as decided_by, a.conversation_id
    from approval_requests a left join users u on u.id = a.decided_by_id
   where a.id = $1 and a.tenant_id = $2`;

export function approvalsListeners(services: AppServices): AnyListener[] {
  return [
    listener({
      name: 'approvals.post-outcome',
      on: 'approval.decided',
      async handle(e) {
        const { decision, approvalId, conversationId } = e.payload;
        if ((decision !== 'APPROVED' && decision !== 'REJECTED') || !conversationId) return;
        const [row] = await services.readPool.query<OutcomeRow>(OUTCOME_SQL, [approvalId, e.tenantId]);
        if (!row || row.conversation_id !== conversationId) return;
        const facts: OutcomeFacts = { number: row.number, kind: row.kind, summary: row.summary, amount: row.amount, currency: row.currency, decision, reason: row.decision_reason, decidedBy: row.decided_by };
        await withLockedConversation(services, e.tenantId, conversationId, (lc) => lc.append({ author: Author.SYSTEM, body: outcomeMessage(facts), private: true }));
      },
    }),
  ];
}
