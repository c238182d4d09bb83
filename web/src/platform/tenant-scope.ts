// Platform admins belong to no tenant: pages that show one tenant's data (Team, Knowledge) or can
// narrow to one (Audit log, AI usage) let them pick it. The choice lives in the `tenant` query
// parameter, so links and reloads keep it (`/team?tenant=<id>`). Tenant members never see a picker
// and always act in their own tenant (`tenantId` stays undefined).
import { computed, type ComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@urql/vue';
import { useSession } from '../session.js';
import { TenantChoicesQuery } from './operations.js';

export interface TenantChoice {
  id: string;
  name: string;
  slug: string;
  status: string;
}

export interface TenantScope {
  /** The viewer is a platform admin (no tenant of their own). */
  isPlatformAdmin: ComputedRef<boolean>;
  /** Every tenant, for the picker (platform admins only; empty otherwise). */
  tenants: ComputedRef<TenantChoice[]>;
  /** The chosen tenant (platform admins), or the first one when `required` and none is chosen. */
  tenantId: ComputedRef<string | undefined>;
  /** Name of a tenant by id (for a tenant column). */
  tenantName(id: string | null | undefined): string;
  choose(id: string | undefined): void;
}

/** `required`: the page only makes sense inside one tenant (defaults to the first tenant). */
export function useTenantScope(options: { required: boolean }): TenantScope {
  const session = useSession();
  // Pages rendered without a router (component tests) simply have no choice made.
  const route = useRoute() as ReturnType<typeof useRoute> | undefined;
  const router = useRouter() as ReturnType<typeof useRouter> | undefined;
  const isPlatformAdmin = computed(() => session.viewer.value?.user?.role === 'PLATFORM_ADMIN');
  const list = useQuery({ query: TenantChoicesQuery, pause: computed(() => !isPlatformAdmin.value) });
  const tenants = computed<TenantChoice[]>(() => (isPlatformAdmin.value ? (list.data.value?.tenants.edges ?? []).map((e) => e.node) : []));
  const tenantId = computed(() => {
    if (!isPlatformAdmin.value) return undefined;
    const q = route?.query.tenant;
    const chosen = typeof q === 'string' && q ? q : undefined;
    if (chosen) return chosen;
    return options.required ? tenants.value[0]?.id : undefined;
  });
  function tenantName(id: string | null | undefined): string {
    if (!id) return 'Platform';
    return tenants.value.find((t) => t.id === id)?.name ?? id.slice(0, 8);
  }
  function choose(id: string | undefined) {
    const query = { ...route?.query };
    if (id) query.tenant = id;
    else delete query.tenant;
    void router?.replace({ query });
  }
  return { isPlatformAdmin, tenants, tenantId, tenantName, choose };
}
