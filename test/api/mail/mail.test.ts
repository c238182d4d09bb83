// Outgoing e-mail against a real SMTP server (smtp-server on 127.0.0.1): an invitation is
// delivered exactly once with its link; a server that refuses is retried until it accepts; with
// no SMTP_URL mails stay STORED in the outbox, readable by that tenant's admins only, and never in
// clear in the database (they carry one-time tokens).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp } from '../../helpers/smtp.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { asPlatformAdmin } from '../../helpers/as.js';
import { until } from '../../helpers/ws.js';
import { cloneDatabase, sql } from '../../helpers/db.js';

const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } invitation { token } } }`;
const OUTBOX = `query($filter: OutboxMessageFilter) { outboxMessages(first: 50, filter: $filter) { totalCount edges { node { id tenantId to from subject text html kind status attempts lastError messageId createdAt sentAt } } } }`;

const PUBLIC_URL = 'https://support.example.test';
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let withSmtp: TestServer;
let stored: TestServer;

beforeAll(async () => {
  smtp = await startSmtp();
  [withSmtp, stored] = await Promise.all([
    startTestServer({ databaseUrl: await cloneDatabase('smtp'), env: { SMTP_URL: smtp.url, MAIL_FROM: 'Northwind Support <help@northwind.test>', PUBLIC_URL } }),
    startTestServer({ databaseUrl: await cloneDatabase('stored'), env: { PUBLIC_URL } }),
  ]);
});
afterAll(async () => smtp?.close());

const mailTo = (address: string) => smtp.mailTo(address);

describe('with SMTP_URL', () => {
  it('inviting a user delivers exactly one mail to them, with a link holding the token; the outbox says SENT', async () => {
    const admin = await login(withSmtp.graphqlUrl, DEMO.northwind.admin, DEMO.northwind.slug);
    const email = `invited-${randomUUID().slice(0, 8)}@example.test`;
    const r = await gql(withSmtp.graphqlUrl, CREATE_USER, { i: { email, displayName: 'Ines Invited', role: 'AGENT' } }, { token: admin });
    expect(r.errors).toBeUndefined();
    const token = r.data!.createUser.invitation.token as string;
    await until(() => mailTo(email).length > 0, 15_000, () => 'no mail arrived');
    await new Promise((res) => setTimeout(res, 1500)); // nothing else follows
    const mails = mailTo(email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.subject).toBe('You are invited to Northwind Outfitters on Switchboard');
    expect(mail.from?.text).toContain('help@northwind.test');
    expect(mail.text).toContain(`${PUBLIC_URL}/accept?token=${token}`);
    expect(mail.html).toContain(`${PUBLIC_URL}/accept?token=${token}`);

    await until(async () => (await gql(withSmtp.graphqlUrl, OUTBOX, { filter: { to: email } }, { token: admin })).data?.outboxMessages.edges[0]?.node.status === 'SENT');
    const [row] = (await gql(withSmtp.graphqlUrl, OUTBOX, { filter: { to: email } }, { token: admin })).data!.outboxMessages.edges.map((e: any) => e.node);
    expect(row).toMatchObject({ to: email, kind: 'INVITATION', status: 'SENT', attempts: 1, lastError: null, from: 'Northwind Support <help@northwind.test>' });
    expect(row.messageId).toBeTruthy();
    expect(row.sentAt).toBeTruthy();
  });

  it('a server that refuses is retried with back-off until it accepts; then SENT, once', async () => {
    smtp.state.refuseNext = 2;
    const admin = await login(withSmtp.graphqlUrl, DEMO.northwind.admin, DEMO.northwind.slug);
    const email = `retry-${randomUUID().slice(0, 8)}@example.test`;
    const r = await gql(withSmtp.graphqlUrl, CREATE_USER, { i: { email, displayName: 'Rita Retry', role: 'AGENT' } }, { token: admin });
    expect(r.errors).toBeUndefined();
    const db = withSmtp.services.config.DATABASE_URL!;
    // The refusals are recorded on the row while it waits for the next attempt.
    await until(async () => (await sql<{ attempts: number }>(db, `select attempts from outbox_messages where to_address = $1`, [email]))[0]?.attempts >= 1, 15_000);
    const [waiting] = await sql<{ status: string; last_error: string }>(db, `select status, last_error from outbox_messages where to_address = $1`, [email]);
    expect(waiting.status).toBe('QUEUED');
    expect(waiting.last_error).toMatch(/451|try again/i);
    await until(() => mailTo(email).length > 0, 30_000, () => `no mail after retries (refused ${smtp.state.refused})`);
    await until(async () => (await sql<{ status: string }>(db, `select status from outbox_messages where to_address = $1`, [email]))[0]?.status === 'SENT', 10_000);
    const [row] = await sql<{ status: string; attempts: number; last_error: string | null }>(db, `select status, attempts, last_error from outbox_messages where to_address = $1`, [email]);
    expect(row).toEqual({ status: 'SENT', attempts: 3, last_error: null });
    expect(mailTo(email)).toHaveLength(1);
  }, 60_000);
});

describe('without SMTP_URL', () => {
  it('the invitation is STORED in the outbox: readable by the tenant admin and the platform admin, not by an agent, not by another tenant’s admin', async () => {
    const admin = await login(stored.graphqlUrl, DEMO.northwind.admin, DEMO.northwind.slug);
    const email = `stored-${randomUUID().slice(0, 8)}@example.test`;
    const r = await gql(stored.graphqlUrl, CREATE_USER, { i: { email, displayName: 'Sam Stored', role: 'AGENT' } }, { token: admin });
    const token = r.data!.createUser.invitation.token as string;
    await stored.services.domainEvents.settled();

    const mine = await gql(stored.graphqlUrl, OUTBOX, { filter: { to: email } }, { token: admin });
    expect(mine.errors).toBeUndefined();
    expect(mine.extensions!.sqlStatements).toBeLessThanOrEqual(2);
    const [row] = mine.data!.outboxMessages.edges.map((e: any) => e.node);
    expect(row).toMatchObject({ to: email, kind: 'INVITATION', status: 'STORED', attempts: 0, sentAt: null, from: 'Switchboard <no-reply@switchboard.local>' });
    expect(row.text).toContain(`${PUBLIC_URL}/accept?token=${token}`);
    expect(row.html).toContain('Accept the invitation');

    const agent = await login(stored.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug);
    expect(codeOf(await gql(stored.graphqlUrl, OUTBOX, {}, { token: agent }))).toBe('FORBIDDEN');
    const harborAdmin = await login(stored.graphqlUrl, DEMO.harbor.admin, DEMO.harbor.slug);
    const theirs = await gql(stored.graphqlUrl, OUTBOX, {}, { token: harborAdmin });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.outboxMessages.edges.some((e: any) => e.node.to === email)).toBe(false);
    const platform = await gql(stored.graphqlUrl, OUTBOX, { filter: { to: email } }, { token: await asPlatformAdmin(stored) });
    expect(platform.data!.outboxMessages.totalCount).toBe(1);

    // Sealed at rest: the token is nowhere in the table as stored.
    const raw = await sql<{ r: string }>(stored.services.config.DATABASE_URL!, `select row_to_json(o)::text as r from outbox_messages o`);
    expect(raw.some((x) => x.r.includes(token))).toBe(false);
  });

  it('a password reset request is mailed with a reset link (and filters work)', async () => {
    const ok = await gql(stored.graphqlUrl, `mutation { requestPasswordReset(input: {email: "${DEMO.northwind.viewer}", tenantSlug: "northwind"}) { ok } }`);
    expect(ok.errors).toBeUndefined();
    await stored.services.domainEvents.settled();
    const admin = await login(stored.graphqlUrl, DEMO.northwind.admin, DEMO.northwind.slug);
    const r = await gql(stored.graphqlUrl, OUTBOX, { filter: { kind: 'PASSWORD_RESET', status: 'STORED' } }, { token: admin });
    const rows = r.data!.outboxMessages.edges.map((e: any) => e.node);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ to: DEMO.northwind.viewer, subject: 'Reset your Switchboard password' });
    expect(rows[0].text).toMatch(new RegExp(`${PUBLIC_URL}/reset-password\\?token=pwr_[A-Za-z0-9_-]+&tenant=northwind`));
    const none = await gql(stored.graphqlUrl, OUTBOX, { filter: { kind: 'PASSWORD_RESET', status: 'SENT' } }, { token: admin });
    expect(none.data!.outboxMessages.totalCount).toBe(0);
  });
});
