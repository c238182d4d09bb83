// Routes of the web app. Pages that need a session say so in `meta.requiresAuth`;
// the guard sends signed-out visitors to /login and remembers where they wanted to go.
import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router';
import { getToken } from './auth.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for signed-in staff. */
    requiresAuth?: boolean;
    /** Document title of the page. */
    title?: string;
    /** Permission code the page needs (hidden from navigation without it; the API refuses anyway). */
    permission?: string;
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('./home/HomePage.vue'),
    meta: { requiresAuth: true, title: 'Home' },
  },
  {
    path: '/console',
    name: 'console',
    component: () => import('./console/ConsolePage.vue'),
    meta: { requiresAuth: true, title: 'Console', permission: 'conversations.view' },
  },
  {
    path: '/knowledge',
    name: 'knowledge',
    component: () => import('./knowledge/KnowledgePage.vue'),
    meta: { requiresAuth: true, title: 'Knowledge', permission: 'kb.view' },
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
    meta: { requiresAuth: true, title: 'Team', permission: 'users.view' },
  },
  {
    path: '/canned-responses',
    name: 'canned-responses',
    component: () => import('./canned-responses/CannedResponsesPage.vue'),
    meta: { requiresAuth: true, title: 'Canned responses', permission: 'conversations.reply' },
  },
  {
    path: '/api-keys',
    name: 'api-keys',
    component: () => import('./api-keys/ApiKeysPage.vue'),
    meta: { requiresAuth: true, title: 'API keys', permission: 'apikeys.manage' },
  },
  {
    path: '/widget-settings',
    name: 'widget-settings',
    component: () => import('./widget-settings/WidgetSettingsPage.vue'),
    meta: { requiresAuth: true, title: 'Widget settings', permission: 'system.settings' },
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
  { path: '/:pathMatch(.*)*', redirect: '/' },
];

/** The main navigation, in order; items with a permission are shown only to viewers holding it. */
export const navItems: { name: string; label: string; permission?: string }[] = [
  { name: 'home', label: 'Home' },
  { name: 'console', label: 'Console', permission: 'conversations.view' },
  { name: 'knowledge', label: 'Knowledge', permission: 'kb.view' },
  { name: 'team', label: 'Team', permission: 'users.view' },
  { name: 'canned-responses', label: 'Canned responses', permission: 'conversations.reply' },
  { name: 'api-keys', label: 'API keys', permission: 'apikeys.manage' },
  { name: 'widget-settings', label: 'Widget', permission: 'system.settings' },
];

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
