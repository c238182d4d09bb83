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
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
