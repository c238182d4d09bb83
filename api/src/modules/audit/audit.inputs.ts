import { Field, ID, InputType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { ActorKind } from './audit-log.entity.js';

@InputType('AuditLogFilter', { description: 'Narrow the audit log; all given conditions must hold.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only changes by this user, API key or contact.' })
  actorId?: string;
  @Field(() => ActorKind, { nullable: true, description: 'Only changes by this kind of caller.' })
  actorKind?: ActorKind;
  @Field(() => String, { nullable: true, description: 'Exact action, e.g. `apikey.created`.' })
  action?: string;
  @Field(() => String, { nullable: true, description: 'Exact resource type, e.g. `ApiKey`.' })
  resourceType?: string;
  @Field(() => String, { nullable: true, description: 'Only changes to this object.' })
  resourceId?: string;
  @Field(() => DateTimeISO, { nullable: true, description: 'At or after this instant.' })
  from?: Date;
  @Field(() => DateTimeISO, { nullable: true, description: 'Before this instant.' })
  to?: Date;
}
