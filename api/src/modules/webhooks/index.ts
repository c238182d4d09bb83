// Webhooks (issue 17): tenant admins register endpoints for a closed list of events; every event
// is one listener here that writes one delivery per subscribed endpoint; deliveries are signed
// per Standard Webhooks, first attempted at once by this instance (webhook-dispatcher.ts; DELIVER_WEBHOOK
// jobs for overflow, redelivery and the sweep), retried by exact timers for 24 h.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { JobName } from '../../jobs/jobs.js';
import { WebhookDelivery, WebhookDeliveryAttempt, WebhookEndpoint } from './webhook.entity.js';
import { WebhookDeliveryResolver, WebhookResolver } from './webhook.resolver.js';
import { webhooksListeners } from './webhooks.listeners.js';
import { dispatcherOf } from './webhook-dispatcher.js';
import { deleteOldDeliveries, handOff, requeueStranded, RETRY_TIMER_KIND, type DeliveryItem } from './webhook-delivery.js';

const SWEEP_EVERY_MS = 60_000;
const CLEANUP_EVERY_MS = 3600_000;
const manage = access.can('webhooks.manage');
const laneOffer = (services: Parameters<typeof dispatcherOf>[0]) => (entries: { endpointId: string; item: DeliveryItem }[]) => dispatcherOf(services).offer(entries);

export const webhooksModule = defineModule({
  name: 'webhooks',
  resolvers: [WebhookResolver, WebhookDeliveryResolver],
  entities: [WebhookEndpoint, WebhookDelivery, WebhookDeliveryAttempt],
  access: {
    Query: { webhookEndpoints: manage, webhookDeliveries: manage },
    Mutation: {
      createWebhookEndpoint: manage, updateWebhookEndpoint: manage, rotateWebhookSecret: manage, deleteWebhookEndpoint: manage,
      redeliverWebhook: manage, sendTestWebhook: manage,
    },
  },
  listeners: webhooksListeners,
  timers: {
    // Into the endpoint's lane: the timer batch (SLA timers too) never waits on a slow receiver.
    [RETRY_TIMER_KIND]: (services, timer) => handOff(services, [{ deliveryId: timer.key, attempt: Number(timer.version) }], laneOffer(services)),
  },
  start: (services) => {
    // The whole fetched batch at once (Jobs.workBatch), handed to the per-endpoint lanes: the jobs
    // are done at once and a slow receiver holds no batch; declared here rather than in `jobs`,
    // which runs one job at a time.
    void services.jobs
      .workBatch(JobName.DELIVER_WEBHOOK, async (payloads) => {
        await handOff(services, payloads, laneOffer(services));
        return payloads.map(() => null);
      })
      .catch((e) => services.log.error({ err: e }, 'webhooks: delivery worker did not start'));
    let lastCleanup = 0;
    const sweep = () =>
      void (async () => {
        await requeueStranded(services);
        if (Date.now() - lastCleanup > CLEANUP_EVERY_MS) {
          lastCleanup = Date.now();
          await deleteOldDeliveries(services);
        }
      })().catch((e) => services.log.warn({ err: e }, 'webhooks: sweep failed; it runs again'));
    const timer = setInterval(sweep, SWEEP_EVERY_MS);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await dispatcherOf(services).stop();
    };
  },
});
