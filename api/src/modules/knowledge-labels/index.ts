// Labels from the team (issue 16): customer questions agents marked "not in our knowledge" or
// "our knowledge answers this", the examples of the tenant's next knowledge calibration, and the
// admin's worklist of questions the knowledge base does not answer.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { KnowledgeExampleResolver } from './knowledge-example.resolver.js';
import { KnowledgeExample } from './knowledge-example.entity.js';

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
});
