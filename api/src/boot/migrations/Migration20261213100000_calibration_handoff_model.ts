import { Migration } from '@mikro-orm/migrations';

/**
 * The hand-off model of a calibration (knowledge/handoff-model.ts): its weights, the embedder and
 * how many neighbours of each kind (`model`), and the neighbours themselves — the probes'
 * embeddings and the rest of the everyday bank, float32 little-endian, answerable first
 * (`neighbours`, ≈ 2 KB per neighbour at 512 dimensions). Null for calibrations made before it
 * (their threshold is on the evidence alone) and for NOT_ENOUGH_KNOWLEDGE.
 */
export class Migration20261213100000_calibration_handoff_model extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table knowledge_calibrations add column model jsonb, add column neighbours bytea;`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table knowledge_calibrations drop column if exists model, drop column if exists neighbours;');
  }
}
