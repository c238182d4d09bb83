import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { AttendeeResponse, MeetingStatus, MeetingType } from './meeting.entity.js';

registerEnumType(MeetingType, {
  name: 'MeetingType',
  description: 'What a meeting is for.',
  valuesConfig: {
    CALLBACK: { description: 'A call back to a customer, scheduled from a conversation or ticket.' },
    DEMO: { description: 'A product demonstration.' },
    REVIEW: { description: 'A review (of a case, a ticket, an account).' },
    PLANNING: { description: 'A planning meeting.' },
    STANDUP: { description: 'A team stand-up.' },
    OTHER: { description: 'Anything else.' },
  },
});
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'SCHEDULED until it is COMPLETED, CANCELLED or marked NO_SHOW (the customer did not show up).',
  valuesConfig: {
    SCHEDULED: { description: 'Planned; can still be changed or cancelled.' },
    COMPLETED: { description: 'Took place.' },
    CANCELLED: { description: 'Called off; no longer blocks calendars.' },
    NO_SHOW: { description: 'The customer (or attendee) did not come.' },
  },
});
registerEnumType(AttendeeResponse, {
  name: 'AttendeeResponse',
  description: 'An attendee’s answer (iCalendar PARTSTAT): NEEDS_ACTION (not answered), ACCEPTED, DECLINED, TENTATIVE. A DECLINED attendee is not busy for conflicts and free slots.',
  valuesConfig: {
    NEEDS_ACTION: { description: 'Invited, no answer yet.' },
    ACCEPTED: { description: 'Will attend.' },
    DECLINED: { description: 'Will not attend (the meeting then does not block their calendar).' },
    TENTATIVE: { description: 'Might attend.' },
  },
});

@ObjectType('MeetingAttendee', { simpleResolvers: true, description: 'A person invited to a meeting: a staff user or a contact (exactly one of `userId` / `contactId`).' })
export class MeetingAttendeeType {
  @Field(() => ID, { description: 'Attendee id (UUID).' })
  id!: string;
  @Field(() => ID, { nullable: true, description: 'The staff user (null for a contact).' })
  userId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The contact (null for a staff user).' })
  contactId!: string | null;
  @Field(() => String, { description: 'Display name of the user, or the contact’s name (or e-mail).' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'E-mail address, when known.' })
  email!: string | null;
  @Field(() => AttendeeResponse, { description: 'Their answer.' })
  response!: AttendeeResponse;
}

@ObjectType('Meeting', {
  simpleResolvers: true,
  description:
    'A meeting (or one occurrence of a recurring meeting, in `meetings(from, to)`): organizer, attendees, time in an IANA time zone, type, links to a conversation or ticket, notes and summary.',
})
export class MeetingTypeGql {
  @Field(() => ID, { description: 'Meeting id (UUID); every occurrence of a recurring meeting carries its series’ id.' })
  id!: string;
  @Field(() => String, { description: 'What the meeting is about, as shown in calendars (1–200 characters).' })
  title!: string;
  @Field(() => DateTimeISO, { description: 'Start (of this occurrence, in a range read; of the first occurrence otherwise).' })
  startsAt!: Date;
  @Field(() => DateTimeISO, { description: 'End (of this occurrence, in a range read; of the first occurrence otherwise).' })
  endsAt!: Date;
  @Field(() => String, { description: 'IANA time zone the meeting is planned in (recurrences keep its local time across DST).' })
  timezone!: string;
  @Field(() => DateTimeISO, { nullable: true, description: 'For an occurrence of a recurring meeting: its original start (the key of `exceptionDates`); null otherwise.' })
  occurrenceStart!: Date | null;
  @Field(() => String, { nullable: true, description: 'Where (a room, an address, a phone number).' })
  location!: string | null;
  @Field(() => String, { nullable: true, description: 'Video call link.' })
  meetingUrl!: string | null;
  @Field(() => MeetingType, { description: 'What it is for.' })
  type!: MeetingType;
  @Field(() => MeetingStatus, { description: 'SCHEDULED, COMPLETED, CANCELLED or NO_SHOW.' })
  status!: MeetingStatus;
  @Field(() => ID, { description: 'The staff user who organizes it.' })
  organizerId!: string;
  @Field(() => String, { description: 'The organizer’s display name.' })
  organizerName!: string;
  @Field(() => ID, { nullable: true, description: 'The linked conversation.' })
  conversationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The linked ticket.' })
  ticketId!: string | null;
  @Field(() => String, { description: 'Free notes (empty string when none).' })
  notes!: string;
  @Field(() => String, { nullable: true, description: 'Summary of the linked conversation or ticket (`summarizeMeetingContext`).' })
  summary!: string | null;
  @Field(() => Int, { description: 'Minutes before each occurrence the user attendees are reminded (0: no reminder).' })
  reminderMinutes!: number;
  @Field(() => String, { nullable: true, description: 'RRULE of a recurring meeting (`FREQ=DAILY|WEEKLY`, `INTERVAL`, `BYDAY`, `COUNT` or `UNTIL`); null for a single meeting.' })
  recurrence!: string | null;
  @Field(() => [DateTimeISO], { description: 'Starts of occurrences removed from the series.' })
  exceptionDates!: Date[];
  @Field(() => String, { nullable: true, description: 'The customer’s IANA time zone (callbacks).' })
  customerTimezone!: string | null;
  @Field(() => String, { description: 'iCalendar UID (stable for the meeting’s whole life).' })
  uid!: string;
  @Field(() => Int, { description: 'iCalendar SEQUENCE: grows by one with every change attendees should see.' })
  sequence!: number;
  @Field(() => Int, { description: 'Grows by one with every change (drop a realtime update older than what you hold).' })
  version!: number;
  @Field(() => [MeetingAttendeeType], { description: 'Everyone invited (the organizer included), users first.' })
  attendees!: MeetingAttendeeType[];
  @Field(() => DateTimeISO, { description: 'When it was scheduled.' })
  createdAt!: Date;
  @Field(() => DateTimeISO, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType('FreeSlot', { simpleResolvers: true, description: 'A time when every requested attendee is free, inside business hours.' })
export class FreeSlotType {
  @Field(() => DateTimeISO, { description: 'Start of the free slot.' })
  startsAt!: Date;
  @Field(() => DateTimeISO, { description: 'End of the free slot (start + `durationMinutes`).' })
  endsAt!: Date;
}

@ObjectType('MeetingConflict', { simpleResolvers: true, description: 'An attendee’s other meeting that overlaps (also carried in a CONFLICT error’s `extensions.conflicts`).' })
export class MeetingConflictType {
  @Field(() => ID, { description: 'The other meeting.' })
  meetingId!: string;
  @Field(() => String, { description: 'The other meeting\'s title.' })
  meetingTitle!: string;
  @Field(() => ID, { nullable: true, description: 'The busy staff user; null when it is a contact.' })
  userId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The busy contact; null when it is a staff user.' })
  contactId!: string | null;
  @Field(() => String, { description: 'Who is busy: the user\'s or contact\'s name.' })
  attendeeName!: string;
  @Field(() => DateTimeISO, { description: 'Start of the overlapping occurrence.' })
  startsAt!: Date;
  @Field(() => DateTimeISO, { description: 'End of the overlapping occurrence.' })
  endsAt!: Date;
}

@ObjectType('CalendarFeed', { simpleResolvers: true, description: 'Your secret calendar feed URL (iCalendar); anyone holding it can read your meetings, so rotate it if it leaks.' })
export class CalendarFeedType {
  @Field(() => String, { nullable: true, description: 'The feed URL (subscribe to it in a calendar app). Null when no feed is active.' })
  url!: string | null;
  @Field(() => Boolean, { description: 'Whether a feed is active.' })
  active!: boolean;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the current token was issued.' })
  createdAt!: Date | null;
}

@ObjectType('WidgetCallback', { simpleResolvers: true, description: 'The callback scheduled for this conversation, as the customer sees it.' })
export class WidgetCallbackType {
  @Field(() => ID, { description: 'The callback meeting\'s id.' })
  id!: string;
  @Field(() => DateTimeISO, { description: 'When the call starts.' })
  startsAt!: Date;
  @Field(() => DateTimeISO, { description: 'When the call is planned to end.' })
  endsAt!: Date;
  @Field(() => String, { description: 'The time zone to show it in: the customer’s (as given when it was scheduled), else the meeting’s.' })
  timezone!: string;
  @Field(() => MeetingStatus, { description: 'SCHEDULED, COMPLETED, CANCELLED or NO_SHOW.' })
  status!: MeetingStatus;
}
