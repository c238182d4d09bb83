// GraphQL operations of the notification bell (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    subjectKind
    subjectId
    readAt
    createdAt
  }
`);

export const BellQuery = graphql(`
  query NotificationBell($first: Int!) {
    unreadNotificationCount
    notifications(first: $first) {
      edges {
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const MarkReadMutation = graphql(`
  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      markedIds
      unreadCount
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);
