// GraphQL requests on tasks: who the caller is (the actor) and which tenant the task is in
// (another tenant's answers NOT_FOUND). Everything else is the service (task.service.ts).
import type { Context } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { requireStaffTenant } from '../../auth/viewer.js';
import { once } from '../../idempotency/idempotency.js';
import { createTask, updateTask, type TaskActor, type TaskResult } from './task.service.js';
import type { CreateTaskInput, UpdateTaskInput } from './task.inputs.js';

export function actorOf(ctx: Context): TaskActor {
  const v = ctx.viewer;
  if (v.kind === 'user') return { kind: 'USER', id: v.userId };
  if (v.kind === 'apiKey') return { kind: 'API_KEY', id: v.apiKeyId };
  throw forbidden();
}

/** The task's tenant if the caller may act on it: their own tenant, or any for platform admins. */
async function tenantOfTask(ctx: Context, id: string): Promise<string> {
  const v = ctx.viewer;
  if (v.kind !== 'user' && v.kind !== 'apiKey') throw forbidden();
  if (!isUuid(id)) throw notFound('Task');
  if (v.tenantId) return v.tenantId; // updateTask finds it in this tenant, or NOT_FOUND
  const [row] = await ctx.services.readPool.query<{ tenant_id: string }>('select tenant_id from tasks where id = $1', [id]);
  if (!row) throw notFound('Task');
  return row.tenant_id;
}

export function createTaskRequest(ctx: Context, input: CreateTaskInput): Promise<TaskResult> {
  const tenantId = requireStaffTenant(ctx.viewer, 'Tasks belong to a tenant: sign in as a member of it');
  const { idempotencyKey: _key, ...fields } = input;
  return createTask(ctx.services, tenantId, actorOf(ctx), fields, { wrap: (tx, insert) => once(ctx, tx as never, 'createTask', input, insert) });
}

export async function updateTaskRequest(ctx: Context, input: UpdateTaskInput): Promise<TaskResult> {
  const tenantId = await tenantOfTask(ctx, input.id);
  const { id, expectedVersion, ...patch } = input;
  return updateTask(ctx.services, tenantId, id, actorOf(ctx), patch, { expectedVersion });
}
