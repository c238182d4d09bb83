// A tenant's volume for the platform admins' tenants page: conversations, tickets, staff users and
// knowledge documents — for every tenant of the request in ONE statement (a DataLoader keyed by
// tenant id), each count an index-only walk of the table's (tenant_id, …) index.
import DataLoader from 'dataloader';
import { Field, Int, ObjectType } from 'type-graphql';
import type { ReadPool, ReadScope } from '../../db/read-pool.js';

@ObjectType('TenantVolume', { simpleResolvers: true, description: 'How much a tenant holds now (platform admins).' })
export class TenantVolumeType {
  @Field(() => Int, { description: 'Conversations, every status.' })
  conversations!: number;
  @Field(() => Int, { description: 'Tickets, every status.' })
  tickets!: number;
  @Field(() => Int, { description: 'Staff users, active or not.' })
  users!: number;
  @Field(() => Int, { description: 'Knowledge documents (articles and FAQs, drafts included).' })
  documents!: number;
}

const EMPTY: TenantVolumeType = { conversations: 0, tickets: 0, users: 0, documents: 0 };

/** One statement for all the tenants of a request; a tenant scope only ever counts its own tenant. */
export function tenantVolumes(pool: ReadPool, scope: ReadScope | undefined) {
  return new DataLoader<string, TenantVolumeType>(async (ids) => {
    const rows = await pool.scopedQuery<{ id: string; conversations: number; tickets: number; users: number; documents: number }>(
      scope,
      `select t.id,
              (select count(*) from conversations c where c.tenant_id = t.id)::int as conversations,
              (select count(*) from tickets k where k.tenant_id = t.id)::int as tickets,
              (select count(*) from users u where u.tenant_id = t.id)::int as users,
              (select count(*) from knowledge_documents d where d.tenant_id = t.id)::int as documents
         from tenants t
        where t.id = any($2::uuid[]) and ($1::uuid is null or t.id = $1)`,
      [ids],
    );
    const by = new Map(rows.map((r) => [r.id, { conversations: r.conversations, tickets: r.tickets, users: r.users, documents: r.documents }]));
    return ids.map((id) => by.get(id) ?? EMPTY);
  });
}
