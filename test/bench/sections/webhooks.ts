// Section `webhooks`: 1,000 domain events (ticket.created, 2 tenants' worth of traffic on one
// tenant) emitted at 500/s into a running API (in this process, the same startApp as `npm start`)
// with one endpoint subscribed, delivered to a local receiver on 127.0.0.1. Reported: time from
// the first event to the last delivery, event → delivery p50 / p99 / max, deliveries received
// exactly once and signature-verified.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Session } from 'node:inspector';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../../api/src/config.js';
import { createLogger } from '../../../api/src/logger.js';
import { startApp } from '../../../api/src/app.js';
import { domainEvent } from '../../../api/src/events/domain-events.js';
import { newWebhookSecret } from '../../../api/src/modules/webhooks/webhook-signature.js';
import { startReceiver, verifyStandardWebhook } from '../../helpers/webhook-receiver.js';
import type { BenchContext, Row, Section } from '../lib/types.js';

/** The in-process inspector's profiler: start now, stop and write the profile. */
async function startProfile(): Promise<{ stop(file: string): Promise<string> }> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<any>((ok, fail) => session.post(method, params ?? {}, (e, r) => (e ? fail(e) : ok(r))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await post('Profiler.stop');
      session.disconnect();
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(profile));
      return file;
    },
  };
}

const COUNT = Number(process.env.BENCH_WEBHOOKS || 1000);
const RATE = Number(process.env.BENCH_WEBHOOKS_RATE || 500);
const WARMUP = 100;
const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

export const webhooks: Section = {
  name: 'webhooks',
  description: `${COUNT.toLocaleString('en')} events at ${RATE}/s to a local receiver: all delivered within 10 s, event → delivery p99 ≤ 500 ms`,
  async run(ctx: BenchContext): Promise<Row[]> {
    const db = await ctx.database();
    const config = loadConfig({
      NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: db.url, SEED_DEMO: 'false', LOG_LEVEL: 'warn',
      WEB_DIST: '/nonexistent', ASSISTANT_ENABLED: 'false', DATA_DIR: ctx.tempDir('bench-webhooks'),
    });
    const app = await startApp(config, createLogger('warn'), { migrate: false });
    const receiver = await startReceiver();
    try {
      const [{ id: tenantId }] = await app.services.readPool.query<{ id: string }>(`select id::text from tenants order by slug limit 1`, []);
      const secret = newWebhookSecret();
      const endpointId = randomUUID();
      // Production mode refuses loopback receivers, so the endpoint row is written directly and the
      // delivery-time address check is the only thing the bench bypasses (deliveryHooks).
      const { deliveryHooks } = await import('../../../api/src/modules/webhooks/webhook-delivery.js');
      deliveryHooks.production = false;
      await app.services.readPool.query(
        `insert into webhook_endpoints (id, tenant_id, url, events, secret_sealed) values ($1, $2, $3, '{TICKET_CREATED}', $4)`,
        [endpointId, tenantId, receiver.url, app.services.secretBox.encrypt(secret)],
      );
      // The webhook path alone by default: the other modules' ticket.created listeners (SLA clock,
      // reporting, automation) would look up 1,000 tickets that do not exist and make this a
      // measure of them. BENCH_WEBHOOKS_ALL_LISTENERS=1 keeps them (the whole product's reaction).
      const isolated = !process.env.BENCH_WEBHOOKS_ALL_LISTENERS;
      const removed = isolated ? app.services.domainEvents.listenersOf('ticket.created').filter((l) => !l.name.startsWith('webhooks.')) : [];
      for (const l of removed) app.services.domainEvents.unregister(l);
      const sentAt = new Map<string, number>();
      const latencies: number[] = [];
      const seen = new Map<string, number>();
      const receivedAt = new Map<string, number>();
      let verified = 0;
      let lastAt = 0;
      // Warm-up first (a running server has its sockets to the receiver open and its code compiled):
      // 100 events at the same rate, delivered and left out of every figure.
      const warm = new Set<string>();
      let warmReceived = 0;
      receiver.onRequest = (r) => {
        const ticketId = JSON.parse(r.body).data.ticketId as string;
        if (warm.has(ticketId)) return void warmReceived++;
        seen.set(ticketId, (seen.get(ticketId) ?? 0) + 1);
        const t0 = sentAt.get(ticketId);
        if (t0 !== undefined && seen.get(ticketId) === 1) {
          receivedAt.set(ticketId, performance.now());
          latencies.push(performance.now() - t0);
        }
        lastAt = performance.now();
        try {
          verifyStandardWebhook(secret, r.headers, r.body);
          verified++;
        } catch {
          /* counted as not verified */
        }
      };
      // BENCH_WEBHOOKS_PROFILE=1: a CPU profile of this process over the events and their deliveries.
            const emitAtRate = async (count: number, each: (ticketId: string) => void) => {
        const t0 = performance.now();
        for (let i = 0; i < count; i++) {
          const wait = t0 + (i * 1000) / RATE - performance.now();
          if (wait > 1) await new Promise((r) => setTimeout(r, wait));
          const ticketId = randomUUID();
          each(ticketId);
          app.services.domainEvents.emit([
            domainEvent('ticket.created', tenantId, {
              ticketId, number: i + 1, status: 'OPEN', priority: 'MEDIUM', queueId: null, assigneeId: null, contactId: null, conversationId: null,
              actor: { kind: 'SYSTEM', id: null }, channel: 'API',
            }),
          ]);
        }
      };
      await emitAtRate(WARMUP, (id) => warm.add(id));
      const warmDeadline = performance.now() + 30_000;
      while (warmReceived < WARMUP && performance.now() < warmDeadline) await new Promise((r) => setTimeout(r, 50));
      const profiler = process.env.BENCH_WEBHOOKS_PROFILE ? await startProfile() : null;
      const start = performance.now();
      await emitAtRate(COUNT, (id) => sentAt.set(id, performance.now()));
      const deadline = start + 30_000;
      while (seen.size < COUNT && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      if (profiler) ctx.log(`CPU profile of the event window: ${await profiler.stop(path.join(ctx.root, '.bench/webhooks.cpuprofile'))}`);
      await new Promise((r) => setTimeout(r, 1000)); // duplicates would show now
      const totalMs = lastAt - start;
      const sorted = [...latencies].sort((a, b) => a - b);
      const once = [...seen.values()].filter((n) => n === 1).length;
      // Where the time went, per delivery: event → delivery row written (database clock; the
      // listener's batched insert), row → the receiver got it (the attempt).
      const stages = await app.services.readPool.query<{ ticket_id: string; row_at: Date }>(
        `select d.body::json->'data'->>'ticketId' as ticket_id, d.created_at as row_at from webhook_deliveries d where d.endpoint_id = $1`,
        [endpointId],
      );
      const toRow: number[] = [], toReceiver: number[] = [];
      for (const st of stages) {
        const t0 = sentAt.get(st.ticket_id);
        const got = receivedAt.get(st.ticket_id);
        if (t0 === undefined) continue;
        toRow.push(st.row_at.getTime() - (performance.timeOrigin + t0));
        if (got !== undefined) toReceiver.push(performance.timeOrigin + got - st.row_at.getTime());
      }
      const p = (xs: number[], q: number) => Math.round(quantile([...xs].sort((a, b) => a - b), q));
      ctx.log(`stages p50/p99 ms: event → delivery row ${p(toRow, 0.5)}/${p(toRow, 0.99)}; row → received ${p(toReceiver, 0.5)}/${p(toReceiver, 0.99)}`);
      await app.services.readPool.query(`delete from webhook_endpoints where id = $1`, [endpointId]);
      for (const l of removed) app.services.domainEvents.register(l);
      const scope = isolated ? ' (webhook listener only)' : ' (every listener)';
      return [
        { figure: `webhooks: ${COUNT} events at ${RATE}/s${scope}, first event → last delivery`, value: seen.size === COUNT ? totalMs : null, unit: 'ms', goal: { op: '<=', target: 10_000 }, note: seen.size < COUNT ? `${COUNT - seen.size} not delivered in 30 s` : undefined },
        { figure: 'webhooks: delivered exactly once', value: `${once}/${COUNT}`, ok: once === COUNT },
        { figure: 'webhooks: signatures verified (Standard Webhooks)', value: `${verified}/${COUNT}`, ok: verified === COUNT },
        { figure: 'webhooks: event → delivery p50', value: quantile(sorted, 0.5), unit: 'ms' },
        { figure: 'webhooks: event → delivery p99', value: quantile(sorted, 0.99), unit: 'ms', goal: { op: '<=', target: 500 } },
        { figure: 'webhooks: event → delivery max', value: sorted[sorted.length - 1] ?? null, unit: 'ms' },
      ];
    } finally {
      const { deliveryHooks } = await import('../../../api/src/modules/webhooks/webhook-delivery.js');
      deliveryHooks.production = undefined;
      await receiver.close();
      await app.stop();
    }
  },
};
