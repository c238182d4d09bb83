// Routes of the web app. Pages that need a session say so in `meta.requiresAuth`;
// the guard sends signed-out visitors to /login and remembers where they wanted to go.
// A route's `meta` is the one place for its title, the permission it needs and its place in
// the main navigation (`navItems` is read from the routes).
import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router';
import { getToken } from './auth.js';
import type { Permission } from './permissions.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for signed-in staff. */
    requiresAuth?: boolean;
    /** Document title of the page. */
    title?: string;
    /** Permission code the page needs (hidden from navigation without it; the API refuses anyway). */
    permission?: Permission;
    /** In the main navigation, in route order, with this label. */
    nav?: { label: string };
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    // The KPI dashboard for viewers with `kpis.view` (platform admins: `?tenant=<id>`, read-only;
    // range and business hours in `?from&to&bh`), the welcome card for the others.
    component: () => import('./dashboard/HomeSwitch.vue'),
    meta: { requiresAuth: true, title: 'Home', nav: { label: 'Home' } },
  },
  {
    path: '/console',
    name: 'console',
    component: () => import('./console/ConsolePage.vue'),
    meta: { requiresAuth: true, title: 'Console', permission: 'conversations.view', nav: { label: 'Console' } },
  },
  {
    // Filters live in the query (status, priority, queue, assignee, tag, sla, q, sort): links keep them.
    path: '/tickets',
    name: 'tickets',
    component: () => import('./tickets/TicketsPage.vue'),
    meta: { requiresAuth: true, title: 'Tickets', permission: 'tickets.view', nav: { label: 'Tickets' } },
  },
  {
    path: '/tickets/:id',
    name: 'ticket',
    component: () => import('./tickets/TicketDetailPage.vue'),
    meta: { requiresAuth: true, title: 'Ticket', permission: 'tickets.view' },
  },
  {
    // ?v=month|week|day, d=YYYY-MM-DD, who=me|all|<user id>, m=<meeting id> (opens it).
    path: '/calendar',
    name: 'calendar',
    component: () => import('./calendar/CalendarPage.vue'),
    meta: { requiresAuth: true, title: 'Calendar', permission: 'meetings.view', nav: { label: 'Calendar' } },
  },
  {
    // Filters in the query: mine=1, overdue=1, tag, assignee.
    path: '/tasks',
    name: 'tasks',
    component: () => import('./tasks/TasksPage.vue'),
    meta: { requiresAuth: true, title: 'Tasks', permission: 'tasks.view', nav: { label: 'Tasks' } },
  },
  {
    path: '/knowledge',
    name: 'knowledge',
    component: () => import('./knowledge/KnowledgePage.vue'),
    meta: { requiresAuth: true, title: 'Knowledge', permission: 'kb.view', nav: { label: 'Knowledge' } },
  },
  {
    // The calibration of the assistant's hand-off on the tenant's knowledge, and the team's labels.
    path: '/knowledge-coverage',
    name: 'knowledge-coverage',
    component: () => import('./knowledge-coverage/KnowledgeCoveragePage.vue'),
    meta: { requiresAuth: true, title: 'Knowledge coverage', permission: 'kb.publish', nav: { label: 'Knowledge coverage' } },
  },
  {
    // `new` (with ?kind=FAQ|ARTICLE) or a document id: the same page with the editor open.
    path: '/knowledge/:id',
    name: 'knowledge-document',
    component: () => import('./knowledge/KnowledgePage.vue'),
    meta: { requiresAuth: true, title: 'Knowledge', permission: 'kb.view' },
  },
  {
    path: '/team',
    name: 'team',
    component: () => import('./team/TeamPage.vue'),
    meta: { requiresAuth: true, title: 'Team', permission: 'users.view', nav: { label: 'Team' } },
  },
  {
    path: '/canned-responses',
    name: 'canned-responses',
    component: () => import('./canned-responses/CannedResponsesPage.vue'),
    meta: { requiresAuth: true, title: 'Canned responses', permission: 'conversations.reply', nav: { label: 'Canned responses' } },
  },
  {
    path: '/sla',
    name: 'sla',
    component: () => import('./sla/SlaSettingsPage.vue'),
    meta: { requiresAuth: true, title: 'SLA & hours', permission: 'automation.manage', nav: { label: 'SLA & hours' } },
  },
  {
    // ?a=<approval id> opens that approval beside the queue.
    path: '/approvals',
    name: 'approvals',
    component: () => import('./approvals/ApprovalsPage.vue'),
    meta: { requiresAuth: true, title: 'Approvals', permission: 'approvals.decide', nav: { label: 'Approvals' } },
  },
  {
    path: '/api-keys',
    name: 'api-keys',
    component: () => import('./api-keys/ApiKeysPage.vue'),
    meta: { requiresAuth: true, title: 'API keys', permission: 'apikeys.manage', nav: { label: 'API keys' } },
  },
  {
    path: '/webhooks',
    name: 'webhooks',
    component: () => import('./webhooks/WebhooksPage.vue'),
    meta: { requiresAuth: true, title: 'Webhooks', permission: 'webhooks.manage', nav: { label: 'Webhooks' } },
  },
  {
    path: '/widget-settings',
    name: 'widget-settings',
    component: () => import('./widget-settings/WidgetSettingsPage.vue'),
    meta: { requiresAuth: true, title: 'Widget settings', permission: 'system.settings', nav: { label: 'Widget' } },
  },
  {
    path: '/automation',
    name: 'automation',
    component: () => import('./automation/AutomationRulesPage.vue'),
    meta: { requiresAuth: true, title: 'Automation rules', permission: 'automation.manage', nav: { label: 'Automation' } },
  },
  {
    // `new` or a rule id.
    path: '/automation/:id',
    name: 'automation-rule',
    component: () => import('./automation/AutomationRuleEditorPage.vue'),
    meta: { requiresAuth: true, title: 'Automation rule', permission: 'automation.manage' },
  },
  {
    path: '/outbox',
    name: 'outbox',
    component: () => import('./outbox/OutboxPage.vue'),
    meta: { requiresAuth: true, title: 'Outbox', permission: 'system.settings', nav: { label: 'Outbox' } },
  },
  {
    // Filters live on the page; platform admins may add ?tenant=<id>.
    path: '/audit',
    name: 'audit',
    component: () => import('./audit/AuditLogPage.vue'),
    meta: { requiresAuth: true, title: 'Audit log', permission: 'audit.view', nav: { label: 'Audit log' } },
  },
  {
    path: '/ai-usage',
    name: 'ai-usage',
    component: () => import('./ai-usage/AiUsagePage.vue'),
    meta: { requiresAuth: true, title: 'AI usage', permission: 'reports.view', nav: { label: 'AI usage' } },
  },
  {
    // Platform admins only (`tenants.manage` is theirs alone).
    path: '/tenants',
    name: 'tenants',
    component: () => import('./tenants/TenantsPage.vue'),
    meta: { requiresAuth: true, title: 'Tenants', permission: 'tenants.manage', nav: { label: 'Tenants' } },
  },
  {
    // Every signed-in user: name, password, calendar feed.
    path: '/profile',
    name: 'profile',
    component: () => import('./profile/ProfilePage.vue'),
    meta: { requiresAuth: true, title: 'Profile', nav: { label: 'Profile' } },
  },
  {
    path: '/ui',
    name: 'ui',
    component: () => import('./ui-demo/UiDemoPage.vue'),
    meta: { requiresAuth: true, title: 'Design system' },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('./auth/LoginPage.vue'),
    meta: { title: 'Sign in' },
  },
  {
    // The link from an invitation (Team page → createUser): choose a password, get signed in.
    path: '/accept',
    name: 'accept-invitation',
    component: () => import('./auth/AcceptInvitationPage.vue'),
    meta: { title: 'Accept invitation' },
  },
  {
    // The link from a password-reset e-mail (mail module): choose a new password.
    path: '/reset-password',
    name: 'reset-password',
    component: () => import('./auth/ResetPasswordPage.vue'),
    meta: { title: 'Reset password' },
  },
  { path: '/:pathMatch(.*)*', redirect: '/' },
];

export interface NavItem {
  name: string;
  label: string;
  permission?: Permission;
}

/** The main navigation, in route order; items with a permission are shown only to viewers holding it. */
export const navItems: NavItem[] = routes.flatMap((r) =>
  r.meta?.nav && typeof r.name === 'string'
    ? [{ name: r.name, label: r.meta.nav.label, ...(r.meta.permission ? { permission: r.meta.permission } : {}) }]
    : [],
);

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({ history, routes });

  router.beforeEach((to) => {
    if (to.meta.requiresAuth && !getToken()) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    if (to.name === 'login' && getToken()) return { name: 'home' };
    return true;
  });

  router.afterEach((to) => {
    if (typeof document !== 'undefined') {
      document.title = to.meta.title ? `${to.meta.title} · Switchboard` : 'Switchboard';
    }
  });

  return router;
}
