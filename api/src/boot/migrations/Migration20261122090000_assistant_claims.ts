import { Migration } from '@mikro-orm/migrations';

/**
 * Which customer message the assistant is answering, claimed by one instance at a time: the
 * sweeper of another instance (or a slow model call outliving the sweeper's grace) can no longer
 * make two instances answer the same message. A claim older than the longest model call is stale
 * (its instance died) and may be taken over.
 */
export class Migration20261122090000_assistant_claims extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table conversations add column assistant_claim_seq integer, add column assistant_claimed_at timestamptz;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table conversations drop column assistant_claim_seq, drop column assistant_claimed_at;`);
  }
}
