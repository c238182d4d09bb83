// GraphQL operations of the AI usage page (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

/** One purpose's or one model's figures (the same shape for both breakdowns). */
export const AiUsageGroupFragment = graphql(`
  fragment AiUsageGroupFields on AiUsageGroup {
    key
    calls
    failedCalls
    inputTokens
    outputTokens
    costUsd
    latencyP50Ms
    latencyP95Ms
    conversations
    handedOff
    handOffRate
  }
`);

export const AiUsageQuery = graphql(`
  query AiUsagePage($from: DateTimeISO!, $to: DateTimeISO!, $tenantId: ID) {
    aiUsage(from: $from, to: $to, tenantId: $tenantId) {
      from
      to
      totals {
        calls
        failedCalls
        inputTokens
        outputTokens
        costUsd
        latencyP50Ms
        latencyP95Ms
        conversations
        handedOff
        handOffRate
      }
      byPurpose {
        ...AiUsageGroupFields
      }
      byModel {
        ...AiUsageGroupFields
      }
    }
  }
`);
