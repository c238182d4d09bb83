import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';
import { BusinessCalendarEntity } from './business-calendar.entity.js';
import type { SlaConditions } from './sla-matching.js';

/** Targets for the tickets its conditions match; policies are tried in `position` order. */
@Entity({ tableName: 'sla_policies' })
@TenantScoped()
export class SlaPolicy {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @Property({ type: 'text' })
  name!: string;
  @Property({ type: 'integer' })
  position!: number;
  @Property({ type: 'boolean' })
  enabled: boolean = true;
  @Property({ type: 'json' })
  conditions: SlaConditions = {};
  @Property({ type: 'integer', nullable: true })
  firstResponseMinutes: number | null = null;
  @Property({ type: 'integer', nullable: true })
  nextResponseMinutes: number | null = null;
  @Property({ type: 'integer', nullable: true })
  resolutionMinutes: number | null = null;
  @Property({ type: 'boolean' })
  businessHours: boolean = true;
  /** Null: the queue's calendar, else the tenant default. */
  @ManyToOne(() => BusinessCalendarEntity, { ref: true, nullable: true, deleteRule: 'set null' })
  calendar: Ref<BusinessCalendarEntity> | null = null;
  @Property({ type: 'float', columnType: 'real' })
  atRiskShare: number = 0.8;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
