// The SMTP transport (nodemailer), one per running app, made on first use from SMTP_URL.
// No SMTP_URL: null, and mails stay STORED in the outbox.
import { createRequire } from 'node:module';
import type { Transporter } from 'nodemailer';
import type { AppServices } from '../../services.js';

// Loaded on first use, not at start-up (it is only needed with SMTP_URL).
const nodemailer = () => createRequire(import.meta.url)('nodemailer') as typeof import('nodemailer');

const transports = new WeakMap<AppServices, Transporter | null>();

export function smtpTransport(services: AppServices): Transporter | null {
  if (!transports.has(services)) {
    const url = services.config.SMTP_URL;
    // Short timeouts: a hung server fails the attempt (retried with back-off) instead of holding the worker.
    transports.set(services, url ? nodemailer().createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as Parameters<ReturnType<typeof nodemailer>['createTransport']>[0]) : null);
  }
  return transports.get(services)!;
}

export function closeSmtpTransport(services: AppServices): void {
  transports.get(services)?.close();
  transports.delete(services);
}
