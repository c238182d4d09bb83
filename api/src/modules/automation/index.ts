// Automation rules as data: the language (rule-language.ts), validation, pure evaluation, the
// default rules every tenant starts with, storage and the editor's API; and rules running on real
// tickets: domain events become triggers (automation.listeners.ts), time-based rules run on exact
// timers (rule-runner.ts), simulation and the escalation preview read only (rule-preview.ts).
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { AutomationRuleResolver } from './automation-rule.resolver.js';
import { AutomationRule } from './automation-rule.entity.js';
import { AutomationRuleRun } from './automation-rule-run.entity.js';
import { AutomationRunResolver } from './automation-run.resolver.js';
import { automationListeners } from './automation.listeners.js';
import { onRuleTimer, RULE_TIMER_KIND } from './rule-runner.js';
import { startRulesCache } from './rules-cache.js';

export const automationModule = defineModule({
  name: 'automation',
  resolvers: [AutomationRuleResolver, AutomationRunResolver],
  entities: [AutomationRule, AutomationRuleRun],
  access: {
    Query: {
      automationRules: access.can('tickets.view'),
      automationRule: access.can('tickets.view'),
      automationRuleLanguage: access.can('tickets.view'),
      validateAutomationRule: access.can('automation.manage'),
      simulateAutomationRule: access.can('automation.manage'),
      ticketEscalationPreview: access.can('tickets.view'),
    },
    Mutation: {
      createAutomationRule: access.can('automation.manage'),
      updateAutomationRule: access.can('automation.manage'),
      deleteAutomationRule: access.can('automation.manage'),
      reorderAutomationRules: access.can('automation.manage'),
    },
  },
  listeners: automationListeners,
  timers: { [RULE_TIMER_KIND]: onRuleTimer },
  // The tenants' rules are cached per instance once the invalidations from every instance are heard.
  start: startRulesCache,
});
