import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { Conversation, Priority } from '../conversations/conversation.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

export enum ApprovalKind {
  REFUND = 'REFUND',
  CANCELLATION = 'CANCELLATION',
  EXCEPTION = 'EXCEPTION',
  OTHER = 'OTHER',
}
export enum ApprovalUrgency {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
}
/** PENDING and ESCALATED still wait for a decision; APPROVED and REJECTED are final. */
export enum ApprovalStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  ESCALATED = 'ESCALATED',
}
export enum ApprovalRequesterKind {
  USER = 'USER',
  ASSISTANT = 'ASSISTANT',
  API_KEY = 'API_KEY',
}

export const OPEN_APPROVAL_STATUSES: readonly ApprovalStatus[] = [ApprovalStatus.PENDING, ApprovalStatus.ESCALATED];

/**
 * A proposed action someone with `approvals.decide` must approve or reject. `requestedById` is
 * the user, API key (or null: the assistant) who asked; `requester` is the same user as a real
 * relation (keys and the assistant are not users), so lists can join it.
 */
@Entity({ tableName: 'approval_requests' })
@TenantScoped()
export class ApprovalRequest {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  /** Per tenant, 1, 2, 3…: what people say ("approval #12"). */
  @Property({ type: 'integer' })
  number!: number;
  @Enum({ items: () => ApprovalKind })
  kind!: ApprovalKind;
  @Property({ type: 'text' })
  summary!: string;
  @Property({ type: 'text' })
  proposedAction!: string;
  /** numeric(14,2) as its decimal text ("40.00"); null with `currency` null. */
  @Property({ type: 'decimal', columnType: 'numeric(14,2)', nullable: true })
  amount: string | null = null;
  @Property({ type: 'text', nullable: true })
  currency: string | null = null;
  @Enum({ items: () => Priority })
  priority: Priority = Priority.MEDIUM;
  @Enum({ items: () => ApprovalUrgency })
  urgency: ApprovalUrgency = ApprovalUrgency.NORMAL;
  @Enum({ items: () => ApprovalStatus })
  status: ApprovalStatus = ApprovalStatus.PENDING;
  @ManyToOne(() => Conversation, { ref: true, nullable: true, deleteRule: 'set null' })
  conversation: Ref<Conversation> | null = null;
  /** The ticket it is about (no foreign key until the tickets table exists). */
  @Property({ type: 'uuid', nullable: true })
  ticketId: string | null = null;
  @Enum({ items: () => ApprovalRequesterKind })
  requestedByKind!: ApprovalRequesterKind;
  @Property({ type: 'uuid', nullable: true })
  requestedById: string | null = null;
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  requester: Ref<User> | null = null;
  /** Who should decide; null = anyone with `approvals.decide`. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  approver: Ref<User> | null = null;
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  decidedBy: Ref<User> | null = null;
  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  escalatedTo: Ref<User> | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
  /** +1 on every change (clients compare it to drop stale realtime updates). */
  @Property({ type: 'integer' })
  version: number = 1;
}

export enum ApprovalAction {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  ESCALATED = 'ESCALATED',
  REASSIGNED = 'REASSIGNED',
}

/** One change of an approval, written with it; never updated (a trigger refuses). */
@Entity({ tableName: 'approval_events' })
@TenantScoped()
export class ApprovalEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @ManyToOne(() => ApprovalRequest, { ref: true, deleteRule: 'cascade', fieldName: 'approval_id' })
  approval!: Ref<ApprovalRequest>;
  @Enum({ items: () => ApprovalAction })
  action!: ApprovalAction;
  @Enum({ items: () => ApprovalRequesterKind })
  actorKind!: ApprovalRequesterKind;
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;
  /** ESCALATED / REASSIGNED: the approver before and after. */
  @Property({ type: 'uuid', nullable: true })
  fromUserId: string | null = null;
  @Property({ type: 'uuid', nullable: true })
  toUserId: string | null = null;
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
