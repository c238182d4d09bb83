// Listing tickets: keyset pages of at most 100 (docs/api.md, "Lists"), followed to the end.
import type { PartnerClient } from './client.js';
import { OpenTickets } from './operations.js';
import type { PartnerOpenTicketsQuery } from '../gql/graphql.js';

export type PartnerTicket = PartnerOpenTicketsQuery['tickets']['edges'][number]['node'];

/** Every open ticket (OPEN, PENDING, ESCALATED), newest first, page by page. */
export async function* openTickets(client: PartnerClient, pageSize = 100): AsyncGenerator<PartnerTicket> {
  let after: string | null = null;
  for (;;) {
    const page: PartnerOpenTicketsQuery = await client.request(OpenTickets, { first: pageSize, after });
    for (const edge of page.tickets.edges) yield edge.node;
    if (!page.tickets.pageInfo.hasNextPage) return;
    after = page.tickets.pageInfo.endCursor ?? null;
  }
}

/** One line per ticket, as the example prints it. */
export function describeTicket(t: PartnerTicket): string {
  const who = t.contact ? `${t.contact.name ?? t.contact.email ?? 'unknown contact'}${t.contact.vip ? ' (VIP)' : ''}` : 'no contact';
  const sla = t.slaState ? ` SLA ${t.slaState}${t.resolutionDueAt ? ` due ${t.resolutionDueAt}` : ''}` : '';
  return `#${t.number} [${t.status}/${t.priority}] ${t.subject} — ${who}; ${t.assignee?.displayName ?? 'unassigned'} in ${t.queue?.name ?? 'no queue'}${sla}`;
}
