// GraphQL operations of the sign-in and accept-invitation pages (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const ServerInfoQuery = graphql(`
  query ServerInfo {
    serverInfo {
      name
      version
      assistantMode
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      expiresAt
      user {
        id
        displayName
        role
        tenant {
          name
        }
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      accessToken
      refreshToken
      expiresAt
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ok
    }
  }
`);
