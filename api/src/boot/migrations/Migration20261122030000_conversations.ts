import { Migration } from '@mikro-orm/migrations';

/**
 * Live chat: queues, conversations, messages with a gap-free per-conversation `seq` (the replay
 * cursor), canned responses. Enums are text + CHECK.
 */
export class Migration20261122030000_conversations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table queues (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        name text not null check (length(name) between 1 and 100),
        routing_policy text not null default 'LEAST_LOADED' check (routing_policy in ('LEAST_LOADED', 'ROUND_ROBIN')),
        is_default boolean not null default false,
        last_assigned_user_id uuid references users (id) on delete set null,
        created_at timestamptz not null default now(),
        unique (tenant_id, name)
      );`);
    this.addSql(`create unique index queues_one_default_uq on queues (tenant_id) where is_default;`);
    this.addSql(`
      create table queue_members (
        queue_id uuid not null references queues (id) on delete cascade,
        user_id uuid not null references users (id) on delete cascade,
        primary key (queue_id, user_id)
      );`);

    this.addSql(`
      create table conversations (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        contact_id uuid not null references contacts (id) on delete cascade,
        channel text not null default 'WIDGET' check (channel in ('WIDGET', 'API', 'EMAIL')),
        status text not null default 'BOT' check (status in ('BOT', 'WAITING', 'OPEN', 'RESOLVED', 'CLOSED')),
        handler text not null default 'AI' check (handler in ('AI', 'HUMAN')),
        assignee_id uuid references users (id) on delete set null,
        queue_id uuid references queues (id) on delete set null,
        priority text not null default 'MEDIUM' check (priority in ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
        subject text,
        last_seq integer not null default 0,
        last_message_at timestamptz,
        first_response_at timestamptz,
        waiting_since timestamptz,
        resolved_at timestamptz,
        reopen_count integer not null default 0,
        ai_failed_attempts integer not null default 0,
        ip text,
        user_agent text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create index conversations_tenant_updated_idx on conversations (tenant_id, updated_at desc, id desc);`);
    this.addSql(`create index conversations_tenant_status_idx on conversations (tenant_id, status, updated_at desc);`);
    this.addSql(`create index conversations_assignee_idx on conversations (tenant_id, assignee_id, status);`);
    this.addSql(`create index conversations_waiting_idx on conversations (tenant_id, queue_id, waiting_since) where status = 'WAITING';`);
    this.addSql(`create index conversations_contact_idx on conversations (tenant_id, contact_id, created_at desc);`);

    this.addSql(`
      create table messages (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        conversation_id uuid not null references conversations (id) on delete cascade,
        seq integer not null,
        author text not null check (author in ('CUSTOMER', 'AI', 'AGENT', 'SYSTEM')),
        author_user_id uuid references users (id) on delete set null,
        author_contact_id uuid references contacts (id) on delete set null,
        body text not null check (length(body) between 1 and 10000),
        private boolean not null default false,
        citations jsonb,
        confidence real,
        client_message_id text,
        created_at timestamptz not null default now(),
        unique (conversation_id, seq),
        unique (conversation_id, client_message_id)
      );`);

    this.addSql(`
      create table canned_responses (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        user_id uuid references users (id) on delete cascade,
        shortcut text not null check (shortcut ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
        body text not null check (length(body) between 1 and 5000),
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index canned_responses_shortcut_uq on canned_responses (tenant_id, coalesce(user_id, '00000000-0000-0000-0000-000000000000'::uuid), shortcut);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists canned_responses, messages, conversations, queue_members, queues;');
  }
}
