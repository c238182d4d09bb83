import { Resolver } from 'type-graphql';

// Filled in by the audit work: auditLogs, auditStats.
@Resolver()
export class AuditResolver {}
