import { Migration } from '@mikro-orm/migrations';

/** Approvals about a ticket point at it for real now that tickets exist (a deleted ticket unlinks). */
export class Migration20261207180000_approval_ticket_link extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update approval_requests a set ticket_id = null where ticket_id is not null and not exists (select 1 from tickets t where t.id = a.ticket_id and t.tenant_id = a.tenant_id);`);
    this.addSql(`alter table approval_requests add constraint approval_requests_ticket_fk foreign key (ticket_id) references tickets (id) on delete set null;`);
    this.addSql(`create index approval_requests_ticket_idx on approval_requests (tenant_id, ticket_id) where ticket_id is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists approval_requests_ticket_idx;');
    this.addSql('alter table approval_requests drop constraint if exists approval_requests_ticket_fk;');
  }
}
