// The operations this partner integration sends. `npm run codegen:partner` types each one from
// schema.graphql into ../gql (result and variables), so a field the API renames or removes is a
// type error here, not a surprise in production.
import { graphql } from '../gql/index.js';

/** One page of open tickets with what a CRM sync needs: contact, assignee, queue and SLA. */
export const OpenTickets = graphql(`
  query PartnerOpenTickets($first: Int!, $after: String) {
    tickets(first: $first, after: $after, filter: { statuses: [OPEN, PENDING, ESCALATED] }, orderBy: CREATED_AT_DESC) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          number
          subject
          status
          priority
          createdAt
          contact { id name email vip }
          assignee { id displayName }
          queue { id name }
          slaState
          firstResponseDueAt
          resolutionDueAt
        }
      }
    }
  }
`);

/** Every change of status, handler, assignee or queue of the tenant's conversations. */
export const ConversationUpdates = graphql(`
  subscription PartnerConversationUpdates {
    conversationUpdated {
      id
      status
      handler
      priority
      subject
      assignee { id displayName }
      queue { id name }
      updatedAt
    }
  }
`);

/** A conversation's messages after a seq (replayed from the database), then live. */
export const ConversationMessages = graphql(`
  subscription PartnerConversationMessages($conversationId: ID!, $afterSeq: Int!) {
    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {
      id
      seq
      author
      authorName
      body
      private
      createdAt
    }
  }
`);
