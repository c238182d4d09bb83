import { Migration } from '@mikro-orm/migrations';

/**
 * Reporting (issue 14). `reporting_events` is append-only: listeners write one row per fact
 * (first_response, reply, resolution, …), never update or delete one; `dedupe_key` makes a listener
 * that runs twice for the same domain event write once. The rollups are folded in the same
 * transaction as the event row, so a 90-day report reads rollups, never raw messages:
 * - `reporting_daily_rollups`: per tenant, the tenant's local day, dimension (TENANT / AGENT / TEAM /
 *   QUEUE / CHANNEL) and its key ('' for TENANT), metric (= event name);
 * - `reporting_hourly_rollups`: per tenant, UTC hour, metric (tenant dimension only: hourly charts).
 * Averages are sum ÷ count everywhere.
 */
export class Migration20261208100000_reporting extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table reporting_events (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references tenants (id) on delete cascade,
        name text not null check (name ~ '^[a-z][a-z_]{0,39}$'),
        value_seconds double precision,
        value_business_seconds double precision,
        started_at timestamptz,
        ended_at timestamptz not null,
        conversation_id uuid,
        ticket_id uuid,
        agent_id uuid,
        team text,
        queue_id uuid,
        channel text,
        attributes jsonb not null default '{}'::jsonb,
        dedupe_key text not null,
        created_at timestamptz not null default now(),
        unique (tenant_id, dedupe_key)
      );`);
    this.addSql(`create index reporting_events_name_time_idx on reporting_events (tenant_id, name, ended_at);`);
    this.addSql(`create index reporting_events_conversation_idx on reporting_events (tenant_id, conversation_id) where conversation_id is not null;`);
    this.addSql(`create index reporting_events_agent_time_idx on reporting_events (tenant_id, agent_id, ended_at) where agent_id is not null;`);
    this.addSql(`
      create table reporting_daily_rollups (
        tenant_id uuid not null references tenants (id) on delete cascade,
        day date not null,
        dimension text not null check (dimension in ('TENANT', 'AGENT', 'TEAM', 'QUEUE', 'CHANNEL')),
        dimension_key text not null default '',
        metric text not null,
        count bigint not null default 0,
        sum_seconds double precision not null default 0,
        sum_business_seconds double precision not null default 0,
        primary key (tenant_id, metric, dimension, dimension_key, day)
      );`);
    this.addSql(`
      create table reporting_hourly_rollups (
        tenant_id uuid not null references tenants (id) on delete cascade,
        hour timestamptz not null,
        metric text not null,
        count bigint not null default 0,
        sum_seconds double precision not null default 0,
        sum_business_seconds double precision not null default 0,
        primary key (tenant_id, metric, hour)
      );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists reporting_hourly_rollups;');
    this.addSql('drop table if exists reporting_daily_rollups;');
    this.addSql('drop table if exists reporting_events;');
  }
}
