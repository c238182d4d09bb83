import { Migration } from '@mikro-orm/migrations';
import { defaultProvisioningSql } from '../../modules/automation/automation.provisioning.js';

/**
 * Automation rules (trigger, conditions and actions as validated JSON, see
 * modules/automation/rule-language.ts) and their run history; every existing tenant gets the five
 * default rules and the queues they route to (new tenants get them when provisioned).
 */
export class Migration20261207120000_automation_rules extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table automation_rules (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        name text not null check (length(name) between 1 and 100),
        description text check (length(description) <= 1000),
        enabled boolean not null default true,
        position integer not null,
        stop_processing boolean not null default false,
        trigger jsonb not null check (jsonb_typeof(trigger) = 'object'),
        conditions jsonb not null check (jsonb_typeof(conditions) = 'object'),
        actions jsonb not null check (jsonb_typeof(actions) = 'array'),
        created_by_id uuid references users (id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create index automation_rules_order_idx on automation_rules (tenant_id, position, id);`);
    this.addSql(`
      create table automation_rule_runs (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        rule_id uuid not null references automation_rules (id) on delete cascade,
        subject_kind text not null check (subject_kind in ('TICKET', 'CONVERSATION')),
        subject_id uuid not null,
        trigger text not null,
        matched boolean not null,
        actions_applied jsonb not null default '[]',
        at timestamptz not null default now()
      );`);
    this.addSql(`create index automation_rule_runs_rule_idx on automation_rule_runs (tenant_id, rule_id, at desc);`);
    this.addSql(`create index automation_rule_runs_subject_idx on automation_rule_runs (tenant_id, subject_kind, subject_id, at desc);`);
    for (const sql of defaultProvisioningSql('select id from tenants')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists automation_rule_runs;');
    this.addSql('drop table if exists automation_rules;');
  }
}
