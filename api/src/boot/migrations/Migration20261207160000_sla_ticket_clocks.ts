import { Migration } from '@mikro-orm/migrations';

/**
 * What the SLA clock of a ticket needs beyond the ticket's own columns: since when the customer
 * waits for a reply (the next-response clock), and the spans the ticket spent PENDING (all
 * clocks stand still; a recompute after a priority change must still count them). Written by
 * the sla module under the ticket's row lock, in the same transaction as the ticket's SLA columns.
 */
export class Migration20261207160000_sla_ticket_clocks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table sla_ticket_clocks (
        ticket_id uuid primary key references tickets (id) on delete cascade,
        tenant_id uuid not null references tenants (id) on delete cascade,
        awaiting_reply_since timestamptz null,
        pauses jsonb not null default '[]'::jsonb
      );`);
    this.addSql(`create index sla_ticket_clocks_tenant_idx on sla_ticket_clocks (tenant_id);`);
    // The recompute after a policy edit walks the tenant's open tickets by id.
    this.addSql(`create index tickets_open_by_tenant_idx on tickets (tenant_id, id) where status in ('OPEN', 'PENDING', 'ESCALATED');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists tickets_open_by_tenant_idx;`);
    this.addSql(`drop table if exists sla_ticket_clocks;`);
  }
}
