// Per request (HTTP) or per socket (graphql-ws): who is calling, their tenant, a lazy
// EntityManager fork with the tenant filter parameter set, and a DataLoader registry.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { AppServices } from './services.js';
import type { Logger } from './logger.js';
import { readScopeOf, tenantOf, type Viewer } from './auth/viewer.js';
import type { ReadScope } from './graphql/planner/planner.js';
import { TENANT_FILTER } from './db/tenant-filter.js';

export interface Context {
  requestId: string;
  viewer: Viewer;
  services: AppServices;
  log: Logger;
  ip: string | null;
  userAgent: string | null;
  /** A fork of the ORM's EntityManager for this request, created on first use. */
  readonly em: EntityManager;
  /** The read scope of this viewer (optionally inside one named tenant, for platform admins). */
  scope(tenantId?: string | null): ReadScope | undefined;
  /** Per-request DataLoaders, created on first use under a name. */
  loader<K, V>(name: string, make: () => DataLoader<K, V>): DataLoader<K, V>;
}

export function createContext(
  services: AppServices,
  init: { viewer: Viewer; requestId?: string; ip?: string | null; userAgent?: string | null },
): Context {
  const requestId = init.requestId ?? randomUUID();
  let em: EntityManager | undefined;
  let loaders: Map<string, DataLoader<unknown, unknown>> | undefined;
  const viewer = init.viewer;
  return {
    requestId,
    viewer,
    services,
    log: services.log.child({ requestId }),
    ip: init.ip ?? null,
    userAgent: init.userAgent ?? null,
    get em() {
      if (!em) {
        em = services.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
        const tenantId = tenantOf(viewer);
        if (tenantId) em.setFilterParams(TENANT_FILTER, { tenantId });
      }
      return em;
    },
    scope: (tenantId) => readScopeOf(viewer, tenantId),
    loader<K, V>(name: string, make: () => DataLoader<K, V>) {
      loaders ??= new Map();
      let l = loaders.get(name) as DataLoader<K, V> | undefined;
      if (!l) loaders.set(name, (l = make() as DataLoader<K, V>) as DataLoader<unknown, unknown>);
      return l;
    },
  };
}
