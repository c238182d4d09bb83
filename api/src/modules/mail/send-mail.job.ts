// The SEND_MAIL worker: one attempt per job. The row is locked while it is sent (a duplicate job
// skips it), and a mail that is not QUEUED any more (sent, stored, failed) is left alone, so a
// stale or repeated job does nothing. A failed attempt is recorded and the job throws: pg-boss
// retries it with back-off (1 s doubling up to INDEX_RETRY_MAX_SECONDS); after MAX_MAIL_ATTEMPTS
// the mail is FAILED and the job ends.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../services.js';
import type { JobPayloads, JobName } from '../../jobs/jobs.js';
import { isUuid } from '../../graphql/ids.js';
import { smtpTransport } from './mail.transport.js';
import { dispatchMail } from './mail.service.js';

export const MAX_MAIL_ATTEMPTS = 10;

interface Locked extends Record<string, unknown> {
  id: string;
  to_address: string;
  from_address: string | null;
  subject: string;
  text_sealed: string;
  html_sealed: string | null;
  status: string;
  attempts: number;
}

/** An SMTP answer fit for `lastError`: one line, no credentials. */
const describe = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').replace(/\/\/[^@/\s]*@/g, '//***@').slice(0, 500);

export async function deliverMail(services: AppServices, { outboxId }: JobPayloads[typeof JobName.SEND_MAIL]): Promise<void> {
  if (!isUuid(outboxId)) return;
  const em = services.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
  const failure = await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const trx = tx.getTransactionContext();
    const [row] = await conn.execute<Locked[]>(`select * from outbox_messages where id = ? for update skip locked`, [outboxId], 'all', trx);
    if (!row || row.status !== 'QUEUED') return null;
    const transport = smtpTransport(services);
    const from = row.from_address ?? services.config.MAIL_FROM;
    if (!transport) {
      await conn.execute(`update outbox_messages set status = 'STORED', from_address = ?, updated_at = now() where id = ?`, [from, row.id], 'run', trx);
      return null;
    }
    try {
      const info = await transport.sendMail({
        from,
        to: row.to_address,
        subject: row.subject,
        text: services.secretBox.decrypt(row.text_sealed),
        ...(row.html_sealed ? { html: services.secretBox.decrypt(row.html_sealed) } : {}),
      });
      await conn.execute(
        `update outbox_messages set status = 'SENT', from_address = ?, attempts = attempts + 1, sent_at = now(), updated_at = now(), message_id = ?, last_error = null where id = ?`,
        [from, String(info.messageId ?? '') || null, row.id],
        'run',
        trx,
      );
      return null;
    } catch (e) {
      const error = describe(e);
      const attempts = row.attempts + 1;
      const status = attempts >= MAX_MAIL_ATTEMPTS ? 'FAILED' : 'QUEUED';
      await conn.execute(`update outbox_messages set status = ?, from_address = ?, attempts = ?, last_error = ?, updated_at = now() where id = ?`, [status, from, attempts, error, row.id], 'run', trx);
      return status === 'QUEUED' ? error : null;
    }
  });
  // Recorded and committed; throwing now makes pg-boss retry later.
  if (failure) throw new Error(`mail not sent yet: ${failure}`);
}

/**
 * Backstop for dispatches lost between commit and `dispatch()` (a crash): QUEUED mails that no
 * attempt touched for a while are dispatched again. Safe on every instance: the worker's row lock
 * and status check make a duplicate job a no-op.
 */
export async function relayStaleMail(services: AppServices, olderThanSeconds = 600): Promise<number> {
  const rows = await services.readPool.query<{ id: string }>(
    `select id from outbox_messages where status = 'QUEUED' and updated_at < now() - make_interval(secs => $1) order by updated_at limit 100`,
    [olderThanSeconds],
  );
  if (rows.length) {
    await services.orm.em.getConnection().execute(`update outbox_messages set updated_at = now() where id = any(?::uuid[]) and status = 'QUEUED'`, [`{${rows.map((r) => r.id).join(',')}}`], 'run');
    await dispatchMail(services, rows.map((r) => r.id));
  }
  return rows.length;
}
