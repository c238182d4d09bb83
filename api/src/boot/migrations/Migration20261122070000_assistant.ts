import { Migration } from '@mikro-orm/migrations';

/**
 * The assistant: knowledge chunks (text + embedding + full-text vector; PostgreSQL is the source
 * of truth, Chroma holds a rebuildable copy of the vectors), indexing state on documents, the
 * AI call log, assistant turns (every retrieval attempt with its sources and scores), the
 * tenant-trainable classifier (examples + trained model) and the hand-off package.
 */
export class Migration20261122070000_assistant extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table knowledge_documents
      add column indexing_status text not null default 'NOT_INDEXED'
        check (indexing_status in ('NOT_INDEXED', 'PENDING', 'INDEXING', 'INDEXED', 'FAILED')),
      add column indexing_progress smallint not null default 0 check (indexing_progress between 0 and 100),
      add column indexing_error text,
      add column chunk_count integer not null default 0,
      add column content_version integer not null default 1,
      add column indexed_version integer,
      add column published_at timestamptz,
      add column indexed_at timestamptz;`);

    // array_to_string is only STABLE; for a generated column PostgreSQL wants IMMUTABLE, which
    // joining text with a space is.
    this.addSql(`create function sb_join_words(text[]) returns text language sql immutable parallel safe as $$ select array_to_string($1, ' ') $$;`);
    this.addSql(`
      create table knowledge_chunks (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        document_id uuid not null references knowledge_documents (id) on delete cascade,
        ordinal integer not null,
        heading_path text[] not null default '{}',
        text text not null,
        token_count integer not null,
        embedding real[] not null,
        embedding_model text not null,
        tsv tsvector generated always as (
          setweight(to_tsvector('english', sb_join_words(heading_path)), 'A') ||
          setweight(to_tsvector('english', text), 'B')
        ) stored,
        created_at timestamptz not null default now(),
        unique (document_id, ordinal)
      );`);
    this.addSql(`create index knowledge_chunks_tenant_idx on knowledge_chunks (tenant_id, document_id);`);
    this.addSql(`create index knowledge_chunks_tsv_idx on knowledge_chunks using gin (tsv);`);

    this.addSql(`
      create table ai_calls (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        conversation_id uuid references conversations (id) on delete set null,
        purpose text not null check (purpose in ('ANSWER', 'CLASSIFY', 'SUMMARIZE', 'EMBED')),
        provider text not null check (provider in ('ANTHROPIC', 'OFFLINE')),
        model text not null,
        latency_ms integer not null,
        first_token_ms integer,
        input_tokens integer not null default 0,
        output_tokens integer not null default 0,
        cost_usd numeric(12, 6) not null default 0,
        outcome text not null check (outcome in ('OK', 'ERROR', 'TIMEOUT')),
        retries integer not null default 0,
        error text,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index ai_calls_tenant_idx on ai_calls (tenant_id, created_at, id);`);
    this.addSql(`create index ai_calls_conversation_idx on ai_calls (conversation_id) where conversation_id is not null;`);

    this.addSql(`
      create table assistant_turns (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        conversation_id uuid not null references conversations (id) on delete cascade,
        customer_seq integer not null,
        query text not null,
        sources jsonb not null default '[]',
        retrieval_ms integer,
        decision text not null check (decision in ('ANSWERED', 'HANDED_OFF', 'CLARIFIED', 'SKIPPED')),
        reason text,
        confidence real,
        classification jsonb,
        answer_message_id uuid references messages (id) on delete set null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index assistant_turns_conversation_idx on assistant_turns (conversation_id, created_at);`);

    this.addSql(`alter table conversations
      add column handoff_context jsonb,
      add column classification jsonb;`);
    this.addSql(`alter table messages add column offline boolean not null default false;`);

    this.addSql(`
      create table training_examples (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        text text not null check (length(text) between 1 and 2000),
        intent text not null check (length(intent) between 1 and 100),
        category text check (length(category) between 1 and 100),
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index training_examples_tenant_idx on training_examples (tenant_id, created_at, id);`);

    this.addSql(`
      create table classifier_models (
        tenant_id uuid primary key references tenants (id) on delete cascade,
        status text not null default 'UNTRAINED' check (status in ('UNTRAINED', 'TRAINING', 'READY', 'FAILED')),
        model jsonb,
        example_count integer not null default 0,
        label_count integer not null default 0,
        accuracy real,
        macro_f1 real,
        error text,
        trained_at timestamptz,
        updated_at timestamptz not null default now()
      );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists classifier_models, training_examples, assistant_turns, ai_calls, knowledge_chunks;');
    this.addSql('drop function if exists sb_join_words(text[]);');
    this.addSql('alter table messages drop column offline;');
    this.addSql('alter table conversations drop column handoff_context, drop column classification;');
    this.addSql(`alter table knowledge_documents drop column indexing_status, drop column indexing_progress, drop column indexing_error,
      drop column chunk_count, drop column content_version, drop column indexed_version, drop column published_at, drop column indexed_at;`);
  }
}
