// Bench rows for the `lists` section: at least 2,000 per demo tenant in every list a partner reads
// (BENCH_LISTS_ROWS, default 3,000), one `insert … select … generate_series` per table and tenant.
// Rows that background work would pick up (waiting conversations, queued mail, pending webhook
// deliveries, enabled rules, documents to index) are written in finished states, so no worker
// shares the machine with the measurement. Added once per run (memoised per context).
import pg from 'pg';
import type { BenchContext } from '../lib/types.js';
import { benchUsers } from './foundation.js';
import { benchTickets } from './tickets.js';

export const LIST_ROWS = Number(process.env.BENCH_LISTS_ROWS ?? 3_000);
/**
 * Tenants are one list for the platform admin: this many are added in all, suspended, with slugs
 * that sort after the demo tenants' (sections that take `tenants order by slug limit n` still get those).
 */
const BENCH_TENANTS = Math.max(2_000, LIST_ROWS);

export interface ListIds {
  tenantId: string;
  adminId: string;
  /** A bench webhook endpoint of northwind with LIST_ROWS deliveries (`webhookDeliveries` needs one). */
  endpointId: string;
  /** A bench conversation of northwind with LIST_ROWS meetings, one an hour from `meetingsFrom`. */
  meetingConversationId: string;
  meetingsFrom: Date;
  /** How many bench meetings it holds. */
  meetings: number;
}

/** One statement per table and tenant; $1 tenant id, $2 rows, $3 tenant slug, $4 admin id. */
const PER_TENANT: [string, string][] = [
  ['contacts', `insert into contacts (id, tenant_id, name, email, identified, vip, attributes, created_at, updated_at)
    select gen_random_uuid(), $1, 'List contact ' || i, format('bench-contact-%s@%s.bench', i, $3::text), i % 3 = 0, i % 11 = 0, '{}'::jsonb,
           now() - make_interval(secs => i), now() - make_interval(secs => i)
      from generate_series(1, $2::int) i`],
  ['queues', `insert into queues (id, tenant_id, name, routing_policy, is_default, created_at)
    select gen_random_uuid(), $1, 'List queue ' || lpad(i::text, 5, '0'), (array['LEAST_LOADED', 'ROUND_ROBIN'])[1 + i % 2], false, now() - make_interval(secs => i)
      from generate_series(1, $2::int) i`],
  ['conversations', `with c as (select array_agg(id order by id) a from contacts where tenant_id = $1),
         u as (select array_agg(id order by id) a from users where tenant_id = $1 and role = 'AGENT'),
         q as (select array_agg(id order by id) a from queues where tenant_id = $1)
    insert into conversations (id, tenant_id, contact_id, channel, status, handler, assignee_id, queue_id, priority, subject, last_seq, reopen_count,
                               ai_failed_attempts, customer_last_read_seq, agent_last_read_seq, reply_by_email, created_at, updated_at)
    select gen_random_uuid(), $1, c.a[1 + i % array_length(c.a, 1)], (array['WIDGET', 'API', 'EMAIL'])[1 + i % 3],
           (array['RESOLVED', 'CLOSED'])[1 + i % 2], (array['AI', 'HUMAN'])[1 + i % 2],
           case when i % 4 = 0 then null else u.a[1 + i % array_length(u.a, 1)] end,
           case when i % 7 = 0 then null else q.a[1 + i % array_length(q.a, 1)] end,
           (array['LOW', 'MEDIUM', 'HIGH', 'URGENT'])[1 + i % 4], 'List conversation ' || i, i % 20, 0, 0, 0, 0, false,
           now() - make_interval(mins => i), now() - make_interval(secs => i)
      from generate_series(1, $2::int) i, c, u, q`],
  ['ai_calls', `with v as (select array_agg(id order by id) a from conversations where tenant_id = $1)
    insert into ai_calls (id, tenant_id, conversation_id, purpose, provider, model, latency_ms, first_token_ms, input_tokens, output_tokens, cost_usd, outcome, retries, created_at)
    select gen_random_uuid(), $1, case when i % 5 = 0 then null else v.a[1 + i % array_length(v.a, 1)] end,
           (array['ANSWER', 'CLASSIFY', 'SUMMARIZE', 'EMBED'])[1 + i % 4], 'OFFLINE', 'offline', 5 + i % 400, case when i % 4 = 0 then 3 + i % 50 end,
           100 + i % 900, 20 + i % 300, 0, (array['OK', 'OK', 'OK', 'ERROR', 'TIMEOUT'])[1 + i % 5], i % 3, now() - make_interval(secs => i)
      from generate_series(1, $2::int) i, v`],
  ['api_keys', `insert into api_keys (id, tenant_id, name, prefix, secret_hash, scopes, created_by_id, created_at)
    select gen_random_uuid(), $1, 'List key ' || i, format('bk%s%s', substr(md5($3::text), 1, 6), i), 'bench-key-cannot-authenticate',
           array['tickets.view'], case when i % 3 = 0 then null else $4::uuid end, now() - make_interval(secs => i)
      from generate_series(1, $2::int) i`],
  ['approval_requests', `with v as (select array_agg(id order by id) a from conversations where tenant_id = $1),
         u as (select array_agg(id order by id) a from users where tenant_id = $1 and role in ('AGENT', 'MANAGER')),
         n as (select coalesce(max(number), 0) base from approval_requests where tenant_id = $1)
    insert into approval_requests (id, tenant_id, number, kind, summary, proposed_action, priority, urgency, status, conversation_id,
                                   requested_by_kind, requested_by_id, requester_id, approver_id, decided_by_id, decided_at, created_at, updated_at, version)
    select gen_random_uuid(), $1, n.base + i, (array['REFUND', 'CANCELLATION', 'EXCEPTION', 'OTHER'])[1 + i % 4], 'List approval ' || i, 'Refund the order',
           (array['LOW', 'MEDIUM', 'HIGH', 'URGENT'])[1 + i % 4], (array['LOW', 'NORMAL', 'HIGH'])[1 + i % 3], (array['APPROVED', 'REJECTED'])[1 + i % 2],
           case when i % 6 = 0 then null else v.a[1 + i % array_length(v.a, 1)] end,
           'USER', u.a[1 + i % array_length(u.a, 1)], u.a[1 + i % array_length(u.a, 1)],
           case when i % 5 = 0 then null else u.a[1 + (i * 7) % array_length(u.a, 1)] end, $4::uuid,
           now() - make_interval(secs => i), now() - make_interval(secs => i), now() - make_interval(secs => i), 1
      from generate_series(1, $2::int) i, v, u, n`],
  ['audit_logs', `with u as (select array_agg(id order by id) a from users where tenant_id = $1)
    insert into audit_logs (id, tenant_id, actor_kind, actor_id, action, resource_type, resource_id, ip, at)
    select gen_random_uuid(), $1, case when i % 4 = 0 then 'SYSTEM' else 'USER' end, case when i % 4 = 0 then null else u.a[1 + i % array_length(u.a, 1)] end,
           (array['ticket.update', 'user.login', 'contact.create', 'queue.update'])[1 + i % 4], (array['Ticket', 'User', 'Contact', 'Queue'])[1 + i % 4],
           'bench-' || i, '127.0.0.1', now() - make_interval(secs => i)
      from generate_series(1, $2::int) i, u`],
  ['automation_rules', `with n as (select coalesce(max(position), 0) base from automation_rules where tenant_id = $1)
    insert into automation_rules (id, tenant_id, name, description, enabled, position, stop_processing, trigger, conditions, actions, created_at, updated_at)
    select gen_random_uuid(), $1, 'List rule ' || i, case when i % 2 = 0 then 'A disabled bench rule' end, false, n.base + i, i % 5 = 0,
           '{"kind": "EVENT", "events": ["TICKET_CREATED"]}'::jsonb, '{}'::jsonb, '[]'::jsonb, now() - make_interval(secs => i), now() - make_interval(secs => i)
      from generate_series(1, $2::int) i, n`],
  ['canned_responses', `insert into canned_responses (id, tenant_id, user_id, shortcut, title, body, created_at)
    select gen_random_uuid(), $1, null, 'list-' || lpad(i::text, 5, '0'), case when i % 3 = 0 then null else 'List reply ' || i end,
           'Thanks for waiting, {{contact.name}}. Reply ' || i, now() - make_interval(secs => i)
      from generate_series(1, $2::int) i`],
  ['knowledge_documents', `insert into knowledge_documents (id, tenant_id, kind, title, body, tags, status, indexing_status, indexing_progress, chunk_count, content_version, created_at, updated_at)
    select gen_random_uuid(), $1, (array['ARTICLE', 'FAQ'])[1 + i % 2], 'List article ' || lpad(i::text, 5, '0'), 'A bench article that is never indexed.',
           array['bench'], 'DRAFT', 'NOT_INDEXED', 0, 0, 1, now() - make_interval(secs => i), now() - make_interval(secs => i)
      from generate_series(1, $2::int) i`],
  ['knowledge_examples', `with d as (select array_agg(id order by id) a from knowledge_documents where tenant_id = $1),
         u as (select array_agg(id order by id) a from users where tenant_id = $1 and role in ('AGENT', 'MANAGER'))
    insert into knowledge_examples (id, tenant_id, question, kind, document_id, created_by, note, created_at)
    select gen_random_uuid(), $1, 'List question ' || i || '?', case when i % 3 = 0 then 'UNANSWERABLE' else 'ANSWERABLE' end,
           case when i % 3 = 0 then null else d.a[1 + i % array_length(d.a, 1)] end, case when i % 4 = 0 then null else u.a[1 + i % array_length(u.a, 1)] end,
           case when i % 2 = 0 then 'bench' end, now() - make_interval(secs => i)
      from generate_series(1, $2::int) i, d, u`],
  ['notifications', `insert into notifications (id, tenant_id, user_id, kind, title, body, subject_kind, subject_id, read_at, created_at)
    select gen_random_uuid(), $1, $4::uuid, (array['ASSIGNED', 'MENTIONED', 'SLA_AT_RISK', 'TICKET_REPLY'])[1 + i % 4], 'List notification ' || i, 'Something happened',
           case when i % 2 = 0 then 'TICKET' end, case when i % 2 = 0 then gen_random_uuid() end, case when i % 3 = 0 then now() end, now() - make_interval(secs => i)
      from generate_series(1, $2::int) i`],
  ['outbox_messages', `insert into outbox_messages (id, tenant_id, to_address, subject, text_sealed, kind, status, attempts, created_at, updated_at)
    select gen_random_uuid(), $1, format('customer-%s@%s.bench', i, $3::text), 'List mail ' || i, 'bench-not-sealed', (array['NOTIFICATION', 'TICKET_REPLY'])[1 + i % 2],
           (array['SENT', 'STORED', 'FAILED'])[1 + i % 3], 1 + i % 3, now() - make_interval(secs => i), now() - make_interval(secs => i)
      from generate_series(1, $2::int) i`],
  ['reporting_events', `with v as (select array_agg(id order by id) a from conversations where tenant_id = $1),
         u as (select array_agg(id order by id) a from users where tenant_id = $1 and role = 'AGENT')
    insert into reporting_events (id, tenant_id, name, value_seconds, ended_at, conversation_id, agent_id, team, channel, attributes, dedupe_key, created_at)
    select gen_random_uuid(), $1, (array['first_response', 'conversation_resolved'])[1 + i % 2], 30 + i % 600, now() - make_interval(secs => i),
           v.a[1 + i % array_length(v.a, 1)], case when i % 5 = 0 then null else u.a[1 + i % array_length(u.a, 1)] end,
           (array['Billing', 'Support', null])[1 + i % 3], 'WIDGET', '{}'::jsonb, 'bench-lists:' || i, now()
      from generate_series(1, $2::int) i, v, u`],
  ['tasks', `with u as (select array_agg(id order by id) a from users where tenant_id = $1 and role = 'AGENT'),
         t as (select array_agg(id order by id) a from (select id from tickets where tenant_id = $1 limit 5000) x),
         n as (select coalesce(max(position), 0) base from tasks where tenant_id = $1)
    insert into tasks (id, tenant_id, title, status, priority, assignee_id, created_by_id, creator_kind, tags, ticket_id, position, created_at, updated_at, version)
    select gen_random_uuid(), $1, 'List task ' || i, (array['TODO', 'IN_PROGRESS', 'REVIEW', 'DONE'])[1 + i % 4], (array['LOW', 'MEDIUM', 'HIGH', 'URGENT'])[1 + i % 4],
           case when i % 4 = 0 then null else u.a[1 + i % array_length(u.a, 1)] end, $4::uuid, 'USER', array['bench'],
           case when i % 3 = 0 then null else t.a[1 + i % array_length(t.a, 1)] end, n.base + i, now() - make_interval(secs => i), now() - make_interval(secs => i), 1
      from generate_series(1, $2::int) i, u, t, n`],
  ['webhook_endpoints', `insert into webhook_endpoints (id, tenant_id, url, description, events, enabled, disabled_reason, secret_sealed, created_by_id, created_at, updated_at)
    select gen_random_uuid(), $1, 'http://127.0.0.1:9/bench-hook-' || i, 'List endpoint ' || i, array['TICKET_CREATED', 'TICKET_UPDATED'], false, 'bench: never delivered',
           'bench-not-sealed', $4::uuid, now() - make_interval(secs => i), now() - make_interval(secs => i)
      from generate_series(1, $2::int) i`],
  ['webhook_deliveries', `with e as (select id from webhook_endpoints where tenant_id = $1 and url = 'http://127.0.0.1:9/bench-hook-1')
    insert into webhook_deliveries (id, tenant_id, endpoint_id, message_id, event_id, event_type, body, status, attempts, last_response_code, delivered_at, created_at)
    select gen_random_uuid(), $1, e.id, format('bench-msg-%s-%s', $3::text, i), 'bench-event-' || i, (array['ticket.created', 'ticket.updated'])[1 + i % 2], '{}',
           (array['SUCCEEDED', 'FAILED'])[1 + i % 2], 1 + i % 3, case when i % 2 = 0 then 200 else 500 end, case when i % 2 = 0 then now() end, now() - make_interval(secs => i)
      from generate_series(1, $2::int) i, e`],
  // One bench conversation (the first) holds every bench meeting: `meetings(conversationId:)` and
  // PostGraphile's condition on conversation_id then see the same rows. `series_ends_at` as the
  // service writes it for a single meeting (its end): left null, every meeting looked endless to the
  // range read, which then read and expanded all 3,000 of them for a window of 50 (session 9's 0.06×).
  ['meetings', `with v as (select id from conversations where tenant_id = $1 and subject = 'List conversation 1'),
         u as (select array_agg(id order by id) a from users where tenant_id = $1 and role = 'AGENT')
    insert into meetings (id, tenant_id, organizer_id, title, starts_at, ends_at, series_ends_at, timezone, type, conversation_id, status, uid, created_at, updated_at)
    select gen_random_uuid(), $1, u.a[1 + i % array_length(u.a, 1)], 'List meeting ' || i, $5::timestamptz + make_interval(hours => i),
           $5::timestamptz + make_interval(hours => i, mins => 30), $5::timestamptz + make_interval(hours => i, mins => 30), 'UTC', (array['CALLBACK', 'DEMO', 'REVIEW', 'PLANNING'])[1 + i % 4], v.id, 'SCHEDULED',
           format('lists-bench-%s@switchboard', i), now(), now()
      from generate_series(1, $2::int) i, v, u`],
];

async function addListRows(ctx: BenchContext): Promise<ListIds> {
  // Users (20,000 per tenant) and tickets (20,000 per tenant) come from their own sections' data.
  await benchUsers(ctx);
  const db = await ctx.database();
  const tenants = await db.sql<{ id: string; slug: string; admin: string }>(
    `select t.id, t.slug, (select u.id from users u where u.tenant_id = t.id and u.role = 'TENANT_ADMIN' and u.email like 'admin@%' order by u.email limit 1) admin
       from tenants t where t.slug in ('northwind', 'harbor-bank') order by t.slug`,
  );
  const meetingsStart = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 20 * 86_400_000); // 20 days ahead, on the hour
  const t0 = performance.now();
  // Idempotent on a kept database (BENCH_DATABASE_URL): the rows are added once.
  const [added] = await db.sql(`select 1 from tenants where slug = 'zz-bench-tenant-1'`);
  if (!added) await benchTickets(ctx); // tickets pick contacts, agents and queues of the tenant: the demo ones
  // One transaction: a failed statement leaves no half-added rows behind on a kept database.
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query('begin');
    for (const [table, sql] of added ? [] : PER_TENANT) {
      for (const t of tenants) {
        const values: unknown[] = [t.id, LIST_ROWS, t.slug, t.admin];
        if (table === 'meetings') values.push(meetingsStart.toISOString());
        // PostgreSQL refuses parameters a statement does not use: pass only those, renumbered.
        const used = [...new Set([...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
        const text = sql.replace(/\$(\d+)/g, (_, n: string) => `$${used.indexOf(Number(n)) + 1}`);
        try {
          await client.query(text, used.map((n) => values[n - 1]));
        } catch (e) {
          throw new Error(`bench rows for ${table}: ${(e as Error).message}`);
        }
      }
    }
    if (!added) await client.query(
      `insert into tenants (id, slug, name, status, timezone, business_hours, branding, assistant, widget_key, require_identity_verification, ticket_when_nobody_available, csat, widget_operations_safelisted, created_at, updated_at)
       select gen_random_uuid(), 'zz-bench-tenant-' || i, 'Bench tenant ' || i, 'SUSPENDED', t.timezone, t.business_hours, t.branding, t.assistant, 'bench-widget-key-' || i,
              false, i % 2 = 0, t.csat, i % 3 = 0, now() + make_interval(secs => i), now()
         from tenants t, generate_series(1, $1::int) i where t.slug = 'northwind'`,
      [BENCH_TENANTS],
    );
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await client.end().catch(() => undefined);
  }
  // Kept databases filled before series_ends_at was written: as the service would have.
  await db.sql(`update meetings set series_ends_at = ends_at where uid like 'lists-bench-%' and recurrence is null and series_ends_at is null`);
  await benchTickets(ctx);
  await db.sql('analyze');
  ctx.log(`bench data: ${LIST_ROWS} rows per demo tenant in each list, ${BENCH_TENANTS} suspended bench tenants, in ${Math.round(performance.now() - t0)} ms`);
  const northwind = tenants.find((t) => t.slug === 'northwind');
  if (!northwind) throw new Error('demo tenant northwind not found');
  const [endpoint] = await db.sql<{ id: string }>(`select id from webhook_endpoints where tenant_id = $1 and url = 'http://127.0.0.1:9/bench-hook-1'`, [northwind.id]);
  const [conversation] = await db.sql<{ id: string }>(`select id from conversations where tenant_id = $1 and subject = 'List conversation 1'`, [northwind.id]);
  const [first] = await db.sql<{ starts_at: Date }>(`select starts_at from meetings where tenant_id = $1 and uid = 'lists-bench-1@switchboard'`, [northwind.id]);
  const meetingsFrom = new Date(first.starts_at.getTime() - 3_600_000);
  const [{ n }] = await db.sql<{ n: number }>(`select count(*)::int n from meetings where tenant_id = $1 and uid like 'lists-bench-%'`, [northwind.id]);
  return { tenantId: northwind.id, adminId: northwind.admin, endpointId: endpoint.id, meetingConversationId: conversation.id, meetingsFrom, meetings: n };
}

const prepared = new WeakMap<BenchContext, Promise<ListIds>>();
export function benchListRows(ctx: BenchContext): Promise<ListIds> {
  let p = prepared.get(ctx);
  if (!p) prepared.set(ctx, (p = addListRows(ctx)));
  return p;
}
