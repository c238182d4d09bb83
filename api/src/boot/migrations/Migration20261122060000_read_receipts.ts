import { Migration } from '@mikro-orm/migrations';

/** Read receipts: the last seq each side has read (only ever moves forward). */
export class Migration20261122060000_read_receipts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table conversations
      add column customer_last_read_seq integer not null default 0,
      add column agent_last_read_seq integer not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table conversations drop column customer_last_read_seq, drop column agent_last_read_seq;`);
  }
}
