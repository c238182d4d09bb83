import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Tenant } from '../tenants/tenant.entity.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

export enum AiPurposeEnum {
  ANSWER = 'ANSWER',
  CLASSIFY = 'CLASSIFY',
  SUMMARIZE = 'SUMMARIZE',
  EMBED = 'EMBED',
}
export enum AiOutcome {
  OK = 'OK',
  ERROR = 'ERROR',
  TIMEOUT = 'TIMEOUT',
}

/** One model call (written with plain SQL by ai-call-log.ts; the entity serves the list reads). */
@Entity({ tableName: 'ai_calls' })
@TenantScoped()
export class AiCall {
  @PrimaryKey({ type: 'uuid' })
  id!: string;
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @ManyToOne(() => Conversation, { ref: true, nullable: true, deleteRule: 'set null' })
  conversation!: Ref<Conversation> | null;
  @Enum({ items: () => AiPurposeEnum })
  purpose!: AiPurposeEnum;
  @Property({ type: 'text' })
  provider!: string;
  @Property({ type: 'text' })
  model!: string;
  @Property({ type: 'integer' })
  latencyMs!: number;
  @Property({ type: 'integer', nullable: true })
  firstTokenMs!: number | null;
  @Property({ type: 'integer' })
  inputTokens!: number;
  @Property({ type: 'integer' })
  outputTokens!: number;
  @Property({ type: 'double', columnType: 'numeric(12,6)' })
  costUsd!: number;
  @Enum({ items: () => AiOutcome })
  outcome!: AiOutcome;
  @Property({ type: 'integer' })
  retries!: number;
  @Property({ type: 'text', nullable: true })
  error!: string | null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
