// SLA timers are written in the ticket's own transaction (ticket-sla.ts): an SLA sync whose
// ticket change fails AFTER the timers were placed leaves neither timer rows nor pg-boss jobs.
// The failure is real: a trigger on ticket_events refuses the SYSTEM change that carries the due
// times, so the flush after placeTimers throws and the transaction rolls back.
import { beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { gql } from '../../helpers/graphql.js';
import { asAdmin, asAgent } from '../../helpers/as.js';
import { sql } from '../../helpers/db.js';
import { createTicket, ok, UPDATE } from '../tickets/helpers.js';

let a: TestServer;
let db: string;
let admin: string;
let agent: string;

const timersOf = (id: string) => sql<{ key: string }>(db, `select key from timers where kind = 'sla' and key like $1 order by key`, [`${id}:%`]);
const jobsOf = (id: string) => sql<{ id: string }>(db, `select id::text from pgboss.job where name = 'timer' and data->>'key' like $1 and state in ('created', 'retry')`, [`${id}:%`]);
const policyOf = async (id: string) => (await sql<{ sla_policy_id: string | null }>(db, `select sla_policy_id::text from tickets where id = $1`, [id]))[0].sla_policy_id;

beforeAll(async () => {
  a = await startTestServer();
  db = a.services.config.DATABASE_URL!;
  [admin, agent] = await Promise.all([asAdmin(a), asAgent(a)]);
});

it('a ticket change that fails after the SLA sync placed its timers leaves no timer and no job behind', async () => {
  const r = await gql(a.graphqlUrl, `mutation($i: CreateSlaPolicyInput!) { createSlaPolicy(input: $i) { slaPolicy { id } } }`, { i: { name: 'Tx 60', businessHours: false, conditions: { tagsAny: ['slatx'] }, resolutionMinutes: 60 } }, { token: admin });
  ok(r);
  expect(await sql(db, `select name from pgboss.queue where name = 'timer'`)).toHaveLength(1);

  await sql(db, `create function sb_test_fail_sla() returns trigger language plpgsql as $$
    begin
      if new.actor_kind = 'SYSTEM' and new.after ? 'resolutionDueAt' then raise exception 'test: the SLA change fails'; end if;
      return new;
    end $$`);
  await sql(db, `create trigger sb_test_fail_sla before insert on ticket_events for each row execute function sb_test_fail_sla()`);
  const { ticketId: id } = await createTicket(a, agent, { subject: 'SLA in one transaction', tags: ['slatx'] });
  await a.services.domainEvents.settled();
  // The sync ran up to its flush (placeTimers included) and failed there.
  expect(a.logs.some((l) => l.msg === 'domain event listener failed' && l.listener === 'sla.clock-on-created')).toBe(true);
  expect(await policyOf(id)).toBeNull();
  expect(await timersOf(id)).toEqual([]);
  expect(await jobsOf(id)).toEqual([]);

  // Without the failure the same sync places them (the probes above can see timers).
  await sql(db, `drop trigger sb_test_fail_sla on ticket_events`);
  ok(await gql(a.graphqlUrl, UPDATE, { i: { id, priority: 'HIGH', tags: ['slatx', 'moved'] } }, { token: agent }));
  await a.services.domainEvents.settled();
  // (A demo policy for HIGH may win over ours: any policy will do, it only has to place timers.)
  expect(await policyOf(id)).not.toBeNull();
  const timers = await timersOf(id);
  expect(timers.length).toBeGreaterThan(0);
  expect(await jobsOf(id)).toHaveLength(timers.length);
});
