import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { txSql } from '../../db/tx-sql.js';

/**
 * Who writes as staff: the signed-in user's name, or "API" for a partner's key. A plain read on
 * the transaction's connection (`em` must be in one): an agent's reply needs the name alone, not
 * the User entity.
 */
export async function staffName(em: EntityManager, ctx: Context): Promise<{ id: string | null; name: string }> {
  if (ctx.viewer.kind === 'user') {
    const [user] = await txSql(em).query<{ display_name: string }>('select display_name from users where id = $1', [ctx.viewer.userId]);
    if (!user) throw notFound('User');
    return { id: ctx.viewer.userId, name: user.display_name };
  }
  return { id: null, name: 'API' };
}
