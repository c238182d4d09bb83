// Labels from the team (issue 16): an agent marks an AI answer "wrong / not in our knowledge"
// (UNANSWERABLE, the question = the customer message before it) or a hand-off "our knowledge
// answers this" with the article (ANSWERABLE). One example per labelled message: labelling the
// same message again updates its row. Admins resolve UNANSWERABLE ones by writing an FAQ.
// Every change is audited and announces `knowledge.labelled` after commit (calibration listens).
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { DomainError, ErrorCode, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { requireStaffTenant } from '../../auth/viewer.js';
import { domainEvent } from '../../events/domain-events.js';
import { recordAudit } from '../audit/audit.service.js';
import { User } from '../users/user.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { KnowledgeDocument } from '../knowledge/knowledge-document.entity.js';
import { IN_LINE } from '../conversations/lifecycle.js';
import { KnowledgeExample, KnowledgeExampleKind } from './knowledge-example.entity.js';
import type { MarkAnswerNotInKnowledgeInput, MarkHandoffAnswerableInput, ResolveKnowledgeExampleInput } from './knowledge-example.inputs.js';

/** Why a label was refused (BAD_USER_INPUT with `extensions.reason` and `field`). */
export const LabelRefusal = {
  NOT_AN_AI_MESSAGE: 'NOT_AN_AI_MESSAGE',
  NOT_A_CUSTOMER_MESSAGE: 'NOT_A_CUSTOMER_MESSAGE',
  NO_CUSTOMER_QUESTION: 'NO_CUSTOMER_QUESTION',
  NOT_HANDED_OFF: 'NOT_HANDED_OFF',
  DOCUMENT_NOT_PUBLISHED: 'DOCUMENT_NOT_PUBLISHED',
  BAD_NOTE: 'BAD_NOTE',
  ONE_TARGET: 'ONE_TARGET',
} as const;

const refuse = (reason: keyof typeof LabelRefusal, message: string, field: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, reason });

const MAX_NOTE = 1000;
const MAX_QUESTION = 2000;

function cleanNote(note: string | null | undefined): string | null {
  const t = note?.trim() ?? '';
  if (!t) return null;
  if (t.length > MAX_NOTE) throw refuse('BAD_NOTE', `note has at most ${MAX_NOTE} characters`, 'note');
  return t;
}

const questionOf = (body: string) => body.trim().slice(0, MAX_QUESTION);

interface MessageRow extends Record<string, unknown> {
  id: string;
  author: string;
  conversation_id: string;
  body: string;
  question_id: string | null;
  question: string | null;
}

// The message, and the last public customer message before it in its conversation.
const MESSAGE_SQL = `
  select m.id, m.author, m.conversation_id, m.body, q.id as question_id, q.body as question
    from messages m
    left join lateral (select c.id, c.body from messages c
                        where c.conversation_id = m.conversation_id and c.tenant_id = m.tenant_id
                          and c.seq < m.seq and c.author = 'CUSTOMER' and not c.private
                        order by c.seq desc limit 1) q on true
   where m.id = $2::uuid and m.tenant_id = $1`;

// A conversation's hand-off point (the latest "in line" system message) and the last customer
// message before it; without one, the last customer message when people have the conversation.
const HANDOFF_SQL = `
  select v.id, v.status, h.seq as handoff_seq, q.id as question_id, q.body as question
    from conversations v
    left join lateral (select s.seq from messages s
                        where s.conversation_id = v.id and s.tenant_id = v.tenant_id and s.author = 'SYSTEM' and s.body = $3
                        order by s.seq desc limit 1) h on true
    left join lateral (select c.id, c.body from messages c
                        where c.conversation_id = v.id and c.tenant_id = v.tenant_id and c.author = 'CUSTOMER' and not c.private
                          and (h.seq is null or c.seq < h.seq)
                        order by c.seq desc limit 1) q on true
   where v.id = $2::uuid and v.tenant_id = $1`;

async function publishedDocument(ctx: Context, tenantId: string, documentId: string): Promise<string> {
  const [doc] = isUuid(documentId)
    ? await ctx.services.readPool.query<{ id: string; status: string }>('select id, status from knowledge_documents where id = $1 and tenant_id = $2', [documentId, tenantId])
    : [];
  if (!doc) throw notFound('Knowledge document');
  if (doc.status !== 'PUBLISHED') throw refuse('DOCUMENT_NOT_PUBLISHED', 'The document is not published: publish it first, the assistant only answers from published documents', 'documentId');
  return doc.id;
}

async function loadMessage(ctx: Context, tenantId: string, messageId: string): Promise<MessageRow> {
  const [row] = isUuid(messageId) ? await ctx.services.readPool.query<MessageRow>(MESSAGE_SQL, [tenantId, messageId]) : [];
  if (!row) throw notFound('Message');
  return row;
}

export async function markAnswerNotInKnowledge(ctx: Context, input: MarkAnswerNotInKnowledgeInput): Promise<{ id: string; tenantId: string }> {
  const tenantId = requireStaffTenant(ctx.viewer);
  const note = cleanNote(input.note);
  const m = await loadMessage(ctx, tenantId, input.messageId);
  if (m.author !== 'AI') throw refuse('NOT_AN_AI_MESSAGE', 'Only an answer of the assistant can be marked “not in our knowledge”', 'messageId');
  if (!m.question?.trim()) throw refuse('NO_CUSTOMER_QUESTION', 'No customer question precedes this answer', 'messageId');
  return label(ctx, tenantId, { kind: KnowledgeExampleKind.UNANSWERABLE, question: questionOf(m.question), messageId: m.id, conversationId: m.conversation_id, documentId: null, note });
}

export async function markHandoffAnswerable(ctx: Context, input: MarkHandoffAnswerableInput): Promise<{ id: string; tenantId: string }> {
  const tenantId = requireStaffTenant(ctx.viewer);
  if (!input.conversationId === !input.messageId) throw refuse('ONE_TARGET', 'Name exactly one of conversationId or messageId', 'conversationId');
  const note = cleanNote(input.note);
  let question: string;
  let messageId: string;
  let conversationId: string;
  if (input.messageId) {
    const m = await loadMessage(ctx, tenantId, input.messageId);
    if (m.author !== 'CUSTOMER') throw refuse('NOT_A_CUSTOMER_MESSAGE', 'Name the customer’s message that asked the question', 'messageId');
    [question, messageId, conversationId] = [m.body, m.id, m.conversation_id];
  } else {
    const id = input.conversationId!;
    const [c] = isUuid(id) ? await ctx.services.readPool.query<{ id: string; status: string; handoff_seq: number | null; question_id: string | null; question: string | null }>(HANDOFF_SQL, [tenantId, id, IN_LINE]) : [];
    if (!c) throw notFound('Conversation');
    if (c.handoff_seq == null && c.status === 'BOT') throw refuse('NOT_HANDED_OFF', 'The assistant still has this conversation: nothing was handed off', 'conversationId');
    if (!c.question_id || !c.question?.trim()) throw refuse('NO_CUSTOMER_QUESTION', 'The customer asked nothing before the hand-off', 'conversationId');
    [question, messageId, conversationId] = [c.question, c.question_id, c.id];
  }
  const documentId = await publishedDocument(ctx, tenantId, input.documentId);
  return label(ctx, tenantId, { kind: KnowledgeExampleKind.ANSWERABLE, question: questionOf(question), messageId, conversationId, documentId, note });
}

interface Label {
  kind: KnowledgeExampleKind;
  question: string;
  messageId: string;
  conversationId: string;
  documentId: string | null;
  note: string | null;
}

const snapshot = (e: KnowledgeExample) => ({ kind: e.kind, question: e.question, documentId: e.document?.id ?? null, note: e.note, resolved: !!e.resolvedAt });

/** Insert, or update the message's example (a concurrent first label of it: one retry updates). */
async function label(ctx: Context, tenantId: string, l: Label, retried = false): Promise<{ id: string; tenantId: string }> {
  const userId = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
  try {
    const example = await ctx.em.fork().transactional(async (em: EntityManager) => {
      // A fresh fork (a retry must not see the failed attempt's entities): no request filter on
      // it, so the tenant is named explicitly.
      let e = await em.findOne(KnowledgeExample, { tenant: tenantId, messageId: l.messageId }, { filters: false });
      const before = e ? snapshot(e) : null;
      e ??= Object.assign(new KnowledgeExample(), { tenant: em.getReference(Tenant, tenantId), messageId: l.messageId });
      Object.assign(e, {
        kind: l.kind,
        question: l.question,
        conversationId: l.conversationId,
        document: l.documentId ? em.getReference(KnowledgeDocument, l.documentId) : null,
        note: l.note,
        createdBy: userId ? em.getReference(User, userId) : null,
        createdAt: new Date(),
        // Labelled again: it is an open question again (an UNANSWERABLE one returns to the worklist).
        resolvedAt: null,
        resolvedDocument: null,
      });
      em.persist(e);
      recordAudit(ctx, em, { action: 'knowledge.labelled', resourceType: 'KnowledgeExample', resourceId: e.id, tenantId, before, after: snapshot(e) });
      await em.flush();
      return e;
    });
    emitLabelled(ctx, tenantId, example);
    return { id: example.id, tenantId };
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException && !retried) return label(ctx, tenantId, l, true);
    throw err;
  }
}

function emitLabelled(ctx: Context, tenantId: string, e: KnowledgeExample) {
  ctx.services.domainEvents.emit([
    domainEvent('knowledge.labelled', tenantId, { exampleId: e.id, kind: e.kind, documentId: e.document?.id ?? null, resolved: !!e.resolvedAt }),
  ]);
}

/** Close an example: the knowledge base now answers it (with the FAQ written for it) or it was dismissed. */
export async function resolveKnowledgeExample(ctx: Context, input: ResolveKnowledgeExampleInput): Promise<{ id: string; tenantId: string }> {
  const tenantId = requireStaffTenant(ctx.viewer);
  const documentId = input.documentId ? await publishedDocument(ctx, tenantId, input.documentId) : null;
  const em = ctx.em;
  const e = isUuid(input.id) ? await em.findOne(KnowledgeExample, { id: input.id, tenant: tenantId }) : null;
  if (!e) throw notFound('Knowledge example');
  const before = snapshot(e);
  e.resolvedAt ??= new Date();
  if (documentId) e.resolvedDocument = em.getReference(KnowledgeDocument, documentId, { wrapped: true });
  recordAudit(ctx, em, { action: 'knowledge.example_resolved', resourceType: 'KnowledgeExample', resourceId: e.id, tenantId, before, after: { ...snapshot(e), resolvedDocumentId: documentId } });
  await em.flush();
  emitLabelled(ctx, tenantId, e);
  return { id: e.id, tenantId };
}
