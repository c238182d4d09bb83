import { Migration } from '@mikro-orm/migrations';

/**
 * A range read of meetings (`meetings(from, to)`) keeps the series that start before `to` and end
 * after `from`. meetings_range_idx (tenant_id, starts_at) bounds only the first half: for a window
 * in the present or future it walks every past meeting of the tenant (all 3,000 of the lists
 * bench's conversation for a window of 50). This index bounds the second half, endless series
 * (series_ends_at null) sorting last; PostgreSQL uses whichever bound is narrower.
 */
export class Migration20261214110000_meetings_series_end extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index meetings_series_end_idx on meetings (tenant_id, (coalesce(series_ends_at, 'infinity'::timestamptz)));`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists meetings_series_end_idx;');
  }
}
