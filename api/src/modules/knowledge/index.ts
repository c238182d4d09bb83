// Knowledge: articles and FAQs, their indexing into the vector store, and search over them.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { JobName } from '../../jobs/jobs.js';
import { KnowledgeDocumentResolver } from './knowledge-document.resolver.js';
import { KnowledgeDocumentPayloadResolver, KnowledgeMutationResolver } from './knowledge.mutations.js';
import { KnowledgeSearchResolver } from './knowledge-search.resolver.js';
import { KnowledgeDocument } from './knowledge-document.entity.js';
import { indexDocument, rebuildKnowledge, reconcileKnowledge } from './indexing.job.js';
import type { RetrievalDeps } from './retrieval.js';

declare module '../../services.js' {
  interface AppServices {
    /** Retrieval: the embedder, the vector store (Chroma) and the read pool. */
    knowledge: RetrievalDeps;
  }
}

export const knowledgeModule = defineModule({
  name: 'knowledge',
  resolvers: [KnowledgeDocumentResolver, KnowledgeMutationResolver, KnowledgeDocumentPayloadResolver, KnowledgeSearchResolver],
  entities: [KnowledgeDocument],
  access: {
    Query: {
      knowledgeDocument: access.can('kb.view'),
      knowledgeDocuments: access.can('kb.view'),
      searchKnowledge: access.can('kb.view'),
    },
    Mutation: {
      createKnowledgeDocument: access.can('kb.create'),
      deleteKnowledgeDocument: access.can('kb.delete'),
      importKnowledgeDocuments: access.can('kb.create'),
      publishKnowledgeDocument: access.can('kb.publish'),
      reindexKnowledge: access.can('kb.publish'),
      unpublishKnowledgeDocument: access.can('kb.publish'),
      updateKnowledgeDocument: access.can('kb.update'),
    },
    Subscription: { knowledgeIndexing: access.can('kb.view') },
  },
  jobs: {
    [JobName.INDEX_DOCUMENT]: indexDocument,
    [JobName.REBUILD_KNOWLEDGE]: rebuildKnowledge,
  },
  start: (services) => {
    const { embedder } = services.knowledge;
    const { log } = services;
    // Not awaited: the API serves while the model loads and what is missing gets indexed.
    if ('warm' in embedder && typeof embedder.warm === 'function') void (embedder.warm() as Promise<unknown>).catch((e) => log.warn({ err: e }, 'embedder warm-up failed'));
    void reconcileKnowledge(services).catch((e) => log.warn({ err: e }, 'knowledge reconciliation failed; it runs again at the next start'));
  },
});
