// What a domain module hands the app (docs/architecture.md, "Modules"). Each `modules/<m>/index.ts`
// exports one of these; `modules/index.ts` lists them, and the schema, the ORM, the access rules,
// the domain-event listeners, the job workers and the background duties are built from that list.
// Nothing central names a module's resolvers, entities or fields.
import type { EntityClass } from '@mikro-orm/core';
import type { Express } from 'express';
import type { AppServices } from '../services.js';
import type { AccessTree } from '../permissions/rules.js';
import type { AnyListener } from '../events/domain-events.js';
import type { JobName, JobPayloads } from '../jobs/jobs.js';
import type { FiredTimer } from '../jobs/timers.js';

/** Undo what `start` began (stop a timer, wait for its last run). */
export type Stop = () => Promise<void>;

export type JobHandlers = { [N in JobName]?: (services: AppServices, payload: JobPayloads[N]) => Promise<void> };

export interface AppModule {
  /** The folder name under modules/ (log lines, error messages). */
  name: string;
  /** type-graphql resolver classes (root fields and field resolvers). */
  resolvers?: Function[];
  /** MikroORM entities this module owns. */
  entities?: EntityClass<object>[];
  /** Who may call this module's root fields (and its sensitive object fields). */
  access?: AccessTree;
  /** Reactions to domain events, registered once per instance. */
  listeners?: (services: AppServices) => AnyListener[];
  /** Background job workers, one handler per job name this module owns. */
  jobs?: JobHandlers;
  /**
   * Handlers of exact timers, by kind (`services.timers.scheduleAt({ kind, … })`). Each must check
   * its own facts: the timer layer only guarantees that no newer version was scheduled.
   */
  timers?: Record<string, (services: AppServices, timer: FiredTimer) => Promise<void>>;
  /**
   * Plain HTTP routes (not GraphQL), mounted before the web app's fallback, e.g. calendar files.
   * Each route authenticates its caller itself.
   */
  routes?: (app: Express, services: AppServices) => void;
  /** Background duties of every instance (sweepers, reconciliation); runs once HTTP is up. */
  start?: (services: AppServices) => Stop | void;
}

export const defineModule = (m: AppModule): AppModule => m;
