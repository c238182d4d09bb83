// Answers to customers by e-mail: a public reply on a ticket, and an agent's message in a
// conversation whose customer left an address because nobody was available (replyByEmail).
import type { AppServices } from '../../services.js';
import type { DomainEvent } from '../../events/domain-events.js';
import { renderMail } from './mail.templates.js';
import { sendMail } from './mail.service.js';

type ReplyFacts = {
  email: string | null;
  contact_name: string | null;
  tenant_name: string;
  author_name: string | null;
  body: string;
};

const greeting = (name: string | null) => (name?.trim() ? `Hello ${name.trim()},` : 'Hello,');

/** A public ticket reply by staff (or a rule) goes to the ticket's contact, when they have an address. */
export async function mailTicketReply(services: AppServices, e: DomainEvent<'ticket.commented'>): Promise<void> {
  const p = e.payload;
  if (!p.public || p.actor.kind === 'CONTACT' || !p.contactId) return;
  const [r] = await services.readPool.query<ReplyFacts & { number: number; subject: string }>(
    `select c.email, c.name as contact_name, tn.name as tenant_name, u.display_name as author_name, ev.comment as body, k.number, k.subject
       from ticket_events ev
       join tickets k on k.id = ev.ticket_id and k.tenant_id = ev.tenant_id
       join tenants tn on tn.id = ev.tenant_id
       join contacts c on c.id = k.contact_id and c.tenant_id = ev.tenant_id
       left join users u on ev.actor_kind = 'USER' and u.id = ev.actor_id
      where ev.tenant_id = $1 and ev.id = $2`,
    [e.tenantId, p.ticketEventId],
  );
  if (!r?.email || !r.body) return;
  const mail = renderMail({
    subject: `[#${r.number}] ${r.subject}`,
    greeting: greeting(r.contact_name),
    paragraphs: [r.body, `— ${r.author_name ?? r.tenant_name}, ${r.tenant_name}`],
    footer: `About your request #${r.number} with ${r.tenant_name}.`,
  });
  await sendMail(services, { tenantId: e.tenantId, to: r.email, kind: 'TICKET_REPLY', ...mail });
}

/** An agent's (non-private) message in a conversation answered by e-mail. */
export async function mailConversationReply(services: AppServices, e: DomainEvent<'message.created'>): Promise<void> {
  const p = e.payload;
  if (p.author !== 'AGENT' || p.private) return;
  const [r] = await services.readPool.query<ReplyFacts & { subject: string | null }>(
    `select c.email, c.name as contact_name, tn.name as tenant_name, u.display_name as author_name, m.body, v.subject
       from messages m
       join conversations v on v.id = m.conversation_id and v.tenant_id = $1 and v.reply_by_email
       join tenants tn on tn.id = v.tenant_id
       join contacts c on c.id = v.contact_id and c.tenant_id = v.tenant_id
       left join users u on u.id = m.author_user_id
      where m.id = $2 and m.conversation_id = $3`,
    [e.tenantId, p.messageId, p.conversationId],
  );
  if (!r?.email) return;
  const mail = renderMail({
    subject: `Re: ${r.subject?.trim() || `your question to ${r.tenant_name}`}`,
    greeting: greeting(r.contact_name),
    paragraphs: [r.body, `— ${r.author_name ?? r.tenant_name}, ${r.tenant_name}`],
    footer: `You asked ${r.tenant_name} to answer you by e-mail.`,
  });
  await sendMail(services, { tenantId: e.tenantId, to: r.email, kind: 'TICKET_REPLY', ...mail });
}
