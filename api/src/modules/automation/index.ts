// Automation rules as data: the language (rule-language.ts), validation, pure evaluation, the
// default rules every tenant starts with, storage and the editor's API. Wiring rules to ticket and
// conversation events, timers and simulation is the integration's (docs/api.md, "Automation rules").
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { AutomationRuleResolver } from './automation-rule.resolver.js';
import { AutomationRule } from './automation-rule.entity.js';
import { AutomationRuleRun } from './automation-rule-run.entity.js';

export const automationModule = defineModule({
  name: 'automation',
  resolvers: [AutomationRuleResolver],
  entities: [AutomationRule, AutomationRuleRun],
  access: {
    Query: {
      automationRules: access.can('tickets.view'),
      automationRule: access.can('tickets.view'),
      automationRuleLanguage: access.can('tickets.view'),
      validateAutomationRule: access.can('automation.manage'),
    },
    Mutation: {
      createAutomationRule: access.can('automation.manage'),
      updateAutomationRule: access.can('automation.manage'),
      deleteAutomationRule: access.can('automation.manage'),
      reorderAutomationRules: access.can('automation.manage'),
    },
  },
});
