// Sign-in throttling per account and per IP, and no user enumeration by timing.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';

let server: TestServer;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`;
const attempt = (email: string, password: string, ip: string, tenantSlug = 'northwind') =>
  gql(server.graphqlUrl, LOGIN, { i: { email, password, tenantSlug } }, { headers: { 'x-forwarded-for': ip } });

beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  await sql(server.services.config.DATABASE_URL!, 'delete from login_failures');
});

it('the 11th wrong password in the window is RATE_LIMITED, even with the right password', async () => {
  for (let i = 0; i < 10; i++) expect(codeOf(await attempt(DEMO.northwind.agent, `wrong-${i}-password`, '10.0.0.1'))).toBe('UNAUTHENTICATED');
  const eleventh = await attempt(DEMO.northwind.agent, 'wrong-11-password', '10.0.0.2');
  expect(codeOf(eleventh)).toBe('RATE_LIMITED');
  expect(eleventh.errors![0].extensions!.retryAfterSeconds).toBe(900);
  expect(codeOf(await attempt(DEMO.northwind.agent, 'switchboard-demo', '10.0.0.3'))).toBe('RATE_LIMITED');
  // another account, from another IP, with the right password: fine
  const other = await attempt(DEMO.northwind.viewer, 'switchboard-demo', '10.0.0.4');
  expect(other.errors).toBeUndefined();
  expect(other.data!.login.accessToken).toMatch(/^ey/);
});

it('one IP guessing across many accounts is throttled too', async () => {
  await sql(server.services.config.DATABASE_URL!, `insert into login_failures (account_key, ip) select 'northwind|x' || g || '@example.com', '10.9.9.9' from generate_series(1, 100) g`);
  expect(codeOf(await attempt(DEMO.northwind.manager, 'switchboard-demo', '10.9.9.9'))).toBe('RATE_LIMITED');
  expect((await attempt(DEMO.northwind.manager, 'switchboard-demo', '10.9.9.10')).data!.login.accessToken).toMatch(/^ey/);
});

it('an unknown e-mail costs about the same time as a wrong password (within 20%)', { timeout: 60_000 }, async () => {
  const timeOne = async (email: string, i: number) => {
    const t = process.hrtime.bigint();
    const r = await attempt(email, `not-the-password-${i}`, `10.1.${i % 200}.${i % 7}`);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < 40; i++) {
    // alternate to spread machine noise evenly; rotate accounts to stay under the limit
    known.push(await timeOne([DEMO.northwind.agent, DEMO.northwind.viewer, DEMO.northwind.manager][i % 3], i));
    unknown.push(await timeOne(`nobody-${i}@northwind.demo`, i));
    if (i % 3 === 2) await sql(server.services.config.DATABASE_URL!, 'delete from login_failures');
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ratio = median(unknown) / median(known);
  expect(ratio).toBeGreaterThan(0.8);
  expect(ratio).toBeLessThan(1.2);
});
