// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The task board page with a scripted API: cards in their columns, a move sends the new status
// and a position between the neighbours with the version read; a CONFLICT reloads and says so;
// a taskUpdated push moves a card live; filters go to the API.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { computed, defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import TasksPage from '../../web/src/tasks/TasksPage.vue';
import { provideSession, type SessionViewer } from '../../web/src/session.js';
import { toasts } from '../../web/src/toast.js';
import { scriptedClient, type Script } from './helpers/scripted-client.js';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
  toasts.splice(0);
});

const task = (id: string, status: string, position: number, over: Record<string, unknown> = {}) => ({
  __typename: 'Task', id, title: `Task ${id}`, description: null, status, priority: 'MEDIUM', tags: [], dueAt: null, completedAt: null, position, version: 1,
  assigneeId: null, assignee: null, creatorKind: 'USER', createdBy: null, ticketId: null, meetingId: null, conversationId: null,
  createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z', ...over,
});
const page = (nodes: unknown[]) => ({ __typename: 'TaskConnection', totalCount: nodes.length, edges: nodes.map((node) => ({ __typename: 'TaskEdge', node })) });

async function mountBoard(script: Script, path = '/tasks') {
  const api = scriptedClient(script);
  const stub = defineComponent({ render: () => null });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/tasks', name: 'tasks', component: stub }, { path: '/calendar', name: 'calendar', component: stub }, { path: '/console', name: 'console', component: stub }, { path: '/tickets/:id', name: 'ticket', component: stub }] });
  await router.push(path);
  await router.isReady();
  const permissions = ['tasks.view', 'tasks.manage'];
  const viewer = { kind: 'user', permissions, user: { id: 'me', displayName: 'Ada Agent', email: 'a@x', role: 'AGENT', availability: 'ONLINE' }, tenant: null } as unknown as SessionViewer;
  const Host = defineComponent({
    setup() {
      provideSession({ viewer: computed(() => viewer), can: (p) => permissions.includes(p), signOut: async () => undefined });
      return () => h(TasksPage);
    },
  });
  const w = mount(Host, { global: { plugins: [router, [urql, api.client]] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return { w, router, ...api };
}
const column = (w: VueWrapper, status: string) => w.findAll(`[data-testid="task-column"][data-status="${status}"] [data-task-id]`).map((e) => e.attributes('data-task-id'));

describe('task board page', () => {
  it('moves a card on with its arrow: status + position + version; the answer is kept', async () => {
    let reads = 0;
    const { w, ops } = await mountBoard({
      BoardTasks: () => (reads++, { open: page([task('a', 'TODO', 1000), task('b', 'IN_PROGRESS', 1000), task('c', 'IN_PROGRESS', 2000)]), done: page([task('d', 'DONE', 1000)]) }),
      TaskAssignees: () => ({ users: { __typename: 'UserConnection', edges: [] } }),
      UpdateTask: (v) => ({ updateTask: { __typename: 'TaskPayload', changed: true, task: task('a', v.input.status, v.input.position, { version: 2 }) } }),
    });
    expect(column(w, 'TODO')).toEqual(['a']);
    expect(column(w, 'IN_PROGRESS')).toEqual(['b', 'c']);
    expect(column(w, 'DONE')).toEqual(['d']);
    await w.get('[aria-label="Move “Task a” on"]').trigger('click');
    await flushPromises();
    expect(ops.find((o) => o.name === 'UpdateTask')!.variables.input).toEqual({ id: 'a', expectedVersion: 1, position: 3000, status: 'IN_PROGRESS' });
    expect(column(w, 'TODO')).toEqual([]);
    expect(column(w, 'IN_PROGRESS')).toEqual(['b', 'c', 'a']);
    expect(reads).toBe(1);
  });

  it('a CONFLICT reloads the board and says so; a live update moves a card', async () => {
    let reads = 0;
    const { w, push } = await mountBoard({
      BoardTasks: () => (reads++, { open: page([task('a', 'TODO', 1000), task('b', 'TODO', 2000)]), done: page([]) }),
      TaskAssignees: () => ({ users: { __typename: 'UserConnection', edges: [] } }),
      UpdateTask: () => ({ errors: [{ message: 'changed meanwhile', extensions: { code: 'CONFLICT' } }] }),
    });
    await w.get('[aria-label="Move “Task b” on"]').trigger('click');
    await flushPromises();
    expect(reads).toBe(2);
    expect(toasts.map((t) => t.message)).toContain('Someone else changed that task first: the board was reloaded.');
    push('TaskUpdated', { taskUpdated: task('a', 'REVIEW', 500, { version: 3 }) });
    await flushPromises();
    expect(column(w, 'REVIEW')).toEqual(['a']);
  });

  it('filters go to the API and the URL', async () => {
    const { w, ops, router } = await mountBoard({
      BoardTasks: () => ({ open: page([]), done: page([]) }),
      TaskAssignees: () => ({ users: { __typename: 'UserConnection', edges: [] } }),
    }, '/tasks?mine=1&tag=vip');
    expect(ops.find((o) => o.name === 'BoardTasks')!.variables.filter).toEqual({ mine: true, tag: 'vip', status: ['TODO', 'IN_PROGRESS', 'REVIEW'] });
    await w.get('[data-testid="filter-overdue"]').setValue(true);
    await flushPromises();
    expect(router.currentRoute.value.query).toMatchObject({ mine: '1', tag: 'vip', overdue: '1' });
    expect(ops.filter((o) => o.name === 'BoardTasks').at(-1)!.variables.filter).toMatchObject({ overdue: true });
  });
});
