import { Migration } from '@mikro-orm/migrations';

/**
 * What the reporting listeners remember between domain events (issue 14), so that each listener
 * decides from one small read instead of walking a conversation's messages:
 * - `reporting_conversations`: per conversation, its resolution cycle, the instant the first
 *   response of the cycle is measured from (the later of the cycle's start and the last bot
 *   hand-off), since when the customer waits for a human, who handled it, and what rules out
 *   first-contact resolution. `version` + 1 on every write: a listener writes only if nobody wrote
 *   since it read (optimistic, in the same statement as its reporting_events rows), else re-reads.
 * - `reporting_open_spans`: per staff user, the availability span still open (ONLINE / AWAY / BUSY
 *   since when); the next availability change closes it into agent_online / agent_away / agent_busy rows.
 */
export class Migration20261208100500_reporting_state extends Migration {
  override async up(): Promise<void> {
    // Metric names may carry digits (ai_resolved_72h); the check stays otherwise as it was.
    this.addSql(`alter table reporting_events drop constraint reporting_events_name_check;`);
    this.addSql(`alter table reporting_events add constraint reporting_events_name_check check (name ~ '^[a-z][a-z0-9_]{0,39}$');`);
    this.addSql(`
      create table reporting_conversations (
        tenant_id uuid not null references tenants (id) on delete cascade,
        conversation_id uuid not null references conversations (id) on delete cascade,
        version integer not null,
        state jsonb not null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, conversation_id)
      );`);
    this.addSql(`
      create table reporting_open_spans (
        tenant_id uuid not null references tenants (id) on delete cascade,
        user_id uuid not null references users (id) on delete cascade,
        version integer not null,
        availability text not null check (availability in ('ONLINE', 'AWAY', 'BUSY', 'OFFLINE')),
        started_at timestamptz not null,
        primary key (tenant_id, user_id)
      );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists reporting_open_spans;');
    this.addSql('drop table if exists reporting_conversations;');
    this.addSql(`alter table reporting_events drop constraint reporting_events_name_check;`);
    this.addSql(`alter table reporting_events add constraint reporting_events_name_check check (name ~ '^[a-z][a-z_]{0,39}$');`);
  }
}
