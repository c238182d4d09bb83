import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { User } from '../users/user.entity.js';

/** Who writes as staff: the signed-in user's name, or "API" for a partner's key. */
export async function staffName(em: EntityManager, ctx: Context): Promise<{ id: string | null; name: string }> {
  if (ctx.viewer.kind === 'user') {
    const user = await em.findOneOrFail(User, { id: ctx.viewer.userId }, { filters: false });
    return { id: user.id, name: user.displayName };
  }
  return { id: null, name: 'API' };
}
