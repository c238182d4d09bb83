// Users: staff members of a tenant (and platform admins), their roles and profiles.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { UserResolver } from './user.resolver.js';
import { CreateUserPayloadResolver, UserMutationResolver, UserPayloadResolver } from './user.mutations.js';
import { User } from './user.entity.js';

export const usersModule = defineModule({
  name: 'users',
  resolvers: [UserResolver, UserMutationResolver, UserPayloadResolver, CreateUserPayloadResolver],
  entities: [User],
  access: {
    Query: { permissionMatrix: access.staffUser, user: access.can('users.view'), users: access.can('users.view') },
    Mutation: {
      createUser: access.can('users.create'),
      deactivateUser: access.can('users.delete'),
      reactivateUser: access.can('users.delete'),
      updateMyProfile: access.staffUser,
      updateUser: access.can('users.update'),
    },
  },
});
