// GraphQL operations of the "SLA & hours" page (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const SlaSettingsQuery = graphql(`
  query SlaSettings {
    businessCalendars {
      id
      queueId
      name
      timezone
      openNow
      weeklyHours {
        weekday
        ranges {
          start
          end
        }
      }
      holidays {
        date
        name
      }
    }
    slaPolicies {
      id
      name
      position
      enabled
      fallback
      conditions {
        priorities
        queueIds
        vip
        tagsAny
      }
      firstResponseMinutes
      nextResponseMinutes
      resolutionMinutes
      businessHours
      atRiskShare
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

export const UpsertCalendarMutation = graphql(`
  mutation SlaUpsertCalendar($input: UpsertBusinessCalendarInput!) {
    upsertBusinessCalendar(input: $input) {
      businessCalendar {
        id
      }
    }
  }
`);

export const ImportHolidaysMutation = graphql(`
  mutation SlaImportHolidays($input: ImportHolidaysInput!) {
    importHolidays(input: $input) {
      imported
      recurrenceIgnored
    }
  }
`);

export const CreatePolicyMutation = graphql(`
  mutation SlaCreatePolicy($input: CreateSlaPolicyInput!) {
    createSlaPolicy(input: $input) {
      slaPolicy {
        id
      }
    }
  }
`);

export const UpdatePolicyMutation = graphql(`
  mutation SlaUpdatePolicy($input: UpdateSlaPolicyInput!) {
    updateSlaPolicy(input: $input) {
      slaPolicy {
        id
        enabled
      }
    }
  }
`);

export const DeletePolicyMutation = graphql(`
  mutation SlaDeletePolicy($input: DeleteSlaPolicyInput!) {
    deleteSlaPolicy(input: $input) {
      deletedSlaPolicyId
    }
  }
`);

export const ReorderPoliciesMutation = graphql(`
  mutation SlaReorderPolicies($input: ReorderSlaPoliciesInput!) {
    reorderSlaPolicies(input: $input) {
      slaPolicies {
        id
        position
      }
    }
  }
`);
