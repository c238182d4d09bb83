import { Field, InputType } from 'type-graphql';
import { Availability } from '../users/user.entity.js';
import '../users/user.type.js'; // registers the Availability enum

@InputType('SetAvailabilityInput', { description: 'Choose your availability for new conversations.' })
export class SetAvailabilityInput {
  @Field(() => Availability, { description: 'ONLINE, AWAY, BUSY, or OFFLINE (stays OFFLINE across heartbeats until you choose again).' })
  availability!: Availability;
}
