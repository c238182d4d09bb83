// GraphQL operations of the widget settings page (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const SettingsQuery = graphql(`
  query WidgetSettings {
    viewer {
      tenant {
        id
        name
        widgetKey
        branding {
          primaryColor
          backgroundColor
          position
          welcomeMessage
          logoUrl
        }
        assistant {
          name
          persona
          greeting
          handoffThreshold
          autoResolveThreshold
        }
        identityVerification {
          secret
          required
        }
      }
    }
  }
`);

export const UpdateTenantMutation = graphql(`
  mutation WidgetSettingsUpdate($input: UpdateTenantInput!) {
    updateTenant(input: $input) {
      tenant {
        id
        branding {
          primaryColor
          backgroundColor
          position
          welcomeMessage
          logoUrl
        }
        assistant {
          name
          persona
          greeting
          handoffThreshold
          autoResolveThreshold
        }
        identityVerification {
          secret
          required
        }
      }
    }
  }
`);

export const RotateSecretMutation = graphql(`
  mutation WidgetSettingsRotateSecret($input: RotateIdentitySecretInput!) {
    rotateIdentitySecret(input: $input) {
      tenant {
        id
        identityVerification {
          secret
          required
        }
      }
    }
  }
`);
