// Per request (HTTP) or per socket (graphql-ws): who is calling, their tenant, a lazy
// EntityManager fork with the tenant filter parameter set, and a DataLoader registry.
// A class, so the lazy `em` lives on the prototype: Apollo copies the context object per
// operation (Object.assign), which would call an own getter and fork on every request.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { AppServices } from './services.js';
import type { Logger } from './logger.js';
import { readScopeOf, tenantOf, type Viewer } from './auth/viewer.js';
import type { ReadScope } from './graphql/planner/planner.js';
import { pageSize, type PageArgs } from './graphql/connection.js';
import { TENANT_FILTER } from './db/tenant-filter.js';
import type { RequestBudget } from './graphql/budget/index.js';

export interface ContextInit {
  viewer: Viewer;
  requestId?: string;
  ip?: string | null;
  userAgent?: string | null;
}

export class RequestContext {
  readonly requestId: string;
  readonly viewer: Viewer;
  readonly ip: string | null;
  readonly userAgent: string | null;
  /** This operation's charge against the caller's budget (set before execution when budgets are on). */
  budget?: RequestBudget;
  /**
   * Access rules already granted in this request (permissions/rules.ts). Set only for a query over
   * HTTP (apollo-plugin.ts): nothing in it changes what the viewer may do. Never on a socket's
   * context, which lives across events and must re-check each one.
   */
  grants?: Set<string> = undefined;
  private forked?: EntityManager;
  private childLog?: Logger;
  private loaders?: Map<string, DataLoader<unknown, unknown>>;

  constructor(
    readonly services: AppServices,
    init: ContextInit,
  ) {
    this.requestId = init.requestId ?? randomUUID();
    this.viewer = init.viewer;
    this.ip = init.ip ?? null;
    this.userAgent = init.userAgent ?? null;
  }

  /** A fork of the ORM's EntityManager for this request, created on first use. */
  get em(): EntityManager {
    if (!this.forked) {
      this.forked = this.services.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
      const tenantId = tenantOf(this.viewer);
      if (tenantId) this.forked.setFilterParams(TENANT_FILTER, { tenantId });
    }
    return this.forked;
  }

  get log(): Logger {
    return (this.childLog ??= this.services.log.child({ requestId: this.requestId }));
  }

  /** The read scope of this viewer (optionally inside one named tenant, for platform admins). */
  scope(tenantId?: string | null): ReadScope | undefined {
    return readScopeOf(this.viewer, tenantId);
  }

  /** A connection's page window: `first` checked against MAX_PAGE_SIZE, and the cursor. */
  page(args: PageArgs): { first: number; after: string | null | undefined } {
    return { first: pageSize(args, this.services.config.MAX_PAGE_SIZE), after: args.after };
  }

  /** Per-request DataLoaders, created on first use under a name. */
  loader<K, V>(name: string, make: () => DataLoader<K, V>): DataLoader<K, V> {
    this.loaders ??= new Map();
    let l = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!l) this.loaders.set(name, (l = make()) as DataLoader<unknown, unknown>);
    return l;
  }
}

export type Context = RequestContext;

export function createContext(services: AppServices, init: ContextInit): Context {
  return new RequestContext(services, init);
}
