import { Migration } from '@mikro-orm/migrations';

/**
 * Retrieval fields (issue 16):
 * - `question` / `question_embedding`: a FAQ's question, embedded on its own, on the FAQ's first
 *   chunk — a second vector for the chunk, so a rewording of the question meets the question.
 * - `tsv` weighted by field: the document title or FAQ question (A), section headings (B), the
 *   text (D); the lexical retriever counts A and B several times (retrieval.ts). Re-adding the
 *   generated column recomputes it for every existing row.
 * - Every published document is marked PENDING, so the boot reconciliation re-indexes it: the
 *   chunker now keeps HTML block boundaries and writes table rows "Header: cell — Header: cell",
 *   and FAQ questions need their own vectors. A document whose chunks come out the same and which
 *   already has its question vector is not embedded again (indexing.job.ts: sameChunksStored).
 */
export class Migration20261209140000_knowledge_retrieval_fields extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table knowledge_chunks add column question text, add column question_embedding real[];`);
    this.addSql(`drop index if exists knowledge_chunks_tsv_idx;`);
    this.addSql(`alter table knowledge_chunks drop column tsv;`);
    this.addSql(`
      alter table knowledge_chunks add column tsv tsvector generated always as (
        setweight(to_tsvector('english', coalesce(heading_path[1], '')), 'A') ||
        setweight(to_tsvector('english', sb_join_words(heading_path[2:])), 'B') ||
        to_tsvector('english', text)
      ) stored;`);
    this.addSql(`create index knowledge_chunks_tsv_idx on knowledge_chunks using gin (tsv);`);
    this.addSql(`update knowledge_documents set indexing_status = 'PENDING', indexing_progress = 0 where status = 'PUBLISHED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists knowledge_chunks_tsv_idx;`);
    this.addSql(`alter table knowledge_chunks drop column tsv, drop column question, drop column question_embedding;`);
    this.addSql(`
      alter table knowledge_chunks add column tsv tsvector generated always as (
        setweight(to_tsvector('english', sb_join_words(heading_path)), 'A') ||
        setweight(to_tsvector('english', text), 'B')
      ) stored;`);
    this.addSql(`create index knowledge_chunks_tsv_idx on knowledge_chunks using gin (tsv);`);
  }
}
