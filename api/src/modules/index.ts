// The one list of domain modules. The schema (resolvers, access rules), the ORM (entities), the
// domain-event listeners, the job workers and the background duties are all built from it:
// adding a module means adding it here (docs/architecture.md, "How to add a module").
import { mergeAccess } from '../permissions/rules.js';
import type { AppModule } from './module.js';
import { systemModule } from './system/index.js';
import { sessionsModule } from './sessions/index.js';
import { tenantsModule } from './tenants/index.js';
import { usersModule } from './users/index.js';
import { apiKeysModule } from './apikeys/index.js';
import { auditModule } from './audit/index.js';
import { widgetModule } from './widget/index.js';
import { contactsModule } from './contacts/index.js';
import { knowledgeModule } from './knowledge/index.js';
import { knowledgeLabelsModule } from './knowledge-labels/index.js';
import { conversationsModule } from './conversations/index.js';
import { routingModule } from './routing/index.js';
import { cannedModule } from './canned/index.js';
import { presenceModule } from './presence/index.js';
import { assistantModule } from './assistant/index.js';
import { classifierModule } from './classifier/index.js';
import { aiCallsModule } from './ai-calls/index.js';
import { calibrationModule } from './calibration/index.js';
import { slaModule } from './sla/index.js';
import { automationModule } from './automation/index.js';
import { ticketsModule } from './tickets/index.js';
import { notificationsModule } from './notifications/index.js';
import { mailModule } from './mail/index.js';
import { approvalsModule } from './approvals/index.js';
import { csatModule } from './csat/index.js';
import { reportingModule } from './reporting/index.js';
import { kpisModule } from './kpis/index.js';
import { tasksModule } from './tasks/index.js';
import { meetingsModule } from './meetings/index.js';
import { budgetsModule } from './budgets/index.js';
import { webhooksModule } from './webhooks/index.js';

export const appModules: readonly AppModule[] = [
  systemModule, sessionsModule, tenantsModule, usersModule, apiKeysModule, auditModule, widgetModule, contactsModule,
  knowledgeModule, conversationsModule, knowledgeLabelsModule, routingModule, cannedModule, presenceModule, assistantModule, classifierModule, aiCallsModule,
  calibrationModule,
  slaModule,
  automationModule,
  ticketsModule,
  notificationsModule, mailModule,
  approvalsModule,
  csatModule,
  reportingModule,
  kpisModule,
  tasksModule,
  meetingsModule,
  budgetsModule,
  webhooksModule,
];

export const resolvers = appModules.flatMap((m) => m.resolvers ?? []);
export const entities = appModules.flatMap((m) => m.entities ?? []);
/** Who may call what: every module's entries as one table (the isolation-matrix test reads it). */
export const accessTree = mergeAccess(appModules.map((m) => m.access ?? {}));
