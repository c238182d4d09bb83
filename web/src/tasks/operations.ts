// GraphQL operations of the task board.
import { graphql } from '../gql/index.js';

export const TaskFieldsFragment = graphql(`
  fragment TaskFields on Task {
    id
    title
    description
    status
    priority
    tags
    dueAt
    completedAt
    position
    version
    assigneeId
    assignee {
      id
      displayName
    }
    creatorKind
    createdBy {
      id
      displayName
    }
    ticketId
    meetingId
    conversationId
    createdAt
    updatedAt
  }
`);

export const BoardTasksQuery = graphql(`
  query BoardTasks($filter: TaskFilter, $done: TaskFilter) {
    open: tasks(filter: $filter, first: 100, orderBy: POSITION) {
      totalCount
      edges {
        node {
          ...TaskFields
        }
      }
    }
    done: tasks(filter: $done, first: 30, orderBy: UPDATED_AT) {
      totalCount
      edges {
        node {
          ...TaskFields
        }
      }
    }
  }
`);

export const TaskAssigneesQuery = graphql(`
  query TaskAssignees {
    users(first: 100) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);

export const CreateTaskMutation = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      task {
        ...TaskFields
      }
    }
  }
`);

export const UpdateTaskMutation = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      changed
      task {
        ...TaskFields
      }
    }
  }
`);

export const TaskUpdatedSubscription = graphql(`
  subscription TaskUpdated {
    taskUpdated {
      ...TaskFields
    }
  }
`);

export const TeamProgressQuery = graphql(`
  query TeamProgress($from: String!, $to: String!) {
    teamProgress(from: $from, to: $to) {
      team
      total
      averageLeadTimeSeconds
      days {
        day
        done
      }
    }
  }
`);
