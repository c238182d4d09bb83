// The ticket list's filters: one plain state object, mapped to and from the URL query (so a copied
// link keeps them), to the API's TicketFilter, and to a client-side check used to place live
// updates (a ticket that stops matching leaves the list; a new matching one appears on top).
// Saved views live here too. Pure: unit-tested in test/web/tickets.test.ts.
import type { TicketFilter, TicketOrder } from '../gql/graphql.js';

export const STATUSES = ['OPEN', 'PENDING', 'ESCALATED', 'RESOLVED', 'CLOSED'] as const;
export const PRIORITIES = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'] as const;
export const SLA_STATES = ['ACTIVE', 'AT_RISK', 'BREACHED', 'MET', 'MISSED'] as const;
export const ORDERS = ['CREATED_AT_DESC', 'CREATED_AT_ASC', 'UPDATED_AT', 'PRIORITY', 'RESOLUTION_DUE_AT'] as const;
export const ORDER_LABELS: Record<(typeof ORDERS)[number], string> = {
  CREATED_AT_DESC: 'Newest first',
  CREATED_AT_ASC: 'Oldest first',
  UPDATED_AT: 'Recently updated',
  PRIORITY: 'Priority',
  RESOLUTION_DUE_AT: 'Resolution due soonest',
};
export const DEFAULT_ORDER: TicketOrder = 'CREATED_AT_DESC' as TicketOrder;

export interface ListState {
  statuses: string[];
  priorities: string[];
  queueId: string;
  /** A user id, "mine", "unassigned" or "" (anyone). */
  assignee: string;
  tag: string;
  slaStates: string[];
  search: string;
  order: string;
}

export const emptyState = (): ListState => ({ statuses: [], priorities: [], queueId: '', assignee: '', tag: '', slaStates: [], search: '', order: DEFAULT_ORDER });

type Query = Record<string, string | null | (string | null)[] | undefined>;

const one = (v: Query[string]): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
/** "OPEN,PENDING" → known values only, in the canonical order, without duplicates. */
const list = (v: Query[string], known: readonly string[]): string[] => {
  const given = new Set(one(v).split(',').map((s) => s.trim().toUpperCase()));
  return known.filter((k) => given.has(k));
};

/** Query keys: status, priority, queue, assignee, tag, sla, q, sort. Unknown values are dropped. */
export function stateFromQuery(q: Query): ListState {
  const order = one(q.sort).toUpperCase();
  return {
    statuses: list(q.status, STATUSES),
    priorities: list(q.priority, PRIORITIES),
    queueId: one(q.queue),
    assignee: one(q.assignee),
    tag: one(q.tag).toLowerCase(),
    slaStates: list(q.sla, SLA_STATES),
    search: one(q.q),
    order: (ORDERS as readonly string[]).includes(order) ? order : DEFAULT_ORDER,
  };
}

/** The query for a state; empty and default values are left out (short, stable links). */
export function queryFromState(s: ListState): Record<string, string> {
  const out: Record<string, string> = {};
  if (s.statuses.length) out.status = STATUSES.filter((x) => s.statuses.includes(x)).join(',');
  if (s.priorities.length) out.priority = PRIORITIES.filter((x) => s.priorities.includes(x)).join(',');
  if (s.queueId) out.queue = s.queueId;
  if (s.assignee) out.assignee = s.assignee;
  if (s.tag.trim()) out.tag = s.tag.trim().toLowerCase();
  if (s.slaStates.length) out.sla = SLA_STATES.filter((x) => s.slaStates.includes(x)).join(',');
  if (s.search.trim()) out.q = s.search.trim();
  if (s.order && s.order !== DEFAULT_ORDER) out.sort = s.order;
  return out;
}

export function apiFilter(s: ListState): TicketFilter {
  const f: TicketFilter = {};
  if (s.statuses.length) f.statuses = s.statuses as TicketFilter['statuses'];
  if (s.priorities.length) f.priorities = s.priorities as TicketFilter['priorities'];
  if (s.queueId) f.queueId = s.queueId;
  if (s.assignee === 'mine') f.mine = true;
  else if (s.assignee === 'unassigned') f.unassigned = true;
  else if (s.assignee) f.assigneeId = s.assignee;
  if (s.tag.trim()) f.tag = s.tag.trim();
  if (s.slaStates.length) f.slaStates = s.slaStates as TicketFilter['slaStates'];
  if (s.search.trim()) f.search = s.search.trim();
  return f;
}

export interface FilterableTicket {
  number: number;
  subject: string;
  description?: string | null;
  status: string;
  priority: string;
  queueId?: string | null;
  assigneeId?: string | null;
  tags: string[];
  slaState?: string | null;
}

/** Does a (live-updated) ticket belong in the list the state shows? Mirrors ticket.reads.ts. */
export function matchesState(t: FilterableTicket, s: ListState, me: string | null): boolean {
  if (s.statuses.length && !s.statuses.includes(t.status)) return false;
  if (s.priorities.length && !s.priorities.includes(t.priority)) return false;
  if (s.queueId && t.queueId !== s.queueId) return false;
  if (s.assignee === 'mine' && (!me || t.assigneeId !== me)) return false;
  if (s.assignee === 'unassigned' && t.assigneeId) return false;
  if (s.assignee && s.assignee !== 'mine' && s.assignee !== 'unassigned' && t.assigneeId !== s.assignee) return false;
  if (s.tag.trim() && !t.tags.includes(s.tag.trim().toLowerCase())) return false;
  if (s.slaStates.length && !(t.slaState && s.slaStates.includes(t.slaState))) return false;
  const words = s.search.trim().toLowerCase().replace(/^#/, '').split(/\s+/).filter(Boolean);
  if (words.length) {
    if (words.length === 1 && /^\d+$/.test(words[0]!) && Number(words[0]) === t.number) return true;
    const text = `${t.subject} ${t.description ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    if (!words.every((w) => text.some((x) => x.startsWith(w)))) return false;
  }
  return true;
}

// --- Views -------------------------------------------------------------------------------------

export interface View {
  name: string;
  /** The URL query of the view (queryFromState). */
  query: Record<string, string>;
  builtIn?: boolean;
}

const ACTIVE = 'OPEN,PENDING,ESCALATED';
export const BUILT_IN_VIEWS: View[] = [
  { name: 'All tickets', query: {}, builtIn: true },
  { name: 'My open tickets', query: { status: ACTIVE, assignee: 'mine' }, builtIn: true },
  { name: 'Unassigned', query: { status: ACTIVE, assignee: 'unassigned' }, builtIn: true },
  { name: 'Breached / at risk', query: { status: ACTIVE, sla: 'AT_RISK,BREACHED', sort: 'RESOLUTION_DUE_AT' }, builtIn: true },
];

/** Is this state exactly the view (same link)? */
export const isView = (s: ListState, v: View) => JSON.stringify(queryFromState(s)) === JSON.stringify(queryFromState(stateFromQuery(v.query)));

// Saved views are per user and kept in this browser's localStorage (not synced between devices):
// the API has no place for personal list settings yet, and a view is just a link's query.
const storageKey = (userId: string) => `switchboard.ticketViews.${userId}`;
export const MAX_VIEW_NAME = 60;

export function loadViews(storage: Pick<Storage, 'getItem'>, userId: string): View[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(userId)) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((v): v is View => !!v && typeof v.name === 'string' && !!v.query && typeof v.query === 'object')
      .map((v) => ({ name: v.name, query: queryFromState(stateFromQuery(v.query)) }));
  } catch {
    return []; // unreadable (edited by hand, another version): start again
  }
}

/** Saves (or replaces, by name, case-insensitive) a view; returns the new list or an error text. */
export function saveView(storage: Pick<Storage, 'getItem' | 'setItem'>, userId: string, name: string, s: ListState): { views: View[] } | { error: string } {
  const clean = name.trim();
  if (!clean) return { error: 'Give the view a name.' };
  if (clean.length > MAX_VIEW_NAME) return { error: `At most ${MAX_VIEW_NAME} characters.` };
  if (BUILT_IN_VIEWS.some((v) => v.name.toLowerCase() === clean.toLowerCase())) return { error: 'A built-in view has this name.' };
  const views = loadViews(storage, userId).filter((v) => v.name.toLowerCase() !== clean.toLowerCase());
  views.push({ name: clean, query: queryFromState(s) });
  storage.setItem(storageKey(userId), JSON.stringify(views));
  return { views };
}

export function deleteView(storage: Pick<Storage, 'getItem' | 'setItem'>, userId: string, name: string): View[] {
  const views = loadViews(storage, userId).filter((v) => v.name !== name);
  storage.setItem(storageKey(userId), JSON.stringify(views));
  return views;
}

// --- Live rows ---------------------------------------------------------------------------------

/**
 * Upsert a live update into the loaded rows: a newer version replaces the row in place; a row that
 * no longer matches leaves; a new matching ticket goes to the top.
 */
export function upsertRow<T extends FilterableTicket & { id: string; version: number }>(rows: T[], update: T, belongs: (t: T) => boolean): T[] {
  const i = rows.findIndex((r) => r.id === update.id);
  if (i >= 0) {
    if (rows[i]!.version > update.version) return rows;
    if (!belongs(update)) return rows.filter((r) => r.id !== update.id);
    const next = rows.slice();
    next[i] = update;
    return next;
  }
  return belongs(update) ? [update, ...rows] : rows;
}
