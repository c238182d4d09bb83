// The console's three conversation lists as pure data: which list a conversation
// belongs to, and how a `conversationUpdated` event moves it between them.

export type ListKey = 'queue' | 'mine' | 'open';

export interface ListConversation {
  id: string;
  status: string;
  updatedAt: string;
  waitingSince?: string | null;
  assignee?: { id: string } | null;
}

export type ConversationLists<C extends ListConversation> = Record<ListKey, C[]>;

export const OPEN_STATUSES = ['BOT', 'OPEN', 'WAITING'] as const;

export const LIST_LABELS: Record<ListKey, string> = { queue: 'Queue', mine: 'Mine', open: 'All open' };
export const LIST_KEYS: ListKey[] = ['queue', 'mine', 'open'];

/** The server filter and order that fill each list (mirrors `belongsTo`). */
export function listQuery(key: ListKey): {
  filter: { statuses: ('BOT' | 'OPEN' | 'WAITING')[]; mine?: boolean };
  orderBy: 'WAITING_SINCE_ASC' | 'UPDATED_AT_DESC';
} {
  switch (key) {
    case 'queue':
      return { filter: { statuses: ['WAITING'] }, orderBy: 'WAITING_SINCE_ASC' };
    case 'mine':
      return { filter: { statuses: [...OPEN_STATUSES], mine: true }, orderBy: 'UPDATED_AT_DESC' };
    case 'open':
      return { filter: { statuses: [...OPEN_STATUSES] }, orderBy: 'UPDATED_AT_DESC' };
  }
}

export function belongsTo(conversation: ListConversation, key: ListKey, myUserId: string | null): boolean {
  const open = (OPEN_STATUSES as readonly string[]).includes(conversation.status);
  switch (key) {
    case 'queue':
      return conversation.status === 'WAITING';
    case 'mine':
      return open && myUserId !== null && conversation.assignee?.id === myUserId;
    case 'open':
      return open;
  }
}

function compare(key: ListKey) {
  if (key === 'queue') {
    return (a: ListConversation, b: ListConversation) =>
      (a.waitingSince ?? a.updatedAt).localeCompare(b.waitingSince ?? b.updatedAt) || a.id.localeCompare(b.id);
  }
  return (a: ListConversation, b: ListConversation) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);
}

/** Put the updated conversation into every list it belongs to (in order) and out of the others. */
export function applyConversationUpdate<C extends ListConversation>(
  lists: ConversationLists<C>,
  conversation: C,
  myUserId: string | null,
): ConversationLists<C> {
  const next = {} as ConversationLists<C>;
  for (const key of LIST_KEYS) {
    const rest = lists[key].filter((c) => c.id !== conversation.id);
    next[key] = belongsTo(conversation, key, myUserId) ? [...rest, conversation].sort(compare(key)) : rest;
  }
  return next;
}

/** The version of a conversation the lists hold now, if any. */
export function findInLists<C extends ListConversation>(lists: ConversationLists<C>, id: string): C | undefined {
  for (const key of LIST_KEYS) {
    const found = lists[key].find((c) => c.id === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * As applyConversationUpdate, unless the lists already hold a newer version (by updatedAt): an
 * answer read before an event that arrives after it must not move the conversation back.
 */
export function applyIfNewer<C extends ListConversation>(lists: ConversationLists<C>, conversation: C, myUserId: string | null): ConversationLists<C> {
  const current = findInLists(lists, conversation.id);
  if (current && current.updatedAt > conversation.updatedAt) return lists;
  return applyConversationUpdate(lists, conversation, myUserId);
}

/** The conversation after/before `currentId` in a list (j/k), wrapping at neither end. */
export function neighbour<C extends ListConversation>(list: readonly C[], currentId: string | null, step: 1 | -1): C | null {
  if (list.length === 0) return null;
  const i = currentId ? list.findIndex((c) => c.id === currentId) : -1;
  if (i === -1) return step === 1 ? list[0]! : list[list.length - 1]!;
  return list[Math.min(list.length - 1, Math.max(0, i + step))]!;
}
