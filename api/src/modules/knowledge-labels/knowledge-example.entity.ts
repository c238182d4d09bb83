import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { KnowledgeDocument } from '../knowledge/knowledge-document.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

export enum KnowledgeExampleKind {
  /** "Our knowledge answers this": a hand-off the assistant should have answered (with the article). */
  ANSWERABLE = 'ANSWERABLE',
  /** "Wrong / not in our knowledge": an AI answer to a question the knowledge base does not answer. */
  UNANSWERABLE = 'UNANSWERABLE',
}

/**
 * A customer question the team labelled (table `knowledge_examples`, issue 16). It joins the
 * tenant's calibration probes; unresolved UNANSWERABLE ones are the admin's worklist.
 * One row per labelled message (unique `(tenant_id, message_id)`): labelling again updates it.
 */
@Entity({ tableName: 'knowledge_examples' })
@TenantScoped()
export class KnowledgeExample {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  /** The customer's words (1–2,000 characters). */
  @Property({ type: 'text' })
  question!: string;
  @Enum({ items: () => KnowledgeExampleKind })
  kind!: KnowledgeExampleKind;
  /** ANSWERABLE: the article that answers it. */
  @ManyToOne(() => KnowledgeDocument, { ref: true, nullable: true, deleteRule: 'set null' })
  document: Ref<KnowledgeDocument> | null = null;
  @Property({ type: 'uuid', nullable: true })
  conversationId: string | null = null;
  /** The labelled message: the AI answer (UNANSWERABLE) or the customer's question (ANSWERABLE). */
  @Property({ type: 'uuid', nullable: true })
  messageId: string | null = null;
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null', fieldName: 'created_by' })
  createdBy: Ref<User> | null = null;
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
  /** Set when the knowledge base was fixed for it (an FAQ written) or an admin dismissed it. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;
  @ManyToOne(() => KnowledgeDocument, { ref: true, nullable: true, deleteRule: 'set null' })
  resolvedDocument: Ref<KnowledgeDocument> | null = null;
}
