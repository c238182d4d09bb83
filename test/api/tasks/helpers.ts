// Shared requests of the task tests.
import { expect } from 'vitest';
import { gql, type GqlResult } from '../../helpers/graphql.js';
import type { TestServer } from '../../helpers/server.js';

export const NODE = `id title description status priority tags dueAt completedAt position version assigneeId createdById creatorKind
  ticketId meetingId conversationId createdAt updatedAt`;
export const CREATE = `mutation($i: CreateTaskInput!) { createTask(input: $i) { taskId changed task { ${NODE} } } }`;
export const UPDATE = `mutation($i: UpdateTaskInput!) { updateTask(input: $i) { taskId changed task { ${NODE} } } }`;
export const TASK = `query($id: ID!) { task(id: $id) { ${NODE} assignee { id displayName } createdBy { id displayName } } }`;
export const LIST = `query($first: Int, $after: String, $filter: TaskFilter, $orderBy: TaskOrder) {
  tasks(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id title status priority tags dueAt position assignee { id displayName team } createdBy { id displayName } } }
  }
}`;

export function ok<T = Record<string, any>>(r: GqlResult): T {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

export async function createTask(server: TestServer, token: string, input: Record<string, unknown>) {
  const r = await gql(server.graphqlUrl, CREATE, { i: input }, { token });
  return ok(r).createTask.task as Record<string, any>;
}

export async function updateTask(server: TestServer, token: string, input: Record<string, unknown>) {
  return gql(server.graphqlUrl, UPDATE, { i: input }, { token });
}

/** A meeting row for tests that link tasks to a meeting or emit its events by hand (ids are the test's). */
export async function insertMeeting(db: string, m: { id: string; tenantId: string; organizerId: string; type?: string; startsAt?: string }) {
  const { sql } = await import('../../helpers/db.js');
  const startsAt = m.startsAt ?? '2030-01-16T09:00:00.000Z';
  await sql(
    db,
    `insert into meetings (id, tenant_id, organizer_id, title, starts_at, ends_at, timezone, type, uid)
     values ($1::uuid, $2, $3, 'Test meeting', $4::timestamptz, $4::timestamptz + interval '15 minutes', 'Europe/Berlin', $5, $6) on conflict (id) do nothing`,
    [m.id, m.tenantId, m.organizerId, startsAt, m.type ?? 'CALLBACK', `${m.id}@test`],
  );
}
