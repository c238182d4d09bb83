import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { UserType } from '../users/user.type.js';
import { ConversationType } from '../conversations/conversation.type.js';
import { Priority } from '../conversations/conversation.entity.js';
import { ApprovalAction, ApprovalKind, ApprovalRequest, ApprovalRequesterKind, ApprovalStatus, ApprovalUrgency } from './approval.entity.js';

registerEnumType(ApprovalKind, {
  name: 'ApprovalKind',
  description: 'What kind of action is proposed.',
  valuesConfig: {
    REFUND: { description: 'Give money back (usually with `amount` and `currency`).' },
    CANCELLATION: { description: 'Cancel an order, subscription or booking.' },
    EXCEPTION: { description: 'Make an exception to a policy.' },
    OTHER: { description: 'Anything else; the summary says what.' },
  },
});
registerEnumType(ApprovalUrgency, {
  name: 'ApprovalUrgency',
  description: 'How soon the requester needs a decision.',
  valuesConfig: {
    LOW: { description: 'No hurry: decide when convenient.' },
    NORMAL: { description: 'The usual urgency.' },
    HIGH: { description: 'Needed soon, e.g. a customer is waiting for it.' },
  },
});
registerEnumType(ApprovalStatus, {
  name: 'ApprovalStatus',
  description: 'PENDING → APPROVED or REJECTED (final); ESCALATED: handed to another approver, still waiting for a decision.',
  valuesConfig: {
    PENDING: { description: 'Waiting for a decision.' },
    APPROVED: { description: 'Approved (final).' },
    REJECTED: { description: 'Rejected, with a reason (final).' },
    ESCALATED: { description: 'Passed on to another approver; still waiting for a decision.' },
  },
});
registerEnumType(ApprovalRequesterKind, {
  name: 'ApprovalRequesterKind',
  description: 'Who asked (or acted): a staff USER, the ASSISTANT, or an API_KEY.',
  valuesConfig: {
    USER: { description: 'A staff user (`requester` names them).' },
    ASSISTANT: { description: 'The AI assistant, during a conversation.' },
    API_KEY: { description: 'A partner integration, through an API key.' },
  },
});
registerEnumType(ApprovalAction, {
  name: 'ApprovalAction',
  description: 'One change in an approval’s history.',
  valuesConfig: {
    REQUESTED: { description: 'Someone asked for the approval.' },
    APPROVED: { description: 'An approver approved it (final).' },
    REJECTED: { description: 'An approver rejected it, with a reason (final).' },
    ESCALATED: { description: 'An approver passed it on to another approver (`fromUserName` → `toUserName`); still open.' },
    REASSIGNED: { description: 'It was given to another approver (`fromUserName` → `toUserName`); still open.' },
  },
});

@ObjectType('ApprovalRequest', { simpleResolvers: true, description: 'An action (a refund, a cancellation, an exception) someone proposed and someone with `approvals.decide` approves, rejects or escalates.' })
export class ApprovalRequestType {
  @Field(() => ID, { description: 'Approval id (UUID).' })
  id!: string;
  @Field(() => Int, { description: 'Per-tenant number shown to people (“approval #12”).' })
  number!: number;
  @Field(() => ApprovalKind, { description: 'What kind of action is proposed.' })
  kind!: ApprovalKind;
  @Field(() => String, { description: 'One line: what this is about.' })
  summary!: string;
  @Field(() => String, { description: 'What will be done when approved.' })
  proposedAction!: string;
  @Field(() => Float, { nullable: true, description: 'Amount of money involved (two decimals), with `currency`.' })
  amount!: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217 code of `amount` (e.g. `EUR`).' })
  currency!: string | null;
  @Field(() => Priority, { description: 'How important the requester says it is.' })
  priority!: Priority;
  @Field(() => ApprovalUrgency, { description: 'How soon the requester needs a decision.' })
  urgency!: ApprovalUrgency;
  @Field(() => ApprovalStatus, { description: 'Where it stands: PENDING or ESCALATED are open, APPROVED and REJECTED are final.' })
  status!: ApprovalStatus;
  @Field(() => ID, { nullable: true, description: 'The conversation it came from; the decision is posted there as an internal note.' })
  conversationId!: string | null;
  @Field(() => ConversationType, { nullable: true, description: 'The conversation it came from.' })
  conversation!: ConversationType | null;
  @Field(() => ID, { nullable: true, description: 'The ticket it is about.' })
  ticketId!: string | null;
  @Field(() => ApprovalRequesterKind, { description: 'Who asked: a staff user, the assistant or an API key.' })
  requestedByKind!: ApprovalRequesterKind;
  @Field(() => ID, { nullable: true, description: 'The user or API key id that asked (null for the assistant).' })
  requestedById!: string | null;
  @Field(() => UserType, { nullable: true, description: 'The staff member who asked (null for the assistant and API keys).' })
  requester!: UserType | null;
  @Field(() => ID, { nullable: true, description: 'Who should decide; null = anyone with `approvals.decide`.' })
  approverId!: string | null;
  @Field(() => UserType, { nullable: true, description: 'Who should decide; null = anyone with `approvals.decide`.' })
  approver!: UserType | null;
  @Field(() => UserType, { nullable: true, description: 'Who approved or rejected it.' })
  decidedBy!: UserType | null;
  @Field(() => String, { nullable: true, description: 'Why (required when rejected; optional otherwise).' })
  decisionReason!: string | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When it was approved or rejected.' })
  decidedAt!: Date | null;
  @Field(() => UserType, { nullable: true, description: 'The person it was last escalated to.' })
  escalatedTo!: UserType | null;
  @Field(() => DateTimeISO, { description: 'When it was requested.' })
  createdAt!: Date;
  @Field(() => DateTimeISO, { description: 'When it last changed (request, decision, escalation or reassignment).' })
  updatedAt!: Date;
  @Field(() => Int, { description: 'Grows by one with every change (drop a realtime update older than what you hold).' })
  version!: number;
  // history: a field resolver (approval.resolver.ts), one batched read per request.
}

registerReadModel({ graphqlType: 'ApprovalRequest', entity: ApprovalRequest, tenantColumn: 'tenant_id' });

@ObjectType('ApprovalEvent', { simpleResolvers: true, description: 'One change of an approval; the history is only ever appended to.' })
export class ApprovalEventType {
  @Field(() => ID, { description: 'The history entry\'s id.' })
  id!: string;
  @Field(() => ApprovalAction, { description: 'What happened.' })
  action!: ApprovalAction;
  @Field(() => ApprovalRequesterKind, { description: 'Who made the change.' })
  actorKind!: ApprovalRequesterKind;
  @Field(() => ID, { nullable: true, description: 'The user or API key (null for the assistant).' })
  actorId!: string | null;
  @Field(() => String, { nullable: true, description: 'Display name of the user who made the change (null for keys and the assistant).' })
  actorName!: string | null;
  @Field(() => ID, { nullable: true, description: 'ESCALATED / REASSIGNED: the approver before.' })
  fromUserId!: string | null;
  @Field(() => String, { nullable: true, description: 'ESCALATED / REASSIGNED: the previous approver\'s name; null for other actions.' })
  fromUserName!: string | null;
  @Field(() => ID, { nullable: true, description: 'ESCALATED / REASSIGNED: the approver after.' })
  toUserId!: string | null;
  @Field(() => String, { nullable: true, description: 'ESCALATED / REASSIGNED: the new approver\'s name; null for other actions.' })
  toUserName!: string | null;
  @Field(() => String, { nullable: true, description: 'The reason given (REJECTED always has one).' })
  reason!: string | null;
  @Field(() => DateTimeISO, { description: 'When it happened.' })
  createdAt!: Date;
}
