import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';

export const MailStatus = {
  /** No SMTP server is configured: the outbox is the destination (admins read it there). */
  STORED: 'STORED',
  /** Waiting for (or between) delivery attempts. */
  QUEUED: 'QUEUED',
  SENT: 'SENT',
  /** Gave up after MAX_MAIL_ATTEMPTS; `lastError` says why. */
  FAILED: 'FAILED',
} as const;
export type MailStatus = (typeof MailStatus)[keyof typeof MailStatus];

export const MailKind = {
  INVITATION: 'INVITATION',
  PASSWORD_RESET: 'PASSWORD_RESET',
  TICKET_REPLY: 'TICKET_REPLY',
  NOTIFICATION: 'NOTIFICATION',
  NOTIFICATION_DIGEST: 'NOTIFICATION_DIGEST',
} as const;
export type MailKind = (typeof MailKind)[keyof typeof MailKind];

/**
 * One outgoing e-mail. Written in the transaction of the change that caused it; delivered after
 * commit by a SEND_MAIL job. Text and HTML are sealed with the secret box (they may carry
 * one-time tokens); `tenant` is null for platform mails (a platform admin's password reset).
 */
@Entity({ tableName: 'outbox_messages' })
export class OutboxMessage {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, nullable: true, deleteRule: 'cascade' })
  tenant: Ref<Tenant> | null = null;
  @Property({ type: 'text', fieldName: 'to_address' })
  to!: string;
  /** Null until delivery (or storing) fills in MAIL_FROM. */
  @Property({ type: 'text', fieldName: 'from_address', nullable: true })
  from: string | null = null;
  @Property({ type: 'text' })
  subject!: string;
  @Property({ type: 'text', hidden: true })
  textSealed!: string;
  @Property({ type: 'text', hidden: true, nullable: true })
  htmlSealed: string | null = null;
  @Property({ type: 'text' })
  kind!: MailKind;
  @Property({ type: 'text' })
  status: MailStatus = MailStatus.QUEUED;
  @Property({ type: 'integer' })
  attempts: number = 0;
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
  /** The SMTP server's Message-ID once sent. */
  @Property({ type: 'text', nullable: true })
  messageId: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sentAt: Date | null = null;
}
