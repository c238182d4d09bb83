import { Field, InputType, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { UserType } from '../users/user.type.js';
import { TenantType } from '../tenants/tenant.type.js';

@InputType('LoginInput', { description: 'Staff sign-in.' })
export class LoginInput {
  @Field(() => String, { description: 'Sign-in e-mail.' })
  email!: string;
  @Field(() => String, { description: 'The user\'s password (checked in constant time; a wrong one is UNAUTHENTICATED).' })
  password!: string;
  @Field(() => String, { nullable: true, description: 'Slug of the tenant to sign in to; omit for platform admins.' })
  tenantSlug?: string;
}

@ObjectType('SessionPayload', { simpleResolvers: true, description: 'A signed-in session: a short-lived access token and a rotating refresh token.' })
export class SessionPayload {
  @Field(() => String, { description: 'Bearer token for `Authorization: Bearer …` (HTTP) or `connectionParams.authorization` (WebSocket); valid 15 minutes.' })
  accessToken!: string;
  @Field(() => DateTimeISO, { description: 'When the access token stops working.' })
  expiresAt!: Date;
  @Field(() => String, { description: 'Single-use token for `refreshSession`; each use returns a new one. Reusing an old one revokes the session.' })
  refreshToken!: string;
  @Field(() => DateTimeISO, { description: 'When the refresh token stops working.' })
  refreshExpiresAt!: Date;
  userId!: string;
  tenantId!: string | null;
}

@InputType('RefreshSessionInput', { description: 'Trade a refresh token for a new session.' })
export class RefreshSessionInput {
  @Field(() => String, { description: 'The latest refresh token of the session.' })
  refreshToken!: string;
}

@InputType('LogoutInput', { description: 'End a session.' })
export class LogoutInput {
  @Field(() => String, { nullable: true, description: 'Refresh token of the session to end.' })
  refreshToken?: string;
  @Field(() => Boolean, { defaultValue: false, description: 'End every session of the signed-in user, on every device (access tokens stop working at once).' })
  everywhere: boolean = false;
}

@ObjectType('LogoutPayload', { simpleResolvers: true, description: 'Result of logout.' })
export class LogoutPayload {
  @Field(() => Boolean, { description: 'True when a session was ended.' })
  ok!: boolean;
}

@InputType('ChangeMyPasswordInput', { description: 'Change your own password.' })
export class ChangeMyPasswordInput {
  @Field(() => String, { description: 'Your current password.' })
  currentPassword!: string;
  @Field(() => String, { description: 'The new password (at least 10 characters).' })
  newPassword!: string;
}

@InputType('RequestPasswordResetInput', { description: 'Ask for a password-reset e-mail.' })
export class RequestPasswordResetInput {
  @Field(() => String, { description: 'The account\'s address; the answer is the same whether it exists or not.' })
  email!: string;
  @Field(() => String, { nullable: true, description: 'Tenant slug; omit for platform admins.' })
  tenantSlug?: string;
}

@InputType('ResetPasswordInput', { description: 'Set a new password with a one-time reset token.' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the reset link.' })
  token!: string;
  @Field(() => String, { description: 'The new password (at least 10 characters).' })
  newPassword!: string;
}

@InputType('AcceptInvitationInput', { description: 'Accept an invitation: choose a password and sign in.' })
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The token from the invitation link.' })
  token!: string;
  @Field(() => String, { description: 'Your password (at least 10 characters).' })
  password!: string;
  @Field(() => String, { nullable: true, description: 'Your name, if you want to change the one the admin typed.' })
  displayName?: string;
}

@ObjectType('OneTimeLink', { simpleResolvers: true, description: 'A one-time token for an invitation or a password reset, shown once to the admin who made it (no mail server is needed).' })
export class OneTimeLinkType {
  @Field(() => String, { description: 'The secret token; give it to the user (e.g. as `https://your-host/accept?token=…`).' })
  token!: string;
  @Field(() => DateTimeISO, { description: 'When it stops working.' })
  expiresAt!: Date;
}

@ObjectType('OkPayload', { simpleResolvers: true, description: 'Acknowledgement.' })
export class OkPayload {
  @Field(() => Boolean, { description: 'Always true: the request was done.' })
  ok!: boolean;
}

@ObjectType('Viewer', { simpleResolvers: true, description: 'Who is calling, and what they may do.' })
export class ViewerType {
  @Field(() => String, { description: '`user`, `apiKey`, `widget` or `anonymous`.' })
  kind!: string;
  @Field(() => [String], { description: 'Permission codes granted to the caller.' })
  permissions!: string[];
  @Field(() => String, { nullable: true, description: 'Role of a staff user.' })
  role!: string | null;
  userId!: string | null;
  tenantId!: string | null;
  contactId!: string | null;
}

export { UserType, TenantType };
