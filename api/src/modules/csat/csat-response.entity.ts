import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

/**
 * A customer's satisfaction rating of one resolution of a conversation. `resolutionCycle` is the
 * conversation's `reopenCount` when it was rated, unique per conversation: one rating per
 * resolution, another after a reopen and a new resolution. Never updated.
 */
@Entity({ tableName: 'csat_responses' })
@TenantScoped()
export class CsatResponse {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @ManyToOne(() => Conversation, { ref: true, deleteRule: 'cascade' })
  conversation!: Ref<Conversation>;
  @ManyToOne(() => Contact, { ref: true, deleteRule: 'cascade' })
  contact!: Ref<Contact>;
  @Property({ type: 'integer' })
  resolutionCycle!: number;
  @Property({ type: 'smallint' })
  rating!: number;
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;
  /** The person who handled the conversation (its assignee, else the last agent who wrote); null: the assistant alone. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  agent: Ref<User> | null = null;
  /** No person took part: the assistant handled the conversation alone. */
  @Property({ type: 'boolean' })
  aiOnly!: boolean;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
