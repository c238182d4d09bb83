// A label becomes retrieval evidence (issue 16, acceptance 7): an open ANSWERABLE example — "our
// knowledge answers this" with the article — is indexed as an extra question of that article
// (knowledge/chunk-questions.ts), so the same question, asked again, finds the article with strong
// evidence, and the next calibration scores its probe with it. Relabelled UNANSWERABLE, resolved,
// or without its article (deleted): the evidence goes. Reads the example's current row, so events
// handled late or twice leave the same state.
import { listener, type AnyListener } from '../../events/domain-events.js';
import type { AppServices } from '../../services.js';
import { setChunkQuestion } from '../knowledge/retrieval.js';

export async function syncExampleEvidence(services: AppServices, tenantId: string, exampleId: string): Promise<void> {
  const [e] = await services.readPool.query<{ kind: string; question: string; document_id: string | null; resolved: boolean }>(
    `select kind, question, document_id, resolved_at is not null as resolved from knowledge_examples where id = $1 and tenant_id = $2`,
    [exampleId, tenantId],
  );
  const evidence = e && e.kind === 'ANSWERABLE' && !e.resolved && e.document_id ? { documentId: e.document_id, question: e.question } : null;
  await setChunkQuestion(services.knowledge, tenantId, exampleId, evidence);
}

/**
 * At boot: open ANSWERABLE examples without evidence (labelled before this existed, or whose
 * listener was lost in a crash) get it; evidence of examples no longer open ANSWERABLE goes.
 */
export async function reconcileExampleEvidence(services: AppServices): Promise<void> {
  const rows = await services.readPool.query<{ id: string; tenant_id: string }>(
    `select e.id, e.tenant_id from knowledge_examples e
      where e.kind = 'ANSWERABLE' and e.resolved_at is null and e.document_id is not null
        and not exists (select 1 from knowledge_chunk_questions q where q.id = e.id and q.tenant_id = e.tenant_id)
     union all
     select q.id, q.tenant_id from knowledge_chunk_questions q
      where not exists (select 1 from knowledge_examples e where e.id = q.id and e.tenant_id = q.tenant_id
                          and e.kind = 'ANSWERABLE' and e.resolved_at is null and e.document_id = q.document_id)`,
    [],
  );
  for (const r of rows) await syncExampleEvidence(services, r.tenant_id, r.id);
}

export function knowledgeLabelsListeners(services: AppServices): AnyListener[] {
  return [
    listener({
      name: 'knowledge-labels.evidence-on-label',
      on: 'knowledge.labelled',
      handle: (e) => syncExampleEvidence(services, e.tenantId, e.payload.exampleId),
    }),
  ];
}
