import { Migration } from '@mikro-orm/migrations';

/** A user's avatar (issue 15): an https URL of at most 500 characters, or null (initials are shown). */
export class Migration20261208170000_user_avatar extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table users add column avatar_url text
        constraint users_avatar_url_https check (avatar_url is null or (avatar_url like 'https://%' and char_length(avatar_url) <= 500));
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table users drop column avatar_url;`);
  }
}
