import { Migration } from '@mikro-orm/migrations';

/**
 * Labelled examples (issue 16): the agent's optional note on a label, and the FAQ written for an
 * unanswered question ("write an FAQ for this"), kept beside `resolved_at`.
 */
export class Migration20261209170000_knowledge_example_notes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table knowledge_examples
      add column note text check (note is null or length(note) between 1 and 1000),
      add column resolved_document_id uuid references knowledge_documents (id) on delete set null;`);
    // The admin's worklist: a tenant's open (or resolved) examples, newest first.
    this.addSql(`create index knowledge_examples_worklist_idx on knowledge_examples (tenant_id, kind, (resolved_at is null), created_at desc);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists knowledge_examples_worklist_idx;');
    this.addSql('alter table knowledge_examples drop column if exists note, drop column if exists resolved_document_id;');
  }
}
