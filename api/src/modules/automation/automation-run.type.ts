// GraphQL shapes of the read-only rule answers: a simulation of a draft rule over recent tickets,
// and the preview of what an escalation would do (rule-preview.ts computes both).
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { JSON } from '../../graphql/scalars.js';
import { AutomationActionItem } from './automation-rule.type.js';
import type { Action } from './rule-language.js';

@ObjectType('AutomationTicketState', { simpleResolvers: true, description: 'The ticket fields a rule can change, before or after its actions.' })
export class AutomationTicketStateType {
  @Field(() => String, { nullable: true, description: 'OPEN, PENDING, ESCALATED, RESOLVED or CLOSED.' })
  status!: string | null;
  @Field(() => String, { nullable: true, description: 'LOW, MEDIUM, HIGH or URGENT.' })
  priority!: string | null;
  @Field(() => ID, { nullable: true, description: 'The queue.' })
  queueId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The assignee.' })
  assigneeId!: string | null;
  @Field(() => [String], { description: 'The tags.' })
  tags!: string[];
}

@ObjectType('AutomationSimulationMatch', { simpleResolvers: true, description: 'A ticket (or a conversation without one) the draft rule would have matched, and what it would have done.' })
export class AutomationSimulationMatchType {
  @Field(() => String, { description: 'TICKET, or CONVERSATION for a conversation without a ticket.' })
  subjectKind!: string;
  @Field(() => ID, { nullable: true, description: 'The ticket.' })
  ticketId!: string | null;
  @Field(() => Int, { nullable: true, description: 'The ticket number.' })
  ticketNumber!: number | null;
  @Field(() => ID, { nullable: true, description: 'The conversation (the ticket’s, if it has one).' })
  conversationId!: string | null;
  @Field(() => String, { nullable: true, description: 'The ticket’s subject, else the conversation’s.' })
  subject!: string | null;
  @Field(() => String, { description: 'The event (or TIME_BASED) it was evaluated for.' })
  trigger!: string;
  @Field(() => [String], { description: 'What it would do, one line per action, queues and people named.' })
  effects!: string[];
  @Field(() => AutomationTicketStateType, { nullable: true, description: 'The ticket now (null: no ticket).' })
  before!: AutomationTicketStateType | null;
  @Field(() => AutomationTicketStateType, { nullable: true, description: 'The ticket after the actions, as predicted (null: no ticket).' })
  after!: AutomationTicketStateType | null;
}

@ObjectType('AutomationSimulation', { simpleResolvers: true, description: 'What a draft rule would have done to recent tickets. Nothing was changed.' })
export class AutomationSimulationType {
  @Field(() => Int, { description: 'Tickets and conversations evaluated.' })
  evaluated!: number;
  @Field(() => Int, { description: 'How many it would have matched.' })
  matchedCount!: number;
  @Field(() => [AutomationSimulationMatchType], { description: 'The matches, newest first.' })
  matches!: AutomationSimulationMatchType[];
}

@ObjectType('EscalationPreviewRule', { simpleResolvers: true, description: 'A rule an escalation would apply.' })
export class EscalationPreviewRuleType {
  @Field(() => ID, { description: 'The rule.' })
  ruleId!: string;
  @Field(() => String, { description: 'Its name.' })
  name!: string;
  @Field(() => JSON, { description: 'Its actions as JSON.' })
  actions!: Action[];
  @Field(() => [AutomationActionItem], { description: 'Its actions as typed objects.' })
  actionList!: Action[];
  @Field(() => [String], { description: 'What it would do, one line per action.' })
  effects!: string[];
}

@ObjectType('EscalationPreview', { simpleResolvers: true, description: 'What escalating this ticket would do now: the TICKET_ESCALATED rules that would match (in order) and the resulting ticket. Nothing was changed.' })
export class EscalationPreviewType {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId!: string;
  @Field(() => Boolean, { description: 'False when its status does not allow escalating (already ESCALATED, RESOLVED, CLOSED).' })
  canEscalate!: boolean;
  @Field(() => [EscalationPreviewRuleType], { description: 'The rules that would apply, in order (empty: it stays where it is).' })
  rules!: EscalationPreviewRuleType[];
  @Field(() => AutomationTicketStateType, { description: 'The ticket now.' })
  before!: AutomationTicketStateType;
  @Field(() => AutomationTicketStateType, { description: 'The ticket after escalating and the rules’ actions.' })
  after!: AutomationTicketStateType;
}
