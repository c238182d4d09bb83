// GraphQL operations of the Webhooks page (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const WebhookEndpointFields = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    events
    enabled
    disabledReason
    previousSecretExpiresAt
    failingSince
    createdAt
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpointsList($first: Int!) {
    webhookEndpoints(first: $first) {
      totalCount
      edges {
        node {
          ...WebhookEndpointFields
        }
      }
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveriesList($endpointId: ID!, $first: Int!, $filter: WebhookDeliveryFilter) {
    webhookDeliveries(endpointId: $endpointId, first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          id
          messageId
          eventType
          payload
          status
          attempts
          nextAttemptAt
          lastResponseCode
          lastError
          deliveredAt
          createdAt
          attemptLog {
            id
            attempt
            succeeded
            responseCode
            latencyMs
            error
            responseBody
            manual
            at
          }
        }
      }
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation WebhooksCreate($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      webhookEndpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation WebhooksUpdate($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      webhookEndpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation WebhooksRotate($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      webhookEndpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation WebhooksDelete($input: DeleteWebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      deletedId
    }
  }
`);

export const SendTestWebhookMutation = graphql(`
  mutation WebhooksSendTest($input: SendTestWebhookInput!) {
    sendTestWebhook(input: $input) {
      delivery {
        id
        status
      }
    }
  }
`);

export const RedeliverWebhookMutation = graphql(`
  mutation WebhooksRedeliver($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      delivery {
        id
        status
      }
    }
  }
`);
