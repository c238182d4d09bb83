// Sessions: sign-in, refresh and one-time tokens (invitations, password resets), the viewer.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { SessionResolver, ViewerResolver } from './session.resolver.js';
import { OneTimeToken, RefreshToken } from './session.entities.js';

export const sessionsModule = defineModule({
  name: 'sessions',
  resolvers: [SessionResolver, ViewerResolver],
  entities: [RefreshToken, OneTimeToken],
  access: {
    Query: { viewer: access.public },
    Mutation: {
      acceptInvitation: access.public,
      changeMyPassword: access.staffUser,
      createPasswordReset: access.can('users.update'),
      login: access.public,
      logout: access.public,
      refreshSession: access.public,
      requestPasswordReset: access.public,
      resetPassword: access.public,
    },
  },
});
