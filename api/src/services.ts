// The long-lived parts of one API process, handed to every request context.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Events } from './events/pubsub.js';
import type { DomainEvents } from './events/domain-events.js';
import type { Planner } from './graphql/planner/planner.js';
import type { ReadPool } from './db/read-pool.js';
import type { TokenService } from './auth/tokens.js';
import type { AuthState } from './auth/auth-state.js';
import type { SecretBox } from './auth/secrets.js';
import type { Jobs } from './jobs/jobs.js';
import type { RetrievalDeps } from './modules/knowledge/retrieval.js';
import type { AnthropicProvider } from './modules/assistant/providers/anthropic.js';
import type { ClassifierCache } from './modules/classifier/classifier.store.js';
import type { AssistantRunner } from './modules/assistant/assistant.service.js';

export interface AppServices {
  config: Config;
  log: Logger;
  orm: MikroORM;
  readPool: ReadPool;
  planner: Planner;
  /** Realtime topics between instances (GraphQL subscriptions read them). */
  events: Events;
  /** Domain events for listeners, emitted after commit by the committing instance. */
  domainEvents: DomainEvents;
  tokens: TokenService;
  auth: AuthState;
  secretBox: SecretBox;
  jobs: Jobs;
  /** Retrieval: the embedder, the vector store (Chroma) and the read pool. */
  knowledge: RetrievalDeps;
  ai: {
    /** Claude, or null: the offline provider answers. */
    anthropic: AnthropicProvider | null;
    classifiers: ClassifierCache;
  };
  assistant: AssistantRunner;
}
