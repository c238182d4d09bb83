// GraphQL shape of a partner API key. Rows come from the planner (plain objects). The secret and
// its hash are never part of this type: the secret is returned once, by createApiKey.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { UserType } from '../users/user.type.js';
import { ApiKey } from './api-key.entity.js';

@ObjectType('ApiKey', { simpleResolvers: true, description: 'A key partner code uses to call the API as your tenant (`Authorization: Bearer sb_…`). Its secret is shown once, at creation.' })
export class ApiKeyType {
  @Field(() => ID, { description: 'API key id (UUID).' })
  id!: string;
  @Field(() => String, { description: 'Name given at creation, e.g. `CRM sync`.' })
  name!: string;
  @Field(() => String, { description: 'Public part of the key (`sb_<prefix>_…`): tells keys apart in logs and lists; grants nothing alone.' })
  prefix!: string;
  @Field(() => [String], { description: 'Permission codes the key holds (see `permissionMatrix`).' })
  scopes!: string[];
  @Field(() => Int, { nullable: true, description: 'The key\'s own budget in points per hour; null: the default for API keys (`budget.limit` says which applies).' })
  pointsPerHour!: number | null;
  @Field(() => DateTimeISO, { description: 'When the key was created.' })
  createdAt!: Date;
  @Field(() => DateTimeISO, { nullable: true, description: 'Last time the key authenticated a request (updated at most once a minute).' })
  lastUsedAt!: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the key was revoked; a revoked key is refused (UNAUTHENTICATED).' })
  revokedAt!: Date | null;
  @Field(() => UserType, { nullable: true, description: 'The staff member who created the key (null when created by another key or the user is gone).' })
  createdBy!: UserType | null;
}

@ObjectType('ApiKeyBudget', { simpleResolvers: true, description: 'An API key\'s budget as it stands now (points per hour, refilling continuously); what the key itself sees as `rateLimit`.' })
export class ApiKeyBudgetType {
  @Field(() => Int, { description: 'Points per hour that apply: the key\'s own `pointsPerHour`, else the default for API keys.' })
  limit!: number;
  @Field(() => Int, { description: 'Points left now.' })
  remaining!: number;
  @Field(() => Int, { description: '`limit` − `remaining`: points spent and not yet refilled.' })
  used!: number;
  @Field(() => DateTimeISO, { description: 'When the bucket will be full again if the key sends nothing more.' })
  resetAt!: Date;
}

registerReadModel({ graphqlType: 'ApiKey', entity: ApiKey, tenantColumn: 'tenant_id', extraFields: { budget: { kind: 'computed', columns: ['points_per_hour'] } } });
