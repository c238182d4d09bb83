// Who may see a conversation: staff of its tenant (conversations.view), or the widget client
// whose contact it is. Anything else is NOT_FOUND, like an id that does not exist.
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { permissionsOf } from '../../auth/viewer.js';
import type { ReadPool } from '../../db/read-pool.js';
import type { Viewer } from '../../auth/viewer.js';

export interface ConversationRef {
  id: string;
  tenantId: string;
  contactId: string;
  assigneeId: string | null;
  status: string;
}

export async function loadConversationRef(pool: ReadPool, id: string): Promise<ConversationRef | null> {
  if (!isUuid(id)) return null;
  const [row] = await pool.query<{ id: string; tenant_id: string; contact_id: string; assignee_id: string | null; status: string }>(
    'select id, tenant_id, contact_id, assignee_id, status from conversations where id = $1',
    [id],
  );
  return row ? { id: row.id, tenantId: row.tenant_id, contactId: row.contact_id, assigneeId: row.assignee_id, status: row.status } : null;
}

export function maySee(viewer: Viewer, c: ConversationRef): boolean {
  switch (viewer.kind) {
    case 'widget':
      return viewer.tenantId === c.tenantId && viewer.contactId === c.contactId;
    case 'user':
    case 'apiKey':
      return (viewer.tenantId === null || viewer.tenantId === c.tenantId) && permissionsOf(viewer).has('conversations.view');
    default:
      return false;
  }
}

/**
 * Which conversations a caller may see at most, as a lock's predicate: its tenant (null: every
 * tenant, platform staff) and, for a widget client, its contact. Null: none at all. maySee still
 * decides on the row itself.
 */
export function visibilityScope(viewer: Viewer): { tenantId: string | null; contactId: string | null } | null {
  switch (viewer.kind) {
    case 'widget':
      return { tenantId: viewer.tenantId, contactId: viewer.contactId };
    case 'user':
    case 'apiKey':
      return permissionsOf(viewer).has('conversations.view') ? { tenantId: viewer.tenantId, contactId: null } : null;
    default:
      return null;
  }
}

/** The conversation if the caller may see it, else NOT_FOUND. */
export async function visibleConversation(ctx: Context, id: string): Promise<ConversationRef> {
  const ref = await loadConversationRef(ctx.services.readPool, id);
  if (!ref || !maySee(ctx.viewer, ref)) throw notFound('Conversation');
  return ref;
}

/** Widget clients never see internal notes. */
export const seesPrivateNotes = (viewer: Viewer) => viewer.kind === 'user' || viewer.kind === 'apiKey';
