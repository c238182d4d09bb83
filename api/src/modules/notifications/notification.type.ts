import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { Notification, NotificationKind, NotificationSubjectKind } from './notification.entity.js';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'Why you were notified.',
  valuesConfig: {
    ASSIGNED: { description: 'A conversation or ticket was assigned to you (by someone else or by routing).' },
    MENTIONED: { description: 'Someone wrote `@Your Name` in an internal note.' },
    ESCALATED_TO_QUEUE: { description: 'A ticket of a queue you belong to was escalated.' },
    SLA_AT_RISK: { description: 'An SLA target of a ticket (yours, or of your queue) is close to its due time.' },
    SLA_BREACHED: { description: 'An SLA target of a ticket (yours, or of your queue) passed its due time.' },
    APPROVAL_WAITING: { description: 'An approval waits for your decision.' },
    APPROVAL_DECIDED: { description: 'An approval you asked for was decided.' },
    TICKET_REPLY: { description: 'A customer replied on a ticket of yours.' },
    AUTOMATION_RULE: { description: 'An automation rule asked for you (or your queue) to be told about a ticket or conversation.' },
    MEETING_REMINDER: { description: 'A meeting you attend starts soon (its `reminderMinutes` before).' },
    WEBHOOK_DISABLED: { description: 'A webhook endpoint of your tenant failed for 24 hours and was disabled (admins).' },
  },
});
registerEnumType(NotificationSubjectKind, {
  name: 'NotificationSubjectKind',
  description: 'What a notification is about (`subjectId` names it).',
  valuesConfig: {
    TICKET: { description: '`subjectId` is a ticket id.' },
    CONVERSATION: { description: '`subjectId` is a conversation id.' },
    APPROVAL: { description: '`subjectId` is an approval request id.' },
    TASK: { description: '`subjectId` is a task id.' },
    MEETING: { description: '`subjectId` is a meeting id.' },
  },
});

@ObjectType('Notification', { simpleResolvers: true, description: 'Something for you to look at. Only its recipient ever sees it.' })
export class NotificationType {
  @Field(() => ID, { description: 'Notification id (UUID).' })
  id!: string;
  @Field(() => NotificationKind, { description: 'Why you were notified.' })
  kind!: NotificationKind;
  @Field(() => String, { description: 'One line, e.g. "Ticket #42 was assigned to you".' })
  title!: string;
  @Field(() => String, { description: 'More detail (may be empty).' })
  body!: string;
  @Field(() => NotificationSubjectKind, { nullable: true, description: 'What it is about: open it with `subjectId` (null: nothing to open).' })
  subjectKind!: NotificationSubjectKind | null;
  @Field(() => ID, { nullable: true, description: 'The ticket, conversation or approval it is about.' })
  subjectId!: string | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When you marked it read; null while unread.' })
  readAt!: Date | null;
  @Field(() => DateTimeISO, { description: 'When it was written.' })
  createdAt!: Date;
}

registerReadModel({ graphqlType: 'Notification', entity: Notification, tenantColumn: 'tenant_id' });
