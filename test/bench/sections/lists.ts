// Section `lists`: every connection root field of our schema against PostGraphile 5 (issue 18 goal 1).
//   - The lists are found by introspection (every Query field returning a *Connection), so a list
//     added later shows up here as "no bench spec" until LISTS below says how to read it;
//   - each is read at first: 50 with its to-one relations; PostGraphile reads the same tables with
//     the same condition, order and — through aliases — the same JSON per node, and the two pages
//     must be equal (isDeepStrictEqual);
//   - per list: our req/s, PostGraphile's, the ratio (goal ≥ 3×), p99 ours vs peer (goal ≤),
//     server CPU per request, SQL statements per request for first 10 / 50 / 100 (goal: constant);
//   - what one extra to-one join costs each server: tickets without relations, with each one, with
//     all three.
// Both servers run side by side, each pinned to the server core while it is loaded, the load
// generator and (after the warm-up) the database backends on the other core(s), as in `tickets`.
//
// BENCH_LISTS=tickets,users (list names; `joins` = the join costs; default all), BENCH_LISTS_SECONDS
// (measured seconds per round, default 3), BENCH_LISTS_WARMUP_SECONDS (default 1), BENCH_LISTS_ROWS
// (rows per demo tenant in each list, default 3,000; lists-data.ts).
import { isDeepStrictEqual } from 'node:util';
import type { Child } from '../lib/children.js';
import { gql } from '../lib/http.js';
import { startBesidePostGraphile } from '../lib/versus-peer.js';
import { load, loadProblem, waitForQuiet, type LoadResult } from '../lib/load.js';
import { pinBackends } from '../lib/database.js';
import type { BenchContext, Row, Section } from '../lib/types.js';
import { API_NODE_FLAGS, PIN_DB_BACKENDS, loadedApiEnv, signIn } from './foundation.js';
import { benchListRows, LIST_ROWS, type ListIds } from './lists-data.js';

const RATIO_GOAL = 3;
const POOL_SIZE = Number(process.env.BENCH_DB_POOL_SIZE ?? 10);
const SECONDS = Number(process.env.BENCH_LISTS_SECONDS ?? 3);
const WARMUP_SECONDS = Number(process.env.BENCH_LISTS_WARMUP_SECONDS ?? 1);
const PAGE = 50;
const PAGE_SIZES = [10, 50, 100];
const PICK = (process.env.BENCH_LISTS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const picked = (name: string) => !PICK.length || PICK.includes(name);

type Node = Record<string, unknown>;

/** How to read one list on both servers. `sel` is our node selection; the peer's is derived from it. */
interface ListSpec {
  root: string;
  /** The to-one relations read with it, for the figure's label. */
  relations?: string;
  /** Read as the platform admin (tenants) instead of the northwind tenant admin. */
  platform?: boolean;
  /** Extra arguments of our root field. */
  args?: (ids: ListIds) => string;
  sel: string;
  /** Our query for a page of `first` (lists that are not connections). */
  query?: (ids: ListIds, first: number) => string;
  /** Our nodes out of `data` (default: data[root].edges[].node). */
  nodes?: (data: Record<string, any>) => Node[];
  peer?: {
    root: string;
    condition: (ids: ListIds) => string;
    orderBy: string;
    /** Our relation field → PostGraphile's (a foreign key's field). */
    relations?: Record<string, string>;
    /** Our scalar field → PostGraphile's column field, when the names differ. */
    rename?: Record<string, string>;
    /** Reshape a peer node where the shapes cannot match through aliases alone. */
    peerSel?: string;
    normalize?: (n: Node) => Node;
    /** PostGraphile reads the page in the opposite order (compared reversed). */
    reverse?: boolean;
  };
  /** Why there is no PostGraphile equivalent. */
  noPeer?: string;
  /** A relation PostGraphile cannot follow (no foreign key): ours is also measured with it. */
  oursOnly?: { label: string; sel: string; why: string };
}

const USER = 'id displayName';
const tenantCondition = (ids: ListIds) => `tenantId: "${ids.tenantId}"`;
const TICKET_BASE = 'id number subject status priority slaState';
const TICKET_RELATIONS = { contact: 'contact { id name email }', assignee: `assignee { ${USER} }`, queue: 'queue { id name }' };
const TICKET_PEER_RELATIONS = { contact: 'contactByContactId', assignee: 'userByAssigneeId', queue: 'queueByQueueId' };

const meetingsWindow = (ids: ListIds, first: number) => {
  // Bench meeting i (1 … n) starts at meetingsFrom + i h and lasts 30 min: this window holds the
  // last `first` of them, the latest meetings of the tenant (PostGraphile reads them newest first).
  const hour = (h: number) => new Date(ids.meetingsFrom.getTime() + h * 3_600_000);
  const from = hour(ids.meetings - first + 0.75);
  const to = hour(ids.meetings + 0.1);
  return `from: "${from.toISOString()}", to: "${to.toISOString()}"`;
};

export const LISTS: ListSpec[] = [
  {
    root: 'tickets',
    relations: 'contact, assignee, queue, SLA state',
    sel: `${TICKET_BASE} ${Object.values(TICKET_RELATIONS).join(' ')}`,
    peer: { root: 'allTickets', condition: tenantCondition, orderBy: 'CREATED_AT_DESC, ROW_ID_DESC', relations: TICKET_PEER_RELATIONS },
  },
  {
    root: 'conversations',
    relations: 'contact, assignee, queue',
    sel: `id subject status handler channel priority lastSeq contact { id name email } assignee { ${USER} } queue { id name }`,
    peer: { root: 'allConversations', condition: tenantCondition, orderBy: 'UPDATED_AT_DESC, ROW_ID_DESC', relations: TICKET_PEER_RELATIONS },
  },
  {
    root: 'contacts',
    sel: 'id name email externalId identified vip',
    peer: { root: 'allContacts', condition: tenantCondition, orderBy: 'CREATED_AT_DESC, ROW_ID_DESC' },
  },
  {
    root: 'users',
    relations: 'tenant',
    sel: 'id email displayName role team availability active tenant { id name slug }',
    peer: { root: 'allUsers', condition: tenantCondition, orderBy: 'DISPLAY_NAME_ASC, ROW_ID_ASC', relations: { tenant: 'tenantByTenantId' } },
  },
  {
    root: 'meetings',
    relations: 'organizer',
    // Not a connection: every occurrence in a time window, by start. The window holds `first` bench meetings.
    sel: 'id title type status timezone organizerId organizerName',
    query: (ids, first) => `query { meetings(${meetingsWindow(ids, first)}, conversationId: "${ids.meetingConversationId}") { id title type status timezone organizerId organizerName } }`,
    nodes: (data) => data.meetings as Node[],
    peer: {
      // PostGraphile offers conditions on indexed columns only (meetings_conversation_idx is partial):
      // the tenant's latest 50 meetings, newest first, reversed to our order.
      root: 'allMeetings',
      condition: tenantCondition,
      orderBy: 'STARTS_AT_DESC, ROW_ID_DESC',
      reverse: true,
      peerSel: 'id: rowId title type status timezone organizerId organizer: userByOrganizerId { displayName }',
      normalize: ({ organizer, ...n }) => ({ ...n, organizerName: (organizer as { displayName: string } | null)?.displayName ?? null }),
    },
  },
  {
    root: 'auditLogs',
    sel: 'id action resourceType resourceId actorKind actorId ip',
    peer: { root: 'allAuditLogs', condition: tenantCondition, orderBy: 'AT_DESC, ROW_ID_DESC' },
    oursOnly: { label: 'actor name', sel: 'id action resourceType resourceId actorKind actorId ip actorName', why: 'actor_id names a user, an API key or a contact (no foreign key): PostGraphile has no relation to follow' },
  },
  {
    root: 'aiCalls',
    sel: 'id purpose provider model latencyMs firstTokenMs inputTokens outputTokens outcome retries conversationId',
    peer: { root: 'allAiCalls', condition: tenantCondition, orderBy: 'CREATED_AT_DESC, ROW_ID_DESC' },
  },
  {
    root: 'apiKeys',
    relations: 'created by',
    sel: `id name prefix scopes createdBy { ${USER} }`,
    peer: { root: 'allApiKeys', condition: tenantCondition, orderBy: 'CREATED_AT_DESC, ROW_ID_DESC', relations: { createdBy: 'userByCreatedById' } },
  },
  {
    root: 'approvalRequests',
    relations: 'requester, approver, conversation',
    sel: `id number kind summary status priority urgency requester { ${USER} } approver { ${USER} } conversation { id subject }`,
    peer: {
      root: 'allApprovalRequests',
      condition: tenantCondition,
      orderBy: 'CREATED_AT_DESC, ROW_ID_DESC',
      relations: { requester: 'userByRequesterId', approver: 'userByApproverId', conversation: 'conversationByConversationId' },
    },
  },
  {
    root: 'automationRules',
    sel: 'id name description enabled position stopProcessing',
    peer: { root: 'allAutomationRules', condition: tenantCondition, orderBy: 'POSITION_ASC, ROW_ID_ASC' },
  },
  {
    root: 'cannedResponses',
    // Ours: the tenant's shared responses and the caller's own. PostGraphile has no condition on
    // user_id (conditions need an index; the only one is on an expression): the whole tenant's, which
    // are the same rows as long as no colleague's personal response sorts into the first page.
    sel: 'id shortcut title body',
    peer: { root: 'allCannedResponses', condition: tenantCondition, orderBy: 'SHORTCUT_ASC, ROW_ID_ASC' },
  },
  {
    root: 'knowledgeDocuments',
    sel: 'id title kind status indexingStatus chunkCount tags',
    peer: { root: 'allKnowledgeDocuments', condition: tenantCondition, orderBy: 'TITLE_ASC, ROW_ID_ASC' },
  },
  {
    root: 'knowledgeExamples',
    relations: 'created by, document',
    sel: `id question kind note createdBy { ${USER} } document { id title }`,
    peer: {
      root: 'allKnowledgeExamples',
      condition: tenantCondition,
      orderBy: 'CREATED_AT_DESC, ROW_ID_DESC',
      relations: { createdBy: 'userByCreatedBy', document: 'knowledgeDocumentByDocumentId' },
    },
  },
  {
    root: 'notifications',
    // The caller's own notifications.
    sel: 'id kind title body subjectKind subjectId',
    peer: { root: 'allNotifications', condition: (ids) => `tenantId: "${ids.tenantId}", userId: "${ids.adminId}"`, orderBy: 'CREATED_AT_DESC, ROW_ID_DESC' },
  },
  {
    root: 'outboxMessages',
    // `text` / `html` are sealed in the table and opened by our resolver: not comparable, left out.
    sel: 'id to subject kind status attempts',
    peer: { root: 'allOutboxMessages', condition: tenantCondition, orderBy: 'CREATED_AT_DESC, ROW_ID_DESC', rename: { to: 'toAddress' } },
  },
  {
    root: 'queues',
    // memberIds / waitingCount are computed (one batched statement each), PostGraphile has no equivalent.
    sel: 'id name routingPolicy isDefault',
    peer: { root: 'allQueues', condition: tenantCondition, orderBy: 'NAME_ASC, ROW_ID_ASC' },
  },
  {
    root: 'reportingEvents',
    sel: 'id name valueSeconds team channel agentId conversationId',
    peer: { root: 'allReportingEvents', condition: tenantCondition, orderBy: 'ENDED_AT_DESC, ROW_ID_DESC' },
    oursOnly: { label: 'agent, conversation', sel: `id name valueSeconds team channel agentId conversationId agent { ${USER} } conversation { id subject }`, why: 'agent_id and conversation_id have no foreign key (figures outlive deleted rows): PostGraphile has no relation to follow' },
  },
  {
    root: 'tasks',
    relations: 'assignee, created by, ticket',
    sel: `id title status priority position tags assignee { ${USER} } createdBy { ${USER} } ticket { id number subject }`,
    peer: {
      root: 'allTasks',
      condition: tenantCondition,
      orderBy: 'POSITION_ASC, ROW_ID_ASC',
      relations: { assignee: 'userByAssigneeId', createdBy: 'userByCreatedById', ticket: 'ticketByTicketId' },
    },
  },
  {
    root: 'tenants',
    platform: true,
    sel: 'id name slug status timezone ticketWhenNobodyAvailable widgetOperationsSafelisted',
    peer: { root: 'allTenants', condition: () => '', orderBy: 'CREATED_AT_ASC, ROW_ID_ASC' },
  },
  {
    root: 'webhookEndpoints',
    sel: 'id url description enabled disabledReason events',
    peer: { root: 'allWebhookEndpoints', condition: tenantCondition, orderBy: 'CREATED_AT_DESC, ROW_ID_DESC' },
  },
  {
    root: 'webhookDeliveries',
    relations: 'endpoint',
    args: (ids) => `endpointId: "${ids.endpointId}"`,
    sel: 'id eventType eventId messageId status attempts lastResponseCode endpoint { id url }',
    peer: { root: 'allWebhookDeliveries', condition: (ids) => `endpointId: "${ids.endpointId}"`, orderBy: 'CREATED_AT_DESC, ROW_ID_DESC', relations: { endpoint: 'webhookEndpointByEndpointId' } },
  },
];

/** PostGraphile's selection for ours: `id` → `id: rowId`, renamed columns and relations aliased to our names. */
export function peerSelection(sel: string, relations: Record<string, string> = {}, rename: Record<string, string> = {}): string {
  const tokens = sel.match(/[{}]|[^\s{}]+/g) ?? [];
  return tokens
    .map((t, i) => {
      if (t === '{' || t === '}') return t;
      if (t === 'id') return 'id: rowId';
      if (tokens[i + 1] === '{' && relations[t]) return `${t}: ${relations[t]}`;
      if (rename[t]) return `${t}: ${rename[t]}`;
      return t;
    })
    .join(' ');
}

const ourQuery = (spec: ListSpec, ids: ListIds, first: number, sel = spec.sel) =>
  spec.query ? spec.query(ids, first) : `query { ${spec.root}(first: ${first}${spec.args ? `, ${spec.args(ids)}` : ''}) { edges { node { ${sel} } } } }`;
const ourNodes = (spec: ListSpec, data: Record<string, any>): Node[] =>
  spec.nodes ? spec.nodes(data) : (data[spec.root].edges as { node: Node }[]).map((e) => e.node);
function peerQuery(spec: ListSpec, ids: ListIds, first: number, sel = spec.sel): string {
  const p = spec.peer!;
  const condition = p.condition(ids);
  const selection = p.peerSel && sel === spec.sel ? p.peerSel : peerSelection(sel, p.relations, p.rename);
  return `query { ${p.root}(first: ${first}${condition ? `, condition: { ${condition} }` : ''}, orderBy: [${p.orderBy}]) { nodes { ${selection} } } }`;
}

const CONNECTION_ROOTS = `{ __type(name: "Query") { fields { name type { kind name ofType { kind name ofType { kind name } } } } } }`;
interface TypeRef {
  kind: string;
  name: string | null;
  ofType?: TypeRef | null;
}
const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);

async function signInPlatform(graphqlUrl: string): Promise<Record<string, string>> {
  const r = await gql<{ login: { accessToken: string } }>(graphqlUrl, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    variables: { input: { email: 'platform@switchboard.demo', password: 'switchboard-demo' } },
  });
  const token = r.data?.login?.accessToken;
  if (!token) throw new Error(`login as the platform admin failed: ${JSON.stringify(r.errors ?? r)}`);
  return { authorization: `Bearer ${token}` };
}

const fmt = (n: number | null, d = 0) => (n === null || !Number.isFinite(n) ? 'n/a' : n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
const pct = (a: number, b: number) => (b > 0 ? `${a >= b ? '+' : '−'}${Math.abs(((a - b) / b) * 100).toFixed(0)} %` : 'n/a');

interface Servers {
  ourUrl: string;
  peerUrl: string;
  api: Child;
  peer: Child;
  measure: (label: string, url: string, query: string, headers: Record<string, string>, server: Child) => Promise<LoadResult>;
  tokens: () => Promise<{ admin: Record<string, string>; platform: Record<string, string> }>;
}

interface Summary {
  list: string;
  ours: number | null;
  peer: number | null;
  p99: string;
  sql: string;
  cpu: string;
  same: string;
}

async function measureList(s: Servers, spec: ListSpec, ids: ListIds, summary: Summary[]): Promise<Row[]> {
  const label = `${spec.root}(first:${PAGE})${spec.relations ? ` + ${spec.relations}` : ''}`;
  const tokens = await s.tokens();
  const auth = spec.platform ? tokens.platform : tokens.admin;
  const rows: Row[] = [];

  // SQL statements per request, steady state (the second request of each page size).
  const sql: (number | null)[] = [];
  let ours: Node[] = [];
  for (const first of PAGE_SIZES) {
    const probe = () => gql(s.ourUrl, ourQuery(spec, ids, first), { headers: { ...auth, 'x-debug-sql-count': '1' } });
    await probe();
    const r = await probe();
    if (first !== PAGE && r.errors?.[0]?.extensions?.code === 'QUERY_TOO_COMPLEX') {
      sql.push(null); // refused by the query-cost limit: no page to count
      continue;
    }
    if (r.errors || !r.data) throw new Error(`our ${spec.root}(first: ${first}) failed: ${JSON.stringify(r.errors ?? r).slice(0, 400)}`);
    if (first === PAGE) ours = ourNodes(spec, r.data);
    const n = r.extensions?.sqlStatements;
    sql.push(typeof n === 'number' ? n : null);
  }
  const counted = sql.filter((n): n is number => n !== null);
  const sqlKnown = counted.length > 0;
  rows.push({
    figure: `lists · ${spec.root}: SQL statements per request, first 10 / 50 / 100 (ours)`,
    value: sqlKnown ? sql.map((n) => n ?? 'refused').join(' / ') : 'n/a',
    ...(sqlKnown
      ? { ok: counted.every((n) => n === counted[0]), ...(counted.length < sql.length && { note: 'refused: the query-cost limit refuses that page size for this selection' }) }
      : { note: 'not available: the SQL counter is off (DEBUG_SQL_COUNT)' }),
  });

  if (!spec.peer) {
    const o = await s.measure(`ours ${label}`, s.ourUrl, ourQuery(spec, ids, PAGE), auth, s.api);
    rows.push(
      { figure: `lists · ${label}: req/s ours / PostGraphile`, value: `no peer — ours ${fmt(o.requestsPerSecond)} req/s`, note: spec.noPeer },
      { figure: `lists · ${spec.root}: p99 / server CPU per request (ours)`, value: `${fmt(o.p99, 1)} ms / ${fmt(o.cpuMsPerRequest, 3)} ms` },
    );
    summary.push({ list: spec.root, ours: o.requestsPerSecond, peer: null, p99: `${fmt(o.p99, 1)} / —`, sql: sql.map((n) => n ?? '–').join('/'), cpu: `${fmt(o.cpuMsPerRequest, 3)} / —`, same: 'no peer' });
    return rows;
  }

  // The same rows, in the same order, with the same JSON per node.
  const theirs = await gql(s.peerUrl, peerQuery(spec, ids, PAGE));
  const peerRoot = spec.peer.root;
  if (theirs.errors || !theirs.data?.[peerRoot]) throw new Error(`PostGraphile ${peerRoot} failed: ${JSON.stringify(theirs.errors ?? theirs).slice(0, 400)}`);
  const peerNodes = (theirs.data[peerRoot].nodes as Node[]).map((n) => (spec.peer!.normalize ? spec.peer!.normalize(n) : n));
  if (spec.peer.reverse) peerNodes.reverse();
  const sameIds = isDeepStrictEqual(ours.map((n) => n.id), peerNodes.map((n) => n.id));
  const sameData = isDeepStrictEqual(ours, peerNodes);
  const firstDiff = ours.findIndex((n, i) => !isDeepStrictEqual(n, peerNodes[i]));
  const same = sameData ? `yes (${ours.length})` : sameIds ? `ids yes, fields differ (row ${firstDiff}: ${JSON.stringify(ours[firstDiff]).slice(0, 160)} vs ${JSON.stringify(peerNodes[firstDiff]).slice(0, 160)})` : `NO (first difference at #${firstDiff}; ${ours.length} vs ${peerNodes.length} rows)`;
  rows.push({
    figure: `lists · ${spec.root}: same ${PAGE} rows, same order, same fields as PostGraphile`,
    value: same,
    ok: sameData && ours.length === PAGE,
    ...(!sameData && { warning: true }),
  });

  const o = await s.measure(`ours ${label}`, s.ourUrl, ourQuery(spec, ids, PAGE), auth, s.api);
  const p = await s.measure(`PostGraphile ${label}`, s.peerUrl, peerQuery(spec, ids, PAGE), {}, s.peer);
  const ratio = p.requestsPerSecond > 0 ? o.requestsPerSecond / p.requestsPerSecond : null;
  const problem = [loadProblem(o) && `ours: ${loadProblem(o)}`, loadProblem(p) && `PostGraphile: ${loadProblem(p)}`].filter(Boolean).join('; ');
  rows.push(
    {
      figure: `lists · ${label}: req/s ours / PostGraphile`,
      value: `${fmt(ratio, 2)}× (${fmt(o.requestsPerSecond)} / ${fmt(p.requestsPerSecond)})`,
      unit: '×',
      goal: { op: '>=', target: RATIO_GOAL },
      ok: ratio !== null && ratio >= RATIO_GOAL,
      ...(problem && { warning: true, note: `${problem} — not trustworthy` }),
    },
    {
      figure: `lists · ${spec.root}: p99 ours / PostGraphile (goal: ours ≤ peer)`,
      value: `${fmt(o.p99, 1)} / ${fmt(p.p99, 1)} ms`,
      ok: o.p99 <= p.p99,
    },
    {
      figure: `lists · ${spec.root}: server CPU per request ours / PostGraphile`,
      value: `${fmt(o.cpuMsPerRequest, 3)} / ${fmt(p.cpuMsPerRequest, 3)} ms`,
    },
  );
  summary.push({
    list: spec.root,
    ours: o.requestsPerSecond,
    peer: p.requestsPerSecond,
    p99: `${fmt(o.p99, 1)} / ${fmt(p.p99, 1)}`,
    sql: sqlKnown ? sql.map((n) => n ?? '–').join('/') : 'n/a',
    cpu: `${fmt(o.cpuMsPerRequest, 3)} / ${fmt(p.cpuMsPerRequest, 3)}`,
    same: sameData ? 'yes' : 'NO',
  });

  if (spec.oursOnly) {
    const x = await s.measure(`ours ${spec.root} + ${spec.oursOnly.label}`, s.ourUrl, ourQuery(spec, ids, PAGE, spec.oursOnly.sel), auth, s.api);
    rows.push({
      figure: `lists · ${spec.root}(first:${PAGE}) + ${spec.oursOnly.label} (ours only)`,
      value: `${fmt(x.requestsPerSecond)} req/s (${pct(x.requestsPerSecond, o.requestsPerSecond)} vs without), CPU ${fmt(x.cpuMsPerRequest, 3)} ms`,
      note: spec.oursOnly.why,
    });
  }
  return rows;
}

/** What one more to-one join costs each server: tickets without relations, with each one, with all three. */
async function joinCosts(s: Servers, ids: ListIds, log: (m: string) => void): Promise<Row[]> {
  const tickets = LISTS.find((l) => l.root === 'tickets')!;
  const variants: [string, string][] = [
    ['no relation', TICKET_BASE],
    ...Object.entries(TICKET_RELATIONS).map(([name, sel]): [string, string] => [name, `${TICKET_BASE} ${sel}`]),
    ['contact + assignee + queue', `${TICKET_BASE} ${Object.values(TICKET_RELATIONS).join(' ')}`],
  ];
  const { admin } = await s.tokens();
  const measured: { name: string; o: LoadResult; p: LoadResult }[] = [];
  for (const [name, sel] of variants) {
    const o = await s.measure(`ours tickets(first:${PAGE}) + ${name}`, s.ourUrl, ourQuery(tickets, ids, PAGE, sel), admin, s.api);
    const p = await s.measure(`PostGraphile tickets(first:${PAGE}) + ${name}`, s.peerUrl, peerQuery(tickets, ids, PAGE, sel), {}, s.peer);
    measured.push({ name, o, p });
  }
  const [base, ...rest] = measured;
  const cpuDiff = (a: number | null, b: number | null) => (a !== null && b !== null ? `${a >= b ? '+' : '−'}${fmt(Math.abs(a - b) * 1000, 0)} µs` : 'n/a');
  const rows: Row[] = [
    {
      figure: `lists · joins: tickets(first:${PAGE}) without relations, ours / PostGraphile`,
      value: `${fmt(base.o.requestsPerSecond)} / ${fmt(base.p.requestsPerSecond)} req/s, CPU ${fmt(base.o.cpuMsPerRequest, 3)} / ${fmt(base.p.cpuMsPerRequest, 3)} ms`,
    },
  ];
  for (const m of rest) {
    const joins = m.name.includes('+') ? 'three to-one joins' : 'one to-one join';
    rows.push({
      figure: `lists · joins: + ${m.name} (${joins}): CPU per request, req/s — ours | PostGraphile`,
      value: `${cpuDiff(m.o.cpuMsPerRequest, base.o.cpuMsPerRequest)}, ${pct(m.o.requestsPerSecond, base.o.requestsPerSecond)} | ${cpuDiff(m.p.cpuMsPerRequest, base.p.cpuMsPerRequest)}, ${pct(m.p.requestsPerSecond, base.p.requestsPerSecond)}`,
    });
    log(`join + ${m.name}: ours ${fmt(m.o.requestsPerSecond)} req/s, CPU ${fmt(m.o.cpuMsPerRequest, 3)} ms; PostGraphile ${fmt(m.p.requestsPerSecond)} req/s, CPU ${fmt(m.p.cpuMsPerRequest, 3)} ms`);
  }
  return rows;
}

async function run(ctx: BenchContext): Promise<Row[]> {
  ctx.log('preparing the bench rows of every list …');
  const ids = await benchListRows(ctx);
  const db = await ctx.database();
  const both = await startBesidePostGraphile(ctx, { env: loadedApiEnv(db.url, ctx.tempDir('sb-bench-lists-')), nodeFlags: API_NODE_FLAGS, poolSize: POOL_SIZE });
  const { api, peer, ourUrl, peerUrl } = both;
  try {
    // Access tokens live 15 minutes: signed in again when the last ones are 10 minutes old.
    let signedIn: { at: number; admin: Record<string, string>; platform: Record<string, string> } | undefined;
    const tokens = async () => {
      if (!signedIn || Date.now() - signedIn.at > 600_000) signedIn = { at: Date.now(), admin: await signIn(ourUrl), platform: await signInPlatform(ourUrl) };
      return signedIn;
    };

    const pinDb = PIN_DB_BACKENDS && ctx.otherCores;
    const measure = (label: string, url: string, query: string, headers: Record<string, string>, server: Child) =>
      ctx.offServerCores(async () => {
        await waitForQuiet(ctx.log);
        const beforeMeasure = pinDb ? async () => void (await pinBackends(db, pinDb)) : undefined;
        const r = await load({ url, body: { query }, headers, server, beforeMeasure, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS });
        ctx.log(`load: ${label}: ${Math.round(r.requestsPerSecond)} req/s, p99 ${r.p99} ms, CPU ${r.cpuMsPerRequest?.toFixed(3)} ms/req${loadProblem(r) ? `, ${loadProblem(r)}` : ''}`);
        return r;
      });
    const servers: Servers = { ourUrl, peerUrl, api, peer, measure, tokens };

    // Every connection root field of the schema, by introspection.
    const { admin } = await tokens();
    const intro = await gql<{ __type: { fields: { name: string; type: TypeRef }[] } }>(ourUrl, CONNECTION_ROOTS, { headers: admin });
    if (!intro.data?.__type) throw new Error(`introspection failed: ${JSON.stringify(intro.errors ?? intro)}`);
    const roots = intro.data.__type.fields.filter((f) => named(f.type).name?.endsWith('Connection')).map((f) => f.name);
    ctx.log(`${roots.length} connection root fields: ${roots.join(', ')}`);

    const rows: Row[] = [
      {
        figure: 'lists · connection root fields in the schema (by introspection)',
        value: `${roots.length}`,
        note: `each read at first: ${PAGE} over ${LIST_ROWS.toLocaleString('en-US')} bench rows per demo tenant (users, tickets: 20,000; tenants: 2 demo + the bench tenants), ${SECONDS} s measured after ${WARMUP_SECONDS} s warm-up per round (BENCH_LISTS_SECONDS); meetings is not a connection but a partner list with a to-one (organizer) and is measured too`,
      },
    ];
    for (const root of roots.filter((r) => !LISTS.some((l) => l.root === r))) {
      rows.push({ figure: `lists · ${root}: no bench spec in test/bench/sections/lists.ts`, value: 'not measured', ok: false, warning: true });
    }
    const summary: Summary[] = [];
    for (const spec of LISTS.filter((l) => picked(l.root))) {
      if (!spec.query && !roots.includes(spec.root)) {
        ctx.log(`${spec.root}: not a connection root field of this schema, skipped`);
        continue;
      }
      try {
        rows.push(...(await measureList(servers, spec, ids, summary)));
      } catch (e) {
        ctx.log(`${spec.root}: failed: ${(e as Error).message}`);
        rows.push({ figure: `lists · ${spec.root}: failed`, value: (e as Error).message.slice(0, 200), ok: false, warning: true });
      }
    }
    if (picked('joins')) rows.push(...(await joinCosts(servers, ids, ctx.log)));

    // One compact table on stderr (the main table has one row per figure).
    const line = (c: string[]) => c.map((x, i) => (i ? x.padStart(15) : x.padEnd(20))).join(' ');
    ctx.log(
      ['summary (not a quiet-machine figure unless the machine was quiet):', line(['list', 'ours req/s', 'PG req/s', 'ratio', 'p99 ours/PG', 'SQL 10/50/100', 'CPU ours/PG ms', 'same rows']),
        ...summary.map((s) => line([s.list, fmt(s.ours), fmt(s.peer), s.peer ? `${fmt((s.ours ?? 0) / s.peer, 2)}×` : '—', s.p99, s.sql, s.cpu, s.same]))].join('\n'),
    );
    return rows;
  } finally {
    await both.stop();
  }
}

export const lists: Section = {
  name: 'lists',
  description: `every connection root field (by introspection) at first:50 with its to-one relations vs PostGraphile 5 on the same rows (${LIST_ROWS.toLocaleString('en-US')} per tenant per list): req/s ratio (goal ≥ 3×), p99, CPU and SQL per request for first 10/50/100; cost of one extra to-one join`,
  run,
};
