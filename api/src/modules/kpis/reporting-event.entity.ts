import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

/**
 * A row of `reporting_events` as the KPI reads see it (drill-down through the planner). The rows
 * are written by the reporting listeners (append-only); this module never writes them.
 * Relations are declared without foreign keys in the table (`conversation_id`, `agent_id` are plain
 * uuids): a deleted conversation leaves its figures.
 */
@Entity({ tableName: 'reporting_events' })
@TenantScoped()
export class ReportingEventRow {
  @PrimaryKey({ type: 'uuid' })
  id!: string;
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @Property({ type: 'text' })
  name!: string;
  @Property({ type: 'double', nullable: true })
  valueSeconds: number | null = null;
  @Property({ type: 'double', nullable: true })
  valueBusinessSeconds: number | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  startedAt: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  endedAt!: Date;
  @ManyToOne(() => Conversation, { ref: true, nullable: true, createForeignKeyConstraint: false })
  conversation: Ref<Conversation> | null = null;
  @Property({ type: 'uuid', nullable: true })
  ticketId: string | null = null;
  @ManyToOne(() => User, { ref: true, nullable: true, fieldName: 'agent_id', createForeignKeyConstraint: false })
  agent: Ref<User> | null = null;
  @Property({ type: 'text', nullable: true })
  team: string | null = null;
  @Property({ type: 'uuid', nullable: true })
  queueId: string | null = null;
  @Property({ type: 'text', nullable: true })
  channel: string | null = null;
  @Property({ type: 'json' })
  attributes: Record<string, unknown> = {};
  @Property({ type: 'text', hidden: true })
  dedupeKey!: string;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
