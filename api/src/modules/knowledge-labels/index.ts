// Labels from the team (issue 16): customer questions agents marked "not in our knowledge" or
// "our knowledge answers this", the examples of the tenant's next knowledge calibration, and the
// admin's worklist of questions the knowledge base does not answer. An open ANSWERABLE label is
// also retrieval evidence for its article (knowledge-labels.listeners.ts).
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { KnowledgeExampleResolver } from './knowledge-example.resolver.js';
import { KnowledgeExample } from './knowledge-example.entity.js';
import { knowledgeLabelsListeners, reconcileExampleEvidence } from './knowledge-labels.listeners.js';

export const knowledgeLabelsModule = defineModule({
  name: 'knowledge-labels',
  resolvers: [KnowledgeExampleResolver],
  entities: [KnowledgeExample],
  access: {
    Query: { knowledgeExamples: access.can('kb.publish') },
    Mutation: {
      markAnswerNotInKnowledge: access.can('kb.label'),
      markHandoffAnswerable: access.can('kb.label'),
      resolveKnowledgeExample: access.can('kb.publish'),
    },
  },
  listeners: knowledgeLabelsListeners,
  start: (services) => {
    void reconcileExampleEvidence(services).catch((e) => services.log.warn({ err: e }, 'label evidence reconciliation failed; it runs again at the next start'));
  },
});
