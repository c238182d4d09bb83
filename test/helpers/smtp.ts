// A real SMTP server on 127.0.0.1 for tests (smtp-server): keeps what it receives, parsed.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface SmtpServer {
  url: string;
  received: ParsedMail[];
  state: { refuseNext: number; refused: number };
  /** The mails addressed to `address`. */
  mailTo(address: string): ParsedMail[];
  close(): Promise<void>;
}

/** A local SMTP server that keeps what it receives; `refuseNext` answers 451 to that many recipients. */
export function startSmtp() {
  const received: ParsedMail[] = [];
  const state = { refuseNext: 0, refused: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (state.refuseNext > 0) {
        state.refuseNext--;
        state.refused++;
        return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((m) => {
        received.push(m);
        callback();
      }, callback);
    },
  });
  return new Promise<SmtpServer>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.server.address() as AddressInfo;
      resolve({
        url: `smtp://127.0.0.1:${port}`,
        received,
        state,
        mailTo: (address) => received.filter((m) => m.to && (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a.text.includes(address))),
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

