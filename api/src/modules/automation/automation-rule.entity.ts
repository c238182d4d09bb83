import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';
import type { Action, Condition, Trigger } from './rule-language.js';

/**
 * An automation rule: when its trigger fires and its conditions hold, its actions run (in order).
 * Trigger, conditions and actions are the JSON language of rule-language.ts, always stored
 * validated (rule-validation.ts). Rules run by `position`; `stopProcessing` makes it first-match-wins.
 */
@Entity({ tableName: 'automation_rules' })
@TenantScoped()
export class AutomationRule {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @Property({ type: 'text' })
  name!: string;
  @Property({ type: 'text', nullable: true })
  description: string | null = null;
  @Property({ type: 'boolean' })
  enabled: boolean = true;
  @Property({ type: 'integer' })
  position!: number;
  @Property({ type: 'boolean' })
  stopProcessing: boolean = false;
  @Property({ type: 'json', columnType: 'jsonb' })
  trigger!: Trigger;
  @Property({ type: 'json', columnType: 'jsonb' })
  conditions!: Condition;
  @Property({ type: 'json', columnType: 'jsonb' })
  actions!: Action[];
  /** Who created it; null for the defaults every tenant starts with (and after that user is deleted). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}
