import { Migration } from '@mikro-orm/migrations';

/**
 * KPI reads (issue 14): the drill-down (`reportingEvents`) lists a tenant's reporting events newest
 * first with keyset pages on (ended_at, id), with or without a metric; the live "agents online"
 * figure counts a tenant's ONLINE staff. Everything else reads through the reporting tables' own
 * keys and the existing conversation/ticket indexes (docs/performance.md, "KPIs").
 */
export class Migration20261208110000_kpi_reads extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index reporting_events_time_idx on reporting_events (tenant_id, ended_at desc, id desc);`);
    this.addSql(`create index reporting_events_name_page_idx on reporting_events (tenant_id, name, ended_at desc, id desc);`);
    this.addSql(`drop index if exists reporting_events_name_time_idx;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index if not exists reporting_events_name_time_idx on reporting_events (tenant_id, name, ended_at);`);
    this.addSql('drop index if exists reporting_events_name_page_idx;');
    this.addSql('drop index if exists reporting_events_time_idx;');
  }
}
