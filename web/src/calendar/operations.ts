// GraphQL operations of meetings: the calendar page, the meeting dialog, "schedule callback".
import { graphql } from '../gql/index.js';

export const MeetingFieldsFragment = graphql(`
  fragment MeetingFields on Meeting {
    id
    title
    type
    status
    startsAt
    endsAt
    timezone
    occurrenceStart
    location
    meetingUrl
    organizerId
    organizerName
    conversationId
    ticketId
    notes
    summary
    reminderMinutes
    recurrence
    customerTimezone
    version
    attendees {
      id
      userId
      contactId
      name
      email
      response
    }
  }
`);

export const MeetingsQuery = graphql(`
  query CalendarMeetings($from: DateTimeISO!, $to: DateTimeISO!, $attendeeIds: [ID!]) {
    meetings(from: $from, to: $to, attendeeIds: $attendeeIds) {
      ...MeetingFields
    }
  }
`);

export const LinkedCallbacksQuery = graphql(`
  query LinkedCallbacks($from: DateTimeISO!, $to: DateTimeISO!, $conversationId: ID, $ticketId: ID) {
    meetings(from: $from, to: $to, conversationId: $conversationId, ticketId: $ticketId, types: [CALLBACK], statuses: [SCHEDULED]) {
      id
      title
      startsAt
      endsAt
      organizerName
    }
  }
`);

export const MeetingQuery = graphql(`
  query CalendarMeeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);

export const CalendarUsersQuery = graphql(`
  query CalendarUsers {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          email
          team
        }
      }
    }
  }
`);

export const CalendarContactsQuery = graphql(`
  query CalendarContacts($search: String!) {
    contacts(first: 6, filter: { search: $search }) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);

export const FreeSlotsQuery = graphql(`
  query FreeSlots($userIds: [ID!]!, $from: DateTimeISO!, $to: DateTimeISO!, $durationMinutes: Int!) {
    freeSlots(userIds: $userIds, from: $from, to: $to, durationMinutes: $durationMinutes) {
      startsAt
      endsAt
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($input: MeetingIdInput!) {
    cancelMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const CompleteMeetingMutation = graphql(`
  mutation CompleteMeeting($input: CompleteMeetingInput!) {
    completeMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const SummarizeMeetingContextMutation = graphql(`
  mutation SummarizeMeetingContext($input: SummarizeMeetingContextInput!) {
    summarizeMeetingContext(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const ScheduleCallbackMutation = graphql(`
  mutation ScheduleCallback($input: ScheduleCallbackInput!) {
    scheduleCallback(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const MeetingUpdatedSubscription = graphql(`
  subscription MeetingUpdated($mine: Boolean) {
    meetingUpdated(mine: $mine) {
      ...MeetingFields
    }
  }
`);

export const RespondToMeetingMutation = graphql(`
  mutation RespondToMeeting($input: RespondToMeetingInput!) {
    respondToMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);
