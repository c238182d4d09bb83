// GraphQL operations of the Tickets pages (list, detail) and the console's "Create ticket".
import { graphql } from '../gql/index.js';

/** What a list row, the live upsert and the detail header need. */
export const TicketRowFragment = graphql(`
  fragment TicketRow on Ticket {
    id
    number
    subject
    status
    priority
    version
    tags
    channel
    createdAt
    updatedAt
    assigneeId
    queueId
    contactId
    conversationId
    slaState
    slaFirstResponseState
    slaNextResponseState
    slaResolutionState
    firstResponseDueAt
    nextResponseDueAt
    resolutionDueAt
    slaPausedAt
    contact {
      id
      name
      email
    }
    assignee {
      id
      displayName
    }
    queue {
      id
      name
    }
  }
`);

export const TicketsListQuery = graphql(`
  query TicketsList($filter: TicketFilter, $orderBy: TicketOrder!, $first: Int!, $after: String) {
    tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges {
        node {
          ...TicketRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TicketDetailQuery = graphql(`
  query TicketDetail($id: ID!) {
    ticket(id: $id) {
      ...TicketRow
      description
      category
      intent
      resolvedAt
      closedAt
      firstRespondedAt
      escalationContext
      events {
        id
        action
        actorKind
        actorId
        actorName
        before
        after
        comment
        public
        at
        ticketVersion
      }
    }
  }
`);

/** People and queues for the filters, the assign select and the timeline's names. */
export const TicketPickersQuery = graphql(`
  query TicketPickers {
    users(first: 100, orderBy: DISPLAY_NAME_ASC, filter: { active: true }) {
      edges {
        node {
          id
          displayName
        }
      }
    }
    queues(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const TicketUpdatedSubscription = graphql(`
  subscription TicketUpdated {
    ticketUpdated {
      ...TicketRow
    }
  }
`);

export const CreateTicketMutation = graphql(`
  mutation CreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket {
        ...TicketRow
      }
    }
  }
`);

export const CreateTicketFromConversationMutation = graphql(`
  mutation CreateTicketFromConversation($input: CreateTicketFromConversationInput!) {
    createTicketFromConversation(input: $input) {
      ticket {
        ...TicketRow
      }
    }
  }
`);

export const AssignTicketMutation = graphql(`
  mutation AssignTicket($input: AssignTicketInput!) {
    assignTicket(input: $input) {
      ticketEventId
      ticket {
        ...TicketRow
      }
    }
  }
`);

export const UpdateTicketMutation = graphql(`
  mutation UpdateTicket($input: UpdateTicketInput!) {
    updateTicket(input: $input) {
      ticketEventId
      ticket {
        ...TicketRow
      }
    }
  }
`);

export const CommentOnTicketMutation = graphql(`
  mutation CommentOnTicket($input: CommentOnTicketInput!) {
    commentOnTicket(input: $input) {
      ticketEventId
      ticket {
        ...TicketRow
      }
    }
  }
`);

export const ResolveTicketMutation = graphql(`
  mutation ResolveTicket($input: TicketIdInput!) {
    resolveTicket(input: $input) {
      ticketEventId
      ticket {
        ...TicketRow
      }
    }
  }
`);

export const ReopenTicketMutation = graphql(`
  mutation ReopenTicket($input: TicketIdInput!) {
    reopenTicket(input: $input) {
      ticketEventId
      ticket {
        ...TicketRow
      }
    }
  }
`);

export const CloseTicketMutation = graphql(`
  mutation CloseTicket($input: TicketIdInput!) {
    closeTicket(input: $input) {
      ticketEventId
      ticket {
        ...TicketRow
      }
    }
  }
`);

export const EscalateTicketMutation = graphql(`
  mutation EscalateTicket($input: EscalateTicketInput!) {
    escalateTicket(input: $input) {
      ticketEventId
      ticket {
        ...TicketRow
      }
    }
  }
`);

/** The console: does this conversation already have a ticket? */
export const ConversationTicketsQuery = graphql(`
  query ConversationTickets($conversationId: ID!) {
    tickets(filter: { conversationId: $conversationId }, first: 5) {
      edges {
        node {
          id
          number
          status
          subject
        }
      }
    }
  }
`);

/** What escalating would do now: the matching TICKET_ESCALATED rules and their effects (changes nothing). */
export const TicketEscalationPreviewQuery = graphql(`
  query TicketEscalationPreview($ticketId: ID!) {
    ticketEscalationPreview(ticketId: $ticketId) {
      ticketId
      canEscalate
      rules {
        ruleId
        name
        effects
      }
    }
  }
`);
