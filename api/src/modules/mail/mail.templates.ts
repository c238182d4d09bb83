// Mail bodies: one plain layout (a greeting, paragraphs, one action link) rendered as text and as
// escaped HTML. Other modules (ticket replies, digests) build theirs with `renderMail`.

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailLayout {
  subject: string;
  /** "Hello Ann," — omitted when null. */
  greeting?: string | null;
  paragraphs: string[];
  /** The one thing to click, shown as a link (text: the URL on its own line). */
  action?: { label: string; url: string } | null;
  /** Small print under the action. */
  footer?: string | null;
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderMail(m: MailLayout): RenderedMail {
  const text = [
    ...(m.greeting ? [m.greeting, ''] : []),
    ...m.paragraphs.flatMap((p) => [p, '']),
    ...(m.action ? [`${m.action.label}:`, m.action.url, ''] : []),
    ...(m.footer ? ['-- ', m.footer] : []),
  ].join('\n').trimEnd() + '\n';
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#1f2937">',
    ...(m.greeting ? [p(m.greeting)] : []),
    ...m.paragraphs.map(p),
    ...(m.action ? [`<p style="margin:0 0 16px"><a href="${escapeHtml(m.action.url)}" style="color:#2563eb;font-weight:600">${escapeHtml(m.action.label)}</a></p>`] : []),
    ...(m.footer ? [`<p style="margin:24px 0 0;font-size:13px;color:#6b7280">${escapeHtml(m.footer)}</p>`] : []),
    '</body></html>',
  ].join('\n');
  return { subject: m.subject, text, html };
}

/** An absolute link into the web app. */
export const appLink = (publicUrl: string, path: string, query: Record<string, string> = {}) => {
  const url = new URL(path, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.toString();
};

const day = (iso: string) => new Date(iso).toUTCString().replace(/:\d\d GMT$/, ' UTC');

export function invitationMail(v: { displayName: string; tenantName: string | null; link: string; expiresAt: string }): RenderedMail {
  const where = v.tenantName ? ` ${v.tenantName} on Switchboard` : ' Switchboard';
  return renderMail({
    subject: `You are invited to${where}`,
    greeting: `Hello ${v.displayName},`,
    paragraphs: [`You have been invited to join${where}. Choose your password with the link below.`],
    action: { label: 'Accept the invitation', url: v.link },
    footer: `The link works once, until ${day(v.expiresAt)}. If you did not expect this, ignore this mail.`,
  });
}

export function passwordResetMail(v: { displayName: string; link: string; expiresAt: string }): RenderedMail {
  return renderMail({
    subject: 'Reset your Switchboard password',
    greeting: `Hello ${v.displayName},`,
    paragraphs: ['Someone (hopefully you) asked to reset your Switchboard password. Choose a new one with the link below.'],
    action: { label: 'Choose a new password', url: v.link },
    footer: `The link works once, until ${day(v.expiresAt)}. If you did not ask for it, ignore this mail: your password stays as it is.`,
  });
}
