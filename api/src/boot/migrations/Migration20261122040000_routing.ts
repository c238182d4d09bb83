import { Migration } from '@mikro-orm/migrations';

/**
 * Routing: the assignment history (who got which conversation, when, automatically or by hand).
 * It answers "who got a conversation least recently" (least-loaded tie-break) and "when did a
 * human first get it" (handle time for the queue-position estimate) without touching the
 * conversation row. Rows are inserted with raw SQL inside the assigning transaction, possibly
 * before the ORM has flushed a new conversation or queue: those foreign keys are checked at commit.
 */
export class Migration20261122040000_routing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table conversation_assignments (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        conversation_id uuid not null references conversations (id) on delete cascade deferrable initially deferred,
        user_id uuid references users (id) on delete set null,
        queue_id uuid references queues (id) on delete set null deferrable initially deferred,
        via text not null check (via in ('AUTO', 'MANUAL')),
        assigned_at timestamptz not null default clock_timestamp()
      );`);
    this.addSql(`create index conversation_assignments_user_idx on conversation_assignments (tenant_id, user_id, assigned_at desc);`);
    this.addSql(`create index conversation_assignments_conversation_idx on conversation_assignments (conversation_id, assigned_at);`);
    // Queue-position estimate: the tenant's most recently resolved conversations.
    this.addSql(`create index conversations_resolved_idx on conversations (tenant_id, resolved_at desc) where resolved_at is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists conversations_resolved_idx;');
    this.addSql('drop table if exists conversation_assignments;');
  }
}
