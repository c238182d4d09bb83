// GraphQL operations shared by the pages a platform admin reads across tenants (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const TenantChoicesQuery = graphql(`
  query TenantChoices {
    tenants(first: 100) {
      edges {
        node {
          id
          name
          slug
          status
        }
      }
    }
  }
`);
