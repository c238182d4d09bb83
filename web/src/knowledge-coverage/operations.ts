// GraphQL operations of the Knowledge coverage page (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const ExamplesQuery = graphql(`
  query CoverageExamples($filter: KnowledgeExampleFilter, $first: Int, $after: String) {
    knowledgeExamples(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          question
          note
          conversationId
          createdAt
          resolvedAt
          createdBy {
            id
            displayName
          }
          document {
            id
            title
          }
          resolvedDocument {
            id
            title
          }
        }
      }
    }
  }
`);

export const DismissExampleMutation = graphql(`
  mutation CoverageDismissExample($input: ResolveKnowledgeExampleInput!) {
    resolveKnowledgeExample(input: $input) {
      example {
        id
        resolvedAt
      }
    }
  }
`);
