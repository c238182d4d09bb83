// The permission codes the API grants (viewer.permissions, API key scopes), as one typed list so
// routes, navigation and `session.can()` cannot name a code that does not exist. The same list as
// api/src/permissions/matrix.ts (test/web/permissions.test.ts keeps them equal).

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

/** Groups permission codes by area (`kb.view` → `kb`), in their original order. */
export function groupPermissions(codes: readonly string[]): { area: string; codes: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const area = code.split('.')[0] ?? code;
    groups.set(area, [...(groups.get(area) ?? []), code]);
  }
  return Array.from(groups, ([area, list]) => ({ area, codes: list }));
}
