// Tasks (issue 15): work for one person with a status lifecycle (task-lifecycle.ts), due times in
// business time, links to tickets / meetings / conversations, a board order, realtime updates,
// team progress from the reporting rollups, and a task per scheduled callback (tasks.listeners.ts).
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { Task } from './task.entity.js';
import { TaskPayloadResolver, TaskResolver } from './task.resolver.js';
import { tasksListeners } from './tasks.listeners.js';

export const tasksModule = defineModule({
  name: 'tasks',
  resolvers: [TaskResolver, TaskPayloadResolver],
  entities: [Task],
  access: {
    Query: { tasks: access.can('tasks.view'), task: access.can('tasks.view'), teamProgress: access.can('tasks.view') },
    Mutation: { createTask: access.can('tasks.manage'), updateTask: access.can('tasks.manage') },
    Subscription: { taskUpdated: access.can('tasks.view') },
  },
  listeners: tasksListeners,
});
