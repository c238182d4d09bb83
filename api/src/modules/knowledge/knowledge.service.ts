// Knowledge base writes: create, edit, publish/unpublish, delete, bulk import, reindex. Each
// change and its audit row are one transaction; indexing jobs are queued after commit (a job
// lost by a crash in between is re-queued by the boot reconciliation, which looks at the rows).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { permissionsOf, requireStaffTenant } from '../../auth/viewer.js';
import { JobName } from '../../jobs/jobs.js';
import { Topic } from '../../events/topics.js';
import { domainEvent } from '../../events/domain-events.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { IndexingStatus, KnowledgeDocument, KnowledgeKind, KnowledgeStatus } from './knowledge-document.entity.js';
import type { ImportKnowledgeInput, KnowledgeDocumentInput, UpdateKnowledgeDocumentInput } from './knowledge.inputs.js';
import { once } from '../../idempotency/idempotency.js';

const MAX_BODY = 100_000;
const MAX_IMPORT = 500;

const tenantOf = (ctx: Context) => requireStaffTenant(ctx.viewer, 'The knowledge base belongs to a tenant: sign in as a member of it');

function requirePublish(ctx: Context) {
  if (!permissionsOf(ctx.viewer).has('kb.publish')) throw forbidden('Publishing needs the kb.publish permission');
}

function clean(input: { title?: string | null; body?: string | null; tags?: string[] | null }, prefix = '') {
  const out: { title?: string; body?: string; tags?: string[] } = {};
  if (input.title != null) {
    const title = input.title.trim();
    if (!title || title.length > 300) throw badInput('title must be 1–300 characters', `${prefix}title`);
    out.title = title;
  }
  if (input.body != null) {
    if (!input.body.trim() || input.body.length > MAX_BODY) throw badInput(`body must be 1–${MAX_BODY.toLocaleString('en')} characters`, `${prefix}body`);
    out.body = input.body;
  }
  if (input.tags != null) {
    const tags = [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))];
    if (tags.length > 20 || tags.some((t) => t.length > 50)) throw badInput('at most 20 tags of 1–50 characters', `${prefix}tags`);
    out.tags = tags;
  }
  return out;
}

const snapshot = (d: KnowledgeDocument) => ({ kind: d.kind, title: d.title, status: d.status, tags: d.tags, contentVersion: d.contentVersion });

function markForIndexing(d: KnowledgeDocument) {
  d.indexingStatus = IndexingStatus.PENDING;
  d.indexingProgress = 0;
  d.indexingError = null;
}

/** After commit: index (or drop) what changed; a published version is a domain event too. */
async function queueIndexing(ctx: Context, docs: KnowledgeDocument[]) {
  for (const d of docs) {
    ctx.services.events.publish(Topic.KNOWLEDGE_INDEXING, { tenantId: d.tenant.id, documentId: d.id, status: d.indexingStatus, progress: d.indexingProgress, chunkCount: d.chunkCount, error: null });
    await ctx.services.jobs.send(JobName.INDEX_DOCUMENT, { tenantId: d.tenant.id, documentId: d.id, version: d.contentVersion });
  }
  ctx.services.domainEvents.emit(docs.filter((d) => d.status === KnowledgeStatus.PUBLISHED).map((d) => domainEvent('knowledge.published', d.tenant.id, { documentId: d.id })));
}

function newDocument(em: EntityManager, tenantId: string, input: KnowledgeDocumentInput, publish: boolean, prefix = ''): KnowledgeDocument {
  const c = clean(input, prefix);
  if (c.title === undefined) throw badInput('title is required', `${prefix}title`);
  if (c.body === undefined) throw badInput('body is required', `${prefix}body`);
  const d = Object.assign(new KnowledgeDocument(), {
    tenant: em.getReference(Tenant, tenantId),
    kind: input.kind ?? KnowledgeKind.ARTICLE,
    title: c.title,
    body: c.body,
    tags: c.tags ?? [],
  });
  if (publish) {
    d.status = KnowledgeStatus.PUBLISHED;
    d.publishedAt = new Date();
    markForIndexing(d);
  }
  em.persist(d);
  return d;
}

export async function createDocument(ctx: Context, input: KnowledgeDocumentInput): Promise<string> {
  const tenantId = tenantOf(ctx);
  if (input.publish) requirePublish(ctx);
  let doc: KnowledgeDocument | undefined;
  const { result: id } = await ctx.em.transactional((em) =>
    once(ctx, em, 'createKnowledgeDocument', input, async () => {
      doc = newDocument(em, tenantId, input, !!input.publish);
      recordAudit(ctx, em, { action: 'knowledge.created', resourceType: 'KnowledgeDocument', resourceId: doc.id, after: snapshot(doc) });
      return doc.id;
    }),
  );
  if (doc?.status === KnowledgeStatus.PUBLISHED) await queueIndexing(ctx, [doc]); // not on a replay
  return id;
}

export async function importDocuments(ctx: Context, input: ImportKnowledgeInput): Promise<string[]> {
  const tenantId = tenantOf(ctx);
  if (!input.documents.length || input.documents.length > MAX_IMPORT) throw badInput(`import 1–${MAX_IMPORT} documents at a time`, 'documents');
  if (input.publish) requirePublish(ctx);
  let docs: KnowledgeDocument[] = [];
  const { result: ids } = await ctx.em.transactional((em) =>
    once(ctx, em, 'importKnowledgeDocuments', input, async () => {
      docs = input.documents.map((d, i) => newDocument(em, tenantId, d, !!input.publish, `documents[${i}].`));
      recordAudit(ctx, em, { action: 'knowledge.imported', resourceType: 'KnowledgeDocument', after: { count: docs.length, published: !!input.publish } });
      return docs.map((d) => d.id);
    }),
  );
  if (input.publish && docs.length) await queueIndexing(ctx, docs); // not on a replay
  return ids;
}

/** NOT_FOUND unless the document is in the viewer's tenant (another tenant's looks like a missing one). */
export async function assertVisibleDocument(ctx: Context, id: string): Promise<void> {
  await findDocument(ctx.em, id);
}

async function findDocument(em: EntityManager, id: string): Promise<KnowledgeDocument> {
  const d = isUuid(id) ? await em.findOne(KnowledgeDocument, { id }) : null; // the tenant filter applies
  if (!d) throw notFound('Knowledge document');
  return d;
}

export async function updateDocument(ctx: Context, input: UpdateKnowledgeDocumentInput): Promise<string> {
  tenantOf(ctx);
  const c = clean(input);
  const doc = await ctx.em.transactional(async (em) => {
    const d = await findDocument(em, input.id);
    const before = snapshot(d);
    const contentChanged = (c.title !== undefined && c.title !== d.title) || (c.body !== undefined && c.body !== d.body);
    Object.assign(d, c);
    if (contentChanged) {
      d.contentVersion++;
      if (d.status === KnowledgeStatus.PUBLISHED) markForIndexing(d);
    }
    recordAudit(ctx, em, { action: 'knowledge.updated', resourceType: 'KnowledgeDocument', resourceId: d.id, before, after: snapshot(d) });
    return { d, reindex: contentChanged && d.status === KnowledgeStatus.PUBLISHED };
  });
  if (doc.reindex) await queueIndexing(ctx, [doc.d]);
  return doc.d.id;
}

export async function setPublished(ctx: Context, id: string, published: boolean): Promise<string> {
  tenantOf(ctx);
  requirePublish(ctx);
  const result = await ctx.em.transactional(async (em) => {
    const d = await findDocument(em, id);
    const target = published ? KnowledgeStatus.PUBLISHED : KnowledgeStatus.DRAFT;
    if (d.status === target) return { d, changed: false };
    const before = snapshot(d);
    d.status = target;
    if (published) {
      d.publishedAt = new Date();
      markForIndexing(d);
    } else {
      d.indexingStatus = IndexingStatus.NOT_INDEXED;
      d.indexingProgress = 0;
      d.chunkCount = 0;
      // Out of retrieval at once (the lexical side reads these rows; dense hits are joined to them).
      await em.getConnection().execute('delete from knowledge_chunks where document_id = ?', [d.id], 'run', em.getTransactionContext());
    }
    recordAudit(ctx, em, { action: published ? 'knowledge.published' : 'knowledge.unpublished', resourceType: 'KnowledgeDocument', resourceId: d.id, before, after: snapshot(d) });
    return { d, changed: true };
  });
  if (result.changed) await queueIndexing(ctx, [result.d]); // unpublished: the job drops the vectors
  if (result.changed && !published) ctx.services.domainEvents.emit([domainEvent('knowledge.withdrawn', result.d.tenant.id, { documentId: result.d.id, deleted: false })]);
  return result.d.id;
}

export async function deleteDocument(ctx: Context, id: string): Promise<string> {
  const tenantId = tenantOf(ctx);
  const deleted = await ctx.em.transactional(async (em) => {
    const d = await findDocument(em, id);
    recordAudit(ctx, em, { action: 'knowledge.deleted', resourceType: 'KnowledgeDocument', resourceId: d.id, before: snapshot(d) });
    em.remove(d); // chunks go with it (on delete cascade)
    return { id: d.id, version: d.contentVersion, wasPublished: d.status === KnowledgeStatus.PUBLISHED };
  });
  await ctx.services.jobs.send(JobName.INDEX_DOCUMENT, { tenantId, documentId: deleted.id, version: deleted.version });
  if (deleted.wasPublished) ctx.services.domainEvents.emit([domainEvent('knowledge.withdrawn', tenantId, { documentId: deleted.id, deleted: true })]);
  return deleted.id;
}

export async function reindexKnowledge(ctx: Context, reembed: boolean): Promise<number> {
  const tenantId = tenantOf(ctx);
  requirePublish(ctx);
  const [row] = await ctx.services.readPool.query<{ n: number }>(`select count(*)::int as n from knowledge_documents where tenant_id = $1 and status = 'PUBLISHED'`, [tenantId]);
  await ctx.em.transactional(async (em) => {
    recordAudit(ctx, em, { action: 'knowledge.reindexed', resourceType: 'KnowledgeDocument', after: { reembed } });
  });
  await ctx.services.jobs.send(JobName.REBUILD_KNOWLEDGE, { tenantId, reembed });
  return row?.n ?? 0;
}
