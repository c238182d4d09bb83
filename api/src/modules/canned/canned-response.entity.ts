import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

/**
 * A reply template agents insert by typing `/shortcut` in the console. Shared by the whole tenant
 * when `user` is null, else personal to that user. A shortcut is unique per tenant and owner
 * (a personal one may shadow a shared one of the same name: the personal one wins when applied).
 */
@Entity({ tableName: 'canned_responses' })
@TenantScoped()
export class CannedResponse {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  /** The owner of a personal response; null = shared by the tenant. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'cascade' })
  user: Ref<User> | null = null;
  @Property({ type: 'text' })
  shortcut!: string;
  /** What it is for, in a few words (optional; the page and the `/` picker show it). */
  @Property({ type: 'text', nullable: true })
  title: string | null = null;
  @Property({ type: 'text' })
  body!: string;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
