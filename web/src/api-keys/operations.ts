// GraphQL operations of the partner API keys page (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const ApiKeysQuery = graphql(`
  query ApiKeysList($first: Int!) {
    apiKeys(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          prefix
          scopes
          createdAt
          lastUsedAt
          revokedAt
          pointsPerHour
          budget {
            limit
            remaining
            used
            resetAt
          }
          createdBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation ApiKeysCreate($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
        scopes
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation ApiKeysRevoke($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        revokedAt
      }
    }
  }
`);

export const UpdateApiKeyMutation = graphql(`
  mutation ApiKeysUpdate($input: UpdateApiKeyInput!) {
    updateApiKey(input: $input) {
      apiKey {
        id
        pointsPerHour
        budget {
          limit
          remaining
          used
          resetAt
        }
      }
    }
  }
`);
