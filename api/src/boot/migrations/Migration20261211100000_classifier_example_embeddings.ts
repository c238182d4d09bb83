import { Migration } from '@mikro-orm/migrations';

/**
 * Sentence embeddings of the classifier's examples (issue 16, acceptance 6): each example is
 * embedded once, in the background after its upload, and kept (`embedding`: the vector as
 * little-endian float32, `embedding_model`: the embedder that made it, so vectors of different
 * embedders never mix). Training reads them instead of embedding 10,000 texts again. The model
 * row says which embedder its model uses (null: n-grams only) and what a running training is
 * doing (`progress`, e.g. embedding the examples that have none yet).
 */
export class Migration20261211100000_classifier_example_embeddings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table training_examples add column embedding bytea, add column embedding_model text;`);
    this.addSql(`create index training_examples_unembedded_idx on training_examples (tenant_id, id) where embedding is null;`);
    this.addSql(`alter table classifier_models add column embedding_model text, add column progress text;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table classifier_models drop column if exists embedding_model, drop column if exists progress;`);
    this.addSql(`drop index if exists training_examples_unembedded_idx;`);
    this.addSql(`alter table training_examples drop column if exists embedding, drop column if exists embedding_model;`);
  }
}
