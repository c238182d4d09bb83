import { Migration } from '@mikro-orm/migrations';

/**
 * In-app notifications: one row per recipient (a staff user of the tenant). Read newest first per
 * user (keyset on created_at, id); the unread count uses the partial index.
 */
export class Migration20261207130000_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table notifications (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        user_id uuid not null references users (id) on delete cascade,
        kind text not null check (kind ~ '^[A-Z][A-Z_]{0,39}$'),
        title text not null check (length(title) between 1 and 200),
        body text not null default '' check (length(body) <= 1000),
        subject_kind text check (subject_kind in ('TICKET', 'CONVERSATION', 'APPROVAL')),
        subject_id uuid,
        read_at timestamptz,
        created_at timestamptz not null default now(),
        check ((subject_kind is null) = (subject_id is null))
      );`);
    this.addSql(`create index notifications_user_created_idx on notifications (tenant_id, user_id, created_at desc, id desc);`);
    this.addSql(`create index notifications_user_unread_idx on notifications (tenant_id, user_id) where read_at is null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists notifications;');
  }
}
