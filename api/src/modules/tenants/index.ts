// Tenants: the organisations on the platform, their settings and identity-verification secret.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { CreateTenantPayloadResolver, RegisterTenantPayloadResolver, TenantAssistantResolver, TenantResolver, UpdateTenantPayloadResolver } from './tenant.resolver.js';
import { Tenant } from './tenant.entity.js';

export const tenantsModule = defineModule({
  name: 'tenants',
  resolvers: [TenantResolver, TenantAssistantResolver, UpdateTenantPayloadResolver, CreateTenantPayloadResolver, RegisterTenantPayloadResolver],
  entities: [Tenant],
  access: {
    Query: { tenant: access.can('tenants.view'), tenants: access.can('tenants.view') },
    Mutation: {
      createTenant: access.can('tenants.manage'),
      reactivateTenant: access.can('tenants.manage'),
      registerTenant: access.public,
      rotateIdentitySecret: access.can('system.settings'),
      suspendTenant: access.can('tenants.manage'),
      updateTenant: access.can('system.settings'),
    },
    Subscription: { tenantUpdated: access.can('tenants.view') },
    // Sensitive object fields.
    Tenant: { identityVerification: access.can('system.settings'), volume: access.can('tenants.manage') },
  },
});
