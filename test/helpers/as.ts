// Ready-made callers for tests: a demo role of a tenant, a widget customer, an API key with
// scopes. Each call signs in anew (a fresh session: tests that log out or revoke stay independent).
import { randomUUID } from 'node:crypto';
import { DEMO, gql, login } from './graphql.js';
import { widgetSession } from './widget.js';

interface ServerLike {
  graphqlUrl: string;
  services: { config: { DATABASE_URL?: string } };
}
type Tenant = 'northwind' | 'harbor';
type Role = 'admin' | 'manager' | 'agent' | 'viewer';

const SLUG: Record<Tenant, string> = { northwind: DEMO.northwind.slug, harbor: DEMO.harbor.slug };
/** A demo user of a tenant (default: northwind). */
export const as = (server: ServerLike, role: Role, tenant: Tenant = 'northwind') => login(server.graphqlUrl, DEMO[tenant][role], SLUG[tenant]);

export const asAdmin = (server: ServerLike, tenant?: Tenant) => as(server, 'admin', tenant);
export const asManager = (server: ServerLike, tenant?: Tenant) => as(server, 'manager', tenant);
export const asAgent = (server: ServerLike, tenant?: Tenant) => as(server, 'agent', tenant);
export const asViewer = (server: ServerLike, tenant?: Tenant) => as(server, 'viewer', tenant);
export const asPlatformAdmin = (server: ServerLike) => login(server.graphqlUrl, DEMO.platform.admin);

/** A new widget customer (a contact of its own) of a tenant: its token and contact id. Never cached. */
export function asWidget(server: ServerLike, tenant: Tenant = 'northwind', name = 'Test Customer') {
  return widgetSession(server.graphqlUrl, server.services.config.DATABASE_URL!, SLUG[tenant], name);
}

/** A new API key of a tenant holding exactly `scopes` (created by its admin): the secret. */
export async function asApiKey(server: ServerLike, scopes: string[], tenant: Tenant = 'northwind'): Promise<string> {
  const r = await gql(server.graphqlUrl, `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`, { i: { name: `test ${scopes.join(' ')}`, scopes, idempotencyKey: randomUUID() } }, { token: await asAdmin(server, tenant) });
  if (!r.data?.createApiKey) throw new Error(`createApiKey failed: ${JSON.stringify(r.errors)}`);
  return r.data.createApiKey.secret as string;
}
