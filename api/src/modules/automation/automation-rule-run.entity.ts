import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant.entity.js';
import { TenantScoped } from '../../db/tenant-filter.js';
import { AutomationRule } from './automation-rule.entity.js';

export type RuleSubjectKind = 'TICKET' | 'CONVERSATION';

/**
 * One evaluation of one rule against one ticket or conversation: whether it matched and which
 * actions were applied. Written by the integration (rule history, "why did this ticket move?").
 */
@Entity({ tableName: 'automation_rule_runs' })
@TenantScoped()
export class AutomationRuleRun {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant>;
  @ManyToOne(() => AutomationRule, { ref: true, deleteRule: 'cascade' })
  rule!: Ref<AutomationRule>;
  @Property({ type: 'text' })
  subjectKind!: RuleSubjectKind;
  @Property({ type: 'uuid' })
  subjectId!: string;
  /** The event (EVENT triggers) or TIME_BASED. */
  @Property({ type: 'text' })
  trigger!: string;
  @Property({ type: 'boolean' })
  matched!: boolean;
  @Property({ type: 'json', columnType: 'jsonb' })
  actionsApplied: unknown[] = [];
  /** TIME_BASED: the anchor instant this run was due for (unique per rule and subject: fires once). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  anchorAt: Date | null = null;
  /** The causal chain of rules the run belonged to (the loop guard's view). */
  @Property({ type: 'json', columnType: 'jsonb' })
  chain: string[] = [];
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date = new Date();
}
