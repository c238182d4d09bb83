// Every write to a conversation goes through here: one transaction holding the conversation's row
// lock, state changes only through the lifecycle's transitions, messages appended with gap-free
// seqs; after commit the new messages go to realtime subscribers and the domain events (message
// created, conversation assigned, resolved, …) to their listeners.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityDictionary } from '@mikro-orm/core';
import type { AppServices } from '../../services.js';
import { TENANT_FILTER } from '../../db/tenant-filter.js';
import { domainEvent, type ConversationFacts, type DomainEvent, type DomainEventName, type DomainEventPayloads } from '../../events/domain-events.js';
import { User } from '../users/user.entity.js';
import { Queue } from '../routing/queue.entity.js';
import { Topic } from '../../events/topics.js';
import { Conversation, ConversationStatus, type Handler } from './conversation.entity.js';
import { Author } from './message.entity.js';
import { appendMessage, publishCommitted, type Appended, type NewMessage } from './message.service.js';
import { appendToRow, lockRow, type LockedRow } from './locked-row.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { plan, type LifecycleState, type Planned, type Transition } from './lifecycle.js';

export interface LockedConversation {
  readonly em: EntityManager;
  /**
   * The locked conversation's state as its lock read it (and as appends and changes since left
   * it): for checks that need no entity. Reading it loads nothing.
   */
  readonly state: ConversationState;
  /**
   * The entity, built from the locked row on first use (no statement); what a caller changes on it
   * is written at commit. Appends after that go through the entity too.
   */
  readonly conversation: Conversation;
  /**
   * Apply a lifecycle transition (CONFLICT when the state does not allow it): the new state, its
   * system message (unless `silent`), the assignment history, and its events after commit.
   */
  transition(t: Transition, opts?: { silent?: boolean; via?: 'AUTO' | 'MANUAL' }): Promise<Planned>;
  /** Append a message; published to subscribers and emitted as `message.created` after commit. */
  append(message: NewMessage): Promise<Appended>;
}

/** What the common checks read of a locked conversation. */
export interface ConversationState {
  readonly id: string;
  readonly tenantId: string;
  readonly contactId: string;
  readonly status: ConversationStatus;
  readonly handler: Handler;
  readonly assigneeId: string | null;
  readonly queueId: string | null;
  readonly aiFailedAttempts: number;
}

export const stateOf = (c: Conversation): LifecycleState => ({
  status: c.status,
  handler: c.handler,
  assigneeId: c.assignee?.id ?? null,
  queueId: c.queue?.id ?? null,
  waitingSince: c.waitingSince,
  resolvedAt: c.resolvedAt,
  reopenCount: c.reopenCount,
  aiFailedAttempts: c.aiFailedAttempts,
});

export const factsOf = (c: Conversation): ConversationFacts => factsOfState(entityState(c));

const factsOfState = (s: ConversationState): ConversationFacts => ({
  conversationId: s.id,
  contactId: s.contactId,
  status: s.status,
  handler: s.handler,
  assigneeId: s.assigneeId,
  queueId: s.queueId,
});

const entityState = (c: Conversation): ConversationState => ({
  id: c.id,
  tenantId: c.tenant.id,
  contactId: c.contact.id,
  status: c.status,
  handler: c.handler,
  assigneeId: c.assignee?.id ?? null,
  queueId: c.queue?.id ?? null,
  aiFailedAttempts: c.aiFailedAttempts,
});

/** The columns of a conversation row its state is read from (the locked row has them all). */
export type StateRow = Pick<LockedRow, 'id' | 'tenant_id' | 'contact_id' | 'status' | 'handler' | 'assignee_id' | 'queue_id' | 'ai_failed_attempts'>;

export const rowState = (r: StateRow): ConversationState => ({
  id: r.id,
  tenantId: r.tenant_id,
  contactId: r.contact_id,
  status: r.status as ConversationStatus,
  handler: r.handler as Handler,
  assigneeId: r.assignee_id,
  queueId: r.queue_id,
  aiFailedAttempts: r.ai_failed_attempts,
});

/** Keep the assignment history (routing's tie-breaks, handle times) in the same transaction. */
async function recordAssignment(em: EntityManager, c: Conversation, userId: string, via: 'AUTO' | 'MANUAL'): Promise<void> {
  await em.getConnection().execute(
    `insert into conversation_assignments (id, tenant_id, conversation_id, user_id, queue_id, via) values (?, ?, ?, ?, ?, ?)`,
    [randomUUID(), c.tenant.id, c.id, userId, c.queue?.id ?? null, via],
    'run',
    em.getTransactionContext(),
  );
}

function applyState(em: EntityManager, c: Conversation, next: LifecycleState): void {
  c.status = next.status;
  c.handler = next.handler;
  if ((c.assignee?.id ?? null) !== next.assigneeId) c.assignee = next.assigneeId ? em.getReference(User, next.assigneeId, { wrapped: true }) : null;
  if ((c.queue?.id ?? null) !== next.queueId) c.queue = next.queueId ? em.getReference(Queue, next.queueId, { wrapped: true }) : null;
  c.waitingSince = next.waitingSince;
  c.resolvedAt = next.resolvedAt;
  c.reopenCount = next.reopenCount;
  c.aiFailedAttempts = next.aiFailedAttempts;
}

/** Collects what one locked change produced; `committed` publishes and emits it. */
export class ConversationChange {
  readonly appended: Appended[] = [];
  private readonly transitions: { planned: Planned; from: LifecycleState }[] = [];

  constructor(
    private readonly tenantId: string,
    /** Settable for a conversation created in the same transaction. */
    public conversationId: string,
  ) {}

  record(planned: Planned, from: LifecycleState): void {
    this.transitions.push({ planned, from });
  }

  /**
   * After commit: realtime topics for subscriptions (the messages; the conversation's new state;
   * the queues whose waiting line moved), then the domain events for listeners.
   */
  committed(services: AppServices, c: Conversation | ConversationState): DomainEvent[] {
    publishCommitted(services, this.tenantId, this.conversationId, this.appended);
    const facts = c instanceof Conversation ? factsOf(c) : factsOfState(c);
    if (this.transitions.length) {
      const first = this.transitions[0].from;
      if (first.status !== facts.status || first.handler !== facts.handler || first.assigneeId !== facts.assigneeId || first.queueId !== facts.queueId) {
        services.events.publish(Topic.CONVERSATION_UPDATED, { tenantId: this.tenantId, conversationId: facts.conversationId, contactId: facts.contactId, assigneeId: facts.assigneeId, queueId: facts.queueId });
      }
      const queues = new Set<string | null>();
      for (const { planned, from } of this.transitions) {
        if (from.status === ConversationStatus.WAITING) queues.add(from.queueId);
        if (planned.next.status === ConversationStatus.WAITING) queues.add(planned.next.queueId);
      }
      for (const queueId of queues) services.events.publish(Topic.QUEUE_UPDATED, { tenantId: this.tenantId, queueId });
    }
    const events: DomainEvent[] = [];
    for (const { planned, from } of this.transitions) {
      for (const e of planned.events) {
        events.push(domainEvent(e.name, this.tenantId, { ...facts, from: from.status, ...e.extra } as unknown as DomainEventPayloads[DomainEventName]));
      }
    }
    for (const a of this.appended) {
      if (!a.created) continue;
      events.push(
        domainEvent('message.created', this.tenantId, {
          conversationId: this.conversationId,
          messageId: a.message.id,
          seq: a.message.seq,
          author: a.message.author,
          private: a.message.private,
          status: facts.status,
          handler: facts.handler,
        }),
      );
    }
    services.domainEvents.emit(events);
    return events;
  }
}

/** The LockedConversation API over an entity already locked (or created) in `em`'s transaction. */
export function lockedView(em: EntityManager, c: Conversation, change: ConversationChange): LockedConversation {
  return new Locked(em, change, null, c);
}

/** Over the locked row (lockRow); the entity is built from it only when someone asks for it. */
class Locked implements LockedConversation {
  constructor(
    readonly em: EntityManager,
    private readonly change: ConversationChange,
    private readonly row: LockedRow | null,
    private entity: Conversation | null,
  ) {}

  get state(): ConversationState {
    return this.entity ? entityState(this.entity) : rowState(this.row!);
  }

  get conversation(): Conversation {
    // The row holds every column of the entity, read under the lock: what findOne would read now.
    this.entity ??= this.em.map(Conversation, this.row! as unknown as EntityDictionary<Conversation>);
    return this.entity;
  }

  async transition(t: Transition, opts: { silent?: boolean; via?: 'AUTO' | 'MANUAL' } = {}): Promise<Planned> {
    const c = this.conversation;
    const from = stateOf(c);
    const planned = plan(from, t, new Date());
    if (!planned.changed) return planned;
    applyState(this.em, c, planned.next);
    if (t.name === 'assign' || t.name === 'takeOver' || (t.name === 'transfer' && 'toAgent' in t)) {
      await recordAssignment(this.em, c, planned.next.assigneeId!, opts.via ?? (t.name === 'assign' ? 'AUTO' : 'MANUAL'));
    }
    if (planned.systemMessage && !opts.silent) this.change.appended.push(await appendMessage(this.em, c, { author: Author.SYSTEM, body: planned.systemMessage }));
    this.change.record(planned, from);
    return planned;
  }

  async append(message: NewMessage): Promise<Appended> {
    const a = this.entity ? await appendMessage(this.em, this.entity, message) : await appendToRow(this.em, this.row!, message);
    this.change.appended.push(a);
    return a;
  }
}

/** Whose conversation may be locked: `tenantId` null only for platform staff; `contactId` for a widget client. */
export interface LockScope {
  tenantId: string | null;
  contactId?: string | null;
}

/**
 * Run `change` on the locked conversation in a transaction of its own (on `em`, or a fresh fork
 * for background work). Only a conversation in `scope` is locked; any other is NOT_FOUND, like an
 * id that does not exist (`mayChange` can refuse the row it read the same way). After commit:
 * messages to subscribers, events to listeners.
 */
export async function withLockedConversation<T>(
  services: AppServices,
  scope: string | LockScope,
  conversationId: string,
  change: (lc: LockedConversation) => Promise<T>,
  em: EntityManager = services.orm.em.fork({ clear: true, useContext: false }) as EntityManager,
  mayChange?: (state: ConversationState) => boolean,
): Promise<T> {
  const { tenantId, contactId = null } = typeof scope === 'string' ? { tenantId: scope } : scope;
  if (!isUuid(conversationId)) throw notFound('Conversation');
  let collected!: ConversationChange;
  let locked!: Locked;
  const result = await em.transactional(async (tx) => {
    const row = await lockRow(tx, conversationId, tenantId, contactId);
    if (!row || (mayChange && !mayChange(rowState(row)))) throw notFound('Conversation');
    // Widget, staff and background writers all act inside the conversation's tenant.
    tx.setFilterParams(TENANT_FILTER, { tenantId: row.tenant_id });
    collected = new ConversationChange(row.tenant_id, row.id);
    locked = new Locked(tx, collected, row, null);
    return change(locked);
  });
  collected.committed(services, locked.state);
  return result;
}
