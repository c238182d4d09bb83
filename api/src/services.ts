// The long-lived parts of one API process, handed to every request context.
// A module that brings a long-lived part of its own declares it in its index.ts
// (`declare module '../../services.js' { interface AppServices { … } }`), so this file imports
// no module and no module's import of it makes a circle.
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
import type { Timers } from './jobs/timers.js';
import type { Clock } from './clock.js';
import type { Budgets } from './graphql/budget/index.js';
import type { Metrics } from './metrics/metrics.js';

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
  /** Exact timers (pg-boss TIMER jobs with a version per tenant/kind/key). */
  timers: Timers;
  /** What time it is for computations (tests may replace it; timers fire on the database clock). */
  clock: Clock;
  /** Budgets by cost: points per hour per caller (graphql/budget/). */
  budgets: Budgets;
  /**
   * Prometheus metrics of this instance (/metrics). Register with
   * `metrics.counter(name, help, labelNames)` (also `gauge`, `histogram`, `onScrape`): metrics/metrics.ts.
   */
  metrics: Metrics;
  /** The AI providers; each module adds its own (declaration merging in modules/<m>/index.ts). */
  ai: AiServices;
}

export interface AiServices {}
