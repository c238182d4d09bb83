import { Migration } from '@mikro-orm/migrations';

/**
 * Presence (heartbeat-based): `last_seen_at` is the last heartbeat (or availability change) of a
 * staff member; the sweeper marks those silent for too long OFFLINE. `silenced_availability`
 * remembers what they had chosen when the sweeper took them offline, so "went silent" (non-null)
 * and "chose OFFLINE" (null) stay different, and the next heartbeat restores the choice.
 * Both are written with plain SQL by modules/presence (the User entity does not map them).
 */
export class Migration20261122050000_presence extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table users
        add column last_seen_at timestamptz,
        add column silenced_availability text check (silenced_availability in ('ONLINE', 'AWAY', 'BUSY'));`);
    // The sweeper's scan: only users it could still take offline, oldest heartbeat first.
    this.addSql(`create index users_presence_sweep_idx on users (last_seen_at) where availability <> 'OFFLINE' and last_seen_at is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists users_presence_sweep_idx;');
    this.addSql('alter table users drop column if exists silenced_availability, drop column if exists last_seen_at;');
  }
}
