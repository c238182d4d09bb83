// GraphQL shapes of tickets. Lists and single reads go through the planner (one statement with the
// contact, assignee, queue and conversation joined); `events` is batched per request.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO, JSONObject } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { UserType } from '../users/user.type.js';
import { ContactType } from '../contacts/contact.type.js';
import { QueueType } from '../routing/queue.type.js';
import { ConversationType } from '../conversations/conversation.type.js';
import { Priority } from '../conversations/conversation.entity.js';
import { SlaState, Ticket, TicketStatus } from './ticket.entity.js';
import { ActorKind, TicketAction } from './ticket-event.entity.js';

registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description: 'OPEN ⇄ PENDING (waiting on the customer), ESCALATED, RESOLVED (may be reopened), CLOSED (final).',
  valuesConfig: {
    OPEN: { description: 'Being worked on.' },
    PENDING: { description: 'Waiting for the customer or a third party; back to OPEN with `updateTicket(status)`.' },
    ESCALATED: { description: 'Escalated to a higher tier or queue; still open.' },
    RESOLVED: { description: 'Solved; can be reopened.' },
    CLOSED: { description: 'Closed for good; no more changes.' },
  },
});
registerEnumType(SlaState, {
  name: 'SlaState',
  description: 'Where an SLA target stands: ACTIVE (running), AT_RISK (most of its time used), BREACHED (due time passed, still open), MET (done in time), MISSED (done late).',
  valuesConfig: {
    ACTIVE: { description: 'The clock runs; the due time is still comfortably ahead.' },
    AT_RISK: { description: 'Past the policy\'s at-risk share of the target, not yet due.' },
    BREACHED: { description: 'Past the due time and still not met.' },
    MET: { description: 'Met in time.' },
    MISSED: { description: 'Met, but after the due time.' },
  },
});
registerEnumType(TicketAction, {
  name: 'TicketAction',
  description: 'What a ticket history entry records.',
  valuesConfig: {
    CREATED: { description: 'The ticket was created.' },
    UPDATED: { description: 'Fields changed (`before`/`after` list them).' },
    ASSIGNED: { description: 'The assignee changed.' },
    COMMENTED: { description: 'A public reply or internal note was added (`comment`, `public`).' },
    ESCALATED: { description: 'The ticket was escalated (`comment` holds the reason).' },
    RESOLVED: { description: 'The ticket was resolved.' },
    REOPENED: { description: 'A resolved ticket was reopened.' },
    CLOSED: { description: 'The ticket was closed (final).' },
    SLA_AT_RISK: { description: 'An SLA target became at risk.' },
    SLA_BREACHED: { description: 'An SLA target was breached.' },
    APPROVAL: { description: 'About an approval linked to the ticket (approvals keep their own history in `ApprovalRequest.history`).' },
  },
});
registerEnumType(ActorKind, {
  name: 'TicketActorKind',
  description: 'Who made a change: a staff USER, a partner API_KEY, an automation RULE, the SYSTEM (SLA clocks), or the customer (CONTACT).',
  valuesConfig: {
    USER: { description: 'A staff user (`actorId` is the user id).' },
    API_KEY: { description: 'A partner integration (`actorId` is the API key id).' },
    RULE: { description: 'An automation rule (`actorId` is the rule id).' },
    SYSTEM: { description: 'The platform (SLA clocks, hand-offs).' },
    CONTACT: { description: 'The customer (e.g. a reply by e-mail).' },
  },
});

@ObjectType('TicketEvent', { simpleResolvers: true, description: 'One entry of a ticket’s history (never changed afterwards): exactly one per change.' })
export class TicketEventType {
  @Field(() => ID, { description: 'History entry id (UUID).' })
  id!: string;
  @Field(() => Int, { description: 'The ticket’s version this change produced (1 = created): the timeline’s order.' })
  ticketVersion!: number;
  @Field(() => TicketAction, { description: 'What happened.' })
  action!: TicketAction;
  @Field(() => ActorKind, { description: 'Who did it (kind).' })
  actorKind!: ActorKind;
  @Field(() => ID, { nullable: true, description: 'The user, API key, rule or contact id (null for SYSTEM).' })
  actorId!: string | null;
  @Field(() => String, { nullable: true, description: 'The user’s display name or the API key’s name, when known.' })
  actorName!: string | null;
  @Field(() => JSONObject, { nullable: true, description: 'The changed fields before the change (camelCase, as on Ticket); null for comments and creation.' })
  before!: Record<string, unknown> | null;
  @Field(() => JSONObject, { nullable: true, description: 'The changed fields after the change.' })
  after!: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: 'The comment (COMMENTED), or the reason (ESCALATED).' })
  comment!: string | null;
  @Field(() => Boolean, { description: 'A comment the customer sees (a public reply); false: internal.' })
  public!: boolean;
  @Field(() => DateTimeISO, { description: 'When it happened.' })
  at!: Date | string;
}

@ObjectType('Ticket', { simpleResolvers: true, description: 'A support ticket: numbered per tenant, with a status lifecycle, an assignee and queue, SLA targets and a full history.' })
export class TicketType {
  @Field(() => ID, { description: 'Ticket id (UUID).' })
  id!: string;
  @Field(() => Int, { description: 'Number within the tenant: 1, 2, 3… without gaps.' })
  number!: number;
  @Field(() => String, { description: 'One line: what it is about (1–300 characters).' })
  subject!: string;
  @Field(() => String, { nullable: true, description: 'The details (up to 20,000 characters).' })
  description!: string | null;
  @Field(() => TicketStatus, { description: 'Where it stands.' })
  status!: TicketStatus;
  @Field(() => Priority, { description: 'Urgency.' })
  priority!: Priority;
  @Field(() => String, { nullable: true, description: 'Category (from the classifier or set by staff).' })
  category!: string | null;
  @Field(() => String, { nullable: true, description: 'The customer’s intent (from the classifier or set by staff).' })
  intent!: string | null;
  @Field(() => [String], { description: 'Labels, lower-case.' })
  tags!: string[];
  @Field(() => String, { description: 'Where it came from: WIDGET, API, EMAIL, CONSOLE…' })
  channel!: string;
  @Field(() => Float, { nullable: true, description: 'The assistant’s retrieval confidence when it handed off (0–1).' })
  ragConfidence!: number | null;
  @Field(() => Int, { description: 'How many times the assistant tried to answer before a human got it.' })
  autoResolveAttempts!: number;
  @Field(() => JSONObject, { nullable: true, description: 'What the human needs after a hand-off: transcript, classification, retrieval attempts, actions so far, customer.' })
  escalationContext!: Record<string, unknown> | null;
  @Field(() => Int, { description: 'Bumped on every change: send it back as `expectedVersion` to refuse stale edits.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'The customer’s contact id.' })
  contactId!: string | null;
  @Field(() => ContactType, { nullable: true, description: 'The customer.' })
  contact!: ContactType | null;
  @Field(() => ID, { nullable: true, description: 'The conversation it came from.' })
  conversationId!: string | null;
  @Field(() => ConversationType, { nullable: true, description: 'The linked conversation (read its transcript with `messages(conversationId)`).' })
  conversation!: ConversationType | null;
  @Field(() => ID, { nullable: true, description: 'Its queue id.' })
  queueId!: string | null;
  @Field(() => QueueType, { nullable: true, description: 'Its queue.' })
  queue!: QueueType | null;
  @Field(() => ID, { nullable: true, description: 'The assignee’s user id.' })
  assigneeId!: string | null;
  @Field(() => UserType, { nullable: true, description: 'The person who has it.' })
  assignee!: UserType | null;

  @Field(() => ID, { nullable: true, description: 'The SLA policy that applies (set by the SLA clocks).' })
  slaPolicyId!: string | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the first response is due.' })
  firstResponseDueAt!: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the next response is due (after the customer wrote again).' })
  nextResponseDueAt!: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When resolution is due.' })
  resolutionDueAt!: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When staff first responded publicly.' })
  firstRespondedAt!: Date | null;
  @Field(() => SlaState, { nullable: true, description: 'The first-response target’s state.' })
  slaFirstResponseState!: SlaState | null;
  @Field(() => SlaState, { nullable: true, description: 'The next-response target’s state.' })
  slaNextResponseState!: SlaState | null;
  @Field(() => SlaState, { nullable: true, description: 'The resolution target’s state.' })
  slaResolutionState!: SlaState | null;
  @Field(() => SlaState, { nullable: true, description: 'The worst of the targets still open (for badges and filters).' })
  slaState!: SlaState | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'Since when the SLA clocks are paused (e.g. PENDING on the customer), or null.' })
  slaPausedAt!: Date | null;

  @Field(() => DateTimeISO, { description: 'When it was created.' })
  createdAt!: Date;
  @Field(() => DateTimeISO, { description: 'When it last changed.' })
  updatedAt!: Date;
  @Field(() => DateTimeISO, { nullable: true, description: 'When it was resolved (null while not resolved).' })
  resolvedAt!: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;
  // events: a field resolver (ticket.resolver.ts), batched per request.
}

registerReadModel({ graphqlType: 'Ticket', entity: Ticket, tenantColumn: 'tenant_id' });

@ObjectType('TicketPayload', { simpleResolvers: true, description: 'The ticket after the change.' })
/** What a ticket mutation answers (`ticket` is resolved in ticket.resolver.ts, read back through the planner). */
export class TicketPayload {
  ticketId!: string;
  tenantId!: string;
  @Field(() => ID, { nullable: true, description: 'The history entry this request wrote; null when it changed nothing (a retry, or the same values).' })
  ticketEventId!: string | null;
}
