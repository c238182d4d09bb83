// GraphQL operations of the team page (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const UsersQuery = graphql(`
  query TeamUsers($first: Int!, $tenantId: ID) {
    users(first: $first, orderBy: DISPLAY_NAME_ASC, tenantId: $tenantId) {
      totalCount
      edges {
        node {
          id
          displayName
          email
          role
          team
          maxConcurrentChats
          active
          availability
          lastLoginAt
        }
      }
    }
  }
`);

export const MatrixQuery = graphql(`
  query TeamPermissionMatrix {
    permissionMatrix {
      permissions
      roles {
        role
        permissions
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation TeamCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        displayName
        email
      }
      invitation {
        token
        expiresAt
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation TeamUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
        role
        team
        maxConcurrentChats
      }
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation TeamDeactivateUser($input: UserIdInput!) {
    deactivateUser(input: $input) {
      user {
        id
        active
      }
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation TeamReactivateUser($input: UserIdInput!) {
    reactivateUser(input: $input) {
      user {
        id
        active
      }
    }
  }
`);
