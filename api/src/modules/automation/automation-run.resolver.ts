import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { SimulateAutomationRuleInput } from './automation-rule.inputs.js';
import { AutomationSimulationType, EscalationPreviewType } from './automation-run.type.js';
import { triggerJson } from './automation-rule.service.js';
import { escalationPreview, simulateRule } from './rule-preview.js';

@Resolver()
export class AutomationRunResolver {
  @Query(() => AutomationSimulationType, {
    description: 'Replay a DRAFT rule over your newest tickets (`last`, 1–5,000; for conversation events also conversations without a ticket): which it would match now and what it would do. Read-only: nothing is changed or recorded.',
  })
  simulateAutomationRule(@Arg('input', () => SimulateAutomationRuleInput, { description: 'The draft rule and how many recent tickets to replay it over.' }) input: SimulateAutomationRuleInput, @Ctx() ctx: Context) {
    const r = input.rule;
    return simulateRule(ctx, { name: r.name, description: r.description, trigger: triggerJson(r.trigger), conditions: r.conditions, actions: r.actions }, input.last);
  }

  @Query(() => EscalationPreviewType, { description: 'What escalating this ticket would do now: the TICKET_ESCALATED rules that would match and the resulting queue and priority. Read-only. Unknown or another tenant’s ticket: NOT_FOUND.' })
  async ticketEscalationPreview(@Arg('ticketId', () => ID, { description: 'The ticket to preview an escalation of.' }) ticketId: string, @Ctx() ctx: Context) {
    const p = await escalationPreview(ctx, ticketId);
    return { ...p, rules: p.rules.map((r) => ({ ...r, actionList: r.actions })) };
  }
}
