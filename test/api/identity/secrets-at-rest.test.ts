// No password, key or token is stored or logged in clear.
import { expect, it } from 'vitest';
import { startTestServer } from '../../helpers/server.js';
import { DEMO, gql, login } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';

it('after keys, sign-ins, invitations and resets, the database and the logs hold no secret in clear', async () => {
  const server = await startTestServer();
  const url = server.graphqlUrl;
  const secrets: string[] = ['switchboard-demo'];
  const admin = await gql(url, `mutation { login(input: {email: "${DEMO.northwind.admin}", password: "switchboard-demo", tenantSlug: "northwind"}) { accessToken refreshToken } }`);
  const token = admin.data!.login.accessToken as string;
  secrets.push(token, admin.data!.login.refreshToken);

  const created = await gql(url, `mutation { createUser(input: {email: "new.agent@northwind.demo", displayName: "New Agent", role: AGENT}) { user { id } invitation { token } } }`, {}, { token });
  const invitation = created.data!.createUser.invitation.token as string;
  secrets.push(invitation);
  const newPassword = 'a-fresh-Secret-passphrase-42';
  const accepted = await gql(url, `mutation($t: String!, $p: String!) { acceptInvitation(input: {token: $t, password: $p}) { accessToken refreshToken } }`, { t: invitation, p: newPassword });
  expect(accepted.errors).toBeUndefined();
  secrets.push(newPassword, accepted.data!.acceptInvitation.accessToken, accepted.data!.acceptInvitation.refreshToken);

  const reset = await gql(url, `mutation($id: ID!) { createPasswordReset(userId: $id) { token } }`, { id: created.data!.createUser.user.id }, { token });
  const resetToken = reset.data!.createPasswordReset.token as string;
  const resetPassword = 'another-Secret-passphrase-43';
  await gql(url, `mutation($t: String!, $p: String!) { resetPassword(input: {token: $t, newPassword: $p}) { ok } }`, { t: resetToken, p: resetPassword });
  secrets.push(resetToken, resetPassword);
  await gql(url, `mutation { requestPasswordReset(input: {email: "${DEMO.northwind.viewer}", tenantSlug: "northwind"}) { ok } }`);

  const key = await gql(url, `mutation { createApiKey(input: {name: "CRM sync", scopes: ["users.view"]}) { secret } }`, {}, { token });
  if (key.data?.createApiKey) secrets.push(key.data.createApiKey.secret);
  const rotated = await gql(url, `mutation { rotateIdentitySecret(input: {}) { tenant { identityVerification { secret } } } }`, {}, { token });
  const identitySecret = rotated.data!.rotateIdentitySecret.tenant.identityVerification.secret as string;
  expect(identitySecret).toMatch(/^whs_/);
  secrets.push(identitySecret);
  await login(url, DEMO.northwind.agent, 'northwind');

  // Every row of every table, as text.
  const db = server.services.config.DATABASE_URL!;
  const tables = await sql<{ table_name: string }>(db, `select table_name from information_schema.tables where table_schema = 'public'`);
  let dump = '';
  for (const { table_name } of tables) {
    const rows = await sql<{ r: string }>(db, `select row_to_json(t)::text as r from "${table_name}" t`);
    dump += rows.map((r) => r.r).join('\n');
  }
  const logs = server.logs.map((l) => JSON.stringify(l)).join('\n');
  expect(dump.length).toBeGreaterThan(1000);
  for (const s of secrets) {
    expect(dump.includes(s), `database holds ${s.slice(0, 12)}…`).toBe(false);
    expect(logs.includes(s), `logs hold ${s.slice(0, 12)}…`).toBe(false);
  }
  expect(dump).toMatch(/\$argon2id\$/); // passwords are there, hashed
});
