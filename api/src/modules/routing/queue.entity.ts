import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

export enum RoutingPolicy {
  LEAST_LOADED = 'LEAST_LOADED',
  ROUND_ROBIN = 'ROUND_ROBIN',
}

/** Where conversations that need a human wait; its members are the agents it routes to. */
@Entity({ tableName: 'queues' })
@TenantScoped()
export class Queue {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @Property({ type: 'text' })
  name!: string;
  @Enum({ items: () => RoutingPolicy })
  routingPolicy: RoutingPolicy = RoutingPolicy.LEAST_LOADED;
  @Property({ type: 'boolean' })
  isDefault: boolean = false;
  /** Round robin remembers whom it picked last. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  lastAssignedUser: Ref<User> | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
