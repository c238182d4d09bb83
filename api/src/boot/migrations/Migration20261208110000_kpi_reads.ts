import { Migration } from '@mikro-orm/migrations';

/**
 * KPI reads (issue 14): the drill-down (`reportingEvents`) lists a tenant's reporting events newest
 * first with keyset pages on (ended_at, id), with or without a metric (the metric index replaces
 * `reporting_events_name_time_idx`, whose columns it starts with); CSAT shares read a period's
 * ratings from a partial covering index. Everything else reads the rollups' primary keys and the
 * existing conversation, ticket and user indexes (docs/performance.md, issue 14).
 */
export class Migration20261208110000_kpi_reads extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index reporting_events_time_idx on reporting_events (tenant_id, ended_at desc, id desc);`);
    this.addSql(`create index reporting_events_name_page_idx on reporting_events (tenant_id, name, ended_at desc, id desc);`);
    this.addSql(`drop index if exists reporting_events_name_time_idx;`);
    // CSAT shares need each rating (not in the rollups): an index-only scan over a period's ratings.
    this.addSql(`create index reporting_events_csat_idx on reporting_events (tenant_id, ended_at) include (agent_id, team, attributes) where name = 'csat_received';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists reporting_events_csat_idx;');
    this.addSql(`create index if not exists reporting_events_name_time_idx on reporting_events (tenant_id, name, ended_at);`);
    this.addSql('drop index if exists reporting_events_name_page_idx;');
    this.addSql('drop index if exists reporting_events_time_idx;');
  }
}
