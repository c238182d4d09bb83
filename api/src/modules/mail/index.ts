// Outgoing e-mail: the outbox table, delivery through SMTP (SMTP_URL) by SEND_MAIL jobs, the
// admins' outbox list, and the mails other domains cause (mail.listeners.ts). Other modules call
// `enqueueMail` (in their transaction) or `sendMail`, with bodies from `renderMail`.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { JobName } from '../../jobs/jobs.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { OutboxResolver } from './outbox.resolver.js';
import { mailListeners } from './mail.listeners.js';
import { deliverMail, relayStaleMail } from './send-mail.job.js';
import { closeSmtpTransport } from './mail.transport.js';

const RELAY_EVERY_MS = 60_000;

export const mailModule = defineModule({
  name: 'mail',
  resolvers: [OutboxResolver],
  entities: [OutboxMessage],
  access: { Query: { outboxMessages: access.can('system.settings') } },
  listeners: mailListeners,
  jobs: { [JobName.SEND_MAIL]: deliverMail },
  start: (services) => {
    const relay = () => void relayStaleMail(services).catch((e) => services.log.warn({ err: e }, 'mail relay failed; it runs again'));
    const timer = setInterval(relay, RELAY_EVERY_MS);
    timer.unref();
    relay();
    return async () => {
      clearInterval(timer);
      closeSmtpTransport(services);
    };
  },
});
