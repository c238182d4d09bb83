import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { AttendeeResponse, MeetingStatus, MeetingType } from './meeting.entity.js';

@InputType('ScheduleMeetingInput', { description: 'A new meeting. The organizer is you (or `organizerId`, with `meetings.manage`) and is always an attendee.' })
export class ScheduleMeetingInput {
  @Field(() => String, { description: '1–200 characters.' })
  title!: string;
  @Field(() => DateTimeISO, { description: 'Start (of the first occurrence).' })
  startsAt!: Date;
  @Field(() => DateTimeISO, { description: 'End; after `startsAt`, at most 24 h later.' })
  endsAt!: Date;
  @Field(() => String, { nullable: true, description: 'IANA time zone (default: the tenant’s).' })
  timezone?: string | null;
  @Field(() => MeetingType, { nullable: true, description: 'Default OTHER.' })
  type?: MeetingType | null;
  @Field(() => [ID], { nullable: true, description: 'Staff users of your tenant to invite.' })
  attendeeUserIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Contacts of your tenant to invite.' })
  attendeeContactIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Organizer (default: you).' })
  organizerId?: string | null;
  @Field(() => String, { nullable: true })
  location?: string | null;
  @Field(() => String, { nullable: true, description: 'http(s) URL of the video call.' })
  meetingUrl?: string | null;
  @Field(() => ID, { nullable: true, description: 'Link to a conversation of your tenant.' })
  conversationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Link to a ticket of your tenant.' })
  ticketId?: string | null;
  @Field(() => String, { nullable: true })
  notes?: string | null;
  @Field(() => Int, { nullable: true, description: 'Reminder this many minutes before each occurrence (default 15; 0: none; at most 10080).' })
  reminderMinutes?: number | null;
  @Field(() => String, { nullable: true, description: 'RRULE: `FREQ=DAILY|WEEKLY` with optional `INTERVAL`, `BYDAY` (weekly) and `COUNT` or `UNTIL`.' })
  recurrence?: string | null;
  @Field(() => [DateTimeISO], { nullable: true, description: 'Starts of occurrences to leave out.' })
  exceptionDates?: Date[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Schedule even when an attendee is busy (else CONFLICT naming the clashing meeting and attendee).' })
  allowConflicts?: boolean | null;
}

@InputType('UpdateMeetingInput', { description: 'Change a meeting; omitted fields stay. Moving it checks conflicts again and moves its reminders.' })
export class UpdateMeetingInput {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { nullable: true })
  title?: string | null;
  @Field(() => DateTimeISO, { nullable: true })
  startsAt?: Date | null;
  @Field(() => DateTimeISO, { nullable: true })
  endsAt?: Date | null;
  @Field(() => String, { nullable: true })
  timezone?: string | null;
  @Field(() => MeetingType, { nullable: true })
  type?: MeetingType | null;
  @Field(() => [ID], { nullable: true, description: 'Replace the invited users (the organizer stays).' })
  attendeeUserIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Replace the invited contacts.' })
  attendeeContactIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Empty string clears it.' })
  location?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty string clears it.' })
  meetingUrl?: string | null;
  @Field(() => String, { nullable: true })
  notes?: string | null;
  @Field(() => Int, { nullable: true })
  reminderMinutes?: number | null;
  @Field(() => String, { nullable: true, description: 'New RRULE; empty string makes it a single meeting.' })
  recurrence?: string | null;
  @Field(() => [DateTimeISO], { nullable: true, description: 'Replace the exception dates.' })
  exceptionDates?: Date[] | null;
  @Field(() => Boolean, { nullable: true })
  allowConflicts?: boolean | null;
}

@InputType('MeetingIdInput', { description: 'A meeting, by id.' })
export class MeetingIdInput {
  @Field(() => ID)
  id!: string;
}

@InputType('CompleteMeetingInput', { description: 'Close a meeting: COMPLETED (default) or NO_SHOW, with optional notes.' })
export class CompleteMeetingInput {
  @Field(() => ID)
  id!: string;
  @Field(() => MeetingStatus, { nullable: true, description: 'COMPLETED (default) or NO_SHOW.' })
  status?: MeetingStatus | null;
  @Field(() => String, { nullable: true, description: 'Replaces the notes.' })
  notes?: string | null;
}

@InputType('RespondToMeetingInput', { description: 'Your answer to an invitation (you must be an attendee).' })
export class RespondToMeetingInput {
  @Field(() => ID)
  id!: string;
  @Field(() => AttendeeResponse)
  response!: AttendeeResponse;
}

@InputType('ScheduleCallbackInput', {
  description: 'A CALLBACK meeting from a conversation or a ticket: the assignee (or you) and the contact attend; the customer is told the time in their time zone.',
})
export class ScheduleCallbackInput {
  @Field(() => ID, { nullable: true, description: 'The conversation (or give `ticketId`).' })
  conversationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The ticket (or give `conversationId`).' })
  ticketId?: string | null;
  @Field(() => DateTimeISO)
  startsAt!: Date;
  @Field(() => Int, { nullable: true, description: 'Default 15, 5–240.' })
  durationMinutes?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Schedule even when the agent is busy.' })
  allowConflicts?: boolean | null;
  @Field(() => String, { nullable: true, description: 'The customer’s IANA time zone (e.g. from the widget’s browser); default the tenant’s.' })
  customerTimezone?: string | null;
  @Field(() => String, { nullable: true, description: 'Title (default “Callback: <contact>”).' })
  title?: string | null;
}

@InputType('SummarizeMeetingContextInput', { description: 'Write the meeting’s summary from its linked conversation or ticket.' })
export class SummarizeMeetingContextInput {
  @Field(() => ID)
  meetingId!: string;
}

@InputType('MeetingConflictsInput', { description: 'A proposed time to check against attendees’ meetings.' })
export class MeetingConflictsInput {
  @Field(() => DateTimeISO)
  startsAt!: Date;
  @Field(() => DateTimeISO)
  endsAt!: Date;
  @Field(() => [ID], { nullable: true })
  userIds?: string[] | null;
  @Field(() => [ID], { nullable: true })
  contactIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone (default: the tenant’s); matters for recurrences.' })
  timezone?: string | null;
  @Field(() => String, { nullable: true, description: 'RRULE of the proposed series.' })
  recurrence?: string | null;
  @Field(() => ID, { nullable: true, description: 'The meeting being moved (it does not clash with itself).' })
  excludeMeetingId?: string | null;
}
