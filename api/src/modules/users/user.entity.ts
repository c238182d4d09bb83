import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';
import { Role } from '../../permissions/roles.js';

export enum Availability {
  ONLINE = 'ONLINE',
  AWAY = 'AWAY',
  BUSY = 'BUSY',
  OFFLINE = 'OFFLINE',
}

/** A staff member. Platform admins have no tenant; everyone else belongs to exactly one. */
@Entity({ tableName: 'users' })
@TenantScoped()
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { ref: true, nullable: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant> | null;

  @Property({ type: 'string' })
  email!: string;

  @Property({ type: 'string' })
  displayName!: string;

  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash!: string;

  @Enum({ items: () => Role })
  role!: Role;

  @Property({ type: 'string', nullable: true })
  team: string | null = null;

  /** An https URL of the user's picture (≤ 500 characters), or null: initials are shown. */
  @Property({ type: 'text', nullable: true })
  avatarUrl: string | null = null;

  @Enum({ items: () => Availability })
  availability: Availability = Availability.OFFLINE;

  @Property({ type: 'integer' })
  maxConcurrentChats: number = 3;

  @Property({ type: 'boolean' })
  active: boolean = true;

  /** Bumped on deactivation, role or password change: older access tokens stop working at once. */
  @Property({ type: 'integer' })
  authVersion: number = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
