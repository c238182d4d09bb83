// GraphQL operations of the automation rules pages (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const AutomationRuleFields = graphql(`
  fragment AutomationRuleFields on AutomationRule {
    id
    name
    description
    enabled
    position
    stopProcessing
    trigger {
      kind
      events
      after
      minutes
    }
    conditions
    actions
    updatedAt
  }
`);

export const AutomationRulesQuery = graphql(`
  query AutomationRulesList {
    automationRules(first: 100) {
      totalCount
      edges {
        node {
          ...AutomationRuleFields
        }
      }
    }
  }
`);

export const AutomationRuleQuery = graphql(`
  query AutomationRuleOne($id: ID!) {
    automationRule(id: $id) {
      ...AutomationRuleFields
    }
  }
`);

/** The vocabulary and what rules may point at (the tenant's queues and people). */
export const AutomationEditorDataQuery = graphql(`
  query AutomationEditorData {
    automationRuleLanguage {
      events
      timeAnchors
      maxTimeMinutes
      fields {
        name
        type
        label
        values
        min
        max
        integer
        ops
      }
      actions {
        type
        label
        params {
          name
          type
          label
          optional
          min
          max
        }
      }
    }
    queues(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    users(first: 100, orderBy: DISPLAY_NAME_ASC) {
      edges {
        node {
          id
          displayName
          active
        }
      }
    }
  }
`);

export const ValidateAutomationRuleQuery = graphql(`
  query AutomationValidate($input: AutomationRuleDraftInput!) {
    validateAutomationRule(input: $input) {
      valid
      problems {
        path
        message
      }
    }
  }
`);

export const CreateAutomationRuleMutation = graphql(`
  mutation AutomationCreate($input: CreateAutomationRuleInput!) {
    createAutomationRule(input: $input) {
      automationRule {
        ...AutomationRuleFields
      }
    }
  }
`);

export const UpdateAutomationRuleMutation = graphql(`
  mutation AutomationUpdate($input: UpdateAutomationRuleInput!) {
    updateAutomationRule(input: $input) {
      automationRule {
        ...AutomationRuleFields
      }
    }
  }
`);

export const DeleteAutomationRuleMutation = graphql(`
  mutation AutomationDelete($input: DeleteAutomationRuleInput!) {
    deleteAutomationRule(input: $input) {
      deletedAutomationRuleId
    }
  }
`);

export const ReorderAutomationRulesMutation = graphql(`
  mutation AutomationReorder($input: ReorderAutomationRulesInput!) {
    reorderAutomationRules(input: $input) {
      automationRuleIds
    }
  }
`);

export const SimulateAutomationRuleQuery = graphql(`
  query AutomationSimulate($input: SimulateAutomationRuleInput!) {
    simulateAutomationRule(input: $input) {
      evaluated
      matchedCount
      matches {
        subjectKind
        ticketId
        ticketNumber
        conversationId
        subject
        effects
      }
    }
  }
`);
