import { Migration } from '@mikro-orm/migrations';

/**
 * CSAT (issue 14): the tenant's survey setting (`tenants.csat`: enabled, question, scale labels) and
 * one `csat_responses` row per conversation resolution cycle. The cycle is the conversation's
 * `reopen_count` when it was rated: a reopened and again resolved conversation may be rated again,
 * a second rating of the same cycle is refused by the unique key.
 */
export class Migration20261208120000_csat extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table tenants add column csat jsonb not null default '{"enabled": true, "question": "How would you rate this conversation?", "lowLabel": "Very dissatisfied", "highLabel": "Very satisfied"}'::jsonb;`);
    this.addSql(`
      create table csat_responses (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        conversation_id uuid not null references conversations (id) on delete cascade,
        contact_id uuid not null references contacts (id) on delete cascade,
        resolution_cycle integer not null check (resolution_cycle >= 0),
        rating smallint not null check (rating between 1 and 5),
        comment text check (char_length(comment) <= 1000),
        agent_id uuid references users (id) on delete set null,
        ai_only boolean not null,
        created_at timestamptz not null,
        unique (conversation_id, resolution_cycle)
      );`);
    this.addSql(`create index csat_responses_tenant_time_idx on csat_responses (tenant_id, created_at);`);
    this.addSql(`create index csat_responses_agent_time_idx on csat_responses (tenant_id, agent_id, created_at) where agent_id is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists csat_responses;`);
    this.addSql(`alter table tenants drop column if exists csat;`);
  }
}
