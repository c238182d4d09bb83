// MikroORM for writes and business rules (entities, unit of work, tenant filter).
import { MikroORM, defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { Tenant } from '../modules/tenants/tenant.entity.js';
import { User } from '../modules/users/user.entity.js';
import { RefreshToken, OneTimeToken } from '../modules/sessions/session.entities.js';
import { ApiKey } from '../modules/apikeys/api-key.entity.js';
import { Contact } from '../modules/contacts/contact.entity.js';
import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { KnowledgeDocument } from '../modules/knowledge/knowledge-document.entity.js';
import { Queue } from '../modules/routing/queue.entity.js';
import { Conversation } from '../modules/conversations/conversation.entity.js';
import { Message } from '../modules/conversations/message.entity.js';
import { CannedResponse } from '../modules/canned/canned-response.entity.js';
import { AiCall } from '../modules/ai-calls/ai-call.entity.js';
import { migrationsList } from './migrations/index.js';
import { countStatement } from '../db/sql-counter.js';

/** Every entity of the platform; a module adds its own here. */
export const entities = [Tenant, User, RefreshToken, OneTimeToken, ApiKey, Contact, AuditLog, KnowledgeDocument, Queue, Conversation, Message, CannedResponse, AiCall];

export function ormConfig(clientUrl: string, poolSize: number, logger: (message: string) => void = () => undefined) {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
    pool: { min: 0, max: Math.max(poolSize, 2) }, // migrate() holds one connection for its lock
    debug: false,
    logger,
    colors: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    onQuery: (sql) => {
      countStatement();
      return sql;
    },
  });
}

export async function initOrm(clientUrl: string, poolSize: number, logger?: (message: string) => void): Promise<MikroORM> {
  return MikroORM.init(ormConfig(clientUrl, poolSize, logger));
}

/** Apply pending migrations; a session advisory lock makes replicas starting together take turns. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const knex = orm.em.getConnection();
  const lockTx = await knex.begin();
  try {
    await knex.execute(`select pg_advisory_xact_lock(hashtext('switchboard:migrate'))`, [], 'all', lockTx);
    const done = await orm.migrator.up();
    return done.map((m) => m.name);
  } finally {
    await knex.commit(lockTx);
  }
}
