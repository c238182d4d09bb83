import { Migration } from '@mikro-orm/migrations';

/** A partner key's own budget (issue 17): points per hour, or null for the API-key default. */
export class Migration20261209100000_api_key_budget extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table api_keys add column points_per_hour integer
        constraint api_keys_points_per_hour_range check (points_per_hour is null or points_per_hour between 100 and 1000000000);
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table api_keys drop column points_per_hour;`);
  }
}
