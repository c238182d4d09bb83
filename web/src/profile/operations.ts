// GraphQL operations of the profile page: name, password, calendar feed.
import { graphql } from '../gql/index.js';

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      user {
        id
        displayName
        avatarUrl
      }
    }
  }
`);

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      accessToken
      refreshToken
      expiresAt
    }
  }
`);

export const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    viewer {
      calendarFeed {
        url
        active
        createdAt
      }
    }
  }
`);

export const RotateCalendarFeedMutation = graphql(`
  mutation RotateCalendarFeed {
    rotateCalendarFeed {
      feed {
        url
        active
        createdAt
      }
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed {
      feed {
        url
        active
        createdAt
      }
    }
  }
`);
