// GraphQL shape of presence: who of the tenant's staff is online, away, busy or offline, and when
// each was last heard from. Rows are plain objects read with one SQL statement (presence.service.ts).
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { Availability } from '../users/user.entity.js';
import '../users/user.type.js'; // registers the Availability enum

@ObjectType('Presence', { simpleResolvers: true, description: 'Whether a staff member is available, and when they were last heard from.' })
export class PresenceType {
  @Field(() => ID, { description: 'The staff member (User id).' })
  userId!: string;
  @Field(() => String, { description: 'Name shown to colleagues.' })
  displayName!: string;
  @Field(() => Availability, {
    description: 'Availability now. OFFLINE either because they chose it or because their console went silent for 60 s; their next heartbeat restores what they had chosen.',
  })
  availability!: Availability;
  @Field(() => DateTimeISO, { nullable: true, description: 'Last heartbeat (or availability change); null if they never opened the console.' })
  lastSeenAt!: Date | null;
}

@ObjectType('PresencePayload', { simpleResolvers: true, description: 'Your presence after the call.' })
export class PresencePayload {
  @Field(() => PresenceType, { description: 'Your presence as it is now.' })
  presence!: PresenceType;
}
