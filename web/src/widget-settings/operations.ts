// GraphQL operations of the widget settings page (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

/** The settings the page edits; the update returns them all. */
export const WidgetSettingsFieldsFragment = graphql(`
  fragment WidgetSettingsFields on Tenant {
    id
    branding {
      primaryColor
      backgroundColor
      position
      welcomeMessage
      awayMessage
      logoUrl
    }
    ticketWhenNobodyAvailable
    widgetOperationsSafelisted
    csat {
      enabled
      question
      lowLabel
      highLabel
    }
    assistant {
      name
      persona
      greeting
      handoffThreshold
      autoResolveThreshold
      wordVariants {
        fullForm
        variants
      }
    }
    identityVerification {
      secret
      required
    }
  }
`);

export const SettingsQuery = graphql(`
  query WidgetSettings {
    viewer {
      tenant {
        id
        name
        widgetKey
        ...WidgetSettingsFields
      }
    }
  }
`);

export const UpdateTenantMutation = graphql(`
  mutation WidgetSettingsUpdate($input: UpdateTenantInput!) {
    updateTenant(input: $input) {
      tenant {
        id
        ...WidgetSettingsFields
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
