import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';
import { IDEMPOTENCY_KEY } from '../../idempotency/idempotency.js';
import { Priority } from '../conversations/conversation.entity.js';
import { ApprovalKind, ApprovalStatus, ApprovalUrgency } from './approval.entity.js';

export enum ApprovalDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  ESCALATE = 'ESCALATE',
}
registerEnumType(ApprovalDecision, {
  name: 'ApprovalDecision',
  description: 'APPROVE or REJECT (final; REJECT needs a reason), or ESCALATE to another approver (a manager or tenant admin).',
  valuesConfig: {
    APPROVE: { description: 'Approve the proposed action (final).' },
    REJECT: { description: 'Reject it; a `reason` is required (final).' },
    ESCALATE: { description: 'Pass it to `escalateToUserId` (a manager or tenant admin); the approval stays open with status ESCALATED.' },
  },
});

export enum ApprovalOrder {
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  CREATED_AT_ASC = 'CREATED_AT_ASC',
}
registerEnumType(ApprovalOrder, {
  name: 'ApprovalOrder',
  description: 'Order of an approval list: newest or oldest first.',
  valuesConfig: {
    CREATED_AT_DESC: { description: 'Newest first (the default).' },
    CREATED_AT_ASC: { description: 'Oldest first.' },
  },
});

@InputType('ApprovalFilter', { description: 'Narrow an approval list; conditions combine with AND.' })
export class ApprovalFilter {
  @Field(() => [ApprovalStatus], { nullable: true, description: 'Any of these statuses (e.g. `[PENDING, ESCALATED]` for the open queue).' })
  status?: ApprovalStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'True: only those you are the approver of.' })
  mine?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only those of this conversation (another tenant’s: NOT_FOUND).' })
  conversationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only those about this ticket.' })
  ticketId?: string | null;
}

@InputType('RequestApprovalInput', { description: 'Propose an action for someone with `approvals.decide` to approve. Link it to a conversation or a ticket (at least one).' })
export class RequestApprovalInput {
  @Field(() => ApprovalKind, { description: 'What kind of action is proposed.' })
  kind!: ApprovalKind;
  @Field(() => String, { description: 'One line, 1–200 characters.' })
  summary!: string;
  @Field(() => String, { description: 'What will be done when approved, 1–2,000 characters.' })
  proposedAction!: string;
  @Field(() => Float, { nullable: true, description: 'Amount of money, ≥ 0, at most two decimals; needs `currency`.' })
  amount?: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217 code (three letters, e.g. `EUR`); needs `amount`.' })
  currency?: string | null;
  @Field(() => Priority, { nullable: true, description: 'Default MEDIUM.' })
  priority?: Priority | null;
  @Field(() => ApprovalUrgency, { nullable: true, description: 'Default NORMAL.' })
  urgency?: ApprovalUrgency | null;
  @Field(() => ID, { nullable: true, description: 'The conversation it is about (needs `conversations.reply`); the decision is posted there.' })
  conversationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The ticket it is about (needs `tickets.update`).' })
  ticketId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Who should decide: a manager or tenant admin of your tenant. Omitted: anyone with `approvals.decide`.' })
  approverId?: string | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType('DecideApprovalInput', { description: 'Approve, reject or escalate an approval that is still PENDING or ESCALATED.' })
export class DecideApprovalInput {
  @Field(() => ID, { description: 'The approval request\'s id.' })
  id!: string;
  @Field(() => ApprovalDecision, { description: 'APPROVE, REJECT (needs `reason`) or ESCALATE (needs `escalateToUserId`).' })
  decision!: ApprovalDecision;
  @Field(() => String, { nullable: true, description: 'Why; required for REJECT (1–2,000 characters).' })
  reason?: string | null;
  @Field(() => ID, { nullable: true, description: 'ESCALATE only, required: the manager or tenant admin who decides next.' })
  escalateToUserId?: string | null;
}

@InputType('ReassignApprovalInput', { description: 'Give an open approval to another approver (managers: `approvals.decide` and `tickets.assign`).' })
export class ReassignApprovalInput {
  @Field(() => ID, { description: 'The approval request\'s id (it must still be open).' })
  id!: string;
  @Field(() => ID, { description: 'A manager or tenant admin of the tenant.' })
  approverId!: string;
}
