// Section `webhooks`: 1,000 domain events (ticket.created, 2 tenants' worth of traffic on one
// tenant) emitted at 500/s into a running API (in this process, the same startApp as `npm start`)
// with one endpoint subscribed, delivered to a local receiver on 127.0.0.1. Reported: time from
// the first event to the last delivery, event → delivery p50 / p99 / max, deliveries received
// exactly once and signature-verified.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../../api/src/config.js';
import { createLogger } from '../../../api/src/logger.js';
import { startApp } from '../../../api/src/app.js';
import { domainEvent } from '../../../api/src/events/domain-events.js';
import { newWebhookSecret } from '../../../api/src/modules/webhooks/webhook-signature.js';
import { startReceiver, verifyStandardWebhook } from '../../helpers/webhook-receiver.js';
import type { BenchContext, Row, Section } from '../lib/types.js';

const COUNT = Number(process.env.BENCH_WEBHOOKS || 1000);
const RATE = Number(process.env.BENCH_WEBHOOKS_RATE || 500);
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
      const sentAt = new Map<string, number>();
      const latencies: number[] = [];
      const seen = new Map<string, number>();
      let verified = 0;
      let lastAt = 0;
      receiver.onRequest = (r) => {
        const ticketId = JSON.parse(r.body).data.ticketId as string;
        seen.set(ticketId, (seen.get(ticketId) ?? 0) + 1);
        const t0 = sentAt.get(ticketId);
        if (t0 !== undefined && seen.get(ticketId) === 1) latencies.push(performance.now() - t0);
        lastAt = performance.now();
        try {
          verifyStandardWebhook(secret, r.headers, r.body);
          verified++;
        } catch {
          /* counted as not verified */
        }
      };
      const start = performance.now();
      for (let i = 0; i < COUNT; i++) {
        const due = start + (i * 1000) / RATE;
        const wait = due - performance.now();
        if (wait > 1) await new Promise((r) => setTimeout(r, wait));
        const ticketId = randomUUID();
        sentAt.set(ticketId, performance.now());
        app.services.domainEvents.emit([
          domainEvent('ticket.created', tenantId, {
            ticketId, number: i + 1, status: 'OPEN', priority: 'MEDIUM', queueId: null, assigneeId: null, contactId: null, conversationId: null,
            actor: { kind: 'SYSTEM', id: null }, channel: 'API',
          }),
        ]);
      }
      const deadline = start + 30_000;
      while (seen.size < COUNT && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 1000)); // duplicates would show now
      const totalMs = lastAt - start;
      const sorted = [...latencies].sort((a, b) => a - b);
      const once = [...seen.values()].filter((n) => n === 1).length;
      await app.services.readPool.query(`delete from webhook_endpoints where id = $1`, [endpointId]);
      return [
        { figure: `webhooks: ${COUNT} events at ${RATE}/s, first event → last delivery`, value: seen.size === COUNT ? totalMs : null, unit: 'ms', goal: { op: '<=', target: 10_000 }, note: seen.size < COUNT ? `${COUNT - seen.size} not delivered in 30 s` : undefined },
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
