// GraphQL requests on tickets: who the caller is (the actor), which tenant the ticket is in (another
// tenant's answers NOT_FOUND), the assignment rule, and create idempotency. Everything else is the
// service API (ticket.service.ts), which rules, SLA clocks and jobs call directly.
//
// Assignment: `tickets.update` lets a person take a ticket themselves (or drop one they have);
// assigning anyone else, or taking a ticket from someone else, needs `tickets.assign`.
import type { Context } from '../../context.js';
import { badInput, conflict, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { hasPermission, requireStaffTenant } from '../../auth/viewer.js';
import { once } from '../../idempotency/idempotency.js';
import { insertTicket, withLockedTicket, type TicketActor } from './locked-ticket.js';
import { addTicketComment, changeTicket, closeTicket, escalateTicket, insertFromConversation, reopenTicket, resolveTicket } from './ticket.service.js';
import type { AssignTicketInput, CommentOnTicketInput, CreateTicketFromConversationInput, CreateTicketInput, EscalateTicketInput, TicketIdInput, UpdateTicketInput } from './ticket.inputs.js';
import { TicketStatus } from './ticket.entity.js';

export interface TicketResult {
  ticketId: string;
  tenantId: string;
  ticketEventId: string | null;
}

export function actorOf(ctx: Context): TicketActor {
  const v = ctx.viewer;
  switch (v.kind) {
    case 'user':
      return { kind: 'USER', id: v.userId };
    case 'apiKey':
      return { kind: 'API_KEY', id: v.apiKeyId };
    case 'widget':
      return { kind: 'CONTACT', id: v.contactId };
    default:
      throw forbidden();
  }
}

const myUserId = (ctx: Context) => (ctx.viewer.kind === 'user' ? ctx.viewer.userId : null);

/** The ticket's tenant if the caller may act on it: their own tenant, or any for platform admins. */
async function tenantOfTicket(ctx: Context, id: string): Promise<string> {
  const v = ctx.viewer;
  if (v.kind !== 'user' && v.kind !== 'apiKey') throw forbidden();
  if (!isUuid(id)) throw notFound('Ticket');
  if (v.tenantId) return v.tenantId; // withLockedTicket finds it in this tenant, or NOT_FOUND
  const [row] = await ctx.services.readPool.query<{ tenant_id: string }>('select tenant_id from tickets where id = $1', [id]);
  if (!row) throw notFound('Ticket');
  return row.tenant_id;
}

/** Assigning someone other than yourself needs `tickets.assign`. */
function checkAssignee(ctx: Context, assigneeId: string | null | undefined): void {
  if (assigneeId && assigneeId !== myUserId(ctx) && !hasPermission(ctx.viewer, 'tickets.assign')) {
    throw forbidden('Assigning a ticket to someone else needs tickets.assign');
  }
}

const defaultChannel = (ctx: Context) => (ctx.viewer.kind === 'apiKey' ? 'API' : 'CONSOLE');

export async function createTicketRequest(ctx: Context, input: CreateTicketInput): Promise<TicketResult> {
  const tenantId = requireStaffTenant(ctx.viewer, 'Tickets belong to a tenant: sign in as a member of it');
  checkAssignee(ctx, input.assigneeId);
  const actor = actorOf(ctx);
  let publish: ((s: typeof ctx.services) => void) | null = null;
  const { result } = await ctx.em.transactional((tx) =>
    once(ctx, tx, 'createTicket', input, async () => {
      const created = await insertTicket(tx, tenantId, actor, {
        subject: input.subject,
        description: input.description,
        contactId: input.contactId,
        conversationId: input.conversationId,
        category: input.category,
        intent: input.intent,
        priority: input.priority ?? undefined,
        queueId: input.queueId,
        assigneeId: input.assigneeId,
        tags: input.tags ?? undefined,
        channel: input.channel ?? defaultChannel(ctx),
      });
      publish = created.publish;
      return { ticketId: created.ticket.id, ticketEventId: created.eventId };
    }),
  );
  // A replay (same idempotency key) publishes nothing: the first request did.
  (publish as ((s: typeof ctx.services) => void) | null)?.(ctx.services);
  return { ...result, tenantId };
}

export async function createTicketFromConversationRequest(ctx: Context, input: CreateTicketFromConversationInput): Promise<TicketResult> {
  const tenantId = requireStaffTenant(ctx.viewer, 'Tickets belong to a tenant: sign in as a member of it');
  if (!isUuid(input.conversationId)) throw notFound('Conversation');
  checkAssignee(ctx, input.assigneeId);
  const actor = actorOf(ctx);
  let publish: ((s: typeof ctx.services) => void) | null = null;
  const { result } = await ctx.em.transactional((tx) =>
    once(ctx, tx, 'createTicketFromConversation', input, async () => {
      const created = await insertFromConversation(tx, tenantId, input.conversationId, actor, {
        subject: input.subject,
        description: input.description,
        priority: input.priority ?? undefined,
        category: input.category,
        queueId: input.queueId,
        assigneeId: input.assigneeId,
        tags: input.tags ?? undefined,
      });
      publish = created.publish;
      return { ticketId: created.ticket.id, ticketEventId: created.eventId };
    }),
  );
  (publish as ((s: typeof ctx.services) => void) | null)?.(ctx.services);
  return { ...result, tenantId };
}

const done = (r: { ticketId: string; tenantId: string; eventId: string | null }): TicketResult => ({ ticketId: r.ticketId, tenantId: r.tenantId, ticketEventId: r.eventId });
/** Null in a GraphQL input for a field that cannot be empty means "leave it". */
const keep = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

export async function updateTicketRequest(ctx: Context, input: UpdateTicketInput): Promise<TicketResult> {
  const tenantId = await tenantOfTicket(ctx, input.id);
  const status = keep(input.status);
  if (status && status !== TicketStatus.OPEN && status !== TicketStatus.PENDING) {
    throw badInput('status may be set to OPEN or PENDING here; use resolveTicket, reopenTicket, closeTicket or escalateTicket for the others', 'status');
  }
  const r = await changeTicket(
    ctx.services,
    tenantId,
    input.id,
    actorOf(ctx),
    {
      subject: keep(input.subject),
      description: input.description,
      category: input.category,
      intent: input.intent,
      priority: keep(input.priority),
      queueId: input.queueId,
      contactId: input.contactId,
      tags: keep(input.tags),
      status: status as 'OPEN' | 'PENDING' | undefined,
    },
    { expectedVersion: input.expectedVersion, em: ctx.em },
  );
  return done(r);
}

export async function assignTicketRequest(ctx: Context, input: AssignTicketInput): Promise<TicketResult> {
  const tenantId = await tenantOfTicket(ctx, input.id);
  const assigneeId = input.assigneeId ?? null;
  checkAssignee(ctx, assigneeId);
  const me = myUserId(ctx);
  const r = await withLockedTicket(
    ctx.services,
    tenantId,
    input.id,
    actorOf(ctx),
    async (lt) => {
      const current = lt.ticket.assignee?.id ?? null;
      // Taking (or dropping) a ticket someone else has is reassigning them: a manager's call.
      if (current && current !== me && current !== assigneeId && !hasPermission(ctx.viewer, 'tickets.assign')) {
        throw forbidden('This ticket is assigned to someone else: reassigning it needs tickets.assign');
      }
      if (lt.ticket.status === TicketStatus.CLOSED) throw conflict('This ticket is closed: open a new one', { currentStatus: 'CLOSED' });
      await lt.set({ assigneeId });
    },
    { expectedVersion: input.expectedVersion, em: ctx.em },
  );
  return done(r);
}

export async function commentRequest(ctx: Context, input: CommentOnTicketInput): Promise<TicketResult> {
  const tenantId = await tenantOfTicket(ctx, input.id);
  return done(await addTicketComment(ctx.services, tenantId, input.id, actorOf(ctx), input.body, input.public, { expectedVersion: input.expectedVersion, em: ctx.em }));
}

export async function statusRequest(ctx: Context, input: TicketIdInput, to: 'resolve' | 'reopen' | 'close'): Promise<TicketResult> {
  const tenantId = await tenantOfTicket(ctx, input.id);
  const opts = { expectedVersion: input.expectedVersion, em: ctx.em };
  const fn = to === 'resolve' ? resolveTicket : to === 'reopen' ? reopenTicket : closeTicket;
  return done(await fn(ctx.services, tenantId, input.id, actorOf(ctx), opts));
}

export async function escalateRequest(ctx: Context, input: EscalateTicketInput): Promise<TicketResult> {
  const tenantId = await tenantOfTicket(ctx, input.id);
  return done(await escalateTicket(ctx.services, tenantId, input.id, actorOf(ctx), input.reason, {}, { expectedVersion: input.expectedVersion, em: ctx.em }));
}
