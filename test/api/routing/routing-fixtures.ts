// Arranging routing scenarios: a fresh tenant per scenario (so seeded agents never interfere),
// agents and conversations by SQL, and the service calls the conversation module will make.
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../helpers/db.js';
import type { TestServer } from '../../helpers/server.js';
import { createContext, type Context } from '../../../api/src/context.js';
import type { Viewer } from '../../../api/src/auth/viewer.js';
import { permissionsOf } from '../../../api/src/permissions/matrix.js';
import { Role } from '../../../api/src/permissions/roles.js';
import { withLockedConversation } from '../../../api/src/modules/conversations/locked-conversation.js';
import { requestHuman, type HumanRequest } from '../../../api/src/modules/routing/routing.service.js';

export class Fixtures {
  constructor(
    readonly server: TestServer,
    readonly db: string,
  ) {}

  async tenant(label: string): Promise<string> {
    const id = randomUUID();
    const slug = `${label}-${randomBytes(3).toString('hex')}`;
    await sql(this.db, `insert into tenants (id, slug, name, branding, assistant, widget_key) values ($1, $2, $3, '{}', '{}', $4)`, [id, slug, `Tenant ${label}`, `wk_${randomBytes(12).toString('hex')}`]);
    return id;
  }

  async agent(tenantId: string, displayName: string, opts: { availability?: string; capacity?: number; role?: Role } = {}): Promise<string> {
    const id = randomUUID();
    await sql(this.db, `insert into users (id, tenant_id, email, display_name, password_hash, role, availability, max_concurrent_chats) values ($1, $2, $3, $4, 'x', $5, $6, $7)`, [
      id, tenantId, `${displayName.toLowerCase().replace(/\W+/g, '.')}.${randomBytes(3).toString('hex')}@routing.test`, displayName,
      opts.role ?? Role.AGENT, opts.availability ?? 'ONLINE', opts.capacity ?? 2,
    ]);
    return id;
  }

  async contact(tenantId: string): Promise<string> {
    const id = randomUUID();
    await sql(this.db, `insert into contacts (id, tenant_id, name) values ($1, $2, 'Routing Visitor')`, [id, tenantId]);
    return id;
  }

  /** A conversation with the assistant (status BOT), optionally of a given contact. */
  async conversation(tenantId: string, contactId?: string): Promise<string> {
    const id = randomUUID();
    await sql(this.db, `insert into conversations (id, tenant_id, contact_id) values ($1, $2, $3)`, [id, tenantId, contactId ?? (await this.contact(tenantId))]);
    return id;
  }

  staff(tenantId: string, userId: string, role: Role): Viewer {
    return { kind: 'user', userId, tenantId, role, permissions: permissionsOf(role), version: 1 };
  }

  ctx(viewer: Viewer): Context {
    return createContext(this.server.services, { viewer });
  }

  /**
   * What the conversation module does when a customer asks for a human: one transaction holding
   * the conversation lock, requestHuman (and its "joined" message); publish after commit.
   */
  async requestHuman(tenantId: string, conversationId: string, opts: { queueId?: string } = {}): Promise<HumanRequest> {
    return withLockedConversation(this.server.services, tenantId, conversationId, (lc) => requestHuman(lc, opts));
  }

  async row(conversationId: string) {
    const [r] = await sql<{ status: string; handler: string; assignee_id: string | null; queue_id: string | null; waiting_since: Date | null }>(
      this.db,
      'select status, handler, assignee_id, queue_id, waiting_since from conversations where id = $1',
      [conversationId],
    );
    return r;
  }

  /** Open conversations per agent of a tenant. */
  async loads(tenantId: string): Promise<Record<string, number>> {
    const rows = await sql<{ assignee_id: string; n: number }>(this.db, `select assignee_id, count(*)::int as n from conversations where tenant_id = $1 and status = 'OPEN' group by assignee_id`, [tenantId]);
    return Object.fromEntries(rows.map((r) => [r.assignee_id, r.n]));
  }

  /** Resolved conversations a human handled for `seconds` each (the estimate's history). */
  async history(tenantId: string, seconds: number[]): Promise<void> {
    const contactId = await this.contact(tenantId);
    for (const s of seconds) {
      await sql(this.db, `insert into conversations (id, tenant_id, contact_id, status, handler, first_response_at, resolved_at) values ($1, $2, $3, 'RESOLVED', 'HUMAN', now() - make_interval(secs => $4), now())`, [
        randomUUID(), tenantId, contactId, s,
      ]);
    }
  }
}
