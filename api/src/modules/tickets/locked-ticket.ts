// Every write to a ticket goes through here: one transaction holding the ticket's row lock, status
// only through the lifecycle, exactly ONE TicketEvent per change (the fields that changed, before
// and after), version + 1; a change that changes nothing writes nothing. After commit:
// TICKET_UPDATED for subscriptions, then the domain events (ticket.updated / assigned / …) for
// listeners. No GraphQL context here: rules, SLA clocks and jobs call it with their own actor.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../services.js';
import { conflict, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { TENANT_FILTER } from '../../db/tenant-filter.js';
import { Topic } from '../../events/topics.js';
import { domainEvent, type ActorFacts, type DomainEvent, type DomainEventName, type DomainEventPayloads, type TicketFacts } from '../../events/domain-events.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Queue } from '../routing/queue.entity.js';
import { Conversation, Priority } from '../conversations/conversation.entity.js';
import { SlaState, Ticket, TicketStatus } from './ticket.entity.js';
import { ActorKind, TicketAction, TicketEvent } from './ticket-event.entity.js';
import { plan, type TicketPlan, type TicketState, type TicketTransition } from './ticket-lifecycle.js';
import { cleanChannel, cleanComment, cleanConfidence, cleanCount, cleanId, cleanSubject, cleanTags, cleanText, MAX_DESCRIPTION, MAX_LABEL } from './ticket-values.js';

/** Who changes a ticket: a user, an API key, an automation rule, the system (SLA clocks), a contact. */
export type TicketActor = ActorFacts;

/** Fields any writer may set; omitted (undefined) fields stay. Status changes go through transitions. */
export interface TicketPatch {
  subject?: string;
  description?: string | null;
  category?: string | null;
  intent?: string | null;
  priority?: Priority;
  contactId?: string | null;
  queueId?: string | null;
  assigneeId?: string | null;
  tags?: string[];
  ragConfidence?: number | null;
  autoResolveAttempts?: number;
  escalationContext?: Record<string, unknown> | null;
  slaPolicyId?: string | null;
  firstResponseDueAt?: Date | null;
  nextResponseDueAt?: Date | null;
  resolutionDueAt?: Date | null;
  firstRespondedAt?: Date | null;
  slaFirstResponseState?: SlaState | null;
  slaNextResponseState?: SlaState | null;
  slaResolutionState?: SlaState | null;
  slaState?: SlaState | null;
  slaPausedAt?: Date | null;
}

/** The fields a TicketEvent's before/after may name (camelCase, as in GraphQL). */
const TRACKED = [
  'subject', 'description', 'category', 'intent', 'priority', 'status', 'contactId', 'conversationId', 'queueId', 'assigneeId', 'tags', 'channel',
  'ragConfidence', 'autoResolveAttempts', 'escalationContext', 'slaPolicyId', 'firstResponseDueAt', 'nextResponseDueAt', 'resolutionDueAt',
  'firstRespondedAt', 'slaFirstResponseState', 'slaNextResponseState', 'slaResolutionState', 'slaState', 'slaPausedAt', 'resolvedAt', 'closedAt',
] as const;
type Tracked = (typeof TRACKED)[number];
type Snapshot = Record<Tracked, unknown>;

const REFS = { contactId: 'contact', conversationId: 'conversation', queueId: 'queue', assigneeId: 'assignee' } as const;

const plain = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : v === undefined ? null : v);

export function snapshotOf(t: Ticket): Snapshot {
  const out = {} as Snapshot;
  for (const f of TRACKED) {
    const ref = REFS[f as keyof typeof REFS];
    out[f] = ref ? ((t[ref] as { id: string } | null)?.id ?? null) : plain((t as unknown as Record<string, unknown>)[f]);
  }
  return out;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Only the fields that differ, on both sides. */
export function diffSnapshots(before: Snapshot, after: Snapshot): { before: Record<string, unknown>; after: Record<string, unknown>; changed: Tracked[] } {
  const changed = TRACKED.filter((f) => !same(before[f], after[f]));
  return { before: Object.fromEntries(changed.map((f) => [f, before[f]])), after: Object.fromEntries(changed.map((f) => [f, after[f]])), changed };
}

export const factsOf = (t: Ticket, actor: TicketActor): TicketFacts => ({
  ticketId: t.id,
  number: t.number,
  status: t.status,
  priority: t.priority,
  queueId: t.queue?.id ?? null,
  assigneeId: t.assignee?.id ?? null,
  contactId: t.contact?.id ?? null,
  conversationId: t.conversation?.id ?? null,
  actor,
});

/** The referenced row exists in this tenant (and, for people, is an active staff member), else NOT_FOUND. */
export async function assertInTenant(em: EntityManager, tenantId: string, table: 'users' | 'queues' | 'contacts' | 'conversations', id: string, field: string): Promise<void> {
  cleanId(id, field);
  const extra = table === 'users' ? ' and active' : '';
  const rows = await em.getConnection().execute(`select 1 from ${table} where id = ? and tenant_id = ?${extra}`, [id, tenantId], 'all', em.getTransactionContext());
  if (!rows.length) throw notFound(table === 'users' ? 'User' : table === 'queues' ? 'Queue' : table === 'contacts' ? 'Contact' : 'Conversation');
}

/** Apply a patch to a ticket (values checked, ids checked in the tenant). */
export async function applyPatch(em: EntityManager, t: Ticket, tenantId: string, p: TicketPatch): Promise<void> {
  if (p.subject !== undefined) t.subject = cleanSubject(p.subject);
  if (p.description !== undefined) t.description = cleanText(p.description, 'description', MAX_DESCRIPTION);
  if (p.category !== undefined) t.category = cleanText(p.category, 'category', MAX_LABEL);
  if (p.intent !== undefined) t.intent = cleanText(p.intent, 'intent', MAX_LABEL);
  if (p.priority !== undefined) t.priority = p.priority;
  if (p.tags !== undefined) t.tags = cleanTags(p.tags);
  if (p.ragConfidence !== undefined) t.ragConfidence = cleanConfidence(p.ragConfidence);
  if (p.autoResolveAttempts !== undefined) t.autoResolveAttempts = cleanCount(p.autoResolveAttempts, 'autoResolveAttempts');
  if (p.escalationContext !== undefined) t.escalationContext = p.escalationContext;
  if (p.contactId !== undefined && p.contactId !== (t.contact?.id ?? null)) {
    if (p.contactId) await assertInTenant(em, tenantId, 'contacts', p.contactId, 'contactId');
    t.contact = p.contactId ? em.getReference(Contact, p.contactId, { wrapped: true }) : null;
  }
  if (p.queueId !== undefined && p.queueId !== (t.queue?.id ?? null)) {
    if (p.queueId) await assertInTenant(em, tenantId, 'queues', p.queueId, 'queueId');
    t.queue = p.queueId ? em.getReference(Queue, p.queueId, { wrapped: true }) : null;
  }
  if (p.assigneeId !== undefined && p.assigneeId !== (t.assignee?.id ?? null)) {
    if (p.assigneeId) await assertInTenant(em, tenantId, 'users', p.assigneeId, 'assigneeId');
    t.assignee = p.assigneeId ? em.getReference(User, p.assigneeId, { wrapped: true }) : null;
  }
  if (p.slaPolicyId !== undefined) t.slaPolicyId = p.slaPolicyId === null ? null : cleanId(p.slaPolicyId, 'slaPolicyId');
  for (const f of ['firstResponseDueAt', 'nextResponseDueAt', 'resolutionDueAt', 'firstRespondedAt', 'slaPausedAt'] as const) if (p[f] !== undefined) t[f] = p[f];
  for (const f of ['slaFirstResponseState', 'slaNextResponseState', 'slaResolutionState', 'slaState'] as const) if (p[f] !== undefined) t[f] = p[f];
}

export interface LockedTicket {
  readonly em: EntityManager;
  readonly ticket: Ticket;
  readonly actor: TicketActor;
  /** A lifecycle transition (CONFLICT naming the current status when not allowed). */
  transition(t: TicketTransition): Promise<TicketPlan>;
  /** Change fields (ids checked in the ticket's tenant). */
  set(patch: TicketPatch): Promise<void>;
  /** Add a comment to this change's event: a public reply to the customer, or internal (emits `ticket.commented`). */
  comment(text: string, isPublic: boolean): void;
  /** An internal note on this change's event (a reason), without `ticket.commented`. */
  note(text: string): void;
  /** Record this change under another action than the one derived (SLA_BREACHED, APPROVAL…). */
  recordAs(action: TicketAction | string): void;
  /** One more domain event after commit (e.g. `ticket.sla_breached` with its target). */
  emit<N extends DomainEventName>(name: N, extra: Record<string, unknown>): void;
}

/** What withLockedTicket returns besides the callback's result. */
export interface TicketChangeResult<T> {
  result: T;
  ticketId: string;
  tenantId: string;
  /** False: nothing changed (a retry, or the same values): no event, no version bump. */
  changed: boolean;
  version: number;
  /** The TicketEvent written, when changed. */
  eventId: string | null;
}

const SILENT_FIELDS = new Set<Tracked>(['status', 'resolvedAt', 'closedAt', 'assigneeId']);

/** Publishes one committed change: the realtime topic, then the domain events. */
function committed(services: AppServices, tenantId: string, t: Ticket, events: DomainEvent[]): void {
  services.events.publish(Topic.TICKET_UPDATED, { tenantId, ticketId: t.id, version: t.version });
  services.domainEvents.emit(events);
}

/**
 * Lock the ticket of `tenantId` (NOT_FOUND in any other tenant), run `change`, write the one
 * TicketEvent and commit; then publish. `expectedVersion`: CONFLICT (with `currentVersion`) when
 * the ticket moved on since the caller read it.
 */
export async function withLockedTicket<T>(
  services: AppServices,
  tenantId: string,
  ticketId: string,
  actor: TicketActor,
  change: (lt: LockedTicket) => Promise<T>,
  opts: { em?: EntityManager; expectedVersion?: number | null } = {},
): Promise<TicketChangeResult<T>> {
  if (!isUuid(ticketId)) throw notFound('Ticket');
  const em = opts.em ?? (services.orm.em.fork({ clear: true, useContext: false }) as EntityManager);
  let ticket!: Ticket;
  const events: DomainEvent[] = [];
  let eventId: string | null = null;
  const result = await em.transactional(async (tx) => {
    tx.setFilterParams(TENANT_FILTER, { tenantId });
    const found = await tx.findOne(Ticket, { id: ticketId, tenant: tenantId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!found) throw notFound('Ticket');
    ticket = found;
    if (opts.expectedVersion != null && opts.expectedVersion !== ticket.version) {
      throw conflict(`The ticket changed since you read it (version ${ticket.version}, you sent ${opts.expectedVersion}): read it again`, { currentVersion: ticket.version, currentStatus: ticket.status });
    }
    const before = snapshotOf(ticket);
    const fromStatus = ticket.status;
    const plans: TicketPlan[] = [];
    let comment: { text: string; public: boolean; note?: boolean } | null = null;
    let forced: string | null = null;
    const extra: { name: DomainEventName; extra: Record<string, unknown> }[] = [];
    const lt: LockedTicket = {
      em: tx,
      ticket,
      actor,
      async transition(t) {
        const state: TicketState = { status: ticket.status, resolvedAt: ticket.resolvedAt, closedAt: ticket.closedAt, resolvedBy: null };
        if (t.name === 'resolve' && ticket.status === TicketStatus.RESOLVED) state.resolvedBy = await lastResolver(tx, ticket.id);
        const p = plan(state, t, actor, new Date());
        if (!p.changed) return p;
        ticket.status = p.next.status;
        ticket.resolvedAt = p.next.resolvedAt;
        ticket.closedAt = p.next.closedAt;
        plans.push(p);
        return p;
      },
      set: (patch) => applyPatch(tx, ticket, tenantId, patch),
      comment(text, isPublic) {
        comment = { text: cleanComment(text), public: isPublic };
      },
      note(text) {
        comment = { text: cleanComment(text, 'reason'), public: false, note: true };
      },
      recordAs(action) {
        forced = action;
      },
      emit(name, e) {
        extra.push({ name, extra: e });
      },
    };
    const out = await change(lt);
    const d = diffSnapshots(before, snapshotOf(ticket));
    if (!d.changed.length && !comment && !forced) return out;

    ticket.version += 1;
    ticket.updatedAt = new Date();
    const c = comment as { text: string; public: boolean; note?: boolean } | null;
    const lastPlan = plans[plans.length - 1];
    const onlyAssignee = d.changed.length === 1 && d.changed[0] === 'assigneeId';
    const action = forced ?? (c && !c.note ? TicketAction.COMMENTED : lastPlan ? lastPlan.action : onlyAssignee ? TicketAction.ASSIGNED : TicketAction.UPDATED);
    const event = Object.assign(new TicketEvent(), {
      tenant: tx.getReference(Tenant, tenantId),
      ticket: tx.getReference(Ticket, ticket.id),
      ticketVersion: ticket.version,
      action,
      actorKind: actor.kind as ActorKind,
      actorId: actor.id,
      before: d.changed.length ? d.before : null,
      after: d.changed.length ? d.after : null,
      comment: c?.text ?? null,
      public: c?.public ?? false,
    });
    tx.persist(event);
    await tx.flush();
    eventId = event.id;

    // The domain events, built now (inside the transaction) and emitted after commit.
    const facts = factsOf(ticket, actor);
    const push = <N extends DomainEventName>(name: N, more: Record<string, unknown>) =>
      events.push(domainEvent(name, tenantId, { ...facts, ...more } as unknown as DomainEventPayloads[N]));
    for (const p of plans) if (p.event && p.event.name !== 'ticket.updated') push(p.event.name, { from: fromStatus, ...p.event.extra });
    if (d.changed.includes('assigneeId')) push('ticket.assigned', { previousAssigneeId: before.assigneeId });
    const updated = d.changed.filter((f) => !SILENT_FIELDS.has(f) || (f === 'status' && plans.some((p) => p.event?.name === 'ticket.updated')));
    if (updated.length) push('ticket.updated', { changed: updated, from: fromStatus });
    if (c && !c.note) push('ticket.commented', { ticketEventId: event.id, public: c.public });
    for (const e of extra) push(e.name, e.extra);
    return out;
  });
  if (eventId) committed(services, tenantId, ticket, events);
  return { result, ticketId: ticket.id, tenantId, changed: !!eventId, version: ticket.version, eventId };
}

async function lastResolver(em: EntityManager, ticketId: string): Promise<ActorFacts | null> {
  const [row] = await em.getConnection().execute<{ actor_kind: ActorFacts['kind']; actor_id: string | null }[]>(
    `select actor_kind, actor_id from ticket_events where ticket_id = ? and action = 'RESOLVED' order by ticket_version desc limit 1`,
    [ticketId],
    'all',
    em.getTransactionContext(),
  );
  return row ? { kind: row.actor_kind, id: row.actor_id } : null;
}

/** What a new ticket starts with (everything but the subject optional). */
export interface NewTicket extends Omit<TicketPatch, 'subject'> {
  subject: string;
  conversationId?: string | null;
  channel?: string;
}

/** A created ticket inside its transaction; `publish` after commit. */
export interface CreatedTicket {
  ticket: Ticket;
  eventId: string;
  publish(services: AppServices): void;
}

/**
 * Insert a ticket inside the caller's transaction (`em`): the next number of the tenant from its
 * locked counter row (gap-free: a failed create rolls the counter back with it), the ticket and
 * its CREATED event. Call `publish` once the transaction committed.
 */
export async function insertTicket(em: EntityManager, tenantId: string, actor: TicketActor, input: NewTicket): Promise<CreatedTicket> {
  const subject = cleanSubject(input.subject);
  const ticket = Object.assign(new Ticket(), { tenant: em.getReference(Tenant, tenantId), subject, channel: cleanChannel(input.channel, 'API') });
  if (input.conversationId) {
    await assertInTenant(em, tenantId, 'conversations', input.conversationId, 'conversationId');
    ticket.conversation = em.getReference(Conversation, input.conversationId, { wrapped: true });
  }
  const { subject: _s, conversationId: _c, channel: _ch, ...patch } = input;
  await applyPatch(em, ticket, tenantId, patch);
  // Checks passed: only now take the counter (its row lock is held until commit).
  const [{ last_number }] = await em.getConnection().execute<{ last_number: number }[]>(
    `insert into ticket_counters (tenant_id, last_number) values (?, 1)
     on conflict (tenant_id) do update set last_number = ticket_counters.last_number + 1
     returning last_number`,
    [tenantId],
    'all',
    em.getTransactionContext(),
  );
  ticket.number = last_number;
  const now = new Date();
  ticket.createdAt = now;
  ticket.updatedAt = now;
  const after = Object.fromEntries(Object.entries(snapshotOf(ticket)).filter(([k, v]) => v !== null && k !== 'escalationContext' && !(Array.isArray(v) && !v.length)));
  const event = Object.assign(new TicketEvent(), {
    tenant: em.getReference(Tenant, tenantId),
    ticket: ticket,
    ticketVersion: 1,
    action: TicketAction.CREATED,
    actorKind: actor.kind as ActorKind,
    actorId: actor.id,
    before: null,
    after: { number: ticket.number, ...after },
  });
  em.persist(ticket);
  em.persist(event);
  await em.flush();
  const events: DomainEvent[] = [domainEvent('ticket.created', tenantId, { ...factsOf(ticket, actor), channel: ticket.channel })];
  if (ticket.assignee) events.push(domainEvent('ticket.assigned', tenantId, { ...factsOf(ticket, actor), previousAssigneeId: null }));
  return { ticket, eventId: event.id, publish: (services) => committed(services, tenantId, ticket, events) };
}
