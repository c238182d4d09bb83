import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { permissionsOf } from '../../auth/viewer.js';
import {
  AcceptInvitationInput, ChangeMyPasswordInput, LoginInput, LogoutInput, LogoutPayload, OkPayload, OneTimeLinkType,
  RefreshSessionInput, RequestPasswordResetInput, ResetPasswordInput, SessionPayload, TenantType, UserType, ViewerType,
} from './session.types.js';
import { login, logout, refreshSession } from './session.service.js';
import { acceptInvitation, changeMyPassword, createPasswordReset, requestPasswordReset, resetPassword } from './password.service.js';

@Resolver(() => SessionPayload)
export class SessionResolver {
  @Mutation(() => SessionPayload, { description: 'Sign in as a staff member. Wrong credentials: UNAUTHENTICATED (never says which part was wrong); after 10 failures in 15 minutes: RATE_LIMITED.' })
  login(@Arg('input', () => LoginInput, { description: 'E-mail, password and (for tenant users) the tenant\'s slug.' }) input: LoginInput, @Ctx() ctx: Context) {
    return login(ctx, input);
  }

  @Mutation(() => SessionPayload, { description: 'Trade a refresh token for a new session (the old refresh token stops working).' })
  refreshSession(@Arg('input', () => RefreshSessionInput, { description: 'The refresh token from login or the previous refresh (single use).' }) input: RefreshSessionInput, @Ctx() ctx: Context) {
    return refreshSession(ctx, input.refreshToken);
  }

  @Mutation(() => LogoutPayload, { description: 'End a session (by its refresh token), or every session of the signed-in user.' })
  async logout(@Arg('input', () => LogoutInput, { description: 'The refresh token of the session to end, or `everywhere: true`.' }) input: LogoutInput, @Ctx() ctx: Context): Promise<LogoutPayload> {
    return { ok: await logout(ctx, input) };
  }

  @Mutation(() => SessionPayload, { description: 'Change your password; your other sessions end, this one continues with the returned tokens.' })
  changeMyPassword(@Arg('input', () => ChangeMyPasswordInput, { description: 'Your current password and the new one.' }) input: ChangeMyPasswordInput, @Ctx() ctx: Context) {
    return changeMyPassword(ctx, input);
  }

  @Mutation(() => OneTimeLinkType, { description: 'Admins: a one-hour password-reset token for a user of your tenant.' })
  createPasswordReset(@Arg('userId', () => ID, { description: 'The staff user who gets a reset token (of your tenant).' }) userId: string, @Ctx() ctx: Context) {
    return createPasswordReset(ctx, userId);
  }

  @Mutation(() => OkPayload, { description: 'Ask for a reset e-mail. Always answers ok, whether or not the account exists.' })
  async requestPasswordReset(@Arg('input', () => RequestPasswordResetInput, { description: 'The account\'s e-mail address.' }) input: RequestPasswordResetInput, @Ctx() ctx: Context): Promise<OkPayload> {
    return { ok: await requestPasswordReset(ctx, input) };
  }

  @Mutation(() => OkPayload, { description: 'Set a new password with a reset token; every session of that user ends.' })
  async resetPassword(@Arg('input', () => ResetPasswordInput, { description: 'The reset token and the new password.' }) input: ResetPasswordInput, @Ctx() ctx: Context): Promise<OkPayload> {
    return { ok: await resetPassword(ctx, input) };
  }

  @Mutation(() => SessionPayload, { description: 'Accept an invitation with its token: sets your password and signs you in.' })
  acceptInvitation(@Arg('input', () => AcceptInvitationInput, { description: 'The invitation token and the password to choose.' }) input: AcceptInvitationInput, @Ctx() ctx: Context) {
    return acceptInvitation(ctx, input);
  }

  @FieldResolver(() => UserType, { description: 'The signed-in user.' })
  async user(@Root() payload: SessionPayload, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const scope = payload.tenantId ? { kind: 'tenant' as const, tenantId: payload.tenantId } : { kind: 'platform' as const };
    const row = await ctx.services.planner.one(info, 'User', scope, payload.userId);
    if (!row) throw notFound('User');
    return row;
  }
}

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Query(() => ViewerType, { description: 'Who is calling: anonymous callers get kind `anonymous` and no permissions.' })
  viewer(@Ctx() ctx: Context): ViewerType {
    const v = ctx.viewer;
    return {
      kind: v.kind,
      permissions: [...permissionsOf(v)].sort(),
      role: v.kind === 'user' ? v.role : null,
      userId: v.kind === 'user' ? v.userId : null,
      tenantId: v.kind === 'anonymous' ? null : v.tenantId,
      contactId: v.kind === 'widget' ? v.contactId : null,
    };
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The signed-in staff member.' })
  user(@Root() viewer: ViewerType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return viewer.userId ? ctx.services.planner.one(info, 'User', ctx.scope(), viewer.userId) : null;
  }

  @FieldResolver(() => TenantType, { nullable: true, description: 'The caller’s tenant (staff and API keys).' })
  tenant(@Root() viewer: ViewerType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const scope = ctx.scope();
    return viewer.tenantId && scope ? ctx.services.planner.one(info, 'Tenant', scope, viewer.tenantId) : null;
  }
}
