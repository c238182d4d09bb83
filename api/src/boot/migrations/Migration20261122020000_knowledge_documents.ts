import { Migration } from '@mikro-orm/migrations';

/** Knowledge documents (articles and FAQs). Chunking and indexing columns arrive with the assistant. */
export class Migration20261122020000_knowledge_documents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table knowledge_documents (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        kind text not null check (kind in ('ARTICLE', 'FAQ')),
        title text not null check (length(title) between 1 and 300),
        body text not null default '',
        tags text[] not null default '{}',
        status text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create index knowledge_documents_tenant_idx on knowledge_documents (tenant_id, updated_at, id);`);
    this.addSql(`create index knowledge_documents_tenant_title_idx on knowledge_documents (tenant_id, title, id);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists knowledge_documents;');
  }
}
