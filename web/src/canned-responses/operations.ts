// GraphQL operations of the canned responses page (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const CannedListQuery = graphql(`
  query CannedResponsesList($first: Int!, $filter: CannedResponseFilter) {
    cannedResponses(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          id
          shortcut
          title
          body
          shared
          createdAt
        }
      }
    }
  }
`);

export const CreateCannedMutation = graphql(`
  mutation CannedResponsesCreate($input: CreateCannedResponseInput!) {
    createCannedResponse(input: $input) {
      cannedResponse {
        id
        shortcut
      }
    }
  }
`);

export const UpdateCannedMutation = graphql(`
  mutation CannedResponsesUpdate($input: UpdateCannedResponseInput!) {
    updateCannedResponse(input: $input) {
      cannedResponse {
        id
        shortcut
      }
    }
  }
`);

export const DeleteCannedMutation = graphql(`
  mutation CannedResponsesDelete($input: DeleteCannedResponseInput!) {
    deleteCannedResponse(input: $input) {
      deletedCannedResponseId
    }
  }
`);
