import { Migration } from '@mikro-orm/migrations';

/**
 * "Nobody available": the widget shows the tenant's away message (branding.awayMessage) instead
 * of a place in a line nobody serves, and — unless the tenant turns it off — the hand-off becomes
 * a ticket that a later agent reply answers by e-mail.
 */
export class Migration20261207150000_away_message extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update tenants set branding = branding || jsonb_build_object('awayMessage', 'We are away right now. Leave your e-mail address and we will answer you by e-mail as soon as we are back.') where not branding ? 'awayMessage';`);
    this.addSql(`alter table tenants add column ticket_when_nobody_available boolean not null default true;`);
    this.addSql(`alter table conversations add column reply_by_email boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table conversations drop column if exists reply_by_email;`);
    this.addSql(`alter table tenants drop column if exists ticket_when_nobody_available;`);
    this.addSql(`update tenants set branding = branding - 'awayMessage';`);
  }
}
