import { Migration } from '@mikro-orm/migrations';

/**
 * Questions the team labelled (issue 16): an AI answer marked "wrong / not in our knowledge"
 * (UNANSWERABLE) or a hand-off marked "our knowledge does answer this" with the article
 * (ANSWERABLE). They join the tenant's calibration probes; unresolved UNANSWERABLE ones are the
 * admin's worklist ("questions the knowledge base does not answer").
 */
export class Migration20261209150000_knowledge_examples extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table knowledge_examples (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants (id) on delete cascade,
      question text not null check (length(question) between 1 and 2000),
      kind text not null check (kind in ('ANSWERABLE', 'UNANSWERABLE')),
      document_id uuid references knowledge_documents (id) on delete set null,
      conversation_id uuid references conversations (id) on delete set null,
      message_id uuid references messages (id) on delete set null,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      resolved_at timestamptz
    );`);
    this.addSql(`create index knowledge_examples_tenant_idx on knowledge_examples (tenant_id, created_at desc);`);
    // One label per labelled message: marking the same answer twice updates, never duplicates.
    this.addSql(`create unique index knowledge_examples_message_uq on knowledge_examples (tenant_id, message_id) where message_id is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists knowledge_examples;');
  }
}
