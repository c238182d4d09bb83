import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { Queue } from '../routing/queue.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';
import type { BusinessCalendar as CalendarShape, TimeRange } from './business-time.js';

export interface Holiday {
  /** Local date YYYY-MM-DD. */
  date: string;
  name: string;
}

/** Opening hours and holidays: the tenant's default (queue null) or one queue's own. */
@Entity({ tableName: 'business_calendars' })
@TenantScoped()
export class BusinessCalendarEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @ManyToOne(() => Queue, { ref: true, nullable: true, deleteRule: 'cascade' })
  queue: Ref<Queue> | null = null;
  @Property({ type: 'text' })
  name: string = 'Business hours';
  @Property({ type: 'text' })
  timezone: string = 'UTC';
  /** Seven lists of ranges, Monday first. */
  @Property({ type: 'json' })
  weeklyHours: TimeRange[][] = [[], [], [], [], [], [], []];
  @Property({ type: 'json' })
  holidays: Holiday[] = [];
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** The pure shape business-time functions take. */
export const calendarShape = (c: { timezone: string; weeklyHours: TimeRange[][]; holidays: Holiday[] }): CalendarShape => ({
  timezone: c.timezone,
  weeklyHours: c.weeklyHours,
  holidays: c.holidays.map((h) => h.date),
});
