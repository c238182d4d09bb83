import { Field, InputType } from 'type-graphql';
import { MailKind, MailStatus } from './outbox-message.entity.js';

@InputType('OutboxMessageFilter', { description: 'Narrow the outbox.' })
export class OutboxMessageFilter {
  @Field(() => MailStatus, { nullable: true, description: 'Only mails with this status.' })
  status?: MailStatus | null;
  @Field(() => MailKind, { nullable: true, description: 'Only mails of this kind.' })
  kind?: MailKind | null;
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on the recipient address.' })
  to?: string | null;
}
