import { Migration } from '@mikro-orm/migrations';

/**
 * Idempotency keys of retry-safe create mutations (api/src/idempotency): one row per caller and
 * key, claimed and answered in the transaction of the change itself, so a retry after a lost
 * answer finds the committed result instead of creating a second object. Rows older than a day
 * are reclaimed on their next use and pruned in bulk by `pruneIdempotencyKeys`.
 */
export class Migration20261207030000_idempotency_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table idempotency_keys (
        caller text not null check (length(caller) <= 100),
        key text not null check (length(key) between 1 and 100),
        tenant_id uuid references tenants (id) on delete cascade,
        operation text not null,
        request_hash text not null,
        result jsonb,
        created_at timestamptz not null default now(),
        primary key (caller, key)
      );`);
    this.addSql(`create index idempotency_keys_created_idx on idempotency_keys (created_at);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists idempotency_keys;');
  }
}
