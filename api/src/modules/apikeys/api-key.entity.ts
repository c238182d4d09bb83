import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

/** A partner's key: `sb_<prefix>_<secret>`; we keep the prefix (lookup) and SHA-256 of the whole key. */
@Entity({ tableName: 'api_keys' })
@TenantScoped()
export class ApiKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @Property({ type: 'text' })
  name!: string;
  @Property({ type: 'text', unique: true })
  prefix!: string;
  @Property({ type: 'text', hidden: true, lazy: true })
  secretHash!: string;
  @Property({ type: 'text[]' })
  scopes!: string[];
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null = null;
  /** The key's own budget in points per hour (issue 17); null: the API-key default. */
  @Property({ type: 'integer', nullable: true })
  pointsPerHour: number | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
