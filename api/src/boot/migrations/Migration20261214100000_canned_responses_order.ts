import { Migration } from '@mikro-orm/migrations';

/**
 * The canned-response list reads a tenant's responses by shortcut (`cannedResponses`, the composer's
 * `/` menu): without an index in that order every page sorted all of the tenant's rows (a seq scan
 * and a top-N sort, ≈ 1–5 ms of PostgreSQL per page at 3,000 responses). The unique index on
 * (tenant_id, coalesce(user_id, …), shortcut) cannot serve it: the caller's own and the shared
 * responses interleave by shortcut.
 */
export class Migration20261214100000_canned_responses_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index canned_responses_tenant_shortcut_idx on canned_responses (tenant_id, shortcut, id);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists canned_responses_tenant_shortcut_idx;');
  }
}
