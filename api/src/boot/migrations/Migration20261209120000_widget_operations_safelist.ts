import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17, persisted operations: a tenant may let widget sessions run only the operations the
 * widget was built with (api/src/persisted/operations.json). Off by default: custom widgets built
 * on the public API keep working until the tenant opts in.
 */
export class Migration20261209120000_widget_operations_safelist extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table tenants add column widget_operations_safelisted boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table tenants drop column if exists widget_operations_safelisted;`);
  }
}
