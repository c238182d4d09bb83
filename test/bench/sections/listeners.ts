// Section `listeners` (only when named): what the bookkeeping listeners of `message.created` cost
// per message — automation, SLA, reporting, KPIs, notifications, webhooks (the assistant and mail
// are left out) — in an API started in this process (the same startApp as `npm start`), apart from
// HTTP, GraphQL and the message transaction. 60 widget conversations of one demo tenant, a fifth
// with an open ticket under an SLA policy, a webhook endpoint on message events answered by a
// receiver in a child process; then `message.created` events in the load bench's mix (a customer
// message, the assistant's answer, every third turn an agent's reply) at a steady rate. Reported:
// SQL statements per message (every statement sent in the window, both pg copies: read pool,
// ORM, pg-boss) by kind, and this process's CPU per message (user + system; nothing else runs
// here, but the machine's other work slows the CPU too: note the load average).
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../api/src/config.js';
import { createLogger } from '../../../api/src/logger.js';
import { startApp } from '../../../api/src/app.js';
import { domainEvent, type DomainEvent } from '../../../api/src/events/domain-events.js';
import { newWebhookSecret } from '../../../api/src/modules/webhooks/webhook-signature.js';
import type { BenchContext, Row, Section } from '../lib/types.js';

const CONVERSATIONS = Number(process.env.BENCH_LISTENERS_CONVERSATIONS || 60);
const EVENTS = Number(process.env.BENCH_LISTENERS_EVENTS || 3000);
const RATE = Number(process.env.BENCH_LISTENERS_RATE || 150);
const MINE = ['automation.', 'sla.', 'reporting.', 'kpis.', 'notifications.', 'webhooks.'];

/** Count every statement sent through both copies of pg (the ORM has its own), by its first words. */
function countStatements(root: string): { counts: Map<string, number>; on: boolean } {
  const state = { counts: new Map<string, number>(), on: false };
  for (const from of [path.join(root, 'package.json'), path.join(root, 'node_modules/@mikro-orm/postgresql/package.json')]) {
    let pg: { Client: { prototype: { query: (...a: unknown[]) => unknown } } };
    try {
      pg = createRequire(from)('pg');
    } catch {
      continue;
    }
    const original = pg.Client.prototype.query;
    if ((original as { counted?: boolean }).counted) continue;
    const counted = function (this: unknown, ...args: unknown[]) {
      if (state.on) {
        const q = args[0] as string | { text?: string } | undefined;
        const key = (typeof q === 'string' ? q : q?.text ?? '').replace(/\s+/g, ' ').trim().slice(0, 70);
        state.counts.set(key, (state.counts.get(key) ?? 0) + 1);
      }
      return original.apply(this, args);
    };
    (counted as { counted?: boolean }).counted = true;
    pg.Client.prototype.query = counted;
  }
  return state;
}

const RECEIVER = `require('http').createServer((q, s) => { q.resume(); q.on('end', () => s.end('ok')); }).listen(0, '127.0.0.1', function () { console.log('port ' + this.address().port); });`;

export const listeners: Section = {
  name: 'listeners',
  optional: true,
  description: `the bookkeeping listeners of message.created: ${EVENTS} messages at ${RATE}/s over ${CONVERSATIONS} conversations — SQL statements and CPU per message`,
  async run(ctx: BenchContext): Promise<Row[]> {
    const db = await ctx.database();
    const census = countStatements(ctx.root);
    const receiver = ctx.children.spawn('receiver', process.execPath, ['-e', RECEIVER], { cwd: ctx.root, env: process.env });
    const port = Number((await receiver.waitForLine(/^port \d+/, 10_000)).split(' ')[1]);
    const config = loadConfig({
      NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: db.url, SEED_DEMO: 'false', LOG_LEVEL: 'warn',
      WEB_DIST: '/nonexistent', ASSISTANT_ENABLED: 'false', DATA_DIR: ctx.tempDir('bench-listeners'),
    });
    const app = await startApp(config, createLogger('warn'), { migrate: false });
    const { deliveryHooks } = await import('../../../api/src/modules/webhooks/webhook-delivery.js');
    const { dispatcherOf } = await import('../../../api/src/modules/webhooks/webhook-dispatcher.js');
    const { createTicket } = await import('../../../api/src/modules/tickets/ticket.service.js');
    const { withLockedConversation } = await import('../../../api/src/modules/conversations/locked-conversation.js');
    const { Author } = await import('../../../api/src/modules/conversations/message.entity.js');
    const s = app.services;
    const removed = s.domainEvents.listenersOf('message.created').filter((l) => !MINE.some((m) => l.name.startsWith(m)));
    try {
      for (const l of removed) s.domainEvents.unregister(l);
      const q = <R extends Record<string, unknown>>(text: string, values: unknown[] = []) => s.readPool.query<R>(text, values);
      const [{ id: tenantId }] = await q<{ id: string }>(`select id::text from tenants where slug = 'northwind'`);
      const [{ id: agentId }] = await q<{ id: string }>(`select id::text from users where tenant_id = $1 and role = 'AGENT' and active order by email limit 1`, [tenantId]);
      const endpointId = randomUUID();
      deliveryHooks.production = false; // a loopback receiver, as the webhooks section does
      await q(`insert into webhook_endpoints (id, tenant_id, url, events, secret_sealed) values ($1, $2, $3, '{MESSAGE_CREATED}', $4)`, [endpointId, tenantId, `http://127.0.0.1:${port}/hook`, s.secretBox.encrypt(newWebhookSecret())]);
      // Conversations as widget customers start them (a contact each), held by one agent.
      const conversations: { id: string; seq: number; ticket: boolean }[] = [];
      for (let i = 0; i < CONVERSATIONS; i++) {
        const contactId = randomUUID();
        const id = randomUUID();
        await q(`insert into contacts (id, tenant_id, name, email) values ($1, $2, $3, $4)`, [contactId, tenantId, `Listener bench ${i}`, `listeners-${contactId.slice(0, 8)}@example.com`]);
        await q(
          `insert into conversations (id, tenant_id, contact_id, channel, status, handler, assignee_id) values ($1, $2, $3, 'WIDGET', 'OPEN', 'HUMAN', $4)`,
          [id, tenantId, contactId, agentId],
        );
        await withLockedConversation(s, tenantId, id, (lc) => lc.append({ author: Author.CUSTOMER, authorContactId: contactId, body: 'Hello, where is my order?' }));
        const ticket = i % 5 === 0;
        if (ticket) await createTicket(s, tenantId, { kind: 'USER', id: agentId }, { subject: `Listener bench ${i}`, conversationId: id, priority: 'MEDIUM' } as never);
        conversations.push({ id, seq: 1, ticket });
      }
      await s.domainEvents.settled();
      const events: DomainEvent[] = [];
      const at = (c: (typeof conversations)[number], author: 'CUSTOMER' | 'AI' | 'AGENT') =>
        domainEvent('message.created', tenantId, { conversationId: c.id, messageId: randomUUID(), seq: ++c.seq, author, private: false, status: 'OPEN', handler: 'HUMAN' });
      for (let turn = 0; events.length < EVENTS + 600; turn++) {
        for (const c of conversations) {
          events.push(at(c, 'CUSTOMER'), at(c, 'AI'));
          if (turn % 3 === 2) events.push(at(c, 'AGENT'));
        }
      }
      const emitAtRate = async (list: DomainEvent[]) => {
        const t0 = performance.now();
        for (let i = 0; i < list.length; i++) {
          const wait = t0 + (i * 1000) / RATE - performance.now();
          if (wait > 1) await new Promise((r) => setTimeout(r, wait));
          s.domainEvents.emit([list[i]]);
        }
        await s.domainEvents.settled();
        await dispatcherOf(s).idle();
      };
      await emitAtRate(events.slice(0, 600)); // warm-up: compiled code, pools open, what listeners remember
      census.counts.clear();
      census.on = true;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      await emitAtRate(events.slice(600, 600 + EVENTS));
      const cpu = process.cpuUsage(cpu0);
      const wallS = (performance.now() - t0) / 1000;
      census.on = false;
      const n = EVENTS;
      const mix = events.slice(600, 600 + EVENTS).reduce((m, e) => ((m[(e.payload as { author: string }).author] = (m[(e.payload as { author: string }).author] ?? 0) + 1), m), {} as Record<string, number>);
      const statements = [...census.counts.values()].reduce((a, b) => a + b, 0);
      const top = [...census.counts].sort((a, b) => b[1] - a[1]).slice(0, 14);
      ctx.log(`statements per message by kind (${n} messages: ${JSON.stringify(mix)}):\n${top.map(([k, v]) => `  ${(v / n).toFixed(3)}  ${k}`).join('\n')}`);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      const load = os.loadavg()[0];
      await q(`delete from webhook_endpoints where id = $1`, [endpointId]);
      return [
        { figure: 'listeners: SQL statements per message', value: statements / n, decimals: 2, note: `${statements} statements for ${n} messages (${JSON.stringify(mix)}), ${conversations.filter((c) => c.ticket).length}/${CONVERSATIONS} conversations with an open ticket; the kinds are in the log` },
        { figure: 'listeners: CPU per message (this process)', value: cpuMs / n, unit: 'ms', decimals: 3, note: `${(cpuMs / 1000).toFixed(1)} s over ${wallS.toFixed(0)} s (${((cpuMs / (wallS * 1000)) * 100).toFixed(0)} % of a core) at ${RATE}/s; load average ${load.toFixed(1)} on ${os.availableParallelism()} cores` },
      ];
    } finally {
      for (const l of removed) s.domainEvents.register(l);
      deliveryHooks.production = undefined;
      census.on = false;
      await app.stop();
      await receiver.stop();
    }
  },
};
