// GraphQL operations of the outbox page (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const OutboxQuery = graphql(`
  query OutboxMessages($first: Int!, $after: String, $filter: OutboxMessageFilter) {
    outboxMessages(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          to
          from
          subject
          text
          kind
          status
          attempts
          lastError
          createdAt
          sentAt
        }
      }
    }
  }
`);
