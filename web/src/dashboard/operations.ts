// GraphQL operations of the KPI dashboard (home page). Every read takes `tenantId`: null for the
// viewer's own tenant, a tenant id when a platform admin opens that tenant's dashboard.
import { graphql } from '../gql/index.js';

/** The fields of the live cards: the same for the first read and each `kpisUpdated` push. */
export const LiveKpisCard = graphql(`
  fragment LiveKpisCard on LiveKpis {
    tenantId
    computedAt
    day
    waitingCustomers
    longestWaitSeconds
    activeConversations
    humanHandledNow
    conversationsToday
    resolvedToday
    botResolvedToday
    avgFirstResponseSeconds
    avgResolutionSeconds
    csatPercent
    csatResponses
    csatResponseRate
    fcrPercent
    aiResolutionRate
    slaAtRisk
    slaBreached
    agentsOnline
  }
`);

export const LiveKpisQuery = graphql(`
  query DashboardLiveKpis($tenantId: ID) {
    liveKpis(tenantId: $tenantId) {
      ...LiveKpisCard
    }
  }
`);

export const KpisUpdatedSubscription = graphql(`
  subscription DashboardKpisUpdated($tenantId: ID) {
    kpisUpdated(tenantId: $tenantId) {
      ...LiveKpisCard
    }
  }
`);

/** The viewer's own tenant: its name and time zone (days of the range are the tenant's days). */
export const DashboardOwnTenantQuery = graphql(`
  query DashboardOwnTenant {
    viewer {
      tenant {
        id
        name
        timezone
      }
    }
  }
`);

/** Everything the charts need for a period, in one request. */
export const DashboardChartsQuery = graphql(`
  query DashboardCharts($from: DateTimeISO!, $to: DateTimeISO!, $granularity: KpiGranularity!, $businessHoursOnly: Boolean!, $tenantId: ID) {
    hourlyStats(from: $from, to: $to, tenantId: $tenantId) {
      hour
      conversationsOpened
      resolutions
      botResolutions
      handoffs
    }
    firstResponse: kpiSeries(metric: FIRST_RESPONSE, from: $from, to: $to, granularity: $granularity, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {
      points {
        bucket
        count
        average
      }
    }
    resolutions: kpiSeries(metric: RESOLUTION, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {
      points {
        bucket
        count
      }
    }
    botResolutions: kpiSeries(metric: BOT_RESOLVED, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {
      points {
        bucket
        count
      }
    }
    slaMet: kpiSeries(metric: SLA_MET, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {
      points {
        bucket
        count
      }
    }
    slaMissed: kpiSeries(metric: SLA_MISSED, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {
      points {
        bucket
        count
      }
    }
  }
`);

/** One row of the agents and teams tables (the same shape for both). */
export const PerformanceRowFieldsFragment = graphql(`
  fragment PerformanceRowFields on PerformanceRow {
    key
    name
    team
    conversationsHandled
    resolutions
    firstResponses
    replies
    transfers
    avgFirstResponseSeconds
    avgResolutionSeconds
    csatResponses
    csatPercent
    onlineSeconds
    awaySeconds
    busySeconds
  }
`);

export const OperatorPerformanceQuery = graphql(`
  query DashboardOperators($from: DateTimeISO!, $to: DateTimeISO!, $businessHoursOnly: Boolean!, $tenantId: ID) {
    operatorPerformance(from: $from, to: $to, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {
      ...PerformanceRowFields
    }
  }
`);

export const TeamMetricsQuery = graphql(`
  query DashboardTeams($from: DateTimeISO!, $to: DateTimeISO!, $businessHoursOnly: Boolean!, $tenantId: ID) {
    teamMetrics(from: $from, to: $to, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {
      ...PerformanceRowFields
    }
  }
`);

/** The ratings of a period by score (five counts, 1–5). */
export const CsatRatingsQuery = graphql(`
  query DashboardCsatRatings($from: DateTimeISO!, $to: DateTimeISO!, $tenantId: ID) {
    csatDistribution(from: $from, to: $to, tenantId: $tenantId)
  }
`);

/** The drill-down: the events behind a number, with their conversation. */
export const DrillDownQuery = graphql(`
  query DashboardDrillDown($filter: ReportingEventFilter!, $first: Int!, $after: String, $tenantId: ID) {
    reportingEvents(filter: $filter, first: $first, after: $after, tenantId: $tenantId) {
      edges {
        node {
          id
          name
          valueSeconds
          valueBusinessSeconds
          endedAt
          channel
          attributes
          conversationId
          conversation {
            id
            subject
            status
            contact {
              id
              name
            }
          }
          agent {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ExportReportQuery = graphql(`
  query DashboardExportReport($input: ExportReportInput!) {
    exportReport(input: $input) {
      filename
      contentType
      rowCount
      csv
    }
  }
`);
