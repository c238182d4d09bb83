// The platform admin's tenant picker on the home page (a tenant's dashboard opens read-only).
import { graphql } from '../gql/index.js';

export const DashboardTenantsQuery = graphql(`
  query DashboardTenants($search: String) {
    tenants(first: 100, filter: { search: $search }) {
      edges {
        node {
          id
          name
          slug
          status
          timezone
        }
      }
    }
  }
`);

export const DashboardTenantQuery = graphql(`
  query DashboardTenant($id: ID!) {
    tenant(id: $id) {
      id
      name
      slug
      status
      timezone
    }
  }
`);
