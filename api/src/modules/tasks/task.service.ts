// The rules and writes of tasks: every change under the task's row lock in one transaction
// (`version + 1`), then TASK_UPDATED for subscribers and the task.* domain events for listeners.
// Context-free: the GraphQL requests (task.requests.ts) and the callback listener call it with an
// actor and a tenant.
import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { AppServices } from '../../services.js';
import { badInput, conflict, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { TENANT_FILTER } from '../../db/tenant-filter.js';
import { Topic } from '../../events/topics.js';
import { domainEvent, type ActorFacts, type DomainEvent, type TaskFacts } from '../../events/domain-events.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Conversation, Priority } from '../conversations/conversation.entity.js';
import { calendarShape, type Holiday } from '../sla/business-calendar.entity.js';
import { addBusinessMinutes, type SlaCalendar, type TimeRange } from '../sla/business-time.js';
import { Task, TaskCreatorKind, TaskStatus } from './task.entity.js';
import { moveStatus } from './task-lifecycle.js';
import { assertIdsInTenant } from './task.reads.js';

export type TaskActor = ActorFacts;

export interface NewTask {
  title: string;
  description?: string | null;
  assigneeId?: string | null;
  priority?: Priority | null;
  dueAt?: Date | null;
  dueInBusinessMinutes?: number | null;
  tags?: string[] | null;
  ticketId?: string | null;
  meetingId?: string | null;
  conversationId?: string | null;
  position?: number | null;
  /** Automatic tasks: at most one per key and tenant (a second create answers the first task). */
  sourceKey?: string | null;
}

/** Only the fields present change; null clears a nullable one. */
export interface TaskPatch {
  title?: string | null;
  description?: string | null;
  status?: TaskStatus | null;
  assigneeId?: string | null;
  priority?: Priority | null;
  dueAt?: Date | null;
  dueInBusinessMinutes?: number | null;
  tags?: string[] | null;
  ticketId?: string | null;
  meetingId?: string | null;
  conversationId?: string | null;
  position?: number | null;
}

export interface TaskResult {
  taskId: string;
  tenantId: string;
  changed: boolean;
}

const MAX_TAGS = 20;
const MAX_BUSINESS_MINUTES = 525_600;

function cleanTitle(v: unknown): string {
  const t = typeof v === 'string' ? v.trim() : '';
  if (t.length < 1 || t.length > 200) throw badInput('title must be 1–200 characters', 'title');
  return t;
}
function cleanDescription(v: string | null | undefined): string | null {
  if (v == null) return null;
  if (v.length > 20_000) throw badInput('description must be at most 20,000 characters', 'description');
  return v.trim() ? v : null;
}
export function cleanTags(v: string[] | null | undefined): string[] {
  if (!v) return [];
  const out = [...new Set(v.map((t) => t.trim().toLowerCase()))];
  if (out.length > MAX_TAGS) throw badInput(`at most ${MAX_TAGS} tags`, 'tags');
  for (const t of out) if (t.length < 1 || t.length > 50) throw badInput('each tag must be 1–50 characters', 'tags');
  return out;
}
function cleanPosition(v: number): number {
  if (!Number.isFinite(v) || Math.abs(v) > 1e15) throw badInput('position must be a finite number', 'position');
  return v;
}
function checkDate(d: Date, field: string): Date {
  if (Number.isNaN(d.getTime())) throw badInput(`${field} is not a date`, field);
  return d;
}

/** The tenant's default business calendar (none: 24/7). */
async function tenantCalendar(services: AppServices, tenantId: string): Promise<SlaCalendar> {
  const [r] = await services.readPool.query<{ timezone: string; weekly_hours: TimeRange[][]; holidays: Holiday[] }>(
    `select timezone, weekly_hours, holidays from business_calendars where tenant_id = $1 and queue_id is null order by created_at limit 1`,
    [tenantId],
  );
  return r ? calendarShape({ timezone: r.timezone, weeklyHours: r.weekly_hours, holidays: r.holidays ?? [] }) : null;
}

/** `dueAt` or `dueInBusinessMinutes` (from now, in the tenant's business time): the instant, null, or undefined (not given). */
async function dueFrom(services: AppServices, tenantId: string, p: { dueAt?: Date | null; dueInBusinessMinutes?: number | null }): Promise<Date | null | undefined> {
  if (p.dueInBusinessMinutes != null) {
    if (p.dueAt != null) throw badInput('give dueAt or dueInBusinessMinutes, not both', 'dueInBusinessMinutes');
    const m = p.dueInBusinessMinutes;
    if (!Number.isInteger(m) || m < 1 || m > MAX_BUSINESS_MINUTES) throw badInput(`dueInBusinessMinutes must be 1–${MAX_BUSINESS_MINUTES}`, 'dueInBusinessMinutes');
    return addBusinessMinutes(await tenantCalendar(services, tenantId), services.clock.now(), m);
  }
  if (p.dueAt === undefined) return undefined;
  return p.dueAt === null ? null : checkDate(p.dueAt, 'dueAt');
}

function factsOf(t: Task, actor: TaskActor): TaskFacts {
  return {
    taskId: t.id,
    status: t.status,
    assigneeId: t.assignee?.id ?? null,
    title: t.title,
    createdAt: t.createdAt.toISOString(),
    completedAt: t.completedAt?.toISOString() ?? null,
    actor: { kind: actor.kind, id: actor.id },
  };
}

function committed(services: AppServices, tenantId: string, t: Task, events: DomainEvent[]): void {
  services.events.publish(Topic.TASK_UPDATED, { tenantId, taskId: t.id, version: t.version });
  services.domainEvents.emit(events);
}

const fork = (services: AppServices) => services.orm.em.fork({ clear: true, useContext: false }) as unknown as EntityManager;

/** Create a task in `tenantId` (ids of another tenant: NOT_FOUND). With `sourceKey`, once per key. */
/**
 * Runs the insert inside the creating transaction (e.g. the request's idempotency claim: `once`);
 * `replayed`: the insert did not run and `result` is the first request's.
 */
export type CreateWrapper = (tx: EntityManager, insert: () => Promise<TaskResult>) => Promise<{ result: TaskResult; replayed: boolean }>;

export async function createTask(services: AppServices, tenantId: string, actor: TaskActor, input: NewTask, opts: { wrap?: CreateWrapper } = {}): Promise<TaskResult> {
  const title = cleanTitle(input.title);
  const description = cleanDescription(input.description);
  const tags = cleanTags(input.tags);
  if (input.position != null) cleanPosition(input.position);
  await assertIdsInTenant(services, tenantId, input, { activeUsers: true });
  const dueAt = (await dueFrom(services, tenantId, input)) ?? null;
  const em = fork(services);
  const existing = async () => {
    const [r] = await services.readPool.query<{ id: string }>(`select id from tasks where tenant_id = $1 and source_key = $2`, [tenantId, input.sourceKey]);
    return r ? { taskId: r.id, tenantId, changed: false } : null;
  };
  if (input.sourceKey) {
    const found = await existing();
    if (found) return found;
  }
  let task!: Task;
  let replayed: TaskResult | null = null;
  try {
    await em.transactional(async (tx) => {
      tx.setFilterParams(TENANT_FILTER, { tenantId });
      const insert = async (): Promise<TaskResult> => {
        let position = input.position;
        if (position == null) {
          const [r] = await tx.getConnection().execute<{ p: number }[]>(`select coalesce(max(position), 0) + 1 as p from tasks where tenant_id = ?`, [tenantId]);
          position = Number(r.p);
        }
        const now = services.clock.now();
        task = Object.assign(new Task(), {
          tenant: tx.getReference(Tenant, tenantId),
          title,
          description,
          priority: input.priority ?? Priority.MEDIUM,
          assignee: input.assigneeId ? tx.getReference(User, input.assigneeId, { wrapped: true }) : null,
          createdBy: actor.kind === 'USER' && actor.id ? tx.getReference(User, actor.id, { wrapped: true }) : null,
          creatorKind: actor.kind === 'USER' ? TaskCreatorKind.USER : actor.kind === 'API_KEY' ? TaskCreatorKind.API_KEY : TaskCreatorKind.SYSTEM,
          creatorApiKeyId: actor.kind === 'API_KEY' ? actor.id : null,
          dueAt,
          tags,
          ticket: input.ticketId ? tx.getReference(Ticket, input.ticketId, { wrapped: true }) : null,
          meetingId: input.meetingId ?? null,
          conversation: input.conversationId ? tx.getReference(Conversation, input.conversationId, { wrapped: true }) : null,
          position,
          sourceKey: input.sourceKey ?? null,
          createdAt: now,
          updatedAt: now,
        });
        tx.persist(task);
        await tx.flush();
        return { taskId: task.id, tenantId, changed: true };
      };
      if (!opts.wrap) return insert();
      const out = await opts.wrap(tx, insert);
      if (out.replayed) replayed = { ...out.result, tenantId };
      return out.result;
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException && input.sourceKey) {
      const found = await existing();
      if (found) return found;
    }
    throw e;
  }
  // A replay (same idempotency key) publishes nothing: the first request did.
  if (replayed) return replayed;
  committed(services, tenantId, task, [domainEvent('task.created', tenantId, factsOf(task, actor))]);
  return { taskId: task.id, tenantId, changed: true };
}

/**
 * Change a task of `tenantId` under its row lock. `expectedVersion`: CONFLICT (with
 * `currentVersion`) when it moved on since the caller read it. Nothing different: nothing written.
 */
export async function updateTask(
  services: AppServices,
  tenantId: string,
  taskId: string,
  actor: TaskActor,
  patch: TaskPatch,
  opts: { expectedVersion?: number | null } = {},
): Promise<TaskResult> {
  if (!isUuid(taskId)) throw notFound('Task');
  const title = patch.title !== undefined ? cleanTitle(patch.title) : undefined;
  const description = patch.description !== undefined ? cleanDescription(patch.description) : undefined;
  const tags = patch.tags !== undefined ? cleanTags(patch.tags) : undefined;
  if (patch.position === null) throw badInput('position cannot be null', 'position');
  if (patch.position !== undefined) cleanPosition(patch.position);
  if (patch.priority === null) throw badInput('priority cannot be null', 'priority');
  if (patch.status === null) throw badInput('status cannot be null', 'status');
  await assertIdsInTenant(services, tenantId, { assigneeId: patch.assigneeId, ticketId: patch.ticketId, meetingId: patch.meetingId, conversationId: patch.conversationId }, { activeUsers: true });
  const dueAt = await dueFrom(services, tenantId, patch);

  const em = fork(services);
  let task!: Task;
  const events: DomainEvent[] = [];
  const changed = await em.transactional(async (tx) => {
    tx.setFilterParams(TENANT_FILTER, { tenantId });
    const found = await tx.findOne(Task, { id: taskId, tenant: tenantId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!found) throw notFound('Task');
    task = found;
    if (opts.expectedVersion != null && opts.expectedVersion !== task.version) {
      throw conflict(`The task changed since you read it (version ${task.version}, you sent ${opts.expectedVersion}): read it again`, { currentVersion: task.version, currentStatus: task.status });
    }
    const fromStatus = task.status;
    const previousAssigneeId = task.assignee?.id ?? null;
    const names: string[] = [];
    const set = <K extends keyof Task>(name: K, value: Task[K], same: (a: Task[K], b: Task[K]) => boolean = (a, b) => a === b) => {
      if (same(task[name], value)) return;
      task[name] = value;
      names.push(name === 'assignee' || name === 'ticket' || name === 'conversation' ? `${String(name)}Id` : String(name));
    };
    const sameRef = (a: { id: string } | null, b: { id: string } | null) => (a?.id ?? null) === (b?.id ?? null);
    const sameDate = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
    if (title !== undefined) set('title', title);
    if (description !== undefined) set('description', description);
    if (patch.priority) set('priority', patch.priority);
    if (tags !== undefined) set('tags', tags, (a, b) => a.length === b.length && a.every((t, i) => t === b[i]));
    if (patch.position !== undefined && patch.position !== null) set('position', patch.position);
    if (dueAt !== undefined) set('dueAt', dueAt, sameDate);
    if (patch.assigneeId !== undefined) set('assignee', patch.assigneeId ? tx.getReference(User, patch.assigneeId, { wrapped: true }) : null, sameRef as never);
    if (patch.ticketId !== undefined) set('ticket', patch.ticketId ? tx.getReference(Ticket, patch.ticketId, { wrapped: true }) : null, sameRef as never);
    if (patch.conversationId !== undefined) set('conversation', patch.conversationId ? tx.getReference(Conversation, patch.conversationId, { wrapped: true }) : null, sameRef as never);
    if (patch.meetingId !== undefined) set('meetingId', patch.meetingId);
    if (patch.status) {
      const move = moveStatus(task.status, patch.status, services.clock.now());
      if (move) {
        set('status', move.status);
        set('completedAt', move.completedAt, sameDate);
      }
    }
    if (!names.length) return false;
    task.version += 1;
    task.updatedAt = services.clock.now();
    await tx.flush();
    events.push(domainEvent('task.updated', tenantId, { ...factsOf(task, actor), changed: names, from: fromStatus, previousAssigneeId }));
    return true;
  });
  if (changed) committed(services, tenantId, task, events);
  return { taskId, tenantId, changed };
}

/** The open task created for a source (a callback's), if any. */
export async function openTaskBySource(services: AppServices, tenantId: string, sourceKey: string): Promise<{ id: string; dueAt: Date | null } | null> {
  const [r] = await services.readPool.query<{ id: string; due_at: Date | null }>(
    `select id, due_at from tasks where tenant_id = $1 and source_key = $2 and status not in ('DONE', 'CANCELLED')`,
    [tenantId, sourceKey],
  );
  return r ? { id: r.id, dueAt: r.due_at } : null;
}
