// GraphQL over HTTP as a partner would send it, plus demo sign-in helpers.
import { DEMO_PASSWORD } from '../../api/src/boot/seed/demo-tenants.js';

export interface GqlResult<D = Record<string, any>> {
  status: number;
  data?: D | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
  headers: Headers;
}

export async function gql<D = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  opts: { token?: string; headers?: Record<string, string> } = {},
): Promise<GqlResult<D>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-debug-sql-count': '1',
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResult<D>, 'status' | 'headers'>;
  return { ...body, status: res.status, headers: res.headers };
}

/** The first error's code, or undefined. */
export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code as string | undefined;

export async function login(url: string, email: string, tenantSlug?: string, password = DEMO_PASSWORD): Promise<string> {
  const r = await gql<{ login: { accessToken: string } }>(
    url,
    `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
    { input: { email, password, tenantSlug } },
  );
  if (!r.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.accessToken;
}

export const DEMO = {
  northwind: { slug: 'northwind', admin: 'admin@northwind.demo', manager: 'manager@northwind.demo', agent: 'agent@northwind.demo', viewer: 'viewer@northwind.demo' },
  harbor: { slug: 'harbor-bank', admin: 'admin@harbor.demo', manager: 'manager@harbor.demo', agent: 'agent@harbor.demo', viewer: 'viewer@harbor.demo' },
  platform: { admin: 'platform@switchboard.demo' },
} as const;
