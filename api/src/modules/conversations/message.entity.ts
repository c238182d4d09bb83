import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Conversation } from './conversation.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

export enum Author {
  CUSTOMER = 'CUSTOMER',
  AI = 'AI',
  AGENT = 'AGENT',
  SYSTEM = 'SYSTEM',
}

export interface Citation {
  /** The [n] the answer uses for this source. */
  n: number;
  documentId: string;
  chunkId: string;
  title: string;
  /** The chunk's position in its document. */
  chunk: number;
  headingPath: string[];
  excerpt: string;
}

/** One message; `seq` is gap-free per conversation and is the replay cursor. Never updated. */
@Entity({ tableName: 'messages' })
@TenantScoped()
export class Message {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @ManyToOne(() => Conversation, { ref: true, deleteRule: 'cascade' })
  conversation!: Ref<Conversation>;
  @Property({ type: 'integer' })
  seq!: number;
  @Enum({ items: () => Author })
  author!: Author;
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  authorUser: Ref<User> | null = null;
  @ManyToOne(() => Contact, { ref: true, nullable: true, deleteRule: 'set null' })
  authorContact: Ref<Contact> | null = null;
  @Property({ type: 'text' })
  body!: string;
  /** An internal note: agents only, never the customer. */
  @Property({ type: 'boolean' })
  private: boolean = false;
  @Property({ type: 'json', nullable: true })
  citations: Citation[] | null = null;
  @Property({ type: 'float', nullable: true, columnType: 'real' })
  confidence: number | null = null;
  @Property({ type: 'text', nullable: true })
  clientMessageId: string | null = null;
  /** Written by the offline provider (no model): the UI says so. */
  @Property({ type: 'boolean' })
  offline: boolean = false;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
