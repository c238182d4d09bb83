import { Field, InputType, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { UserType } from '../users/user.type.js';
import { TenantType } from '../tenants/tenant.type.js';

@InputType('LoginInput', { description: 'Staff sign-in.' })
export class LoginInput {
  @Field(() => String, { description: 'Sign-in e-mail.' })
  email!: string;
  @Field(() => String, { description: 'Password.' })
  password!: string;
  @Field(() => String, { nullable: true, description: 'Slug of the tenant to sign in to; omit for platform admins.' })
  tenantSlug?: string;
}

@ObjectType('LoginPayload', { description: 'A new session.' })
export class LoginPayload {
  @Field(() => String, { description: 'Bearer token for `Authorization: Bearer …` (HTTP) or `connectionParams.authorization` (WebSocket).' })
  accessToken!: string;
  @Field(() => DateTimeISO, { description: 'When the access token stops working.' })
  expiresAt!: Date;
  userId!: string;
  tenantId!: string | null;
}

@ObjectType('Viewer', { description: 'Who is calling, and what they may do.' })
export class ViewerType {
  @Field(() => String, { description: '`user`, `apiKey`, `widget` or `anonymous`.' })
  kind!: string;
  @Field(() => [String], { description: 'Permission codes granted to the caller.' })
  permissions!: string[];
  userId!: string | null;
  tenantId!: string | null;
}

export { UserType, TenantType };
