// What the detail page offers for a ticket's status, and the words for a CONFLICT answer.
// Pure: unit-tested. The API's lifecycle (api/src/modules/tickets/ticket-lifecycle.ts) decides;
// this only hides buttons that would be refused.
import { label } from './timeline.js';

export type StatusAction = 'setPending' | 'setOpen' | 'resolve' | 'reopen' | 'close' | 'escalate';

export const ACTION_LABELS: Record<StatusAction, string> = {
  setPending: 'Set pending',
  setOpen: 'Set open',
  resolve: 'Resolve',
  reopen: 'Reopen',
  close: 'Close',
  escalate: 'Escalate…',
};

export function statusActions(status: string): StatusAction[] {
  switch (status) {
    case 'OPEN':
      return ['setPending', 'resolve', 'escalate', 'close'];
    case 'PENDING':
      return ['setOpen', 'resolve', 'escalate', 'close'];
    case 'ESCALATED':
      return ['setOpen', 'resolve', 'close'];
    case 'RESOLVED':
      return ['reopen', 'close'];
    default:
      return []; // CLOSED is final
  }
}

/** "a, B ,b" → ["a", "b"]: trimmed, lower-case, no blanks or duplicates (as the API stores them). */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

interface GraphQLishError {
  graphQLErrors: { message: string; extensions?: Record<string, unknown> }[];
}

export const isCode = (e: GraphQLishError | null | undefined, code: string) => !!e?.graphQLErrors.some((g) => g.extensions?.code === code);

/** The message shown when someone else got there first; the page then reloads the ticket. */
export function conflictMessage(e: GraphQLishError): string {
  const ext = e.graphQLErrors.find((g) => g.extensions?.code === 'CONFLICT')?.extensions ?? {};
  if (typeof ext.currentStatus === 'string') {
    return `Someone else changed this ticket first: it is now ${label(ext.currentStatus).toLowerCase()}. It has been reloaded — check it before trying again.`;
  }
  return 'Someone else changed this ticket while you were looking at it. It has been reloaded — check it before trying again.';
}
