import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Availability } from './user.entity.js';
import { Role } from '../../permissions/roles.js';

export enum UserOrder {
  DISPLAY_NAME_ASC = 'DISPLAY_NAME_ASC',
  EMAIL_ASC = 'EMAIL_ASC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  CREATED_AT_ASC = 'CREATED_AT_ASC',
}
registerEnumType(UserOrder, {
  name: 'UserOrder',
  description: 'Sort order of a user list.',
  valuesConfig: {
    DISPLAY_NAME_ASC: { description: 'By display name, A to Z.' },
    EMAIL_ASC: { description: 'By e-mail address, A to Z.' },
    CREATED_AT_DESC: { description: 'Newest first.' },
    CREATED_AT_ASC: { description: 'Oldest first.' },
  },
});

@InputType('UserFilter', { description: 'Narrow a user list; all given conditions must hold.' })
export class UserFilter {
  @Field(() => [Role], { nullable: true, description: 'Any of these roles.' })
  roles?: Role[];
  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or deactivated (false) users.' })
  active?: boolean;
  @Field(() => String, { nullable: true, description: 'Exact team name.' })
  team?: string;
  @Field(() => [Availability], { nullable: true, description: 'Any of these availabilities.' })
  availability?: Availability[];
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name or e-mail.' })
  search?: string;
}

@InputType('CreateUserInput', { description: 'Add a staff member; they receive an invitation token to choose a password.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Sign-in address; unique among the platform\'s users (CONFLICT otherwise).' })
  email!: string;
  @Field(() => String, { description: 'Name shown to colleagues and customers (1–200 characters).' })
  displayName!: string;
  @Field(() => Role, { description: 'TENANT_ADMIN, MANAGER, AGENT or VIEWER.' })
  role!: Role;
  @Field(() => String, { nullable: true, description: 'Team name for reports and team metrics; null: no team.' })
  team?: string | null;
  @Field(() => Int, { nullable: true, description: 'Default 3.' })
  maxConcurrentChats?: number | null;
  @Field(() => ID, { nullable: true, description: 'Platform admins: the tenant to add the user to.' })
  tenantId?: string | null;
}

@InputType('UpdateUserInput', { description: 'Change a staff member; omitted fields stay as they are. A role change signs them out.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user\'s id.' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'New display name (1–200 characters).' })
  displayName?: string | null;
  @Field(() => Role, { nullable: true, description: 'New role (signs the user out: tokens carry the role).' })
  role?: Role | null;
  @Field(() => String, { nullable: true, description: 'Empty string clears the team.' })
  team?: string | null;
  @Field(() => Int, { nullable: true, description: 'How many conversations routing gives them at once.' })
  maxConcurrentChats?: number | null;
  @Field(() => Availability, { nullable: true, description: 'Set their availability on their behalf.' })
  availability?: Availability | null;
}

@InputType('UpdateMyProfileInput', { description: 'Change your own profile.' })
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true, description: 'Your new display name (1–200 characters).' })
  displayName?: string | null;
  @Field(() => Availability, { nullable: true, description: 'Your availability (same as setAvailability).' })
  availability?: Availability | null;
  @Field(() => String, { nullable: true, description: 'An https URL of your picture (≤ 500 characters); empty string removes it. Anything else: BAD_USER_INPUT.' })
  avatarUrl?: string | null;
}

@InputType('UserIdInput', { description: 'Names a user.' })
export class UserIdInput {
  @Field(() => ID, { description: 'The user\'s id.' })
  id!: string;
}
