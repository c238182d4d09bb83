// Meetings: the team's calendar (meetings with attendees, recurrences, conflicts, free slots),
// callbacks from conversations and tickets, reminders, iCalendar files and per-user feeds.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { CalendarFeed, Meeting, MeetingAttendee } from './meeting.entity.js';
import { MeetingResolver, ViewerCalendarFeedResolver, WidgetConversationCallbackResolver } from './meeting.resolver.js';
import { fireMeetingReminder, MEETING_REMINDER_TIMER } from './meeting-reminders.js';
import { meetingRoutes } from './meeting.routes.js';
import { meetingsListeners } from './meetings.listeners.js';

export const meetingsModule = defineModule({
  name: 'meetings',
  resolvers: [MeetingResolver, ViewerCalendarFeedResolver, WidgetConversationCallbackResolver],
  entities: [Meeting, MeetingAttendee, CalendarFeed],
  access: {
    Query: {
      meetings: access.can('meetings.view'),
      meeting: access.can('meetings.view'),
      freeSlots: access.can('meetings.view'),
      meetingConflicts: access.can('meetings.view'),
    },
    Mutation: {
      scheduleMeeting: access.can('meetings.manage'),
      updateMeeting: access.can('meetings.manage'),
      cancelMeeting: access.can('meetings.manage'),
      completeMeeting: access.can('meetings.manage'),
      // The caller must be an invited staff user (service).
      respondToMeeting: access.userCan('meetings.view'),
      // Writing to the customer also needs conversations.reply (resolver).
      scheduleCallback: access.can('meetings.manage'),
      summarizeMeetingContext: access.can('meetings.manage'),
      rotateCalendarFeed: access.userCan('meetings.view'),
      revokeCalendarFeed: access.userCan('meetings.view'),
    },
    Subscription: { meetingUpdated: access.can('meetings.view') },
  },
  timers: { [MEETING_REMINDER_TIMER]: fireMeetingReminder },
  routes: meetingRoutes,
  listeners: meetingsListeners,
});
