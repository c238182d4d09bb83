import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

export enum KnowledgeKind {
  ARTICLE = 'ARTICLE',
  FAQ = 'FAQ',
}

export enum KnowledgeStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** Where a document stands in the background indexing (chunk, embed, store vectors). */
export enum IndexingStatus {
  NOT_INDEXED = 'NOT_INDEXED',
  PENDING = 'PENDING',
  INDEXING = 'INDEXING',
  INDEXED = 'INDEXED',
  FAILED = 'FAILED',
}

/**
 * An article (title + Markdown body) or a FAQ (title = the question, body = the answer).
 * The assistant answers from PUBLISHED documents.
 */
@Entity({ tableName: 'knowledge_documents' })
@TenantScoped()
export class KnowledgeDocument {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @Enum({ items: () => KnowledgeKind })
  kind!: KnowledgeKind;
  @Property({ type: 'text' })
  title!: string;
  @Property({ type: 'text' })
  body: string = '';
  @Property({ type: 'text[]' })
  tags: string[] = [];
  @Enum({ items: () => KnowledgeStatus })
  status: KnowledgeStatus = KnowledgeStatus.DRAFT;
  @Enum({ items: () => IndexingStatus })
  indexingStatus: IndexingStatus = IndexingStatus.NOT_INDEXED;
  /** 0–100 while INDEXING; 100 once INDEXED. */
  @Property({ type: 'smallint' })
  indexingProgress: number = 0;
  @Property({ type: 'text', nullable: true })
  indexingError: string | null = null;
  @Property({ type: 'integer' })
  chunkCount: number = 0;
  /** Bumped by every content change; a job indexes one version and a stale job gives way. */
  @Property({ type: 'integer' })
  contentVersion: number = 1;
  @Property({ type: 'integer', nullable: true })
  indexedVersion: number | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  indexedAt: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
