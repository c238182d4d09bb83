// GraphQL shape of the audit log. Rows come from the planner (plain objects); stats from one SQL statement.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO, JSONObject } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { ActorKind, AuditLog } from './audit-log.entity.js';

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What kind of caller made a change.',
  valuesConfig: {
    USER: { description: 'A staff member (`actorId` is the user id).' },
    API_KEY: { description: 'Partner code with an API key (`actorId` is the key id).' },
    CONTACT: { description: 'A widget client (`actorId` is the contact id).' },
    SYSTEM: { description: 'Switchboard itself (automations, jobs).' },
    ANONYMOUS: { description: 'A caller who was not signed in (e.g. a password-reset request).' },
  },
});

@ObjectType('AuditLog', { simpleResolvers: true, description: 'One change: who did what to which object, with the changed fields before and after. Never updated; secrets are never recorded.' })
export class AuditLogType {
  @Field(() => ID, { description: 'Audit entry id (UUID).' })
  id!: string;
  @Field(() => ID, { nullable: true, description: 'Tenant the change belongs to (null for platform-wide changes). Platform admins read several tenants at once.' })
  tenantId!: string | null;
  @Field(() => ActorKind, { description: 'Kind of caller that made the change.' })
  actorKind!: ActorKind;
  @Field(() => ID, { nullable: true, description: 'Id of the user, API key or contact that made the change (null for system and anonymous callers).' })
  actorId!: string | null;
  @Field(() => String, { description: 'What happened, `<resource>.<verb>`, e.g. `session.login`, `apikey.created`.' })
  action!: string;
  @Field(() => String, { description: 'Type of the changed object, e.g. `User`, `Tenant`, `ApiKey`.' })
  resourceType!: string;
  @Field(() => String, { nullable: true, description: 'Id of the changed object.' })
  resourceId!: string | null;
  @Field(() => JSONObject, { nullable: true, description: 'Changed fields as they were before (secrets shown as `[redacted]`).' })
  before!: Record<string, unknown> | null;
  @Field(() => JSONObject, { nullable: true, description: 'Changed fields as they are after (secrets shown as `[redacted]`).' })
  after!: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: 'IP address the request came from.' })
  ip!: string | null;
  @Field(() => String, { nullable: true, description: 'User agent of the request (first 500 characters).' })
  userAgent!: string | null;
  @Field(() => String, { nullable: true, description: 'Request id (the `x-request-id` response header) — quote it to support.' })
  requestId!: string | null;
  @Field(() => DateTimeISO, { description: 'When the change was committed.' })
  at!: Date;
}

@ObjectType('AuditCount', { simpleResolvers: true, description: 'How many audit entries share one value.' })
export class AuditCountType {
  @Field(() => String, { description: 'The shared value (an action or a resource type).' })
  key!: string;
  @Field(() => Int, { description: 'Number of entries.' })
  count!: number;
}

@ObjectType('AuditStats', { simpleResolvers: true, description: 'Counts of audit entries in a period, most frequent first.' })
export class AuditStatsType {
  @Field(() => Int, { description: 'All entries in the period.' })
  total!: number;
  @Field(() => [AuditCountType], { description: 'Entries per action.' })
  byAction!: AuditCountType[];
  @Field(() => [AuditCountType], { description: 'Entries per resource type.' })
  byResourceType!: AuditCountType[];
}

registerReadModel({
  graphqlType: 'AuditLog',
  entity: AuditLog,
  tenantColumn: 'tenant_id',
  // `actorName` is batched by actor (audit.reads.ts: actorNames).
  extraFields: { actorName: { kind: 'computed', columns: ['actor_kind', 'actor_id'] } },
});
