// The offline assistant's answer text, from realistic knowledge-base bodies (Markdown and HTML as
// help centers export them) through the chunker to the extract a customer reads: sentences are
// never glued together, tables read as lists, the text carries no disclaimer of its own (each
// client shows the message's `offline` flag once), and what is quoted is in the cited source.
import { describe, expect, it } from 'vitest';
import { chunkDocument, htmlToMarkdown } from '../../../api/src/modules/knowledge/chunker.js';
import { extractAnswer, offlineAnswer, unitsOf } from '../../../api/src/modules/assistant/providers/offline.js';
import type { SourceForModel } from '../../../api/src/modules/assistant/providers/provider.js';

/** "account.You": a stop glued to the next sentence's capital (not "e.g." nor "Node.js"). */
const GLUED = /\p{Ll}[.!?]["”')\]]*\p{Lu}/u;

function sourcesOf(doc: { kind: 'ARTICLE' | 'FAQ'; title: string; body: string }): SourceForModel[] {
  return chunkDocument(doc).map((c, i) => ({ n: i + 1, title: doc.title, headingPath: c.headingPath, text: c.text }));
}

function answer(query: string, sources: SourceForModel[]) {
  const pieces: string[] = [];
  const a = offlineAnswer(query, sources, (d) => pieces.push(d));
  expect(a).not.toBeNull();
  expect(pieces.join('')).toBe(a!.text); // what streamed is what is stored
  return a!;
}

const HELP_CENTER_HTML = `
<article>
  <h1>Resetting your password</h1>
  <p>If you forgot your password, open <strong>Settings &rarr; Security</strong> and choose <em>Reset password</em>. We send a reset link to the e-mail address on your account.</p><p>You will need access to that mailbox: the link expires after 30 minutes.</p>
  <div>Still stuck? Our team can verify your identity by phone.<br>Have your last invoice number ready.</div>
  <h2>Two-factor authentication</h2>
  <ul><li>Open the authenticator app</li><li>Enter the six-digit code</li></ul>
</article>`;

describe('offline answers: sentences are never glued', () => {
  it('keeps HTML paragraph, div and line-break boundaries when chunking', () => {
    const md = htmlToMarkdown(HELP_CENTER_HTML);
    expect(md).toContain('# Resetting your password');
    expect(md).toMatch(/on your account\.\n\nYou will need/);
    expect(md).toMatch(/by phone\.\nHave your last invoice/);
    expect(md).toContain('- Open the authenticator app\n- Enter the six-digit code');
    const text = chunkDocument({ kind: 'ARTICLE', title: 'Resetting your password', body: HELP_CENTER_HTML }).map((c) => c.text).join('\n');
    expect(text).not.toMatch(GLUED);
    expect(text).not.toMatch(/<\/?\w+/);
    expect(text).toContain('Settings → Security'); // entities decoded
  });

  it('answers from an HTML article with separate sentences', () => {
    const a = answer('Where is the reset link sent and do I need access to my e-mail?', sourcesOf({ kind: 'ARTICLE', title: 'Resetting your password', body: HELP_CENTER_HTML }));
    expect(a.text).toMatch(/on your account\.(\s+)You will need access/);
    expect(a.text).not.toMatch(GLUED);
  });

  it('separates sentences a Markdown source glued itself, but not "e.g." or "Node.js"', () => {
    const body = 'To close your account, write to us from the address on your account.You will need your customer number.Closing is final: e.g. invoices stay for 10 years. Our API client (Node.js) stops working at once.';
    const a = answer('How do I close my account, what do I need?', sourcesOf({ kind: 'FAQ', title: 'How do I close my account?', body }));
    expect(a.text).toContain('on your account. You will need your customer number.');
    expect(a.text).not.toMatch(GLUED);
    expect(unitsOf('See e.g. the guide. Node.js works. U.S. customers pay in USD.').map((u) => u.text)).toEqual(['See e.g. the guide.', 'Node.js works.', 'U.S. customers pay in USD.']);
  });

  it('never runs list items into one sentence', () => {
    const body = '## Before you call\n\n- Have your order number ready\n- Keep the item in its packaging\n- Take a photo of the damage\n\nWe answer within one working day.';
    const a = answer('What should I have ready before I call about damage?', sourcesOf({ kind: 'ARTICLE', title: 'Damaged items', body }));
    expect(a.text).toContain('- Have your order number ready\n- Keep the item in its packaging\n- Take a photo of the damage');
    expect(a.text).not.toMatch(/ready Keep|packaging Take/);
  });
});

describe('offline answers: tables read as lists', () => {
  const MARKDOWN = `Our plans, billed monthly:

| Plan | Price | Seats |
|------|------:|-------|
| **Starter** | $0 | 1 |
| Pro | $20 | 5 |
| Business | $99 | 25 |

Prices exclude VAT.`;

  const HTML = `<p>Our plans, billed monthly:</p>
<table><thead><tr><th>Plan</th><th>Price</th><th>Seats</th></tr></thead>
<tbody><tr><td><b>Starter</b></td><td>$0</td><td>1</td></tr><tr><td>Pro</td><td>$20</td><td>5</td></tr><tr><td>Business</td><td>$99</td><td>25</td></tr></tbody></table>
<p>Prices exclude VAT.</p>`;

  for (const [format, body] of [['Markdown', MARKDOWN], ['HTML', HTML]] as const) {
    it(`turns a ${format} table into one readable line per row`, () => {
      const sources = sourcesOf({ kind: 'ARTICLE', title: 'Plans and pricing', body });
      expect(sources[0].text).toContain('Plan: Pro — Price: $20 — Seats: 5');
      const a = answer('How much does the Pro plan cost per month?', sources);
      expect(a.text).toContain('Our plans, billed monthly:\n\n- Plan: Starter — Price: $0 — Seats: 1\n- Plan: Pro — Price: $20 — Seats: 5\n- Plan: Business — Price: $99 — Seats: 25');
      expect(a.text).not.toMatch(/\||<t[dhr]|\*\*/);
    });
  }
});

describe('offline answers: one disclaimer, the quote the citation points to', () => {
  const sources: SourceForModel[] = [
    { n: 1, title: 'Returns and refunds', headingPath: ['Returns and refunds', 'Time limits'], text: 'Time limits\n\nYou have 30 days to return an item. Refunds reach your card within 5 working days.' },
    { n: 2, title: 'Shipping', headingPath: ['Shipping'], text: 'Standard delivery takes 3 days. Returns are free for members.' },
  ];

  it('has no disclaimer in the text: the client labels offline messages once, from the flag', () => {
    const a = answer('How many days do I have to return an item?', sources);
    expect(a.text).not.toMatch(/offline/i);
    expect(a.text.match(/word for word|automatic answer|offline assistant/gi)).toBeNull();
    expect(a.text.startsWith('From our help center, "Returns and refunds" [1]:')).toBe(true);
  });

  it('quotes only the cited source, word for word, and gives that quote to the citation', () => {
    const a = answer('How many days do I have to return an item?', sources);
    expect(a.cited).toEqual([1]);
    expect(a.quotes[1]).toContain('You have 30 days to return an item.');
    const extract = extractAnswer('How many days do I have to return an item?', sources)!;
    for (const q of extract.quoted) expect(sources[0].text).toContain(q);
    expect(extract.quoted.join(' ')).not.toContain('Standard delivery');
    expect(a.text).toContain(a.quotes[1]);
    // The heading line is not quoted as if it were a sentence.
    expect(extract.quoted).not.toContain('Time limits');
  });
});
