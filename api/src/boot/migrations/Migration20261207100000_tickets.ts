import { Migration } from '@mikro-orm/migrations';

/**
 * Tickets: a per-tenant gap-free number (from `ticket_counters`, whose row is locked by the
 * creating transaction), the lifecycle status, the SLA columns the SLA part fills, and the
 * append-only history `ticket_events` (a trigger refuses UPDATE, and DELETE unless the ticket
 * itself is being deleted — a tenant's or ticket's cascade).
 *
 * Two generated columns exist only to sort with keyset pagination: `priority_rank` (URGENT=4 …
 * LOW=1) and `resolution_due_sort` (resolution_due_at, with "none" as +infinity so it sorts last
 * and a cursor can still name it). Text search is a `simple` tsvector expression index: pg_trgm
 * is not guaranteed to be installable where the API runs.
 */
export class Migration20261207100000_tickets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table ticket_counters (
        tenant_id uuid primary key references tenants (id) on delete cascade,
        last_number integer not null default 0
      );`);
    this.addSql(`
      create table tickets (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        number integer not null check (number > 0),
        subject text not null check (length(subject) between 1 and 300),
        description text check (length(description) <= 20000),
        contact_id uuid references contacts (id) on delete set null,
        conversation_id uuid references conversations (id) on delete set null,
        category text,
        intent text,
        priority text not null default 'MEDIUM' check (priority in ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
        status text not null default 'OPEN' check (status in ('OPEN', 'PENDING', 'ESCALATED', 'RESOLVED', 'CLOSED')),
        queue_id uuid references queues (id) on delete set null,
        assignee_id uuid references users (id) on delete set null,
        tags text[] not null default '{}',
        channel text not null default 'API',
        rag_confidence real,
        auto_resolve_attempts integer not null default 0,
        escalation_context jsonb,
        sla_policy_id uuid,
        first_response_due_at timestamptz,
        next_response_due_at timestamptz,
        resolution_due_at timestamptz,
        first_responded_at timestamptz,
        sla_first_response_state text check (sla_first_response_state in ('ACTIVE', 'AT_RISK', 'BREACHED', 'MET', 'MISSED')),
        sla_next_response_state text check (sla_next_response_state in ('ACTIVE', 'AT_RISK', 'BREACHED', 'MET', 'MISSED')),
        sla_resolution_state text check (sla_resolution_state in ('ACTIVE', 'AT_RISK', 'BREACHED', 'MET', 'MISSED')),
        sla_state text check (sla_state in ('ACTIVE', 'AT_RISK', 'BREACHED', 'MET', 'MISSED')),
        sla_paused_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        resolved_at timestamptz,
        closed_at timestamptz,
        version integer not null default 1,
        priority_rank smallint generated always as (case priority when 'URGENT' then 4 when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end) stored,
        resolution_due_sort timestamptz generated always as (coalesce(resolution_due_at, 'infinity'::timestamptz)) stored,
        unique (tenant_id, number)
      );`);
    // The list's filters and sorts (every one starts with the tenant; id breaks ties for keyset pages).
    this.addSql(`create index tickets_created_idx on tickets (tenant_id, created_at desc, id desc);`);
    this.addSql(`create index tickets_status_idx on tickets (tenant_id, status, created_at desc, id desc);`);
    this.addSql(`create index tickets_assignee_idx on tickets (tenant_id, assignee_id, created_at desc);`);
    this.addSql(`create index tickets_queue_idx on tickets (tenant_id, queue_id, created_at desc);`);
    this.addSql(`create index tickets_updated_idx on tickets (tenant_id, updated_at desc, id desc);`);
    this.addSql(`create index tickets_priority_idx on tickets (tenant_id, priority_rank desc, id desc);`);
    this.addSql(`create index tickets_resolution_due_idx on tickets (tenant_id, resolution_due_sort, id);`);
    this.addSql(`create index tickets_sla_state_idx on tickets (tenant_id, sla_state) where sla_state is not null;`);
    this.addSql(`create index tickets_contact_idx on tickets (tenant_id, contact_id) where contact_id is not null;`);
    this.addSql(`create index tickets_conversation_idx on tickets (conversation_id) where conversation_id is not null;`);
    this.addSql(`create index tickets_tags_idx on tickets using gin (tags);`);
    this.addSql(`create index tickets_text_idx on tickets using gin (to_tsvector('simple', coalesce(subject, '') || ' ' || coalesce(description, '')));`);

    this.addSql(`
      create table ticket_events (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        ticket_id uuid not null references tickets (id) on delete cascade,
        -- The ticket's version this change produced: orders the timeline, one event per version.
        ticket_version integer not null,
        action text not null,
        actor_kind text not null check (actor_kind in ('USER', 'API_KEY', 'RULE', 'SYSTEM', 'CONTACT')),
        actor_id uuid,
        before jsonb,
        after jsonb,
        comment text check (length(comment) <= 20000),
        public boolean not null default false,
        at timestamptz not null default clock_timestamp()
      );`);
    this.addSql(`create unique index ticket_events_ticket_version_uq on ticket_events (ticket_id, ticket_version);`);
    this.addSql(`create index ticket_events_tenant_idx on ticket_events (tenant_id, at desc);`);
    this.addSql(`
      create function ticket_events_append_only() returns trigger language plpgsql as $$
      begin
        -- A cascade from deleting the ticket (or its tenant) may remove the history with it.
        if tg_op = 'DELETE' and not exists (select 1 from tickets where id = old.ticket_id) then
          return old;
        end if;
        raise exception 'ticket_events is append-only (% refused)', tg_op using errcode = 'restrict_violation';
      end $$;`);
    this.addSql(`create trigger ticket_events_append_only before update or delete on ticket_events for each row execute function ticket_events_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists ticket_events, tickets, ticket_counters;');
    this.addSql('drop function if exists ticket_events_append_only();');
  }
}
