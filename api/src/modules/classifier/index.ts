// Classifier: each tenant's offline intent model (training, status) and the message signals.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { JobName } from '../../jobs/jobs.js';
import { ClassifierResolver } from './classifier.resolver.js';
import { embedTenantExamples, reconcileClassifiers, trainTenantClassifier, type ClassifierCache } from './classifier.store.js';

declare module '../../services.js' {
  interface AiServices {
    /** Each tenant's trained classifier, loaded once per instance. */
    classifiers: ClassifierCache;
  }
}

export const classifierModule = defineModule({
  name: 'classifier',
  resolvers: [ClassifierResolver],
  access: {
    Query: { classifierStatus: access.can('kb.view'), classifyText: access.can('conversations.view') },
    Mutation: { addTrainingExamples: access.can('kb.update'), trainClassifier: access.can('kb.update') },
  },
  jobs: {
    [JobName.TRAIN_CLASSIFIER]: (services, job) => trainTenantClassifier(services, job.tenantId, { storedEmbeddingsOnly: job.storedEmbeddingsOnly }),
    [JobName.EMBED_TRAINING_EXAMPLES]: (services, job) => embedTenantExamples(services, job.tenantId),
  },
  start: (services) => {
    void reconcileClassifiers(services).catch((e) => services.log.warn({ err: e }, 'classifier reconciliation failed; it runs again at the next start'));
  },
});
