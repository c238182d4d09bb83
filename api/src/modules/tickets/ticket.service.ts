// The tickets service API: what GraphQL, partners, automation rules, SLA clocks and approvals call.
// No GraphQL context: every function takes the services, the tenant, and who acts (a user, an
// API key, a RULE, the SYSTEM…). Each change is one transaction under the ticket's row lock with
// exactly one TicketEvent (locked-ticket.ts); a change to nothing writes nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../services.js';
import { badInput, conflict } from '../../errors.js';
import type { DomainEventName } from '../../events/domain-events.js';
import { Priority } from '../conversations/conversation.entity.js';
import { TicketAction } from './ticket-event.entity.js';
import { insertTicket, withLockedTicket, type NewTicket, type TicketActor, type TicketChangeResult, type TicketPatch } from './locked-ticket.js';
import { packageConversation } from './escalation-context.js';
import { cleanText, MAX_REASON } from './ticket-values.js';

export type { NewTicket, TicketActor, TicketChangeResult, TicketPatch } from './locked-ticket.js';
export { withLockedTicket, insertTicket } from './locked-ticket.js';

/** Options every change takes. */
export interface ChangeOptions {
  /** CONFLICT (extensions.currentVersion) when the ticket's version differs: the caller's copy is stale. */
  expectedVersion?: number | null;
  /** Run on this EntityManager (a request's fork); default: a fresh fork. */
  em?: EntityManager;
}

export interface TicketRef {
  ticketId: string;
  tenantId: string;
  number: number;
}

const freshEm = (services: AppServices, em?: EntityManager) => em ?? (services.orm.em.fork({ clear: true, useContext: false }) as EntityManager);

/** Create a ticket (one CREATED event); `ticket.created` after commit. */
export async function createTicket(services: AppServices, tenantId: string, actor: TicketActor, input: NewTicket, opts: { em?: EntityManager } = {}): Promise<TicketRef> {
  const em = freshEm(services, opts.em);
  const created = await em.transactional((tx) => insertTicket(tx, tenantId, actor, input));
  created.publish(services);
  return { ticketId: created.ticket.id, tenantId, number: created.ticket.number };
}

/** The fields of a new ticket made from a conversation, beyond what the conversation gives. */
export interface FromConversation extends Omit<NewTicket, 'subject' | 'conversationId' | 'contactId' | 'escalationContext'> {
  subject?: string | null;
}

/**
 * Turn a conversation into a ticket: subject, contact and channel from the conversation; category,
 * intent and priority from the assistant's classification unless given; `escalationContext` holds
 * the packaged transcript, hand-off, classification, retrieval attempts and customer.
 */
export async function createTicketFromConversation(
  services: AppServices,
  tenantId: string,
  conversationId: string,
  actor: TicketActor,
  input: FromConversation = {},
  opts: { em?: EntityManager } = {},
): Promise<TicketRef> {
  const em = freshEm(services, opts.em);
  const created = await em.transactional((tx) => insertFromConversation(tx, tenantId, conversationId, actor, input));
  created.publish(services);
  return { ticketId: created.ticket.id, tenantId, number: created.ticket.number };
}

/** `createTicketFromConversation` inside the caller's transaction (publish after commit). */
export async function insertFromConversation(tx: EntityManager, tenantId: string, conversationId: string, actor: TicketActor, input: FromConversation) {
  const facts = await packageConversation(tx, tenantId, conversationId);
  const cls = facts.classification ?? {};
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const priority = (input.priority ?? str(cls.priority) ?? facts.priority) as Priority;
  const lastConfidence = [...facts.context.retrievalAttempts].reverse().find((t) => t.confidence != null)?.confidence ?? null;
  return insertTicket(tx, tenantId, actor, {
    ...input,
    subject: input.subject?.trim() || facts.subject || firstCustomerLine(facts.context.transcript) || 'Conversation hand-off',
    conversationId,
    contactId: facts.contactId,
    channel: input.channel ?? facts.channel,
    category: input.category !== undefined ? input.category : str(cls.category),
    intent: input.intent !== undefined ? input.intent : str(cls.intent),
    priority: Object.values(Priority).includes(priority) ? priority : Priority.MEDIUM,
    ragConfidence: input.ragConfidence !== undefined ? input.ragConfidence : lastConfidence,
    autoResolveAttempts: input.autoResolveAttempts ?? facts.context.retrievalAttempts.filter((t) => t.decision === 'ANSWERED').length,
    escalationContext: facts.context as unknown as Record<string, unknown>,
  });
}

function firstCustomerLine(transcript: { author: string; body: string }[]): string | null {
  const first = transcript.find((m) => m.author === 'CUSTOMER')?.body.trim().split('\n')[0];
  return first ? first.slice(0, 120) : null;
}

/**
 * Change fields: queue, priority, assignee, tags, category, intent, subject, description, SLA
 * columns… (one event: ASSIGNED when only the assignee changed, else UPDATED, or `action` when
 * given — e.g. the SLA clocks record SLA_AT_RISK / SLA_BREACHED and pass `emit` for their event).
 * `status`: OPEN or PENDING only (resolve / reopen / close / escalate have their own functions).
 */
export function changeTicket(
  services: AppServices,
  tenantId: string,
  ticketId: string,
  actor: TicketActor,
  patch: TicketPatch & { status?: 'OPEN' | 'PENDING' },
  opts: ChangeOptions & { action?: TicketAction | string; emit?: { name: DomainEventName; extra: Record<string, unknown> }[]; comment?: { body: string; public: boolean } } = {},
): Promise<TicketChangeResult<void>> {
  const { status, ...fields } = patch;
  if (status !== undefined && status !== 'OPEN' && status !== 'PENDING') throw badInput('status may be set to OPEN or PENDING here; use resolve, reopen, close or escalate for the others', 'status');
  return withLockedTicket(
    services,
    tenantId,
    ticketId,
    actor,
    async (lt) => {
      if (lt.ticket.status === 'CLOSED' && (!onlySla(fields) || status || opts.comment)) throw closedConflict();
      await lt.set(fields);
      if (status) await lt.transition({ name: status === 'PENDING' ? 'setPending' : 'setOpen' });
      if (opts.comment) lt.comment(opts.comment.body, opts.comment.public);
      if (opts.action) lt.recordAs(opts.action);
      for (const e of opts.emit ?? []) lt.emit(e.name, e.extra);
    },
    opts,
  );
}

/** Give the ticket to a person (or to nobody with null). */
export function assignTicket(services: AppServices, tenantId: string, ticketId: string, actor: TicketActor, assigneeId: string | null, opts: ChangeOptions = {}) {
  return withLockedTicket(
    services,
    tenantId,
    ticketId,
    actor,
    async (lt) => {
      if (lt.ticket.status === 'CLOSED') throw closedConflict();
      await lt.set({ assigneeId });
    },
    opts,
  );
}

/** A public reply to the customer or an internal note (one COMMENTED event). CLOSED tickets: CONFLICT. */
export function addTicketComment(services: AppServices, tenantId: string, ticketId: string, actor: TicketActor, body: string, isPublic: boolean, opts: ChangeOptions = {}) {
  return withLockedTicket(
    services,
    tenantId,
    ticketId,
    actor,
    async (lt) => {
      if (lt.ticket.status === 'CLOSED') throw closedConflict();
      lt.comment(body, isPublic);
    },
    opts,
  );
}

const closedConflict = () => conflict('This ticket is closed: open a new one', { currentStatus: 'CLOSED' });

/** On a CLOSED ticket only the SLA bookkeeping may still change (the clocks settle MET/MISSED). */
const SLA_FIELDS = new Set(['slaPolicyId', 'firstResponseDueAt', 'nextResponseDueAt', 'resolutionDueAt', 'firstRespondedAt', 'slaFirstResponseState', 'slaNextResponseState', 'slaResolutionState', 'slaState', 'slaPausedAt']);
const onlySla = (patch: object) => Object.entries(patch).every(([k, v]) => v === undefined || SLA_FIELDS.has(k));

/**
 * Escalate: status ESCALATED (from OPEN or PENDING), the reason in the event's comment. `patch`
 * changes fields in the same event (the rules part picks the target queue, priority…).
 */
export function escalateTicket(services: AppServices, tenantId: string, ticketId: string, actor: TicketActor, reason: string, patch: TicketPatch = {}, opts: ChangeOptions = {}) {
  const why = cleanText(reason, 'reason', MAX_REASON);
  if (!why) throw badInput('reason is empty', 'reason');
  return withLockedTicket(
    services,
    tenantId,
    ticketId,
    actor,
    async (lt) => {
      const p = await lt.transition({ name: 'escalate', reason: why });
      if (!p.changed) return;
      await lt.set(patch);
      lt.note(why);
    },
    opts,
  );
}

/** Resolve (a retry by the same actor changes nothing; someone else's earlier resolve: CONFLICT). */
export function resolveTicket(services: AppServices, tenantId: string, ticketId: string, actor: TicketActor, opts: ChangeOptions & { comment?: { body: string; public: boolean } } = {}) {
  return withLockedTicket(
    services,
    tenantId,
    ticketId,
    actor,
    async (lt) => {
      const p = await lt.transition({ name: 'resolve' });
      if (p.changed && opts.comment) {
        lt.comment(opts.comment.body, opts.comment.public);
        lt.recordAs(TicketAction.RESOLVED);
      }
    },
    opts,
  );
}

export function reopenTicket(services: AppServices, tenantId: string, ticketId: string, actor: TicketActor, opts: ChangeOptions = {}) {
  return withLockedTicket(services, tenantId, ticketId, actor, async (lt) => void (await lt.transition({ name: 'reopen' })), opts);
}

export function closeTicket(services: AppServices, tenantId: string, ticketId: string, actor: TicketActor, opts: ChangeOptions = {}) {
  return withLockedTicket(services, tenantId, ticketId, actor, async (lt) => void (await lt.transition({ name: 'close' })), opts);
}
