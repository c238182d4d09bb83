// Mails that other domains cause, rendered and put in the outbox: invitations, password
// resets and answers to customers by e-mail (the users and sessions modules emit the events after their commit; they know nothing
// of mail).
import type { AppServices } from '../../services.js';
import { listener, type AnyListener } from '../../events/domain-events.js';
import { appLink, invitationMail, passwordResetMail } from './mail.templates.js';
import { sendMail } from './mail.service.js';
import { mailConversationReply, mailTicketReply } from './reply-mails.js';

export function mailListeners(services: AppServices): AnyListener[] {
  return [
    listener({
      name: 'mail.invitation',
      on: 'user.invited',
      async handle({ tenantId, payload: p }) {
        const link = appLink(services.config.PUBLIC_URL, '/accept', { token: p.token });
        await sendMail(services, { tenantId: tenantId || null, to: p.email, kind: 'INVITATION', ...invitationMail({ displayName: p.displayName, tenantName: p.tenantName, link, expiresAt: p.expiresAt }) });
      },
    }),
    listener({
      name: 'mail.password-reset',
      on: 'user.password_reset_requested',
      async handle({ tenantId, payload: p }) {
        const link = appLink(services.config.PUBLIC_URL, '/reset-password', { token: p.token, ...(p.tenantSlug ? { tenant: p.tenantSlug } : {}) });
        await sendMail(services, { tenantId: tenantId || null, to: p.email, kind: 'PASSWORD_RESET', ...passwordResetMail({ displayName: p.displayName, link, expiresAt: p.expiresAt }) });
      },
    }),
    listener({ name: 'mail.ticket-reply', on: 'ticket.commented', handle: (e) => mailTicketReply(services, e) }),
    listener({ name: 'mail.conversation-reply', on: 'message.created', lane: 'background', handle: (e) => mailConversationReply(services, e) }),
  ];
}
