// The role -> permission matrix, readable as a table. Shield rules are built from it.
import { Role } from './roles.js';

export const PERMISSIONS = [
  'tenants.view', 'tenants.manage',
  'users.view', 'users.create', 'users.update', 'users.delete',
  'conversations.view', 'conversations.reply', 'conversations.assign', 'conversations.manage',
  'tickets.view', 'tickets.create', 'tickets.update', 'tickets.delete', 'tickets.assign',
  'approvals.decide', 'automation.manage',
  'kb.view', 'kb.create', 'kb.update', 'kb.publish', 'kb.delete', 'kb.label',
  'meetings.view', 'meetings.manage', 'tasks.view', 'tasks.manage',
  'kpis.view', 'reports.view', 'reports.export',
  'audit.view', 'apikeys.manage', 'webhooks.manage', 'system.settings', 'system.logs',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL = [...PERMISSIONS];
const except = (...drop: Permission[]) => ALL.filter((p) => !drop.includes(p));

//                  role              permissions
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.PLATFORM_ADMIN]: ALL,
  [Role.TENANT_ADMIN]: except('tenants.manage'),
  [Role.MANAGER]: [
    'tenants.view', 'users.view',
    'conversations.view', 'conversations.reply', 'conversations.assign', 'conversations.manage',
    'tickets.view', 'tickets.create', 'tickets.update', 'tickets.assign',
    'approvals.decide', 'automation.manage',
    'kb.view', 'kb.create', 'kb.update', 'kb.publish', 'kb.label',
    'meetings.view', 'meetings.manage', 'tasks.view', 'tasks.manage',
    'kpis.view', 'reports.view', 'reports.export',
  ],
  [Role.AGENT]: [
    'tenants.view', 'users.view',
    'conversations.view', 'conversations.reply',
    'tickets.view', 'tickets.create', 'tickets.update',
    'kb.view', 'kb.label', 'meetings.view', 'meetings.manage', 'tasks.view', 'tasks.manage', 'kpis.view',
  ],
  [Role.VIEWER]: ['tenants.view', 'users.view', 'conversations.view', 'tickets.view', 'kb.view', 'meetings.view', 'tasks.view', 'kpis.view', 'reports.view'],
};

/**
 * One set per role, shared by every viewer of that role (never modified): a signed-in socket holds
 * a reference, not its own copy (≈ 750 bytes each), and the fan-out caches its group key per set.
 */
const roleSets = new Map<Role, ReadonlySet<Permission>>();
export const permissionsOf = (role: Role): ReadonlySet<Permission> => {
  let set = roleSets.get(role);
  if (!set) roleSets.set(role, (set = new Set(ROLE_PERMISSIONS[role])));
  return set;
};
