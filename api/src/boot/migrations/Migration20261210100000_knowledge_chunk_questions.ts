import { Migration } from '@mikro-orm/migrations';

/**
 * Extra questions of a chunk (issue 16, acceptance 7): a customer question the team labelled
 * "our knowledge answers this" with an article becomes retrieval evidence for that article, matched
 * as FAQ questions are — its own vector (a Chroma record pointing to the chunk) and its words in
 * full text with weight A — on the article's chunk closest to it (`ordinal`, re-chosen whenever the
 * article is re-chunked; null while the article has no chunks). `id` is the source's id (the
 * labelled example): one row per label, removed when the label is resolved or relabelled
 * unanswerable. Gone with the document or the tenant.
 */
export class Migration20261210100000_knowledge_chunk_questions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table knowledge_chunk_questions (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      document_id uuid not null references knowledge_documents (id) on delete cascade,
      ordinal int,
      question text not null check (length(question) between 1 and 2000),
      token_count int not null,
      embedding real[] not null,
      embedding_model text not null,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create index knowledge_chunk_questions_chunk_idx on knowledge_chunk_questions (tenant_id, document_id, ordinal);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists knowledge_chunk_questions;');
  }
}
