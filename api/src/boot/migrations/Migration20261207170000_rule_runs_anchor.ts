import { Migration } from '@mikro-orm/migrations';

/**
 * Rules on real tickets: a time-based rule fires once per (rule, ticket, anchor instant). The run
 * row claims that triple (`anchor_at` + a partial unique index), so a timer delivered twice, or
 * scheduled again for the same anchor after it fired, finds the claim and does nothing.
 * `chain` keeps the causal chain the run belonged to (why a rule did or did not act).
 */
export class Migration20261207170000_rule_runs_anchor extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table automation_rule_runs add column anchor_at timestamptz, add column chain jsonb not null default '[]';`);
    this.addSql(`create unique index automation_rule_runs_anchor_uq on automation_rule_runs (rule_id, subject_id, anchor_at) where anchor_at is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists automation_rule_runs_anchor_uq;`);
    this.addSql(`alter table automation_rule_runs drop column if exists anchor_at, drop column if exists chain;`);
  }
}
