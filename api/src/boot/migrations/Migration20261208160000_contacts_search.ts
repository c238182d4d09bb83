import { Migration } from '@mikro-orm/migrations';

/**
 * Contact search (`contacts(filter: { search })`): a substring of the name or e-mail. The list walks
 * `contacts_tenant_created_idx` and filters; a rare text then reads every contact of the tenant
 * (≈ 180 ms for 200,000 widget visitors). A trigram GIN index on the searched expression answers
 * that in < 1 ms. pg_trgm is not guaranteed where the API runs (see the tickets migration), so it is
 * created only where it can be: without it the search still works, by the walk.
 */
export class Migration20261208160000_contacts_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      do $$
      begin
        begin
          create extension if not exists pg_trgm;
        exception when others then
          raise notice 'pg_trgm is not available: contact search reads without an index';
        end;
        if exists (select 1 from pg_extension where extname = 'pg_trgm') then
          create index if not exists contacts_search_trgm on contacts
            using gin ((coalesce(name, '') || ' ' || coalesce(email, '')) gin_trgm_ops);
        end if;
      end
      $$;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists contacts_search_trgm;');
  }
}
