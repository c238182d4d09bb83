// GraphQL operations of approvals: the Approvals page and the console's request dialog.
import { graphql } from '../gql/index.js';

export const ApprovalFieldsFragment = graphql(`
  fragment ApprovalFields on ApprovalRequest {
    id
    number
    kind
    summary
    proposedAction
    amount
    currency
    priority
    urgency
    status
    version
    conversationId
    ticketId
    requestedByKind
    decisionReason
    decidedAt
    createdAt
    requester {
      id
      displayName
    }
    approver {
      id
      displayName
    }
    decidedBy {
      id
      displayName
    }
  }
`);

export const ApprovalsListQuery = graphql(`
  query ApprovalsList($filter: ApprovalFilter, $first: Int!) {
    approvalRequests(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          ...ApprovalFields
        }
      }
    }
  }
`);

export const ApprovalDetailQuery = graphql(`
  query ApprovalDetail($id: ID!) {
    approvalRequest(id: $id) {
      ...ApprovalFields
      escalatedTo {
        id
        displayName
      }
      conversation {
        id
        subject
      }
      history {
        id
        action
        actorKind
        actorName
        fromUserName
        toUserName
        reason
        createdAt
      }
    }
  }
`);

export const ApprovalDecidersQuery = graphql(`
  query ApprovalDeciders {
    users(filter: { roles: [MANAGER, TENANT_ADMIN], active: true }, first: 100) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
  }
`);

export const DecideApprovalMutation = graphql(`
  mutation DecideApproval($input: DecideApprovalInput!) {
    decideApproval(input: $input) {
      approval {
        ...ApprovalFields
      }
    }
  }
`);

export const ReassignApprovalMutation = graphql(`
  mutation ReassignApproval($input: ReassignApprovalInput!) {
    reassignApproval(input: $input) {
      approval {
        ...ApprovalFields
      }
    }
  }
`);

export const RequestApprovalMutation = graphql(`
  mutation RequestApproval($input: RequestApprovalInput!) {
    requestApproval(input: $input) {
      approval {
        ...ApprovalFields
      }
    }
  }
`);

export const ApprovalUpdatedSubscription = graphql(`
  subscription ApprovalUpdated {
    approvalUpdated {
      ...ApprovalFields
    }
  }
`);
