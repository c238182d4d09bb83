// GraphQL operations of the audit log page (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const AuditLogsQuery = graphql(`
  query AuditLogPage($first: Int!, $after: String, $filter: AuditLogFilter, $tenantId: ID) {
    auditLogs(first: $first, after: $after, filter: $filter, tenantId: $tenantId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          tenantId
          actorKind
          actorId
          actorName
          action
          resourceType
          resourceId
          before
          after
          ip
          requestId
          at
        }
      }
    }
  }
`);

export const AuditFacetsQuery = graphql(`
  query AuditLogFacets($tenantId: ID) {
    auditStats(tenantId: $tenantId) {
      total
      byAction {
        key
        count
      }
      byResourceType {
        key
        count
      }
    }
  }
`);
