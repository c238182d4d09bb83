import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';
import { Ticket } from './ticket.entity.js';

export enum TicketAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  ASSIGNED = 'ASSIGNED',
  COMMENTED = 'COMMENTED',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  REOPENED = 'REOPENED',
  CLOSED = 'CLOSED',
  SLA_AT_RISK = 'SLA_AT_RISK',
  SLA_BREACHED = 'SLA_BREACHED',
  APPROVAL = 'APPROVAL',
}

export enum ActorKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
  RULE = 'RULE',
  SYSTEM = 'SYSTEM',
  CONTACT = 'CONTACT',
}

/**
 * One entry of a ticket's history: exactly one per change, written in the change's transaction.
 * Never updated or deleted (a trigger refuses both). `before`/`after` hold only the fields that
 * changed, camelCase, as in the GraphQL type.
 */
@Entity({ tableName: 'ticket_events' })
@TenantScoped()
export class TicketEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @ManyToOne(() => Ticket, { ref: true, deleteRule: 'cascade' })
  ticket!: Ref<Ticket>;
  /** The ticket's version after this change (1 = created): the timeline's order. */
  @Property({ type: 'integer' })
  ticketVersion!: number;
  @Property({ type: 'text' })
  action!: TicketAction | string;
  @Enum({ items: () => ActorKind })
  actorKind!: ActorKind;
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;
  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;
  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;
  @Property({ type: 'boolean' })
  public: boolean = false;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date = new Date();
}
