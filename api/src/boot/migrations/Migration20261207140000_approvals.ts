import { Migration } from '@mikro-orm/migrations';

/**
 * Approvals: a person (or the assistant, or an API key) proposes an action — a refund, a
 * cancellation, an exception — and someone with `approvals.decide` approves, rejects or escalates
 * it. `approval_events` is the history: one row per change, written in the same transaction,
 * never updated (a trigger refuses updates). `ticket_id` has no foreign key yet: the tickets
 * table arrives with the tickets module, which adds it.
 */
export class Migration20261207140000_approvals extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table approval_requests (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        number integer not null check (number > 0),
        kind text not null check (kind in ('REFUND', 'CANCELLATION', 'EXCEPTION', 'OTHER')),
        summary text not null check (length(summary) between 1 and 200),
        proposed_action text not null check (length(proposed_action) between 1 and 2000),
        amount numeric(14, 2) null check (amount >= 0),
        currency text null check (currency ~ '^[A-Z]{3}$'),
        priority text not null default 'MEDIUM' check (priority in ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
        urgency text not null default 'NORMAL' check (urgency in ('LOW', 'NORMAL', 'HIGH')),
        status text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED', 'ESCALATED')),
        conversation_id uuid null references conversations (id) on delete set null,
        ticket_id uuid null,
        requested_by_kind text not null check (requested_by_kind in ('USER', 'ASSISTANT', 'API_KEY')),
        requested_by_id uuid null,
        requester_id uuid null references users (id) on delete set null,
        approver_id uuid null references users (id) on delete set null,
        decided_by_id uuid null references users (id) on delete set null,
        decision_reason text null check (length(decision_reason) <= 2000),
        decided_at timestamptz null,
        escalated_to_id uuid null references users (id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        unique (tenant_id, number),
        check ((amount is null) = (currency is null))
      );`);
    this.addSql(`create index approval_requests_created on approval_requests (tenant_id, created_at, id);`);
    this.addSql(`create index approval_requests_open_by_approver on approval_requests (tenant_id, approver_id) where status in ('PENDING', 'ESCALATED');`);
    this.addSql(`create index approval_requests_conversation on approval_requests (conversation_id) where conversation_id is not null;`);
    this.addSql(`create index approval_requests_ticket on approval_requests (tenant_id, ticket_id) where ticket_id is not null;`);
    this.addSql(`
      create table approval_events (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        approval_id uuid not null references approval_requests (id) on delete cascade,
        action text not null check (action in ('REQUESTED', 'APPROVED', 'REJECTED', 'ESCALATED', 'REASSIGNED')),
        actor_kind text not null check (actor_kind in ('USER', 'ASSISTANT', 'API_KEY')),
        actor_id uuid null,
        from_user_id uuid null,
        to_user_id uuid null,
        reason text null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index approval_events_by_approval on approval_events (approval_id, created_at, id);`);
    // History is appended, never rewritten (user ids in it are plain values, no FK to set null).
    this.addSql(`
      create function approval_events_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'approval_events rows are never updated';
      end $$;`);
    this.addSql(`create trigger approval_events_no_update before update on approval_events for each row execute function approval_events_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists approval_events, approval_requests;');
    this.addSql('drop function if exists approval_events_append_only();');
  }
}
