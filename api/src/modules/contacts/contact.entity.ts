import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

/** An end customer of a tenant: anonymous (widget visitor) or identified by the host site. */
@Entity({ tableName: 'contacts' })
@TenantScoped()
export class Contact {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @Property({ type: 'text', nullable: true })
  name: string | null = null;
  @Property({ type: 'text', nullable: true })
  email: string | null = null;
  /** The host site's own id for this customer. */
  @Property({ type: 'text', nullable: true })
  externalId: string | null = null;
  /** True when the host site vouched for the external id with a valid HMAC. */
  @Property({ type: 'boolean' })
  identified: boolean = false;
  @Property({ type: 'boolean' })
  vip: boolean = false;
  @Property({ type: 'json' })
  attributes: Record<string, unknown> = {};
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
