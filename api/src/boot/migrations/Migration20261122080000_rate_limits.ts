import { Migration } from '@mikro-orm/migrations';

/**
 * Fixed-window rate-limit counters shared by every API instance (PostgreSQL is the one place
 * they all see): the public widget's sessions per IP and messages per contact. One row per key
 * and window; old windows are pruned by the limiter itself.
 */
export class Migration20261122080000_rate_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table rate_limit_hits (
        key text not null check (length(key) <= 300),
        window_start timestamptz not null,
        hits integer not null default 1,
        primary key (key, window_start)
      );`);
    this.addSql(`create index rate_limit_hits_window_idx on rate_limit_hits (window_start);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists rate_limit_hits;');
  }
}
