// Every tenant-owned entity carries this filter: enabled by default, its parameter comes from the
// request context (`em.setFilterParams('tenant', { tenantId })`). A query on a fork without the
// parameter fails instead of returning every tenant's rows: deny by default.
import { Filter } from '@mikro-orm/decorators/legacy';

export const TENANT_FILTER = 'tenant';

export const TenantScoped = () =>
  Filter({ name: TENANT_FILTER, cond: (args: Record<string, unknown>) => ({ tenant: args.tenantId }), default: true });
