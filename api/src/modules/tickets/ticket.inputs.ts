import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IDEMPOTENCY_KEY } from '../../idempotency/idempotency.js';
import { Priority } from '../conversations/conversation.entity.js';
import { SlaState, TicketStatus } from './ticket.entity.js';

export enum TicketOrder {
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  CREATED_AT_ASC = 'CREATED_AT_ASC',
  PRIORITY = 'PRIORITY',
  RESOLUTION_DUE_AT = 'RESOLUTION_DUE_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(TicketOrder, {
  name: 'TicketOrder',
  description: 'Order of a ticket list.',
  valuesConfig: {
    CREATED_AT_DESC: { description: 'Newest first.' },
    CREATED_AT_ASC: { description: 'Oldest first.' },
    PRIORITY: { description: 'URGENT first, then HIGH, MEDIUM, LOW.' },
    RESOLUTION_DUE_AT: { description: 'Resolution due soonest first; tickets without a due time last.' },
    UPDATED_AT: { description: 'Most recently changed first.' },
  },
});

@InputType('TicketFilter', { description: 'Narrow a ticket list; all given conditions apply.' })
export class TicketFilter {
  @Field(() => [TicketStatus], { nullable: true, description: 'Any of these statuses.' })
  statuses?: TicketStatus[];
  @Field(() => [Priority], { nullable: true, description: 'Any of these priorities.' })
  priorities?: Priority[];
  @Field(() => ID, { nullable: true, description: 'In this queue (another tenant’s queue: NOT_FOUND).' })
  queueId?: string;
  @Field(() => ID, { nullable: true, description: 'Assigned to this user (another tenant’s user: NOT_FOUND).' })
  assigneeId?: string;
  @Field(() => Boolean, { nullable: true, description: 'True: only tickets nobody has.' })
  unassigned?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'True: only tickets assigned to you.' })
  mine?: boolean;
  @Field(() => ID, { nullable: true, description: 'Of this contact.' })
  contactId?: string;
  @Field(() => ID, { nullable: true, description: 'Made from this conversation.' })
  conversationId?: string;
  @Field(() => String, { nullable: true, description: 'Carrying this tag (case-insensitive).' })
  tag?: string;
  @Field(() => [SlaState], { nullable: true, description: 'Whose overall SLA state is any of these.' })
  slaStates?: SlaState[];
  @Field(() => String, { nullable: true, description: 'Words in the subject or description (each word as a prefix, all must match); a number also matches the ticket number.' })
  search?: string;
}

@InputType('CreateTicketInput', { description: 'A new ticket.' })
export class CreateTicketInput {
  @Field(() => String, { description: '1–300 characters.' })
  subject!: string;
  @Field(() => String, { nullable: true, description: 'Up to 20,000 characters.' })
  description?: string | null;
  @Field(() => ID, { nullable: true, description: 'The customer (a contact of your tenant).' })
  contactId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A conversation to link (use createTicketFromConversation to package its transcript).' })
  conversationId?: string | null;
  @Field(() => String, { nullable: true, description: 'Up to 100 characters.' })
  category?: string | null;
  @Field(() => String, { nullable: true, description: 'Up to 100 characters.' })
  intent?: string | null;
  @Field(() => Priority, { nullable: true, description: 'Default MEDIUM.' })
  priority?: Priority | null;
  @Field(() => ID, { nullable: true, description: 'A queue of your tenant.' })
  queueId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Yourself (`tickets.update`) or anyone active in your tenant (`tickets.assign`).' })
  assigneeId?: string | null;
  @Field(() => [String], { nullable: true, description: 'Up to 20 tags of 1–50 characters (stored lower-case).' })
  tags?: string[] | null;
  @Field(() => String, { nullable: true, description: 'WIDGET, API, EMAIL, CONSOLE… (default: API for API keys, CONSOLE for staff).' })
  channel?: string | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType('CreateTicketFromConversationInput', { description: 'Turn a conversation into a ticket with its packaged context.' })
export class CreateTicketFromConversationInput {
  @Field(() => ID, { description: 'The conversation (its subject, contact, transcript and the assistant’s classification are copied).' })
  conversationId!: string;
  @Field(() => String, { nullable: true, description: 'Default: the conversation’s subject, else the customer’s first line.' })
  subject?: string | null;
  @Field(() => String, { nullable: true, description: 'The ticket\'s description; default: the conversation\'s summary.' })
  description?: string | null;
  @Field(() => Priority, { nullable: true, description: 'Default: the classification’s, else the conversation’s.' })
  priority?: Priority | null;
  @Field(() => String, { nullable: true, description: 'Default: the classification’s.' })
  category?: string | null;
  @Field(() => ID, { nullable: true, description: 'Queue to put the ticket in; default: the conversation\'s queue.' })
  queueId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Yourself (`tickets.update`) or anyone (`tickets.assign`).' })
  assigneeId?: string | null;
  @Field(() => [String], { nullable: true, description: 'Up to 20 tags of 1–50 characters (stored lower-case).' })
  tags?: string[] | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType('UpdateTicketInput', { description: 'Change a ticket’s fields; omitted fields stay, null clears a clearable one. One history entry for the whole change.' })
export class UpdateTicketInput {
  @Field(() => ID, { description: 'The ticket\'s id.' })
  id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read: CONFLICT (with `currentVersion`) if the ticket changed since.' })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: 'New subject (1–300 characters).' })
  subject?: string | null;
  @Field(() => String, { nullable: true, description: 'New description (up to 20,000 characters); null clears it.' })
  description?: string | null;
  @Field(() => String, { nullable: true, description: 'New category (up to 100 characters); null clears it.' })
  category?: string | null;
  @Field(() => String, { nullable: true, description: 'New intent (up to 100 characters); null clears it.' })
  intent?: string | null;
  @Field(() => Priority, { nullable: true, description: 'New priority (may change the SLA policy and due times).' })
  priority?: Priority | null;
  @Field(() => ID, { nullable: true, description: 'A queue of your tenant; null: none.' })
  queueId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A contact of your tenant; null: none.' })
  contactId?: string | null;
  @Field(() => [String], { nullable: true, description: 'Replaces the tags.' })
  tags?: string[] | null;
  @Field(() => TicketStatus, { nullable: true, description: 'OPEN or PENDING only (resolveTicket, reopenTicket, closeTicket, escalateTicket do the others: else BAD_USER_INPUT).' })
  status?: TicketStatus | null;
}

@InputType('AssignTicketInput', { description: 'Give a ticket to a person, or to nobody.' })
export class AssignTicketInput {
  @Field(() => ID, { description: 'The ticket\'s id.' })
  id!: string;
  @Field(() => ID, { nullable: true, description: 'The new assignee (null: unassign). Yourself needs `tickets.update`; anyone else (or taking it from someone) `tickets.assign`.' })
  assigneeId?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version you read (CONFLICT if stale).' })
  expectedVersion?: number | null;
}

@InputType('CommentOnTicketInput', { description: 'A public reply to the customer or an internal note.' })
export class CommentOnTicketInput {
  @Field(() => ID, { description: 'The ticket\'s id.' })
  id!: string;
  @Field(() => String, { description: '1–20,000 characters.' })
  body!: string;
  @Field(() => Boolean, { defaultValue: false, description: 'True: the customer sees it (a public reply); false: internal.' })
  public!: boolean;
  @Field(() => Int, { nullable: true, description: 'The version you read (CONFLICT if stale).' })
  expectedVersion?: number | null;
}

@InputType('TicketIdInput', { description: 'Names a ticket (resolve, reopen, close).' })
export class TicketIdInput {
  @Field(() => ID, { description: 'The ticket\'s id.' })
  id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read (CONFLICT if stale).' })
  expectedVersion?: number | null;
}

@InputType('EscalateTicketInput', { description: 'Escalate a ticket (status ESCALATED); the reason goes into its history.' })
export class EscalateTicketInput {
  @Field(() => ID, { description: 'The ticket\'s id.' })
  id!: string;
  @Field(() => String, { description: 'Why (1–1,000 characters).' })
  reason!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read (CONFLICT if stale).' })
  expectedVersion?: number | null;
}

