import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Queue } from '../routing/queue.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

export enum ConversationStatus {
  BOT = 'BOT',
  WAITING = 'WAITING',
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
export enum Handler {
  AI = 'AI',
  HUMAN = 'HUMAN',
}
export enum Channel {
  WIDGET = 'WIDGET',
  API = 'API',
  EMAIL = 'EMAIL',
}
export enum Priority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

/** A chat session between a contact and the tenant (AI first, humans when needed). */
@Entity({ tableName: 'conversations' })
@TenantScoped()
export class Conversation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @ManyToOne(() => Contact, { ref: true, deleteRule: 'cascade' })
  contact!: Ref<Contact>;
  @Enum({ items: () => Channel })
  channel: Channel = Channel.WIDGET;
  @Enum({ items: () => ConversationStatus })
  status: ConversationStatus = ConversationStatus.BOT;
  @Enum({ items: () => Handler })
  handler: Handler = Handler.AI;
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  assignee: Ref<User> | null = null;
  @ManyToOne(() => Queue, { ref: true, nullable: true, deleteRule: 'set null' })
  queue: Ref<Queue> | null = null;
  @Enum({ items: () => Priority })
  priority: Priority = Priority.MEDIUM;
  @Property({ type: 'text', nullable: true })
  subject: string | null = null;
  /** Seq of the newest message; messages get lastSeq + 1 under this row's lock (gap-free). */
  @Property({ type: 'integer' })
  lastSeq: number = 0;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastMessageAt: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  firstResponseAt: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  waitingSince: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;
  @Property({ type: 'integer' })
  reopenCount: number = 0;
  /** Read receipts: the last seq the customer / the agents have read. */
  @Property({ type: 'integer' })
  customerLastReadSeq: number = 0;
  @Property({ type: 'integer' })
  agentLastReadSeq: number = 0;
  /** Unhelpful assistant exchanges in a row (the third hands off). */
  @Property({ type: 'integer' })
  aiFailedAttempts: number = 0;
  /** What the agent needs after an assistant hand-off (reason, summary, classification). */
  @Property({ type: 'json', nullable: true })
  handoffContext: Record<string, unknown> | null = null;
  @Property({ type: 'json', nullable: true })
  classification: Record<string, unknown> | null = null;
  /** The customer left an e-mail address to be answered by e-mail (nobody was available). */
  @Property({ type: 'boolean' })
  replyByEmail: boolean = false;
  @Property({ type: 'text', nullable: true })
  ip: string | null = null;
  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
