// GraphQL operations of the AI usage page (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

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
      byModel {
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
    }
  }
`);
