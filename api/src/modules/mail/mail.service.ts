// Outgoing e-mail through the outbox. `enqueueMail` writes the row in the caller's transaction;
// after commit `dispatch()` hands it to a SEND_MAIL job (or marks it STORED when no SMTP server is
// configured). `sendMail` does both for callers without a transaction of their own (listeners).
// The relay in `start` re-dispatches rows whose dispatch was lost (a crash right after commit).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../services.js';
import { JobName } from '../../jobs/jobs.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { MailKind, MailStatus, OutboxMessage } from './outbox-message.entity.js';
import { smtpTransport } from './mail.transport.js';

export interface OutgoingMail {
  /** The tenant it belongs to (its admins see it in the outbox); null for platform mails. */
  tenantId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  kind: MailKind;
  /** Defaults to MAIL_FROM. */
  from?: string | null;
}

export interface EnqueuedMail {
  id: string;
  /** Call after YOUR transaction commits: queues delivery (or marks the mail STORED without SMTP). */
  dispatch(): Promise<void>;
}

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+$/;
const KINDS = new Set<string>(Object.values(MailKind));

/** Write the mail into the outbox in `em`'s transaction (flushed at once). Bad mail: throws (a programming error). */
export async function enqueueMail(services: AppServices, em: EntityManager, mail: OutgoingMail): Promise<EnqueuedMail> {
  const to = mail.to.trim();
  if (!ADDRESS.test(to) || to.length > 320) throw new Error('enqueueMail: `to` is not an e-mail address');
  if (!KINDS.has(mail.kind)) throw new Error(`enqueueMail: unknown kind ${mail.kind}`);
  const subject = mail.subject.replace(/[\r\n]+/g, ' ').trim().slice(0, 300) || '(no subject)';
  const row = Object.assign(new OutboxMessage(), {
    tenant: mail.tenantId ? em.getReference(Tenant, mail.tenantId) : null,
    to,
    from: mail.from ?? null,
    subject,
    textSealed: services.secretBox.encrypt(mail.text),
    htmlSealed: mail.html ? services.secretBox.encrypt(mail.html) : null,
    kind: mail.kind,
    status: MailStatus.QUEUED,
  });
  await em.insert(OutboxMessage, row);
  return { id: row.id, dispatch: () => dispatchMail(services, [row.id]) };
}

/** After commit: queue delivery of QUEUED mails, or mark them STORED when no SMTP server is configured. */
export async function dispatchMail(services: AppServices, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  if (!smtpTransport(services)) {
    await services.orm.em.getConnection().execute(
      `update outbox_messages set status = 'STORED', from_address = coalesce(from_address, ?), updated_at = now() where id = any(?::uuid[]) and status = 'QUEUED'`,
      [services.config.MAIL_FROM, `{${ids.join(',')}}`],
      'run',
    );
    return;
  }
  for (const id of ids) await services.jobs.send(JobName.SEND_MAIL, { outboxId: id });
}

/** Enqueue in a transaction of its own and dispatch: for listeners and background work. */
export async function sendMail(services: AppServices, mail: OutgoingMail): Promise<string> {
  const em = services.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
  const queued = await em.transactional((tx) => enqueueMail(services, tx as EntityManager, mail));
  await queued.dispatch();
  return queued.id;
}
