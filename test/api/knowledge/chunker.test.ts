// Chunking of knowledge documents: Markdown aware, sized, overlapping, deterministic.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocument, cleanInline, embeddingText, estimateTokens } from '../../../api/src/modules/knowledge/chunker.js';

const words = (n: number, prefix = 'word') => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');
const sentences = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `The ${prefix} sentence number ${i} talks about tents and rain jackets.`).join(' ');

describe('token estimate', () => {
  it('is words × 1.3, rounded up', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('one two three')).toBe(4);
    expect(estimateTokens(words(100))).toBe(130);
  });
});

describe('Markdown noise', () => {
  it('keeps the words and drops the syntax', () => {
    expect(cleanInline('**Free** shipping over _EUR 75_, see [our policy](https://x.test/p?a=(1)) or ![a map](m.png)')).toBe('Free shipping over EUR 75, see our policy or a map');
    expect(cleanInline('Use `git push` and <b>bold</b> ~~old~~ text, snake_case_names stay, 5 * 3 * 2 stays')).toBe('Use git push and bold old text, snake_case_names stay, 5 * 3 * 2 stays');
    expect(cleanInline('Mail <https://example.test/help> or \\*escaped\\*')).toBe('Mail https://example.test/help or *escaped*');
  });
});

describe('FAQ', () => {
  it('is one chunk "question + answer" when the answer is short', () => {
    const chunks = chunkDocument({ kind: 'FAQ', title: 'How do I reset my password?', body: 'Click **Forgot password** on the [sign-in page](https://x.test/login).\n\nThe link is valid for 1 hour.' });
    expect(chunks).toEqual([
      {
        ordinal: 0,
        headingPath: ['How do I reset my password?'],
        text: 'How do I reset my password?\n\nClick Forgot password on the sign-in page.\n\nThe link is valid for 1 hour.',
        tokenCount: estimateTokens('How do I reset my password? Click Forgot password on the sign-in page. The link is valid for 1 hour.'),
        // Embedded on its own too, so a rewording of the question meets the question.
        question: 'How do I reset my password?',
      },
    ]);
  });

  it('splits a long answer, every chunk under the question, the first opening with it', () => {
    const body = [sentences(30, 'first'), sentences(30, 'second'), sentences(30, 'third')].join('\n\n');
    const chunks = chunkDocument({ kind: 'FAQ', title: 'What is the warranty?', body });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[0].text.startsWith('What is the warranty?\n\n')).toBe(true);
    for (const c of chunks) {
      expect(c.headingPath).toEqual(['What is the warranty?']);
      expect(c.tokenCount).toBeLessThanOrEqual(450);
    }
  });
});

describe('articles', () => {
  const article = {
    kind: 'ARTICLE' as const,
    title: 'Returns',
    body: [
      'Intro paragraph about returns.',
      '## Time limits',
      sentences(45, 'limits'),
      '## Prices',
      '| Method | EU store | US store |\n|---|---|---|\n| Standard | EUR 4.95 | $5.95 |\n| Express | EUR 12.95 | $14.95 |',
      '### Refunds',
      '- Card payments: **5 days**\n- PayPal: 2 days',
      '## Contact',
      'Write to us.',
    ].join('\n\n'),
  };
  const chunks = chunkDocument(article);

  it('keeps the heading path of each chunk', () => {
    expect(chunks.map((c) => c.ordinal)).toEqual(chunks.map((_, i) => i));
    expect(chunks.every((c) => c.headingPath[0] === 'Returns')).toBe(true);
    // The tiny intro shares its chunk with the start of "Time limits": the path is what they have
    // in common, and the section's heading is a line of the text.
    expect(chunks[0].headingPath).toEqual(['Returns']);
    expect(chunks[0].text.startsWith('Intro paragraph about returns.\n\nTime limits\n\nThe limits sentence number 0')).toBe(true);
    const sub = chunkDocument({ kind: 'ARTICLE', title: 'Returns', body: `## Time limits\n\n${sentences(10, 'x')}\n\n### Exceptions\n\n${sentences(20, 'y')}` });
    expect(sub.map((c) => c.headingPath)).toEqual([['Returns', 'Time limits']]);
    expect(sub[0].text).toContain('\n\nExceptions\n\nThe y sentence');
  });

  it('merges tiny sections, keeping their headings in the text', () => {
    // "Prices", "Refunds" and "Contact" are tiny: they end up together under the common path.
    const merged = chunks.find((c) => c.text.includes('Write to us.'))!;
    expect(merged.text).toContain('Card payments: 5 days');
    expect(merged.text).toMatch(/(^|\n)Contact(\n|$)/);
    expect(merged.headingPath).toEqual(['Returns']);
    // No chunk is tiny when it could have merged.
    expect(chunks.filter((c) => c.tokenCount < 50)).toEqual([]);
  });

  it('writes table rows whole, with their headers', () => {
    const all = chunks.map((c) => c.text).join('\n');
    expect(all).toContain('Method: Standard — EU store: EUR 4.95 — US store: $5.95\nMethod: Express — EU store: EUR 12.95 — US store: $14.95');
    expect(all).not.toContain('|');
    expect(all).not.toContain('**');
  });

  it('splits a long section into balanced chunks that overlap by about 15%', () => {
    const body = `## Long\n\n${sentences(40, 'alpha')}\n\n${sentences(40, 'beta')}\n\n${sentences(40, 'gamma')}`;
    const long = chunkDocument({ kind: 'ARTICLE', title: 'Guide', body });
    expect(long.length).toBeGreaterThanOrEqual(3);
    for (const c of long) {
      expect(c.headingPath).toEqual(['Guide', 'Long']);
      expect(c.tokenCount).toBeGreaterThanOrEqual(200);
      expect(c.tokenCount).toBeLessThanOrEqual(450);
    }
    for (let i = 1; i < long.length; i++) {
      const prev = long[i - 1].text;
      const firstSentence = long[i].text.split(/(?<=\.)\s+/)[0];
      expect(prev).toContain(firstSentence); // the next chunk starts with the end of the previous one
      const overlapTokens = estimateTokens(long[i].text.slice(0, long[i].text.indexOf(firstSentence) + firstSentence.length));
      expect(overlapTokens).toBeLessThanOrEqual(Math.ceil(long[i - 1].tokenCount * 0.15) + 1);
    }
  });

  it('never cuts a word, even in a paragraph with no sentence breaks', () => {
    const body = words(1200, 'tok');
    const long = chunkDocument({ kind: 'ARTICLE', title: 'Run-on', body });
    expect(long.length).toBeGreaterThan(2);
    const source = new Set(body.split(' '));
    for (const c of long) {
      for (const w of c.text.split(/\s+/)) expect(source.has(w)).toBe(true);
      expect(c.tokenCount).toBeLessThanOrEqual(450);
    }
    // Every word of the document is in some chunk.
    const seen = new Set(long.flatMap((c) => c.text.split(/\s+/)));
    expect(seen.size).toBe(source.size);
  });

  it('is deterministic', () => {
    expect(chunkDocument(article)).toEqual(chunks);
  });
});

describe('the demo knowledge base', () => {
  for (const slug of ['northwind', 'harbor-bank']) {
    it(`chunks every ${slug} document within bounds`, () => {
      const docs = JSON.parse(readFileSync(path.resolve(`api/src/boot/seed/data/${slug}.knowledge.json`), 'utf8')) as { kind: 'ARTICLE' | 'FAQ'; title?: string; body?: string; question?: string; answer?: string }[];
      for (const d of docs) {
        const doc = d.kind === 'FAQ' ? { kind: d.kind, title: d.question!, body: d.answer! } : { kind: d.kind, title: d.title!, body: d.body! };
        const chunks = chunkDocument(doc);
        expect(chunks.length).toBeGreaterThan(0);
        for (const c of chunks) {
          expect(c.headingPath[0]).toBe(doc.title);
          expect(c.tokenCount).toBe(estimateTokens(c.text));
          expect(c.tokenCount).toBeLessThanOrEqual(450);
          expect(c.text).not.toMatch(/\*\*|\]\(|^#/m);
        }
      }
    });
  }
});

describe('what is embedded', () => {
  it('is the heading path and the text, without function words', () => {
    expect(embeddingText({ headingPath: ['Returns', 'Time limits'], text: 'You have 30 days to return an item.' })).toBe('Returns > Time limits\n30 days return item.');
    // A FAQ chunk already opens with its question: not repeated. Negations stay.
    expect(embeddingText({ headingPath: ['Can I pay later?'], text: 'Can I pay later?\n\nNo, not yet.' })).toBe('pay later?\n\nNo, not yet.');
    // Nothing but function words: kept as it is.
    expect(embeddingText({ headingPath: [], text: 'What is it?' })).toBe('What is it?');
  });
});

describe('chunking off the event loop', () => {
  it('gives the same chunks in a worker thread, and the event loop stays free meanwhile', { timeout: 60_000 }, async () => {
    const { chunkInWorker } = await import('../../../api/src/modules/knowledge/chunk-in-worker.js');
    // The demo knowledge base's articles, repeated into one 100,000-character handbook (the largest body allowed).
    const kb = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../api/src/boot/seed/data/northwind.knowledge.json'), 'utf8'));
    const articles: { title: string; body?: string; answer?: string }[] = Array.isArray(kb) ? kb : kb.documents;
    let body = '';
    for (let i = 0; body.length < 100_000; i++) body += `\n\n## ${articles[i % articles.length].title} (${i})\n\n${articles[i % articles.length].body ?? articles[i % articles.length].answer ?? ''}`;
    body = body.slice(0, 100_000);
    const doc = { kind: 'ARTICLE' as const, title: 'The big handbook', body };
    await chunkInWorker({ kind: 'FAQ', title: 'warm-up', body: 'the worker is started' });
    let worst = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 2);
    const inWorker = await chunkInWorker(doc);
    clearInterval(tick);
    const t0 = performance.now();
    const inline = chunkDocument(doc);
    const inlineMs = performance.now() - t0;
    expect(inWorker).toEqual(inline);
    // Inline, one call holds the loop ≈ 50–115 ms here; through the worker, only the reply's copy.
    console.log(`chunking 100,000 characters: ${inlineMs.toFixed(0)} ms inline; worst event-loop gap through the worker ${worst.toFixed(1)} ms`);
    expect(worst).toBeLessThan(Math.max(30, inlineMs / 2));
  });
});
