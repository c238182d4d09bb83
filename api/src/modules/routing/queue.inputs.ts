import { Field, ID, InputType } from 'type-graphql';
import { RoutingPolicy } from './queue.entity.js';
import { IDEMPOTENCY_KEY } from '../../idempotency/idempotency.js';

@InputType('CreateQueueInput', { description: 'Add a queue to your tenant.' })
export class CreateQueueInput {
  @Field(() => String, { description: '1–100 characters, unique within the tenant.' })
  name!: string;
  @Field(() => RoutingPolicy, { nullable: true, description: 'Default LEAST_LOADED.' })
  routingPolicy?: RoutingPolicy | null;
  @Field(() => [ID], { nullable: true, description: 'Agents and managers it routes to; none = every ONLINE agent of the tenant.' })
  memberIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Make it the default queue (the previous default stops being one).' })
  isDefault?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Platform admins: the tenant to add the queue to.' })
  tenantId?: string | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType('UpdateQueueInput', { description: 'Change a queue; omitted fields stay as they are.' })
export class UpdateQueueInput {
  @Field(() => ID, { description: 'The queue to change.' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'New name, 1–100 characters, unique within the tenant.' })
  name?: string | null;
  @Field(() => RoutingPolicy, { nullable: true, description: 'New routing policy; applies to the next assignment.' })
  routingPolicy?: RoutingPolicy | null;
  @Field(() => Boolean, { nullable: true, description: 'true makes it the default queue. A tenant always has one default: make another queue the default instead of passing false.' })
  isDefault?: boolean | null;
}

@InputType('SetQueueMembersInput', { description: 'Replace the members of a queue.' })
export class SetQueueMembersInput {
  @Field(() => ID, { description: 'The queue whose members to replace.' })
  queueId!: string;
  @Field(() => [ID], { description: 'Agents and managers of the tenant; an empty list routes to every ONLINE agent.' })
  memberIds!: string[];
}
