import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { TenantType } from '../tenants/tenant.type.js';
import { Availability, User } from './user.entity.js';
import { Role } from '../../permissions/roles.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a staff member may do; the permission matrix maps each role to permission codes.',
  valuesConfig: {
    PLATFORM_ADMIN: { description: 'Operates the platform across tenants.' },
    TENANT_ADMIN: { description: 'Administers one tenant: users, keys, settings, knowledge.' },
    MANAGER: { description: 'Supervises agents, queues and reports.' },
    AGENT: { description: 'Answers conversations and tickets.' },
    VIEWER: { description: 'Read-only access.' },
  },
});
registerEnumType(Availability, {
  name: 'Availability',
  description: 'Whether an agent takes new conversations.',
  valuesConfig: {
    ONLINE: { description: 'Takes new conversations.' },
    AWAY: { description: 'Away for a while: gets no new conversations, keeps the open ones.' },
    BUSY: { description: 'Working, but gets no new conversations.' },
    OFFLINE: { description: 'Signed off (or silent for 60 s: no heartbeat); gets no new conversations.' },
  },
});

@ObjectType('User', { simpleResolvers: true, description: 'A staff member of a tenant (or a platform admin).' })
export class UserType {
  @Field(() => ID, { description: 'User id (UUID).' })
  id!: string;
  @Field(() => String, { description: 'Sign-in e-mail, unique within the tenant.' })
  email!: string;
  @Field(() => String, { description: 'Name shown to colleagues and customers.' })
  displayName!: string;
  @Field(() => Role, { description: 'Role within the tenant.' })
  role!: Role;
  @Field(() => String, { nullable: true, description: 'Team name, free text (e.g. `Billing`).' })
  team!: string | null;
  @Field(() => String, { nullable: true, description: 'An https URL of the user\'s picture; null: show initials.' })
  avatarUrl!: string | null;
  @Field(() => Availability, { description: 'Current availability for new conversations.' })
  availability!: Availability;
  @Field(() => Int, { description: 'How many live conversations routing may assign at once.' })
  maxConcurrentChats!: number;
  @Field(() => Boolean, { description: 'False once deactivated: cannot sign in.' })
  active!: boolean;
  @Field(() => DateTimeISO, { nullable: true, description: 'Last successful sign-in.' })
  lastLoginAt!: Date | null;
  @Field(() => DateTimeISO, { description: 'When the user was created.' })
  createdAt!: Date;
  @Field(() => DateTimeISO, { description: 'When the user was last changed.' })
  updatedAt!: Date;
  @Field(() => TenantType, { nullable: true, description: 'The tenant the user belongs to (null for platform admins).' })
  tenant!: TenantType | null;
}

registerReadModel({ graphqlType: 'User', entity: User, tenantColumn: 'tenant_id' });
