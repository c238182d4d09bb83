// GraphQL shapes of tasks. Lists and single reads go through the planner (one statement with the
// assignee, creator, ticket and conversation joined). Team progress is read from the reporting
// rollups (task.reads.ts).
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { UserType } from '../users/user.type.js';
import { ConversationType } from '../conversations/conversation.type.js';
import { TicketType } from '../tickets/ticket.type.js';
import { Priority } from '../conversations/conversation.entity.js';
import { Task, TaskCreatorKind, TaskStatus } from './task.entity.js';

registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description: 'TODO → IN_PROGRESS → REVIEW → DONE; CANCELLED from any open status; DONE and CANCELLED can be reopened to TODO.',
  valuesConfig: {
    TODO: { description: 'Not started.' },
    IN_PROGRESS: { description: 'Someone is working on it.' },
    REVIEW: { description: 'Done, waiting for a check.' },
    DONE: { description: 'Finished (`completedAt` set); counts in team progress.' },
    CANCELLED: { description: 'Dropped.' },
  },
});
registerEnumType(TaskCreatorKind, {
  name: 'TaskCreatorKind',
  description: 'Who created a task: a staff USER, a partner API_KEY, or the SYSTEM (e.g. for a scheduled callback).',
  valuesConfig: {
    USER: { description: 'A staff user (`createdBy`).' },
    API_KEY: { description: 'A partner integration through an API key.' },
    SYSTEM: { description: 'The platform, e.g. the task of a scheduled callback.' },
  },
});

@ObjectType('Task', { simpleResolvers: true, description: 'A piece of work for one person: status, priority, due time, tags and links to a ticket, meeting or conversation.' })
export class TaskType {
  @Field(() => ID, { description: 'Task id (UUID).' })
  id!: string;
  @Field(() => String, { description: 'One line: what to do (1–200 characters).' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Details (up to 20,000 characters).' })
  description!: string | null;
  @Field(() => TaskStatus, { description: 'Where it stands.' })
  status!: TaskStatus;
  @Field(() => Priority, { description: 'Urgency.' })
  priority!: Priority;
  @Field(() => [String], { description: 'Labels, lower-case.' })
  tags!: string[];
  @Field(() => DateTimeISO, { nullable: true, description: 'When it is due (null: no due time).' })
  dueAt!: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When it was done (null unless DONE).' })
  completedAt!: Date | null;
  @Field(() => Float, { description: 'Order on the board within its status column: smaller first.' })
  position!: number;
  @Field(() => Int, { description: 'Bumped on every change: send it back as `expectedVersion` to refuse stale edits.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'The assignee’s user id.' })
  assigneeId!: string | null;
  @Field(() => UserType, { nullable: true, description: 'Who has to do it.' })
  assignee!: UserType | null;
  @Field(() => TaskCreatorKind, { description: 'Who created it (kind).' })
  creatorKind!: TaskCreatorKind;
  @Field(() => ID, { nullable: true, description: 'The creating user’s id (null for API keys and the system).' })
  createdById!: string | null;
  @Field(() => UserType, { nullable: true, description: 'The person who created it.' })
  createdBy!: UserType | null;

  @Field(() => ID, { nullable: true, description: 'The linked ticket’s id.' })
  ticketId!: string | null;
  @Field(() => TicketType, { nullable: true, description: 'The linked ticket.' })
  ticket!: TicketType | null;
  @Field(() => ID, { nullable: true, description: 'The linked meeting’s id (e.g. the callback it was created for).' })
  meetingId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The linked conversation’s id.' })
  conversationId!: string | null;
  @Field(() => ConversationType, { nullable: true, description: 'The linked conversation.' })
  conversation!: ConversationType | null;

  @Field(() => DateTimeISO, { description: 'When it was created.' })
  createdAt!: Date;
  @Field(() => DateTimeISO, { description: 'When it last changed.' })
  updatedAt!: Date;
}

registerReadModel({ graphqlType: 'Task', entity: Task, tenantColumn: 'tenant_id' });

@ObjectType('TaskPayload', { simpleResolvers: true, description: 'The task after the change.' })
/** What a task mutation answers (`task` is resolved in task.resolver.ts, read back through the planner). */
export class TaskPayload {
  tenantId!: string;
  @Field(() => ID, { description: 'The task id.' })
  taskId!: string;
  @Field(() => Boolean, { description: 'False when the request changed nothing (the same values).' })
  changed!: boolean;
}

@ObjectType('TeamProgressDay', { simpleResolvers: true, description: 'Tasks one team finished on one day.' })
export class TeamProgressDay {
  @Field(() => String, { description: 'The tenant’s local day (YYYY-MM-DD).' })
  day!: string;
  @Field(() => Int, { description: 'Tasks set to DONE that day (a task reopened and done again counts again).' })
  done!: number;
}

@ObjectType('TeamProgress', { simpleResolvers: true, description: 'One team’s finished tasks per day (from the reporting rollups, metric `task_done`).' })
export class TeamProgress {
  @Field(() => String, { nullable: true, description: 'The team (the assignee’s team when the task was done); null: assignees without a team, or no assignee.' })
  team!: string | null;
  @Field(() => Int, { description: 'Tasks done in the range.' })
  total!: number;
  @Field(() => Float, { nullable: true, description: 'Average time from creation to done, in seconds (sum ÷ count of the same rows); null when none.' })
  averageLeadTimeSeconds!: number | null;
  @Field(() => [TeamProgressDay], { description: 'Every day of the range, oldest first (0 on days without any).' })
  days!: TeamProgressDay[];
}
