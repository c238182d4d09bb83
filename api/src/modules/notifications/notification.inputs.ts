import { Field, ID, InputType } from 'type-graphql';

@InputType('MarkNotificationsReadInput', { description: 'Mark notifications read: name them (`ids`), or all of yours (`all: true`). Exactly one of the two.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'Your notifications to mark read (1–100). Any id that is not one of yours: NOT_FOUND, and nothing is marked.' })
  ids?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'True: every unread notification of yours.' })
  all?: boolean | null;
}
