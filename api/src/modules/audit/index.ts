// Audit: who changed what, written in the same transaction as the change.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditLog } from './audit-log.entity.js';

export const auditModule = defineModule({
  name: 'audit',
  resolvers: [AuditResolver],
  entities: [AuditLog],
  access: { Query: { auditLogs: access.can('audit.view'), auditStats: access.can('audit.view') } },
});
