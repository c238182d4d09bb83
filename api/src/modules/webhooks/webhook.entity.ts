import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';

/** A tenant's webhook endpoint. `events` holds WebhookEventType names (e.g. TICKET_CREATED). */
@Entity({ tableName: 'webhook_endpoints' })
@TenantScoped()
export class WebhookEndpoint {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @Property({ type: 'text' })
  url!: string;
  @Property({ type: 'text' })
  description: string = '';
  @Property({ type: 'text[]' })
  events!: string[];
  @Property({ type: 'boolean' })
  enabled: boolean = true;
  @Property({ type: 'text', nullable: true })
  disabledReason: string | null = null;
  /** `whsec_…`, sealed with the SecretBox (AES-256-GCM). */
  @Property({ type: 'text', hidden: true, lazy: true })
  secretSealed!: string;
  @Property({ type: 'text', hidden: true, lazy: true, nullable: true })
  previousSecretSealed: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  failingSince: Date | null = null;
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One event for one endpoint; its body is stored exactly as signed and sent. Written with SQL. */
@Entity({ tableName: 'webhook_deliveries' })
@TenantScoped()
export class WebhookDelivery {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @ManyToOne(() => WebhookEndpoint, { ref: true, deleteRule: 'cascade' })
  endpoint!: Ref<WebhookEndpoint>;
  @Property({ type: 'text' })
  messageId!: string;
  @Property({ type: 'text' })
  eventId!: string;
  @Property({ type: 'text' })
  eventType!: string;
  @Property({ type: 'text' })
  body!: string;
  @Property({ type: 'text' })
  status: string = 'PENDING';
  @Property({ type: 'integer' })
  attempts: number = 0;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  leaseUntil: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null = null;
  @Property({ type: 'integer', nullable: true })
  lastResponseCode: number | null = null;
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/** One HTTP attempt of a delivery (the delivery log). */
@Entity({ tableName: 'webhook_delivery_attempts' })
@TenantScoped()
export class WebhookDeliveryAttempt {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @ManyToOne(() => WebhookDelivery, { ref: true, deleteRule: 'cascade' })
  delivery!: Ref<WebhookDelivery>;
  @Property({ type: 'integer' })
  attempt!: number;
  @Property({ type: 'boolean' })
  succeeded!: boolean;
  @Property({ type: 'integer', nullable: true })
  responseCode: number | null = null;
  @Property({ type: 'integer' })
  latencyMs!: number;
  @Property({ type: 'text', nullable: true })
  error: string | null = null;
  @Property({ type: 'text', nullable: true })
  responseBody: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null = null;
  @Property({ type: 'boolean' })
  manual: boolean = false;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date = new Date();
}
