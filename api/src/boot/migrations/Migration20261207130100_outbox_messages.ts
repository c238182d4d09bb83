import { Migration } from '@mikro-orm/migrations';

/**
 * Outgoing e-mail. Every mail is a row first (written in the transaction of the change that
 * caused it); a SEND_MAIL job delivers it through SMTP when one is configured, else the row stays
 * STORED and the outbox is the destination. Text and HTML are sealed (AES-GCM, ENCRYPTION_KEY):
 * invitations and resets carry one-time tokens, which are never stored in clear.
 */
export class Migration20261207130100_outbox_messages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table outbox_messages (
        id uuid primary key,
        tenant_id uuid references tenants (id) on delete cascade,
        to_address text not null check (length(to_address) between 3 and 320),
        from_address text check (length(from_address) <= 320),
        subject text not null check (length(subject) between 1 and 300),
        text_sealed text not null,
        html_sealed text,
        kind text not null check (kind ~ '^[A-Z][A-Z_]{0,39}$'),
        status text not null default 'QUEUED' check (status in ('STORED', 'QUEUED', 'SENT', 'FAILED')),
        attempts integer not null default 0,
        last_error text,
        message_id text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        sent_at timestamptz
      );`);
    this.addSql(`create index outbox_messages_tenant_created_idx on outbox_messages (tenant_id, created_at desc, id desc);`);
    this.addSql(`create index outbox_messages_created_idx on outbox_messages (created_at desc, id desc);`);
    this.addSql(`create index outbox_messages_queued_idx on outbox_messages (updated_at) where status = 'QUEUED';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists outbox_messages;');
  }
}
