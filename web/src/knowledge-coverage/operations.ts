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

export const CoverageQuery = graphql(`
  query KnowledgeCoverage {
    knowledgeCoverage {
      ...CoverageFields
    }
  }
`);

export const RecalibrateMutation = graphql(`
  mutation RecalibrateKnowledge {
    recalibrateKnowledge {
      coverage {
        ...CoverageFields
      }
    }
  }
`);

export const CoverageFields = graphql(`
  fragment CoverageFields on KnowledgeCoverage {
    tenantId
    status
    mode
    target
    thresholdInForce
    manualThreshold
    calibratedAt
    tookMs
    labelledExamples
    operatingPoint {
      threshold
      answerableHandedOff
      unanswerableAnswered
    }
    curve {
      threshold
      answerableHandedOff
      unanswerableAnswered
    }
    probeCounts {
      answerable
      unanswerable
      labelled
    }
    probes {
      question
      kind
      source
      score
      handedOff
      documentTitle
    }
    changes {
      previousCalibratedAt
      thresholdBefore
      thresholdAfter
      probesBefore {
        answerable
        unanswerable
        labelled
      }
      probesAfter {
        answerable
        unanswerable
        labelled
      }
      documentsAdded {
        id
        title
      }
      documentsRemoved {
        id
        title
      }
      documentsChanged {
        id
        title
      }
    }
  }
`);
