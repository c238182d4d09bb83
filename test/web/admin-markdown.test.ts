// @vitest-environment happy-dom
// The knowledge editor's Markdown preview: escape first, then a few safe constructs only.
import { describe, expect, it } from 'vitest';
import { escapeHtml, isSafeHref, renderMarkdown } from '../../web/src/knowledge/markdown.js';

/** Parses the output like a browser would and lists every element and attribute in it. */
function parse(html: string) {
  const el = document.createElement('div');
  el.innerHTML = html;
  const tags = new Set<string>();
  const attrs: string[] = [];
  for (const node of Array.from(el.querySelectorAll('*'))) {
    tags.add(node.tagName.toLowerCase());
    for (const a of Array.from(node.attributes)) attrs.push(`${node.tagName.toLowerCase()}[${a.name}=${a.value}]`);
  }
  return { el, tags, attrs };
}

const ALLOWED_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'pre', 'a']);

function expectSafe(html: string) {
  const { el, tags, attrs } = parse(html);
  for (const t of tags) expect(ALLOWED_TAGS.has(t), `unexpected <${t}> in ${html}`).toBe(true);
  for (const a of attrs) expect(a, html).toMatch(/^a\[(href=(https?:\/\/|mailto:)\S+|rel=noopener noreferrer|target=_blank)\]$/i);
  for (const a of Array.from(el.querySelectorAll('a'))) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
}

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x]( javascript:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '[x](vbscript:msgbox(1))',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">click</a>',
  '[x](https://ok.example/"onmouseover="alert(1))',
  '[x](https://ok.example/\'onmouseover=\'alert(1))',
  '**<svg onload=alert(1)>**',
  '# <iframe src="javascript:alert(1)"></iframe>',
  '- <b onclick=alert(1)>item</b>',
  '`<script>alert(1)</script>`',
  '```\n<script>alert(1)</script>\n```',
  '[<img src=x onerror=alert(1)>](https://ok.example)',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\uE0000\uE000 [a](javascript:alert(1))',
  '<style>body{display:none}</style>',
  '[x](mailto:a@b.example?subject="><script>alert(1)</script>)',
];

describe('renderMarkdown', () => {
  it.each(PAYLOADS)('never lets markup or scripts through: %s', (payload) => {
    const html = renderMarkdown(payload);
    expectSafe(html);
    expect(html).not.toMatch(/<(script|img|svg|iframe|style|b )/i);
    expect(html).not.toMatch(/href="(?!https?:|mailto:)/i);
  });

  it('shows raw HTML as text', () => {
    const { el } = parse(renderMarkdown('<img src=x onerror=alert(1)>'));
    expect(el.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(el.querySelector('img')).toBeNull();
  });

  it('drops a javascript: link but keeps its words', () => {
    const { el } = parse(renderMarkdown('see [x](javascript:alert(1)) now'));
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent).toContain('see x');
  });

  it('keeps a quote inside an href escaped (no attribute break-out)', () => {
    const { el } = parse(renderMarkdown('[x](https://ok.example/"onmouseover="alert(1))'));
    const a = el.querySelector('a');
    expect(a?.getAttributeNames().sort()).toEqual(['href', 'rel', 'target']);
  });

  it('renders headings, paragraphs, lists, emphasis, code and safe links', () => {
    const html = renderMarkdown(
      ['# Returns', '', 'You have **30 days** to return *unworn* items.', 'Same paragraph.', '', '- one', '- two `code`', '', '1. first', '2. second', '', 'Mail [us](mailto:help@northwind.demo) or read [the policy](https://northwind.demo/returns_policy).', '', '```', 'a < b', '```'].join('\n'),
    );
    expectSafe(html);
    const { el } = parse(html);
    expect(el.querySelector('h1')?.textContent).toBe('Returns');
    expect(el.querySelector('strong')?.textContent).toBe('30 days');
    expect(el.querySelector('em')?.textContent).toBe('unworn');
    expect(el.querySelectorAll('p')[0]?.textContent).toBe('You have 30 days to return unworn items. Same paragraph.');
    expect(Array.from(el.querySelectorAll('ul li')).map((li) => li.textContent)).toEqual(['one', 'two code']);
    expect(el.querySelectorAll('ol li').length).toBe(2);
    const links = Array.from(el.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['mailto:help@northwind.demo', 'https://northwind.demo/returns_policy']);
    expect(links.every((a) => a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
    expect(el.querySelector('pre code')?.textContent).toBe('a < b');
  });

  it('escapes and checks schemes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(isSafeHref('https://a.example')).toBe(true);
    expect(isSafeHref('mailto:a@b.example')).toBe(true);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('//evil.example')).toBe(false);
    expect(isSafeHref('/relative')).toBe(false);
  });
});
