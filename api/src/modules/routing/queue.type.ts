import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { Queue, RoutingPolicy } from './queue.entity.js';

registerEnumType(RoutingPolicy, {
  name: 'RoutingPolicy',
  description: 'How a queue picks the agent for the next conversation.',
  valuesConfig: {
    LEAST_LOADED: { description: 'The eligible agent with the fewest open conversations (ties: whoever got one least recently).' },
    ROUND_ROBIN: { description: 'Eligible agents in turn, by display name.' },
  },
});

@ObjectType('Queue', { simpleResolvers: true, description: 'Where conversations that need a human wait; its members are the agents it routes to (all ONLINE agents when it has none).' })
export class QueueType {
  @Field(() => ID, { description: 'Queue id (UUID).' })
  id!: string;
  @Field(() => String, { description: 'Name, unique within the tenant.' })
  name!: string;
  @Field(() => RoutingPolicy, { description: 'How the next agent is chosen.' })
  routingPolicy!: RoutingPolicy;
  @Field(() => Boolean, { description: 'Conversations handed to humans without a named queue wait here.' })
  isDefault!: boolean;
  @Field(() => DateTimeISO, { description: 'When the queue was created.' })
  createdAt!: Date;
  // waitingCount and memberIds: field resolvers (routing.resolver.ts), batched per request.
}

registerReadModel({
  graphqlType: 'Queue',
  entity: Queue,
  tenantColumn: 'tenant_id',
  // The batched field resolvers key their look-ups by (tenant, queue): the row carries tenant_id.
  extraFields: {
    waitingCount: { kind: 'computed', columns: ['tenant_id'] },
    memberIds: { kind: 'computed', columns: ['tenant_id'] },
  },
});

@ObjectType('QueuePosition', { simpleResolvers: true, description: 'Where your conversation stands in its queue.' })
export class QueuePositionType {
  @Field(() => Boolean, { description: 'True while the conversation waits for an agent; false once it has one (or left the queue): the last event.' })
  waiting!: boolean;
  @Field(() => Int, { nullable: true, description: '1 = next to be served; null when no longer waiting.' })
  position!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rough wait in seconds (position × median handle time ÷ agents online); null without history or when no longer waiting.' })
  estimatedWaitSeconds!: number | null;
  @Field(() => Boolean, { description: 'True when nobody will come soon (outside business hours, or no agent of the queue online): show `awayMessage` and offer to leave an e-mail address rather than a place in line.' })
  nobodyAvailable!: boolean;
  @Field(() => String, { nullable: true, description: 'The tenant’s away message while `nobodyAvailable`; null otherwise.' })
  awayMessage!: string | null;
}
