// A ticket's history in words: who did what, and each changed field as "before → after" with
// names instead of ids (people, queues). Pure: unit-tested in test/web/tickets.test.ts.
import { humanize } from '../labels.js';

export interface TimelineEvent {
  action: string;
  actorKind: string;
  actorId?: string | null;
  actorName?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  comment?: string | null;
  public: boolean;
}

export interface Names {
  users: Map<string, string>;
  queues: Map<string, string>;
  /** The viewer's user id ("you"). */
  me?: string | null;
}

export interface DescribedEvent {
  /** "Ada Agent resolved the ticket". */
  title: string;
  /** "Priority: Medium → High", one per changed field. */
  changes: string[];
  /** COMMENTED: a reply the customer sees, or an internal note. */
  kind: 'reply' | 'note' | 'change' | 'sla';
}

const FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  priority: 'Priority',
  queueId: 'Queue',
  assigneeId: 'Assignee',
  contactId: 'Customer',
  subject: 'Subject',
  description: 'Description',
  category: 'Category',
  intent: 'Intent',
  tags: 'Tags',
  channel: 'Channel',
};
// Bookkeeping the action itself already says (resolvedAt on RESOLVED…), or too long to repeat.
const SILENT = new Set(['resolvedAt', 'closedAt', 'number', 'version', 'updatedAt', 'firstRespondedAt', 'escalationContext']);

const word = (v: string) => humanize(v);
const TARGETS: Record<string, string> = { FIRST_RESPONSE: 'first response', NEXT_RESPONSE: 'next response', RESOLUTION: 'resolution', firstResponse: 'first response', nextResponse: 'next response', resolution: 'resolution' };

export function actorLabel(e: Pick<TimelineEvent, 'actorKind' | 'actorId' | 'actorName'>, names: Names): string {
  if (e.actorKind === 'USER' && e.actorId && e.actorId === names.me) return 'You';
  if (e.actorName) return e.actorName;
  if (e.actorKind === 'USER' && e.actorId && names.users.has(e.actorId)) return names.users.get(e.actorId)!;
  switch (e.actorKind) {
    case 'SYSTEM':
      return 'The system';
    case 'RULE':
      return 'An automation rule';
    case 'API_KEY':
      return 'An API key';
    case 'CONTACT':
      return 'The customer';
    default:
      return 'Someone';
  }
}

function valueText(field: string, v: unknown, names: Names): string {
  if (v === null || v === undefined || v === '') return 'none';
  if (field === 'assigneeId') return typeof v === 'string' ? (v === names.me ? 'you' : (names.users.get(v) ?? 'a former colleague')) : 'none';
  if (field === 'queueId') return typeof v === 'string' ? (names.queues.get(v) ?? 'a removed queue') : 'none';
  if (field === 'contactId') return 'a customer';
  if (field === 'status' || field === 'priority') return word(String(v));
  if (Array.isArray(v)) return v.length ? v.join(', ') : 'none';
  return `“${String(v)}”`;
}

/** One line per changed field; tags as added/removed; long text only as "edited". */
export function describeChanges(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined, names: Names): string[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !SILENT.has(k));
  const out: string[] = [];
  for (const k of keys) {
    const b = before?.[k];
    const a = after?.[k];
    const label = FIELD_LABELS[k] ?? k;
    if (k === 'tags') {
      const bs = Array.isArray(b) ? (b as string[]) : [];
      const as = Array.isArray(a) ? (a as string[]) : [];
      const added = as.filter((t) => !bs.includes(t));
      const removed = bs.filter((t) => !as.includes(t));
      const parts = [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean);
      if (parts.length) out.push(`Tags: ${parts.join('; ')}`);
      continue;
    }
    if (k === 'description') {
      out.push(b ? 'Description edited' : 'Description added');
      continue;
    }
    out.push(`${label}: ${valueText(k, b, names)} → ${valueText(k, a, names)}`);
  }
  return out;
}

export function describeEvent(e: TimelineEvent, names: Names): DescribedEvent {
  const who = actorLabel(e, names);
  const after = e.after ?? {};
  const before = e.before ?? {};
  switch (e.action) {
    case 'CREATED':
      return { title: `${who} created the ticket`, changes: [], kind: 'change' };
    case 'COMMENTED':
      return e.public ? { title: `${who} replied to the customer`, changes: [], kind: 'reply' } : { title: `${who} added an internal note`, changes: [], kind: 'note' };
    case 'ASSIGNED': {
      const to = after.assigneeId as string | null | undefined;
      const from = before.assigneeId as string | null | undefined;
      if (!to) return { title: `${who} unassigned the ticket${from ? ` (was ${valueText('assigneeId', from, names)})` : ''}`, changes: [], kind: 'change' };
      if (e.actorKind === 'USER' && to === e.actorId) return { title: `${who} took the ticket${from ? ` from ${valueText('assigneeId', from, names)}` : ''}`, changes: [], kind: 'change' };
      return { title: `${who} assigned the ticket to ${valueText('assigneeId', to, names)}${from ? ` (was ${valueText('assigneeId', from, names)})` : ''}`, changes: [], kind: 'change' };
    }
    case 'UPDATED':
      return { title: `${who} changed the ticket`, changes: describeChanges(e.before, e.after, names), kind: 'change' };
    case 'RESOLVED':
      return { title: `${who} resolved the ticket`, changes: [], kind: 'change' };
    case 'REOPENED':
      return { title: `${who} reopened the ticket`, changes: [], kind: 'change' };
    case 'CLOSED':
      return { title: `${who} closed the ticket`, changes: [], kind: 'change' };
    case 'ESCALATED':
      return { title: `${who} escalated the ticket`, changes: [], kind: 'change' };
    case 'SLA_AT_RISK':
    case 'SLA_BREACHED': {
      const target = TARGETS[String(after.target ?? '')] ?? 'an SLA target';
      return { title: e.action === 'SLA_AT_RISK' ? `The ${target} is due soon (at risk)` : `The ${target} is overdue (breached)`, changes: [], kind: 'sla' };
    }
    case 'APPROVAL':
      return { title: `${who} recorded an approval step`, changes: describeChanges(e.before, e.after, names), kind: 'change' };
    default:
      return { title: `${who}: ${word(e.action)}`, changes: describeChanges(e.before, e.after, names), kind: 'change' };
  }
}

export const statusTone = (status: string): 'info' | 'warning' | 'danger' | 'success' | 'neutral' =>
  status === 'OPEN' ? 'info' : status === 'PENDING' ? 'neutral' : status === 'ESCALATED' ? 'danger' : status === 'RESOLVED' ? 'success' : 'neutral';
export const priorityTone = (p: string): 'danger' | 'warning' | 'neutral' => (p === 'URGENT' ? 'danger' : p === 'HIGH' ? 'warning' : 'neutral');
export const label = word;
