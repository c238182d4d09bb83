import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

export const NotificationKind = {
  ASSIGNED: 'ASSIGNED',
  MENTIONED: 'MENTIONED',
  ESCALATED_TO_QUEUE: 'ESCALATED_TO_QUEUE',
  SLA_AT_RISK: 'SLA_AT_RISK',
  SLA_BREACHED: 'SLA_BREACHED',
  APPROVAL_WAITING: 'APPROVAL_WAITING',
  APPROVAL_DECIDED: 'APPROVAL_DECIDED',
  TICKET_REPLY: 'TICKET_REPLY',
  /** An automation rule's notifyUsers / notifyQueue action. */
  AUTOMATION_RULE: 'AUTOMATION_RULE',
  /** A meeting you attend starts soon. */
  MEETING_REMINDER: 'MEETING_REMINDER',
  /** A webhook endpoint failed for 24 h and was disabled (tenant admins). */
  WEBHOOK_DISABLED: 'WEBHOOK_DISABLED',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export const NotificationSubjectKind = { TICKET: 'TICKET', CONVERSATION: 'CONVERSATION', APPROVAL: 'APPROVAL', MEETING: 'MEETING', TASK: 'TASK' } as const;
export type NotificationSubjectKind = (typeof NotificationSubjectKind)[keyof typeof NotificationSubjectKind];

/** Something one staff user should look at; only that user ever reads it. */
@Entity({ tableName: 'notifications' })
@TenantScoped()
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  /** The recipient. */
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;
  @Property({ type: 'text' })
  kind!: NotificationKind;
  @Property({ type: 'text' })
  title!: string;
  @Property({ type: 'text' })
  body: string = '';
  /** What it is about (the web app links there); null = nothing to open. */
  @Property({ type: 'text', nullable: true })
  subjectKind: NotificationSubjectKind | null = null;
  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  readAt: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
