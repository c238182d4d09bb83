import { Field, ID, InputType, Int } from 'type-graphql';
import { JSON } from '../../graphql/scalars.js';
import { IDEMPOTENCY_KEY } from '../../idempotency/idempotency.js';
import { AutomationEvent, AutomationTimeAnchor, AutomationTriggerKind } from './automation-rule.type.js';

@InputType('AutomationTriggerInput', { description: 'EVENT with `events`, or TIME_BASED with `after` and `minutes`.' })
export class AutomationTriggerInput {
  @Field(() => AutomationTriggerKind, { description: 'EVENT or TIME_BASED.' })
  kind!: string;
  @Field(() => [AutomationEvent], { nullable: true, description: 'EVENT: one or more events.' })
  events?: string[] | null;
  @Field(() => AutomationTimeAnchor, { nullable: true, description: 'TIME_BASED: what the minutes count from.' })
  after?: string | null;
  @Field(() => Int, { nullable: true, description: 'TIME_BASED: 1–43,200 minutes.' })
  minutes?: number | null;
}

const CONDITIONS = 'The condition tree as JSON (docs/api.md, "Automation rules"); omitted or null: always.';
const ACTIONS = 'The actions as a JSON list, in order: `[{ "type": "setQueue", "queueId": "…" }, …]` (1–20).';

@InputType('AutomationRuleDraftInput', { description: 'A rule to check without saving (every part optional: missing parts are reported as problems).' })
export class AutomationRuleDraftInput {
  @Field(() => String, { nullable: true, description: 'Name (1–100 characters).' })
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'Description (up to 1,000 characters).' })
  description?: string | null;
  @Field(() => AutomationTriggerInput, { nullable: true, description: 'When the rule runs.' })
  trigger?: AutomationTriggerInput | null;
  @Field(() => JSON, { nullable: true, description: CONDITIONS })
  conditions?: unknown;
  @Field(() => JSON, { nullable: true, description: ACTIONS })
  actions?: unknown;
}

@InputType('CreateAutomationRuleInput', { description: 'A new rule, added after the last one. An invalid rule: BAD_USER_INPUT with `extensions.field` (the path of the first problem) and `extensions.problems` (all).' })
export class CreateAutomationRuleInput {
  @Field(() => String, { description: 'Name (1–100 characters).' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Description (up to 1,000 characters).' })
  description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  enabled?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'First-match-wins (default false).' })
  stopProcessing?: boolean | null;
  @Field(() => AutomationTriggerInput, { description: 'When the rule runs.' })
  trigger!: AutomationTriggerInput;
  @Field(() => JSON, { nullable: true, description: CONDITIONS })
  conditions?: unknown;
  @Field(() => JSON, { description: ACTIONS })
  actions!: unknown;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType('UpdateAutomationRuleInput', { description: 'Change a rule; omitted fields stay. The whole rule is validated again.' })
export class UpdateAutomationRuleInput {
  @Field(() => ID, { description: 'The rule to change.' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'New description; an empty string removes it.' })
  description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Enable or disable.' })
  enabled?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'First-match-wins on or off.' })
  stopProcessing?: boolean | null;
  @Field(() => AutomationTriggerInput, { nullable: true, description: 'New trigger.' })
  trigger?: AutomationTriggerInput | null;
  @Field(() => JSON, { nullable: true, description: 'New condition tree (`{ "all": [] }`: always).' })
  conditions?: unknown;
  @Field(() => JSON, { nullable: true, description: 'New actions.' })
  actions?: unknown;
}

@InputType('DeleteAutomationRuleInput', { description: 'Delete a rule (its run history goes with it).' })
export class DeleteAutomationRuleInput {
  @Field(() => ID, { description: 'The rule to delete.' })
  id!: string;
}

@InputType('ReorderAutomationRulesInput', { description: 'The new evaluation order.' })
export class ReorderAutomationRulesInput {
  @Field(() => [ID], { description: 'Every rule of your tenant, each once, first to be evaluated first. A rule missing or named twice: BAD_USER_INPUT; an unknown id: NOT_FOUND.' })
  ids!: string[];
}

@InputType('SimulateAutomationRuleInput', { description: 'A draft rule and how many of your newest tickets to replay it over.' })
export class SimulateAutomationRuleInput {
  @Field(() => AutomationRuleDraftInput, { description: 'The rule as createAutomationRule would take it (invalid: BAD_USER_INPUT, `extensions.field` = `rule.<path>`).' })
  rule!: AutomationRuleDraftInput;
  @Field(() => Int, { description: 'How many of the newest tickets (and, for conversation events, conversations without a ticket): 1–5,000.' })
  last!: number;
}
