// Shared requests of the ticket tests.
import { expect } from 'vitest';
import { gql, type GqlResult } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import type { TestServer } from '../../helpers/server.js';

export const NODE = `id number subject description status priority category intent tags channel version contactId queueId assigneeId
  slaState resolutionDueAt createdAt updatedAt resolvedAt closedAt`;
export const PAYLOAD = `ticketId ticketEventId ticket { ${NODE} }`;

export const CREATE = `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ${PAYLOAD} } }`;
export const FROM_CONVERSATION = `mutation($i: CreateTicketFromConversationInput!) { createTicketFromConversation(input: $i) { ${PAYLOAD} ticket { escalationContext conversation { id subject } contact { id name } } } }`;
export const UPDATE = `mutation($i: UpdateTicketInput!) { updateTicket(input: $i) { ${PAYLOAD} } }`;
export const ASSIGN = `mutation($i: AssignTicketInput!) { assignTicket(input: $i) { ${PAYLOAD} } }`;
export const COMMENT = `mutation($i: CommentOnTicketInput!) { commentOnTicket(input: $i) { ${PAYLOAD} } }`;
export const RESOLVE = `mutation($i: TicketIdInput!) { resolveTicket(input: $i) { ${PAYLOAD} } }`;
export const REOPEN = `mutation($i: TicketIdInput!) { reopenTicket(input: $i) { ${PAYLOAD} } }`;
export const CLOSE = `mutation($i: TicketIdInput!) { closeTicket(input: $i) { ${PAYLOAD} } }`;
export const ESCALATE = `mutation($i: EscalateTicketInput!) { escalateTicket(input: $i) { ${PAYLOAD} } }`;
export const TICKET = `query($id: ID!) { ticket(id: $id) { ${NODE} events { ticketVersion action actorKind actorId actorName before after comment public at } } }`;

export interface EventRow {
  ticket_version: number;
  action: string;
  actor_kind: string;
  actor_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  comment: string | null;
  public: boolean;
}

export const eventsOf = (db: string, ticketId: string) =>
  sql<EventRow>(db, 'select ticket_version, action, actor_kind, actor_id, before, after, comment, public from ticket_events where ticket_id = $1 order by ticket_version', [ticketId]);

export const eventCount = async (db: string) => (await sql<{ n: number }>(db, 'select count(*)::int as n from ticket_events'))[0].n;

export function ok<T = Record<string, any>>(r: GqlResult): T {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

export async function createTicket(server: TestServer, token: string, input: Record<string, unknown>) {
  const r = await gql(server.graphqlUrl, CREATE, { i: input }, { token });
  return ok(r).createTicket as { ticketId: string; ticketEventId: string; ticket: Record<string, any> };
}
