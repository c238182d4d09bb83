import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { IDEMPOTENCY_KEY } from '../../idempotency/idempotency.js';
import { Priority } from '../conversations/conversation.entity.js';
import { TaskStatus } from './task.entity.js';

export enum TaskOrder {
  POSITION = 'POSITION',
  DUE_AT = 'DUE_AT',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  UPDATED_AT = 'UPDATED_AT',
  PRIORITY = 'PRIORITY',
}
registerEnumType(TaskOrder, {
  name: 'TaskOrder',
  description: 'Order of a task list.',
  valuesConfig: {
    POSITION: { description: 'Board order: smallest position first.' },
    DUE_AT: { description: 'Due soonest first; tasks without a due time last.' },
    CREATED_AT_DESC: { description: 'Newest first.' },
    UPDATED_AT: { description: 'Most recently changed first.' },
    PRIORITY: { description: 'URGENT first, then HIGH, MEDIUM, LOW.' },
  },
});

@InputType('TaskFilter', { description: 'Narrow a task list; all given conditions apply.' })
export class TaskFilter {
  @Field(() => [TaskStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: TaskStatus[];
  @Field(() => ID, { nullable: true, description: 'Assigned to this user (another tenant’s user: NOT_FOUND).' })
  assigneeId?: string;
  @Field(() => Boolean, { nullable: true, description: 'True: only tasks assigned to you ("my tasks").' })
  mine?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'True: only open tasks (not DONE or CANCELLED) past their due time; false: only the others.' })
  overdue?: boolean;
  @Field(() => String, { nullable: true, description: 'Carrying this tag (case-insensitive).' })
  tag?: string;
  @Field(() => ID, { nullable: true, description: 'Linked to this ticket (another tenant’s: NOT_FOUND).' })
  ticketId?: string;
  @Field(() => ID, { nullable: true, description: 'Linked to this meeting.' })
  meetingId?: string;
  @Field(() => ID, { nullable: true, description: 'Linked to this conversation (another tenant’s: NOT_FOUND).' })
  conversationId?: string;
}

@InputType('CreateTaskInput', { description: 'A new task (status TODO).' })
export class CreateTaskInput {
  @Field(() => String, { description: '1–200 characters.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Up to 20,000 characters.' })
  description?: string | null;
  @Field(() => ID, { nullable: true, description: 'An active staff user of your tenant (default: nobody).' })
  assigneeId?: string | null;
  @Field(() => Priority, { nullable: true, description: 'Default MEDIUM.' })
  priority?: Priority | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When it is due. Give this or `dueInBusinessMinutes`, not both.' })
  dueAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'Due this many business minutes from now, in your tenant’s business calendar (opening hours, holidays); 24/7 without a calendar. 1–525,600.' })
  dueInBusinessMinutes?: number | null;
  @Field(() => [String], { nullable: true, description: 'Up to 20 tags of 1–50 characters (stored lower-case).' })
  tags?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'A ticket of your tenant.' })
  ticketId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A meeting of your tenant.' })
  meetingId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A conversation of your tenant.' })
  conversationId?: string | null;
  @Field(() => Float, { nullable: true, description: 'Board position (default: after every other task).' })
  position?: number | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType('UpdateTaskInput', { description: 'Change a task: only the fields given change; null clears a nullable one.' })
export class UpdateTaskInput {
  @Field(() => ID, { description: 'The task.' })
  id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read: CONFLICT (with `currentVersion`) when it changed since.' })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: '1–200 characters.' })
  title?: string | null;
  @Field(() => String, { nullable: true, description: 'Up to 20,000 characters; null clears.' })
  description?: string | null;
  @Field(() => TaskStatus, { nullable: true, description: 'Move along TODO → IN_PROGRESS → REVIEW → DONE (REVIEW may go back to IN_PROGRESS); CANCELLED from any open status; DONE/CANCELLED back to TODO. Anything else: BAD_USER_INPUT naming the current status.' })
  status?: TaskStatus | null;
  @Field(() => ID, { nullable: true, description: 'An active staff user of your tenant; null unassigns.' })
  assigneeId?: string | null;
  @Field(() => Priority, { nullable: true, description: 'Urgency.' })
  priority?: Priority | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When it is due; null clears.' })
  dueAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'Due this many business minutes from now (your tenant’s business calendar).' })
  dueInBusinessMinutes?: number | null;
  @Field(() => [String], { nullable: true, description: 'Replaces the tags.' })
  tags?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'A ticket of your tenant; null unlinks.' })
  ticketId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A meeting of your tenant; null unlinks.' })
  meetingId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A conversation of your tenant; null unlinks.' })
  conversationId?: string | null;
  @Field(() => Float, { nullable: true, description: 'Board position within the status column.' })
  position?: number | null;
}
