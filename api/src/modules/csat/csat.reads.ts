// Reads of ratings, batched per request: the latest rating of each conversation (staff), and the
// survey each of a widget customer's conversations waits for. One statement per request each.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import type { ReadScope } from '../../db/read-pool.js';
import type { TenantCsatSettings } from '../tenants/tenant.entity.js';
import type { CsatRatingType, CsatRequestType } from './csat.type.js';

/** The latest rating of each conversation in the caller's scope (platform admins: any tenant). */
export function latestRatingLoader(ctx: Context, scope: ReadScope | undefined) {
  return ctx.loader('csat.latest', () =>
    new DataLoader<string, CsatRatingType | null>(async (ids) => {
      const rows = await ctx.services.readPool.scopedQuery<Record<string, unknown>>(
        scope,
        `select distinct on (conversation_id) id, conversation_id, rating, comment, created_at, resolution_cycle, ai_only, agent_id
           from csat_responses
          where ($1::uuid is null or tenant_id = $1) and conversation_id = any($2::uuid[])
          order by conversation_id, resolution_cycle desc`,
        [ids],
      );
      const byId = new Map(
        rows.map((r) => [
          r.conversation_id as string,
          { id: r.id, rating: r.rating, comment: r.comment, at: (r.created_at as Date).toISOString(), resolutionCycle: r.resolution_cycle, aiOnly: r.ai_only, agentId: r.agent_id } as CsatRatingType,
        ]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}

export interface WidgetConversationKey {
  id: string;
  status: string;
  resolutionCycle: number;
}

/**
 * The survey of each widget conversation: null unless it is RESOLVED or CLOSED and the tenant asks
 * for ratings; else the tenant's wording and whether this resolution cycle was rated. One statement.
 */
export function csatRequestLoader(ctx: Context, tenantId: string) {
  return ctx.loader('csat.request', () =>
    new DataLoader<WidgetConversationKey, CsatRequestType | null, string>(
      async (keys) => {
        const [row] = await ctx.services.readPool.scopedQuery<{ csat: TenantCsatSettings; rated: { c: string; n: number; r: number }[] | null }>(
          { kind: 'tenant', tenantId },
          `select t.csat,
                  (select json_agg(json_build_object('c', r.conversation_id, 'n', r.resolution_cycle, 'r', r.rating))
                     from csat_responses r where r.tenant_id = $1 and r.conversation_id = any($2::uuid[])) as rated
             from tenants t where t.id = $1`,
          [keys.map((k) => k.id)],
        );
        const settings = row?.csat;
        const rated = new Map((row?.rated ?? []).map((x) => [`${x.c}:${x.n}`, x.r]));
        return keys.map((k) => {
          if (!settings?.enabled || (k.status !== 'RESOLVED' && k.status !== 'CLOSED')) return null;
          const rating = rated.get(`${k.id}:${k.resolutionCycle}`) ?? null;
          return { question: settings.question, lowLabel: settings.lowLabel, highLabel: settings.highLabel, alreadyRated: rating !== null, rating };
        });
      },
      { cacheKeyFn: (k) => `${k.id}:${k.resolutionCycle}:${k.status}` },
    ),
  );
}
