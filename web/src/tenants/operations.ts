// GraphQL operations of the platform admins' tenants page (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const PlatformTenantsQuery = graphql(`
  query PlatformTenants($first: Int!) {
    tenants(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          slug
          status
          timezone
          createdAt
          volume {
            conversations
            tickets
            users
            documents
          }
        }
      }
    }
  }
`);

export const CreateTenantMutation = graphql(`
  mutation PlatformCreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      tenant {
        id
        name
        slug
        status
      }
      invitation {
        token
        expiresAt
      }
    }
  }
`);

export const SuspendTenantMutation = graphql(`
  mutation PlatformSuspendTenant($input: TenantIdInput!) {
    suspendTenant(input: $input) {
      tenant {
        id
        status
      }
    }
  }
`);

export const ReactivateTenantMutation = graphql(`
  mutation PlatformReactivateTenant($input: TenantIdInput!) {
    reactivateTenant(input: $input) {
      tenant {
        id
        status
      }
    }
  }
`);
