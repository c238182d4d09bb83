import { Migration } from '@mikro-orm/migrations';

/**
 * Canned responses get an optional title (what the response is for, shown on the Canned
 * responses page and in the console's `/` picker); the shortcut stays what agents type.
 */
export class Migration20261207050000_canned_titles extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table canned_responses add column title text null check (length(title) between 1 and 120);`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table canned_responses drop column if exists title;');
  }
}
