// What the signed-in user may do with a conversation, derived from their permissions (the
// viewer's `permissions`) and the conversation's state, with the same rules the API applies, so
// the console never offers an action that would answer "not allowed" (a VIEWER only reads).
import type { Permission } from '../permissions.js';

export interface AbilityConversation {
  status: string;
  handler: string;
  assignee?: { id: string } | null;
}

export interface ConversationAbilities {
  takeOver: boolean;
  handBack: boolean;
  transfer: boolean;
  resolve: boolean;
  reopen: boolean;
  /** The composer: replies and internal notes. */
  reply: boolean;
}

export const NO_ABILITIES: ConversationAbilities = { takeOver: false, handBack: false, transfer: false, resolve: false, reopen: false, reply: false };

export function conversationAbilities(
  c: AbilityConversation,
  myUserId: string | null,
  can: (permission: Permission) => boolean,
): ConversationAbilities {
  // takeOver/handBack/transfer/resolve/reopen/sendMessage all need `conversations.reply`.
  if (!myUserId || !can('conversations.reply')) return NO_ABILITIES;
  const closed = c.status === 'RESOLVED' || c.status === 'CLOSED';
  const mine = c.assignee?.id === myUserId;
  // handBack and transfer: the assigned agent, or whoever may assign (assertMineOrManager).
  const mineOrManager = mine || can('conversations.assign');
  // takeOver answers CONFLICT when another agent has it.
  const takenByOther = c.handler === 'HUMAN' && !!c.assignee && !mine;
  return {
    takeOver: !closed && !mine && !takenByOther,
    handBack: !closed && mine,
    transfer: !closed && mineOrManager,
    resolve: !closed,
    reopen: c.status === 'RESOLVED',
    reply: c.status !== 'CLOSED',
  };
}
