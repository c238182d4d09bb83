import { Migration } from '@mikro-orm/migrations';

/**
 * Per-tenant calibration of the assistant's hand-off (issue 16). Each row is one calibration of a
 * tenant's published knowledge: the threshold on the retrieval evidence that hands off the target
 * share of unanswerable probes with the fewest answerable ones, the whole curve, every probe with
 * its score, the counts and the knowledge version it was computed for. The last few are kept (the
 * job deletes older ones) so the admin page can say what changed.
 *
 * assistant_turns gains what the online path decided from each side: the model's
 * `answered_from_sources` verdict and whether the calibrated evidence alone would have answered,
 * with the threshold in force, so a tenant with a key can see how often they disagreed.
 */
export class Migration20261209160000_knowledge_calibrations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table knowledge_calibrations (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants (id) on delete cascade,
      created_at timestamptz not null default now(),
      finished_at timestamptz,
      status text not null check (status in ('CALIBRATING', 'READY', 'NOT_ENOUGH_KNOWLEDGE', 'FAILED')),
      target real not null,
      threshold double precision,
      curve jsonb not null default '[]',
      probes jsonb not null default '[]',
      counts jsonb not null default '{}',
      knowledge_version text,
      documents jsonb not null default '[]',
      took_ms int,
      error text
    );`);
    this.addSql(`create index knowledge_calibrations_tenant_idx on knowledge_calibrations (tenant_id, created_at desc);`);
    // Existing tenants: AUTO with the default target (keys already present win).
    this.addSql(`update tenants set assistant = '{"handoffMode": "AUTO", "coverageTarget": 0.9}'::jsonb || assistant;`);
    this.addSql(`alter table assistant_turns
      add column model_answered_from_sources boolean,
      add column evidence_answerable boolean,
      add column evidence_score double precision,
      add column evidence_threshold double precision;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists knowledge_calibrations;');
    this.addSql('alter table assistant_turns drop column if exists model_answered_from_sources, drop column if exists evidence_answerable, drop column if exists evidence_score, drop column if exists evidence_threshold;');
  }
}
