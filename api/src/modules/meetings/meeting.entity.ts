import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Type, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

/** timestamptz[] ⇄ Date[] (written as an array literal of ISO instants). */
export class InstantArrayType extends Type<Date[], string> {
  override convertToDatabaseValue(value: Date[] | null | undefined): string {
    return `{${(value ?? []).map((d) => new Date(d).toISOString()).join(',')}}`;
  }
  override convertToJSValue(value: unknown): Date[] {
    if (Array.isArray(value)) return value.map((v) => new Date(v as string));
    if (typeof value === 'string') return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean).map((v) => new Date(v.replace(/"/g, '')));
    return [];
  }
  override getColumnType(): string {
    return 'timestamptz[]';
  }
}

export enum MeetingType {
  CALLBACK = 'CALLBACK',
  DEMO = 'DEMO',
  REVIEW = 'REVIEW',
  PLANNING = 'PLANNING',
  STANDUP = 'STANDUP',
  OTHER = 'OTHER',
}

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
}

export enum AttendeeResponse {
  NEEDS_ACTION = 'NEEDS_ACTION',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  TENTATIVE = 'TENTATIVE',
}

/** A meeting, or a recurring series of them (one row: `recurrence` RRULE + `exceptionDates`). */
@Entity({ tableName: 'meetings' })
@TenantScoped()
export class Meeting {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  organizer!: Ref<User>;
  @Property({ type: 'text' })
  title!: string;
  /** Start of the (first) occurrence. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startsAt!: Date;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  endsAt!: Date;
  /** IANA time zone the meeting is planned in (recurrences keep its local time across DST). */
  @Property({ type: 'text' })
  timezone: string = 'UTC';
  @Property({ type: 'text', nullable: true })
  location: string | null = null;
  @Property({ type: 'text', nullable: true })
  meetingUrl: string | null = null;
  @Property({ type: 'text' })
  type: MeetingType = MeetingType.OTHER;
  @ManyToOne(() => Conversation, { ref: true, nullable: true, deleteRule: 'set null' })
  conversation: Ref<Conversation> | null = null;
  @ManyToOne(() => Ticket, { ref: true, nullable: true, deleteRule: 'set null' })
  ticket: Ref<Ticket> | null = null;
  @Property({ type: 'text' })
  notes: string = '';
  @Property({ type: 'text', nullable: true })
  summary: string | null = null;
  @Property({ type: 'text' })
  status: MeetingStatus = MeetingStatus.SCHEDULED;
  @Property({ type: 'integer' })
  reminderMinutes: number = 15;
  /** RRULE (without the `RRULE:` prefix), e.g. `FREQ=WEEKLY;BYDAY=MO;COUNT=10`; null = one occurrence. */
  @Property({ type: 'text', nullable: true })
  recurrence: string | null = null;
  /** Start instants of occurrences that were taken out of the series. */
  @Property({ type: InstantArrayType, columnType: 'timestamptz[]' })
  exceptionDates: Date[] = [];
  /** End of the last occurrence (null: endless series); equals endsAt for a single meeting. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  seriesEndsAt: Date | null = null;
  /** The customer's time zone for a callback (as the widget or the agent gave it). */
  @Property({ type: 'text', nullable: true })
  customerTimezone: string | null = null;
  /** Occurrences starting at or before this instant were reminded (a reminder is never sent twice). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  remindedThrough: Date | null = null;
  /** iCalendar UID: stable for the meeting's whole life. */
  @Property({ type: 'text' })
  uid!: string;
  /** iCalendar SEQUENCE: +1 on every change attendees should see. */
  @Property({ type: 'integer' })
  sequence: number = 0;
  @Property({ type: 'integer' })
  version: number = 1;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One attendee: a staff user or a contact (exactly one of them), with their response. */
@Entity({ tableName: 'meeting_attendees' })
@TenantScoped()
export class MeetingAttendee {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @ManyToOne(() => Meeting, { ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'cascade' })
  user: Ref<User> | null = null;
  @ManyToOne(() => Contact, { ref: true, nullable: true, deleteRule: 'cascade' })
  contact: Ref<Contact> | null = null;
  @Property({ type: 'text' })
  response: AttendeeResponse = AttendeeResponse.NEEDS_ACTION;
  /** Copy of the meeting's start (range reads per attendee). */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startsAt!: Date;
  /** Copy of the meeting's seriesEndsAt. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  untilAt: Date | null = null;
}

/** A user's secret calendar feed: only the SHA-256 of the token is kept. */
@Entity({ tableName: 'calendar_feeds' })
@TenantScoped()
export class CalendarFeed {
  @ManyToOne(() => User, { ref: true, primary: true, deleteRule: 'cascade' })
  user!: Ref<User>;
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @Property({ type: 'text' })
  tokenHash!: string;
  /** Random; the token is HMAC(ENCRYPTION_KEY, user id + nonce). Rotating changes it. */
  @Property({ type: 'text' })
  nonce!: string;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
