// The web's typed permission codes are the API's, and the main navigation is read from the
// routes: one place says what a page needs (route meta), the navigation cannot disagree.
import { describe, expect, it } from 'vitest';
import { PERMISSIONS as API_PERMISSIONS } from '../../api/src/permissions/matrix.js';
import { PERMISSIONS } from '../../web/src/permissions.js';
import { navItems, routes } from '../../web/src/router.js';

describe('web permissions and navigation', () => {
  it('names exactly the permission codes the API grants', () => {
    expect([...PERMISSIONS]).toEqual([...API_PERMISSIONS]);
  });

  it('builds the navigation from the routes, in order, with each route’s permission', () => {
    expect(navItems).toEqual([
      { name: 'home', label: 'Home' },
      { name: 'console', label: 'Console', permission: 'conversations.view' },
      { name: 'tickets', label: 'Tickets', permission: 'tickets.view' },
      { name: 'calendar', label: 'Calendar', permission: 'meetings.view' },
      { name: 'tasks', label: 'Tasks', permission: 'tasks.view' },
      { name: 'knowledge', label: 'Knowledge', permission: 'kb.view' },
      { name: 'knowledge-coverage', label: 'Knowledge coverage', permission: 'kb.publish' },
      { name: 'team', label: 'Team', permission: 'users.view' },
      { name: 'canned-responses', label: 'Canned responses', permission: 'conversations.reply' },
      { name: 'sla', label: 'SLA & hours', permission: 'automation.manage' },
      { name: 'approvals', label: 'Approvals', permission: 'approvals.decide' },
      { name: 'api-keys', label: 'API keys', permission: 'apikeys.manage' },
      { name: 'webhooks', label: 'Webhooks', permission: 'webhooks.manage' },
      { name: 'widget-settings', label: 'Widget', permission: 'system.settings' },
      { name: 'automation', label: 'Automation', permission: 'automation.manage' },
      { name: 'outbox', label: 'Outbox', permission: 'system.settings' },
      { name: 'audit', label: 'Audit log', permission: 'audit.view' },
      { name: 'ai-usage', label: 'AI usage', permission: 'reports.view' },
      { name: 'tenants', label: 'Tenants', permission: 'tenants.manage' },
      { name: 'profile', label: 'Profile' },
    ]);
    for (const item of navItems) {
      expect(routes.find((r) => r.name === item.name)?.meta?.permission).toBe(item.permission);
    }
  });

  it('gives every route permission a known code', () => {
    for (const r of routes) {
      if (r.meta?.permission) expect(PERMISSIONS).toContain(r.meta.permission);
    }
  });
});
