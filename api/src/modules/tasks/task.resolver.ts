import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { oncePerEvent } from '../../graphql/per-event.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { Topic, type TopicPayloads } from '../../events/topics.js';
import { TaskPayload, TaskType, TeamProgress } from './task.type.js';
import { CreateTaskInput, TaskFilter, TaskOrder, UpdateTaskInput } from './task.inputs.js';
import { assertFilterIdsInTenant, taskConditions, teamProgress, TASK_ORDERS } from './task.reads.js';
import { createTaskRequest, updateTaskRequest } from './task.requests.js';
import type { TaskResult } from './task.service.js';

export const TaskConnection = connectionTypes(TaskType, 'Task', 'A page of tasks.');

const payload = (r: TaskResult): TaskPayload => Object.assign(new TaskPayload(), r);

@Resolver(() => TaskType)
export class TaskResolver {
  @Query(() => TaskConnection, { description: 'Tasks of your tenant, filtered and ordered (keyset pages: pass `pageInfo.endCursor` as `after`). `filter.mine`: my tasks; `filter.overdue`: open and past due.' })
  async tasks(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => TaskFilter, { nullable: true, description: 'Narrow by status, assignee, overdue, tag or linked ticket / meeting / conversation.' }) filter: TaskFilter | undefined,
    @Arg('orderBy', () => TaskOrder, { defaultValue: TaskOrder.POSITION, description: 'Board position by default; a cursor only works with the order it came from.' }) orderBy: TaskOrder,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    await assertFilterIdsInTenant(ctx, filter);
    return ctx.services.planner.list(info, {
      nodeType: 'Task',
      scope: ctx.scope(),
      ...ctx.page(page),
      where: taskConditions(ctx, filter),
      order: TASK_ORDERS[orderBy],
    });
  }

  @Query(() => TaskType, { description: 'One task (NOT_FOUND outside your tenant).' })
  async task(@Arg('id', () => ID, { description: 'The task\'s id.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = isUuid(id) ? await ctx.services.planner.one(info, 'Task', ctx.scope(), id) : null;
    if (!row) throw notFound('Task');
    return row;
  }

  @Query(() => [TeamProgress], {
    description: 'Tasks done per team per day between two local days of your tenant (inclusive, at most 366 days), from the reporting rollups; teams in name order, the team-less last.',
  })
  teamProgress(
    @Arg('from', () => String, { description: 'First day, YYYY-MM-DD (your tenant’s time zone).' }) from: string,
    @Arg('to', () => String, { description: 'Last day, YYYY-MM-DD (inclusive).' }) to: string,
    @Ctx() ctx: Context,
  ): Promise<TeamProgress[]> {
    return teamProgress(ctx, from, to);
  }

  @Mutation(() => TaskPayload, { description: 'Create a task (status TODO). Ids of another tenant: NOT_FOUND; bad values: BAD_USER_INPUT naming the field.' })
  async createTask(@Arg('input', () => CreateTaskInput, { description: 'The task: title, assignee, due time, links.' }) input: CreateTaskInput, @Ctx() ctx: Context): Promise<TaskPayload> {
    return payload(await createTaskRequest(ctx, input));
  }

  @Mutation(() => TaskPayload, {
    description: 'Change fields, status (allowed moves only: BAD_USER_INPUT naming the current status otherwise) or board position. Stale `expectedVersion`: CONFLICT. Same values: nothing written (`changed` false).',
  })
  async updateTask(@Arg('input', () => UpdateTaskInput, { description: 'The task and the parts to change.' }) input: UpdateTaskInput, @Ctx() ctx: Context): Promise<TaskPayload> {
    return payload(await updateTaskRequest(ctx, input));
  }

  @Subscription(() => TaskType, {
    topics: Topic.TASK_UPDATED,
    description: 'Tasks of your tenant created or changed: each delivery is the task as it is now, read in your scope.',
    filter: ({ payload, context }: { payload: TopicPayloads['TASK_UPDATED']; context: Context }) => {
      const v = context.viewer;
      if (v.kind !== 'user' && v.kind !== 'apiKey') return false;
      if (v.tenantId && v.tenantId !== payload.tenantId) return false;
      return v.permissions.has('tasks.view');
    },
  })
  async taskUpdated(@Root() event: TopicPayloads['TASK_UPDATED'], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const scope = ctx.scope(event.tenantId);
    const row = await oncePerEvent(event, info, scope, () => ctx.services.planner.one(info, 'Task', scope, event.taskId));
    if (!row) throw notFound('Task');
    return row;
  }
}

@Resolver(() => TaskPayload)
export class TaskPayloadResolver {
  @FieldResolver(() => TaskType, { description: 'The task as it is now.' })
  async task(@Root() p: TaskPayload, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = await ctx.services.planner.one(info, 'Task', ctx.scope(p.tenantId), p.taskId);
    if (!row) throw notFound('Task');
    return row;
  }
}
