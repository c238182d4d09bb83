import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { MailKind, MailStatus, OutboxMessage } from './outbox-message.entity.js';

registerEnumType(MailStatus, {
  name: 'MailStatus',
  description: 'Where an outgoing e-mail stands.',
  valuesConfig: {
    STORED: { description: 'No SMTP server is configured (SMTP_URL): the mail is kept here and nothing is sent.' },
    QUEUED: { description: 'Waiting for a delivery attempt (retried with back-off after a failure).' },
    SENT: { description: 'The SMTP server accepted it.' },
    FAILED: { description: 'Delivery gave up after repeated failures; `lastError` says why.' },
  },
});
registerEnumType(MailKind, {
  name: 'MailKind',
  description: 'What an outgoing e-mail is for.',
  valuesConfig: {
    INVITATION: { description: 'An invitation to join a tenant (link to /accept).' },
    PASSWORD_RESET: { description: 'A password-reset link (valid 1 hour).' },
    NOTIFICATION: { description: 'One notification sent by e-mail (e.g. a meeting reminder).' },
    NOTIFICATION_DIGEST: { description: 'Several notifications in one e-mail.' },
    TICKET_REPLY: { description: 'A public ticket reply sent to the customer by e-mail.' },
  },
});

@ObjectType('OutboxMessage', { simpleResolvers: true, description: 'An outgoing e-mail (admins: `outboxMessages`).' })
export class OutboxMessageType {
  @Field(() => ID, { description: 'Outbox message id (UUID).' })
  id!: string;
  @Field(() => ID, { nullable: true, description: 'Its tenant; null for platform mails (platform admins only see those).' })
  tenantId!: string | null;
  @Field(() => String, { description: 'Recipient address.' })
  to!: string;
  @Field(() => String, { nullable: true, description: 'Sender address (MAIL_FROM), filled in when it is sent or stored.' })
  from!: string | null;
  @Field(() => String, { description: 'Subject line.' })
  subject!: string;
  // text, html: field resolvers (outbox.resolver.ts) opening the sealed columns.
  @Field(() => MailKind, { description: 'What it is for.' })
  kind!: MailKind;
  @Field(() => MailStatus, { description: 'Where it stands.' })
  status!: MailStatus;
  @Field(() => Int, { description: 'Delivery attempts so far.' })
  attempts!: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (the SMTP server’s answer).' })
  lastError!: string | null;
  @Field(() => String, { nullable: true, description: 'Message-ID given by the SMTP server once sent.' })
  messageId!: string | null;
  @Field(() => DateTimeISO, { description: 'When it was written.' })
  createdAt!: Date;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the SMTP server accepted it.' })
  sentAt!: Date | null;
}

/** A planned row: the GraphQL fields plus the sealed columns when `text` / `html` are selected. */
export type OutboxMessageRow = Partial<OutboxMessageType> & { id: string; text_sealed?: string; html_sealed?: string | null };

registerReadModel({
  graphqlType: 'OutboxMessage',
  entity: OutboxMessage,
  tenantColumn: 'tenant_id',
  extraFields: { text: { kind: 'computed', columns: ['text_sealed'] }, html: { kind: 'computed', columns: ['html_sealed'] } },
});
