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
  @Field(() => String, { nullable: true, description: 'Where it takes place (a room, an address), up to 500 characters.' })
  location?: string | null;
  @Field(() => String, { nullable: true, description: 'http(s) URL of the video call.' })
  meetingUrl?: string | null;
  @Field(() => ID, { nullable: true, description: 'Link to a conversation of your tenant.' })
  conversationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Link to a ticket of your tenant.' })
  ticketId?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes for the attendees, up to 20,000 characters.' })
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
  @Field(() => ID, { description: 'The meeting\'s id.' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'New start (moves the reminder; checks conflicts).' })
  startsAt?: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'New end.' })
  endsAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'New IANA time zone, e.g. Europe/Berlin (occurrences keep their local time in it).' })
  timezone?: string | null;
  @Field(() => MeetingType, { nullable: true, description: 'New meeting type.' })
  type?: MeetingType | null;
  @Field(() => [ID], { nullable: true, description: 'Replace the invited users (the organizer stays).' })
  attendeeUserIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Replace the invited contacts.' })
  attendeeContactIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Empty string clears it.' })
  location?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty string clears it.' })
  meetingUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'New notes; null clears them.' })
  notes?: string | null;
  @Field(() => Int, { nullable: true, description: 'Minutes before each occurrence to remind attendees (0: none).' })
  reminderMinutes?: number | null;
  @Field(() => String, { nullable: true, description: 'New RRULE; empty string makes it a single meeting.' })
  recurrence?: string | null;
  @Field(() => [DateTimeISO], { nullable: true, description: 'Replace the exception dates.' })
  exceptionDates?: Date[] | null;
  @Field(() => Boolean, { nullable: true, description: 'True: save even when an attendee has an overlapping meeting.' })
  allowConflicts?: boolean | null;
}

@InputType('MeetingIdInput', { description: 'A meeting, by id.' })
export class MeetingIdInput {
  @Field(() => ID, { description: 'The meeting\'s id.' })
  id!: string;
}

@InputType('CompleteMeetingInput', { description: 'Close a meeting: COMPLETED (default) or NO_SHOW, with optional notes.' })
export class CompleteMeetingInput {
  @Field(() => ID, { description: 'The meeting\'s id.' })
  id!: string;
  @Field(() => MeetingStatus, { nullable: true, description: 'COMPLETED (default) or NO_SHOW.' })
  status?: MeetingStatus | null;
  @Field(() => String, { nullable: true, description: 'Replaces the notes.' })
  notes?: string | null;
}

@InputType('RespondToMeetingInput', { description: 'Your answer to an invitation (you must be an attendee).' })
export class RespondToMeetingInput {
  @Field(() => ID, { description: 'The meeting\'s id.' })
  id!: string;
  @Field(() => AttendeeResponse, { description: 'Your answer.' })
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
  @Field(() => DateTimeISO, { description: 'When to call the customer.' })
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
  @Field(() => ID, { description: 'The meeting whose linked conversation or ticket to summarize.' })
  meetingId!: string;
}

@InputType('MeetingConflictsInput', { description: 'A proposed time to check against attendees’ meetings.' })
export class MeetingConflictsInput {
  @Field(() => DateTimeISO, { description: 'Proposed start.' })
  startsAt!: Date;
  @Field(() => DateTimeISO, { description: 'Proposed end (after the start).' })
  endsAt!: Date;
  @Field(() => [ID], { nullable: true, description: 'Staff users who would attend.' })
  userIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Contacts who would attend.' })
  contactIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone (default: the tenant’s); matters for recurrences.' })
  timezone?: string | null;
  @Field(() => String, { nullable: true, description: 'RRULE of the proposed series.' })
  recurrence?: string | null;
  @Field(() => ID, { nullable: true, description: 'The meeting being moved (it does not clash with itself).' })
  excludeMeetingId?: string | null;
}
