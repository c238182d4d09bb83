import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { OneTimeLinkType } from '../sessions/session.types.js';
import { ROLE_PERMISSIONS, PERMISSIONS } from '../../permissions/matrix.js';
import { UserType } from './user.type.js';
import { CreateUserInput, UpdateMyProfileInput, UpdateUserInput, UserIdInput } from './user.inputs.js';
import { createUser, setUserActive, updateMyProfile, updateUser } from './user.service.js';
import { Role } from '../../permissions/roles.js';

@ObjectType('UserPayload', { simpleResolvers: true, description: 'The user after the change.' })
export class UserPayload {
  userId!: string;
  tenantId?: string | null;
}

@ObjectType('CreateUserPayload', { simpleResolvers: true, description: 'The new user and their invitation.' })
export class CreateUserPayload {
  userId!: string;
  tenantId?: string | null;
  @Field(() => OneTimeLinkType, { description: 'Give this token to the new user (valid 7 days); they choose a password with `acceptInvitation`.' })
  invitation!: OneTimeLinkType;
}

@ObjectType('RolePermissions', { simpleResolvers: true, description: 'One row of the permission matrix.' })
export class RolePermissions {
  @Field(() => Role, { description: 'The staff role.' })
  role!: Role;
  @Field(() => [String], { description: 'Permission codes of this role.' })
  permissions!: string[];
}

@ObjectType('PermissionMatrix', { simpleResolvers: true, description: 'Which role may do what.' })
export class PermissionMatrix {
  @Field(() => [String], { description: 'Every permission code, in display order.' })
  permissions!: string[];
  @Field(() => [RolePermissions], { description: 'One row per staff role with its permission codes.' })
  roles!: RolePermissions[];
}

@Resolver()
export class UserMutationResolver {
  @Mutation(() => CreateUserPayload, { description: 'Add a staff member to your tenant and get their invitation token.' })
  createUser(@Arg('input', () => CreateUserInput, { description: 'The new staff member\'s e-mail, name, role and team.' }) input: CreateUserInput, @Ctx() ctx: Context) {
    return createUser(ctx, input);
  }

  @Mutation(() => UserPayload, { description: 'Change a staff member of your tenant.' })
  async updateUser(@Arg('input', () => UpdateUserInput, { description: 'The user and the fields to change.' }) input: UpdateUserInput, @Ctx() ctx: Context): Promise<UserPayload> {
    return { userId: await updateUser(ctx, input) };
  }

  @Mutation(() => UserPayload, { description: 'Deactivate a staff member: they are signed out everywhere at once, and their live connections close.' })
  async deactivateUser(@Arg('input', () => UserIdInput, { description: 'The user to deactivate (signed out at once).' }) input: UserIdInput, @Ctx() ctx: Context): Promise<UserPayload> {
    return { userId: await setUserActive(ctx, input.id, false) };
  }

  @Mutation(() => UserPayload, { description: 'Let a deactivated staff member sign in again.' })
  async reactivateUser(@Arg('input', () => UserIdInput, { description: 'The deactivated user to reactivate.' }) input: UserIdInput, @Ctx() ctx: Context): Promise<UserPayload> {
    return { userId: await setUserActive(ctx, input.id, true) };
  }

  @Mutation(() => UserPayload, { description: 'Change your own name or availability.' })
  async updateMyProfile(@Arg('input', () => UpdateMyProfileInput, { description: 'The parts of your profile to change.' }) input: UpdateMyProfileInput, @Ctx() ctx: Context): Promise<UserPayload> {
    return { userId: await updateMyProfile(ctx, input) };
  }

  @Query(() => PermissionMatrix, { description: 'The role → permission matrix (what the team pages show).' })
  permissionMatrix(): PermissionMatrix {
    return { permissions: [...PERMISSIONS], roles: (Object.keys(ROLE_PERMISSIONS) as Role[]).map((role) => ({ role, permissions: [...ROLE_PERMISSIONS[role]] })) };
  }
}

async function readUser(payload: { userId: string }, ctx: Context, info: GraphQLResolveInfo) {
  const platform = ctx.viewer.kind === 'user' && !ctx.viewer.tenantId;
  const row = await ctx.services.planner.one(info, 'User', platform ? { kind: 'platform' } : ctx.scope(), payload.userId);
  if (!row) throw notFound('User');
  return row;
}

@Resolver(() => UserPayload)
export class UserPayloadResolver {
  @FieldResolver(() => UserType, { description: 'The user as it is now.' })
  user(@Root() payload: UserPayload, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readUser(payload, ctx, info);
  }
}

@Resolver(() => CreateUserPayload)
export class CreateUserPayloadResolver {
  @FieldResolver(() => UserType, { description: 'The new user.' })
  user(@Root() payload: CreateUserPayload, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readUser(payload, ctx, info);
  }
}
