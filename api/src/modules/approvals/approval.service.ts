// Approvals: requesting (staff, API keys, or the assistant through `requestApprovalAsAssistant`),
// deciding (approve / reject / escalate) and reassigning. Every change writes its history row in
// the same transaction; a decision holds the approval's row lock, so of two approvers deciding at
// once one wins and the other gets CONFLICT naming the status it found. After commit: the
// realtime topic (approvalUpdated) and the domain events (approval.requested / approval.decided;
// the conversation's note is written by approvals.listeners.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import type { AppServices } from '../../services.js';
import { badInput, conflict, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { permissionsOf, requireStaffTenant, type Viewer } from '../../auth/viewer.js';
import { TENANT_FILTER } from '../../db/tenant-filter.js';
import { domainEvent, type ActorFacts, type DomainEvent } from '../../events/domain-events.js';
import { Topic } from '../../events/topics.js';
import { once } from '../../idempotency/idempotency.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { visibleConversation } from '../conversations/conversation.access.js';
import { recordAudit } from '../audit/audit.service.js';
import { ApprovalAction, ApprovalEvent, ApprovalRequest, ApprovalRequesterKind, ApprovalStatus, OPEN_APPROVAL_STATUSES } from './approval.entity.js';
import { ApprovalDecision, type DecideApprovalInput, type ReassignApprovalInput, type RequestApprovalInput } from './approval.inputs.js';
import { assertApprover, cleanProposal, cleanReason, type ApprovalProposal, type CleanProposal } from './approval.rules.js';

/** Who asks or acts: a user, an API key, or the assistant (id null). */
export interface ApprovalActor {
  kind: ApprovalRequesterKind;
  id: string | null;
}

export interface ApprovalRef {
  id: string;
  tenantId: string;
}

function actorOfViewer(viewer: Viewer): ApprovalActor {
  if (viewer.kind === 'user') return { kind: ApprovalRequesterKind.USER, id: viewer.userId };
  if (viewer.kind === 'apiKey') return { kind: ApprovalRequesterKind.API_KEY, id: viewer.apiKeyId };
  throw forbidden();
}

const factsOf = (a: ApprovalActor): ActorFacts =>
  a.kind === ApprovalRequesterKind.ASSISTANT ? { kind: 'SYSTEM', id: null } : { kind: a.kind, id: a.id };

function historyRow(em: EntityManager, a: ApprovalRequest, action: ApprovalAction, actor: ApprovalActor, extra: Partial<Pick<ApprovalEvent, 'fromUserId' | 'toUserId' | 'reason'>> = {}): void {
  em.persist(Object.assign(new ApprovalEvent(), { tenant: a.tenant, approval: em.getReference(ApprovalRequest, a.id), action, actorKind: actor.kind, actorId: actor.id, ...extra }));
}

const snapshot = (a: ApprovalRequest) => ({
  status: a.status,
  approverId: a.approver?.id ?? null,
  ...(a.decisionReason ? { decisionReason: a.decisionReason } : {}),
});

/** Insert the approval and its REQUESTED row; the number is the tenant's next (serialised per tenant). */
async function insertApproval(em: EntityManager, tenantId: string, actor: ApprovalActor, p: CleanProposal, conversationId: string | null, approverId: string | null): Promise<ApprovalRequest> {
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  // Two requests at once must not pick the same number: one waits for the other's commit.
  await conn.execute(`select pg_advisory_xact_lock(hashtextextended('approval_requests.number:' || ?, 0))`, [tenantId], 'all', tx);
  const [{ next }] = await conn.execute<{ next: number }[]>('select coalesce(max(number), 0) + 1 as next from approval_requests where tenant_id = ?', [tenantId], 'all', tx);
  const approval = Object.assign(new ApprovalRequest(), {
    tenant: em.getReference(Tenant, tenantId),
    number: Number(next),
    kind: p.kind,
    summary: p.summary,
    proposedAction: p.proposedAction,
    amount: p.amount,
    currency: p.currency,
    priority: p.priority,
    urgency: p.urgency,
    ticketId: p.ticketId,
    conversation: conversationId ? em.getReference(Conversation, conversationId) : null,
    requestedByKind: actor.kind,
    requestedById: actor.id,
    requester: actor.kind === ApprovalRequesterKind.USER && actor.id ? em.getReference(User, actor.id) : null,
    approver: approverId ? em.getReference(User, approverId) : null,
  });
  em.persist(approval);
  historyRow(em, approval, ApprovalAction.REQUESTED, actor, { toUserId: approverId });
  return approval;
}

interface Created {
  id: string;
  tenantId: string;
  conversationId: string | null;
  ticketId: string | null;
  approverId: string | null;
  requestedById: string | null;
}

function publishRequested(services: AppServices, c: Created, actor: ApprovalActor): void {
  services.events.publish(Topic.APPROVAL_UPDATED, { tenantId: c.tenantId, approvalId: c.id, requestedById: c.requestedById });
  services.domainEvents.emit([
    domainEvent('approval.requested', c.tenantId, { approvalId: c.id, ticketId: c.ticketId, conversationId: c.conversationId, approverId: c.approverId, actor: factsOf(actor) }),
  ]);
}

/**
 * A staff member or API key proposes an action about a conversation (needs `conversations.reply`)
 * and/or a ticket (needs `tickets.update`). Bad fields: BAD_USER_INPUT; a conversation or approver
 * outside the tenant: NOT_FOUND.
 */
export async function requestApproval(ctx: Context, input: RequestApprovalInput): Promise<ApprovalRef> {
  const actor = actorOfViewer(ctx.viewer);
  const tenantId = requireStaffTenant(ctx.viewer, 'Approvals belong to a tenant: sign in as a member of it');
  const p = cleanProposal(input);
  const perms = permissionsOf(ctx.viewer);
  if (!input.conversationId && !p.ticketId) throw badInput('Link the approval to a conversation or a ticket', 'conversationId');
  let conversationId: string | null = null;
  if (input.conversationId) {
    if (!perms.has('conversations.reply')) throw forbidden('Requesting an approval in a conversation needs conversations.reply');
    conversationId = (await visibleConversation(ctx, input.conversationId)).id;
  }
  if (p.ticketId && !perms.has('tickets.update')) throw forbidden('Requesting an approval on a ticket needs tickets.update');
  // Another tenant's ticket answers exactly like an unknown one.
  if (p.ticketId && !(await ctx.services.readPool.scopedQuery(ctx.scope(tenantId), 'select 1 from tickets where tenant_id = $1 and id = $2', [p.ticketId])).length) throw notFound('Ticket');
  const approverId = input.approverId ?? null;
  if (approverId) await assertApprover(ctx.services.readPool, tenantId, approverId, 'approverId');
  const { result, replayed } = await ctx.em.transactional((em) =>
    once(ctx, em, 'requestApproval', input, async (): Promise<Created> => {
      const a = await insertApproval(em, tenantId, actor, p, conversationId, approverId);
      recordAudit(ctx, em, { action: 'approval.requested', resourceType: 'ApprovalRequest', resourceId: a.id, tenantId, after: { kind: a.kind, summary: a.summary, amount: a.amount, currency: a.currency, ...snapshot(a) } });
      await em.flush();
      return { id: a.id, tenantId, conversationId, ticketId: a.ticketId, approverId, requestedById: actor.id };
    }),
  );
  if (!replayed) publishRequested(ctx.services, result, actor);
  return { id: result.id, tenantId };
}

/**
 * The assistant proposes an action in a conversation it is handling (no viewer: it acts for the
 * tenant). The conversation must belong to `tenantId` (else NOT_FOUND).
 */
export async function requestApprovalAsAssistant(services: AppServices, tenantId: string, conversationId: string, proposal: ApprovalProposal): Promise<ApprovalRef> {
  const p = cleanProposal(proposal);
  if (!isUuid(conversationId)) throw notFound('Conversation');
  const [found] = await services.readPool.query('select 1 from conversations where id = $1 and tenant_id = $2', [conversationId, tenantId]);
  if (!found) throw notFound('Conversation');
  const approverId = proposal.approverId ?? null;
  if (approverId) await assertApprover(services.readPool, tenantId, approverId, 'approverId');
  const actor: ApprovalActor = { kind: ApprovalRequesterKind.ASSISTANT, id: null };
  const em = services.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
  em.setFilterParams(TENANT_FILTER, { tenantId });
  const created = await em.transactional(async (tx) => {
    const a = await insertApproval(tx, tenantId, actor, p, conversationId, approverId);
    await tx.flush();
    return { id: a.id, tenantId, conversationId, ticketId: a.ticketId, approverId, requestedById: null };
  });
  publishRequested(services, created, actor);
  return { id: created.id, tenantId };
}

/** Lock the approval's row in this transaction and read it fresh; NOT_FOUND outside the tenant. */
async function lockApproval(em: EntityManager, tenantId: string, id: string): Promise<ApprovalRequest> {
  if (!isUuid(id)) throw notFound('Approval request');
  const locked = await em.getConnection().execute('select id from approval_requests where id = ? and tenant_id = ? for update', [id, tenantId], 'all', em.getTransactionContext());
  if (!locked.length) throw notFound('Approval request');
  const a = await em.findOne(ApprovalRequest, { id, tenant: tenantId }, { refresh: true, filters: false });
  if (!a) throw notFound('Approval request');
  return a;
}

function assertOpen(a: ApprovalRequest): void {
  if (!OPEN_APPROVAL_STATUSES.includes(a.status)) {
    throw conflict(`Approval #${a.number} was already ${a.status.toLowerCase()}`, { currentStatus: a.status });
  }
}

type Decided = 'APPROVED' | 'REJECTED' | 'ESCALATED' | 'REASSIGNED';

function publishDecided(services: AppServices, a: ApprovalRequest, decision: Decided, actor: ApprovalActor): void {
  const tenantId = a.tenant.id;
  services.events.publish(Topic.APPROVAL_UPDATED, { tenantId, approvalId: a.id, requestedById: a.requestedById });
  const event: DomainEvent = domainEvent('approval.decided', tenantId, {
    approvalId: a.id,
    ticketId: a.ticketId,
    conversationId: a.conversation?.id ?? null,
    decision,
    approverId: a.approver?.id ?? null,
    requestedById: a.requestedById,
    actor: factsOf(actor),
  });
  services.domainEvents.emit([event]);
}

/**
 * APPROVE / REJECT (final; REJECT needs `reason`) or ESCALATE to another manager (status
 * ESCALATED, still open). Already decided: CONFLICT with `extensions.currentStatus`.
 */
export async function decideApproval(ctx: Context, input: DecideApprovalInput): Promise<ApprovalRef> {
  const actor = actorOfViewer(ctx.viewer);
  const tenantId = requireStaffTenant(ctx.viewer, 'Approvals belong to a tenant: sign in as a member of it');
  const reason = cleanReason(input.reason, input.decision === ApprovalDecision.REJECT);
  const escalateTo = input.decision === ApprovalDecision.ESCALATE ? input.escalateToUserId ?? null : null;
  if (input.decision === ApprovalDecision.ESCALATE) {
    if (!escalateTo) throw badInput('Choose whom to escalate to', 'escalateToUserId');
    await assertApprover(ctx.services.readPool, tenantId, escalateTo, 'escalateToUserId');
  } else if (input.escalateToUserId) {
    throw badInput('escalateToUserId goes with ESCALATE only', 'escalateToUserId');
  }
  const userId = actor.kind === ApprovalRequesterKind.USER ? actor.id : null;
  let decided!: Decided;
  const approval = await ctx.em.transactional(async (em) => {
    const a = await lockApproval(em, tenantId, input.id);
    assertOpen(a);
    const before = snapshot(a);
    if (input.decision === ApprovalDecision.ESCALATE) {
      const from = a.approver?.id ?? null;
      if (from === escalateTo) throw badInput('That person is already the approver', 'escalateToUserId');
      a.status = ApprovalStatus.ESCALATED;
      a.approver = em.getReference(User, escalateTo!, { wrapped: true });
      a.escalatedTo = em.getReference(User, escalateTo!, { wrapped: true });
      historyRow(em, a, ApprovalAction.ESCALATED, actor, { fromUserId: from, toUserId: escalateTo, reason });
      decided = 'ESCALATED';
    } else {
      const approved = input.decision === ApprovalDecision.APPROVE;
      a.status = approved ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED;
      a.decidedBy = userId ? em.getReference(User, userId, { wrapped: true }) : null;
      a.decidedAt = new Date();
      a.decisionReason = reason;
      historyRow(em, a, approved ? ApprovalAction.APPROVED : ApprovalAction.REJECTED, actor, { reason });
      decided = approved ? 'APPROVED' : 'REJECTED';
    }
    a.version += 1;
    recordAudit(ctx, em, { action: `approval.${decided.toLowerCase()}`, resourceType: 'ApprovalRequest', resourceId: a.id, tenantId, before, after: snapshot(a) });
    await em.flush();
    return a;
  });
  publishDecided(ctx.services, approval, decided, actor);
  return { id: approval.id, tenantId };
}

/** Give an open approval to another manager (needs `approvals.decide` and `tickets.assign`). */
export async function reassignApproval(ctx: Context, input: ReassignApprovalInput): Promise<ApprovalRef> {
  const actor = actorOfViewer(ctx.viewer);
  const tenantId = requireStaffTenant(ctx.viewer, 'Approvals belong to a tenant: sign in as a member of it');
  if (!permissionsOf(ctx.viewer).has('tickets.assign')) throw forbidden('Reassigning approvals needs tickets.assign');
  await assertApprover(ctx.services.readPool, tenantId, input.approverId, 'approverId');
  let changed = false;
  const approval = await ctx.em.transactional(async (em) => {
    const a = await lockApproval(em, tenantId, input.id);
    assertOpen(a);
    const from = a.approver?.id ?? null;
    if (from === input.approverId) return a; // a retry: nothing to do
    const before = snapshot(a);
    a.approver = em.getReference(User, input.approverId, { wrapped: true });
    a.version += 1;
    historyRow(em, a, ApprovalAction.REASSIGNED, actor, { fromUserId: from, toUserId: input.approverId });
    recordAudit(ctx, em, { action: 'approval.reassigned', resourceType: 'ApprovalRequest', resourceId: a.id, tenantId, before, after: snapshot(a) });
    await em.flush();
    changed = true;
    return a;
  });
  if (changed) publishDecided(ctx.services, approval, 'REASSIGNED', actor);
  return { id: approval.id, tenantId };
}
