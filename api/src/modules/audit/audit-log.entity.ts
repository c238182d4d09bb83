import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

export enum ActorKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
  CONTACT = 'CONTACT',
  SYSTEM = 'SYSTEM',
  ANONYMOUS = 'ANONYMOUS',
}

/** Who changed what. Written in the same transaction as the change; never updated. */
@Entity({ tableName: 'audit_logs' })
@TenantScoped()
export class AuditLog {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, nullable: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant> | null;
  @Enum({ items: () => ActorKind })
  actorKind!: ActorKind;
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;
  @Property({ type: 'text' })
  action!: string;
  @Property({ type: 'text' })
  resourceType!: string;
  @Property({ type: 'text', nullable: true })
  resourceId: string | null = null;
  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;
  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;
  @Property({ type: 'text', nullable: true })
  ip: string | null = null;
  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;
  @Property({ type: 'text', nullable: true })
  requestId: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date = new Date();
}
