import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import type { ReadScope } from '../../graphql/planner/planner.js';
import {
  AutomationActionItem, AutomationRuleLanguageType, AutomationRuleType, AutomationRuleValidationType, type AutomationRuleRow,
} from './automation-rule.type.js';
import {
  AutomationRuleDraftInput, CreateAutomationRuleInput, DeleteAutomationRuleInput, ReorderAutomationRulesInput, UpdateAutomationRuleInput,
} from './automation-rule.inputs.js';
import { createAutomationRule, deleteAutomationRule, reorderAutomationRules, updateAutomationRule, validateDraft } from './automation-rule.service.js';
import { ruleLanguage } from './rule-catalog.js';
import type { Action } from './rule-language.js';

export const AutomationRuleConnection = connectionTypes(AutomationRuleType, 'AutomationRule', 'A page of automation rules, in evaluation order.');

async function readRule(ctx: Context, info: GraphQLResolveInfo, id: string, tenantId?: string) {
  if (!isUuid(id)) throw notFound('Automation rule');
  const own = ctx.scope();
  const scope: ReadScope | undefined = own && own.kind === 'tenant' ? own : tenantId ? { kind: 'tenant', tenantId } : own;
  const row = await ctx.services.planner.one(info, 'AutomationRule', scope, id);
  if (!row) throw notFound('Automation rule');
  return row;
}

@ObjectType('AutomationRulePayload', { simpleResolvers: true, description: 'The rule after the change.' })
export class AutomationRulePayload {
  ruleId!: string;
  tenantId!: string;

  @Field(() => AutomationRuleType, { description: 'The rule as it is now.' })
  automationRule(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readRule(ctx, info, this.ruleId, this.tenantId);
  }
}

@ObjectType('DeleteAutomationRulePayload', { simpleResolvers: true, description: 'Result of deleteAutomationRule.' })
export class DeleteAutomationRulePayload {
  @Field(() => ID, { description: 'Id of the deleted rule.' })
  deletedAutomationRuleId!: string;
}

@ObjectType('ReorderAutomationRulesPayload', { simpleResolvers: true, description: 'Result of reorderAutomationRules.' })
export class ReorderAutomationRulesPayload {
  @Field(() => [ID], { description: 'Every rule id in the new evaluation order.' })
  automationRuleIds!: string[];
}

@Resolver(() => AutomationRuleType)
export class AutomationRuleResolver {
  @Query(() => AutomationRuleConnection, { description: 'Your tenant’s automation rules in evaluation order (position).' })
  automationRules(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.planner.list(info, {
      nodeType: 'AutomationRule',
      scope: ctx.scope(),
      ...ctx.page(page),
      order: { key: 'POSITION_ASC', column: 'position', direction: 'ASC' },
    });
  }

  @Query(() => AutomationRuleType, { description: 'One automation rule of your tenant (unknown or another tenant’s: NOT_FOUND).' })
  automationRule(@Arg('id', () => ID, { description: 'The rule\'s id.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readRule(ctx, info, id);
  }

  @Query(() => AutomationRuleLanguageType, { description: 'The rule language: events, fields with their types and operators, actions with their parameters (what a rule editor offers).' })
  automationRuleLanguage(): AutomationRuleLanguageType {
    return ruleLanguage;
  }

  @Query(() => AutomationRuleValidationType, { description: 'Check a draft rule without saving it: every problem with its path (queue and user ids must be your tenant’s). The editor calls it as you type.' })
  async validateAutomationRule(@Arg('input', () => AutomationRuleDraftInput, { description: 'The draft rule (name, trigger, conditions, actions) to check.' }) input: AutomationRuleDraftInput, @Ctx() ctx: Context): Promise<AutomationRuleValidationType> {
    const problems = await validateDraft(ctx, input);
    return { valid: problems.length === 0, problems };
  }

  @FieldResolver(() => [AutomationActionItem], { description: 'The actions, in order, their parameters as typed fields.' })
  actionList(@Root() row: AutomationRuleRow & { actions?: Action[] }): Action[] {
    return row.actions ?? [];
  }

  @Mutation(() => AutomationRulePayload, { description: 'Add an automation rule after the last one. Invalid: BAD_USER_INPUT, `extensions.field` = path of the first problem, `extensions.problems` = all.' })
  async createAutomationRule(@Arg('input', () => CreateAutomationRuleInput, { description: 'The rule: name, trigger, conditions, actions, status.' }) input: CreateAutomationRuleInput, @Ctx() ctx: Context): Promise<AutomationRulePayload> {
    const c = await createAutomationRule(ctx, input);
    return Object.assign(new AutomationRulePayload(), c);
  }

  @Mutation(() => AutomationRulePayload, { description: 'Change an automation rule (validated whole again). Another tenant’s: NOT_FOUND.' })
  async updateAutomationRule(@Arg('input', () => UpdateAutomationRuleInput, { description: 'The rule and the parts to change.' }) input: UpdateAutomationRuleInput, @Ctx() ctx: Context): Promise<AutomationRulePayload> {
    const c = await updateAutomationRule(ctx, input);
    return Object.assign(new AutomationRulePayload(), c);
  }

  @Mutation(() => DeleteAutomationRulePayload, { description: 'Delete an automation rule. Another tenant’s: NOT_FOUND.' })
  async deleteAutomationRule(@Arg('input', () => DeleteAutomationRuleInput, { description: 'The rule to delete.' }) input: DeleteAutomationRuleInput, @Ctx() ctx: Context): Promise<DeleteAutomationRulePayload> {
    const c = await deleteAutomationRule(ctx, input.id);
    return { deletedAutomationRuleId: c.ruleId };
  }

  @Mutation(() => ReorderAutomationRulesPayload, { description: 'Set the evaluation order: name every rule of your tenant once, first first.' })
  async reorderAutomationRules(@Arg('input', () => ReorderAutomationRulesInput, { description: 'Every rule id of your tenant in the new evaluation order.' }) input: ReorderAutomationRulesInput, @Ctx() ctx: Context): Promise<ReorderAutomationRulesPayload> {
    return { automationRuleIds: await reorderAutomationRules(ctx, input.ids) };
  }
}
