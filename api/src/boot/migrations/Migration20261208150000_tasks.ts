import { Migration } from '@mikro-orm/migrations';

/**
 * Tasks (issue 15): a status lifecycle (TODO → IN_PROGRESS → REVIEW → DONE, CANCELLED), an
 * assignee and creator, a due time, tags, links to a ticket / meeting / conversation, and a board
 * position. `meeting_id` has no foreign key here (the meetings table is another module's);
 * `source_key` makes automatic tasks (a scheduled callback's) exist once per source.
 *
 * Generated sort keys for keyset pages: `priority_rank` (URGENT=4 … LOW=1) and `due_sort` (due_at,
 * "none" as +infinity so it sorts last and a cursor can still name it).
 *
 * Notifications may now be about a TASK: the subject kind's closed list moves to the application
 * (NotificationSubjectKind) and the column keeps only the shape, so modules can add kinds without
 * racing each other's migrations.
 */
export class Migration20261208150000_tasks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table tasks (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        title text not null check (length(title) between 1 and 200),
        description text check (length(description) <= 20000),
        status text not null default 'TODO' check (status in ('TODO', 'IN_PROGRESS', 'REVIEW', 'DONE', 'CANCELLED')),
        priority text not null default 'MEDIUM' check (priority in ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
        assignee_id uuid references users (id) on delete set null,
        created_by_id uuid references users (id) on delete set null,
        creator_kind text not null default 'USER' check (creator_kind in ('USER', 'API_KEY', 'SYSTEM')),
        creator_api_key_id uuid,
        due_at timestamptz,
        tags text[] not null default '{}',
        ticket_id uuid references tickets (id) on delete set null,
        meeting_id uuid,
        conversation_id uuid references conversations (id) on delete set null,
        position double precision not null default 0,
        source_key text,
        completed_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        priority_rank smallint generated always as (case priority when 'URGENT' then 4 when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end) stored,
        due_sort timestamptz generated always as (coalesce(due_at, 'infinity'::timestamptz)) stored,
        unique (tenant_id, source_key)
      );`);
    this.addSql(`create index tasks_created_idx on tasks (tenant_id, created_at desc, id desc);`);
    this.addSql(`create index tasks_position_idx on tasks (tenant_id, position, id);`);
    this.addSql(`create index tasks_updated_idx on tasks (tenant_id, updated_at desc, id desc);`);
    this.addSql(`create index tasks_due_idx on tasks (tenant_id, due_sort, id);`);
    this.addSql(`create index tasks_priority_idx on tasks (tenant_id, priority_rank desc, id desc);`);
    this.addSql(`create index tasks_assignee_idx on tasks (tenant_id, assignee_id, status);`);
    this.addSql(`create index tasks_open_due_idx on tasks (tenant_id, due_at) where status not in ('DONE', 'CANCELLED') and due_at is not null;`);
    this.addSql(`create index tasks_ticket_idx on tasks (tenant_id, ticket_id) where ticket_id is not null;`);
    this.addSql(`create index tasks_meeting_idx on tasks (tenant_id, meeting_id) where meeting_id is not null;`);
    this.addSql(`create index tasks_conversation_idx on tasks (tenant_id, conversation_id) where conversation_id is not null;`);
    this.addSql(`create index tasks_tags_idx on tasks using gin (tags);`);

    this.addSql(`alter table notifications drop constraint if exists notifications_subject_kind_check;`);
    this.addSql(`alter table notifications add constraint notifications_subject_kind_check check (subject_kind ~ '^[A-Z][A-Z_]{0,39}$');`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists tasks;');
  }
}
