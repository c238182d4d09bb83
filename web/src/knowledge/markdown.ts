// A small, safe Markdown renderer for previews. Everything is HTML-escaped FIRST; only then
// are a few constructs turned into markup we write ourselves: headings, paragraphs, lists,
// fenced and inline code, bold, italic, and links whose href is http(s) or mailto (with
// rel="noopener noreferrer"). Raw HTML the user typed is never inserted: it shows as text.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** http(s) and mailto only; anything else (javascript:, data:, vbscript:, relative tricks) is refused. */
export function isSafeHref(escapedHref: string): boolean {
  // The href is already escaped; entities cannot smuggle a scheme because `&` became `&amp;`.
  return /^(https?:\/\/|mailto:)[^\s]+$/i.test(escapedHref);
}

// Private-use placeholders for code spans (stripped from the input first, so users cannot forge them).
const MARK = '\uE000';
const MARK_RE = new RegExp(`${MARK}(\\d+)${MARK}`, 'g');

function emphasis(text: string): string {
  return text
    .replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>')
    .replace(/__([^_\n]+)__/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\n]+)\*(?!\*)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w_])_([^_\n]+)_(?![\w_])/g, '$1<em>$2</em>');
}

function inline(escaped: string): string {
  // Code spans and links become placeholders first, so emphasis never reaches inside them.
  const held: string[] = [];
  const hold = (html: string) => `${MARK}${held.push(html) - 1}${MARK}`;
  let out = escaped.replace(/`([^`\n]+)`/g, (_m, code: string) => hold(`<code>${code}</code>`));
  out = out.replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_m, text: string, href: string) =>
    // An unsafe link keeps its words and loses the link.
    isSafeHref(href) ? hold(`<a href="${href}" rel="noopener noreferrer" target="_blank">${emphasis(text)}</a>`) : text,
  );
  out = emphasis(out);
  // Placeholders may nest (a code span inside link text): resolve until none is left.
  for (let n = 0; n < 3 && out.includes(MARK); n++) out = out.replace(MARK_RE, (_m, i: string) => held[Number(i)] ?? '');
  return out;
}

/** Renders Markdown to HTML that is safe to put in `v-html`. */
export function renderMarkdown(source: string): string {
  const lines = escapeHtml(source.replace(/\r\n?/g, '\n').replaceAll(MARK, '')).split('\n');
  const html: string[] = [];
  let para: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | null = null;

  const flushPara = () => {
    if (para.length) html.push(`<p>${inline(para.join(' '))}</p>`);
    para = [];
  };
  const flushList = () => {
    if (list) html.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${list.tag}>`);
    list = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*```/.test(line)) {
      flushPara();
      flushList();
      const code: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```/.test(lines[i]!)) code.push(lines[i++]!);
      html.push(`<pre><code>${code.join('\n')}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flushPara();
      flushList();
      const level = heading[1]!.length;
      html.push(`<h${level}>${inline(heading[2]!.replace(/\s+#+\s*$/, ''))}</h${level}>`);
      continue;
    }
    const ul = /^\s*[-*+]\s+(.*)$/.exec(line);
    const ol = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (ul || ol) {
      flushPara();
      const tag = ul ? 'ul' : 'ol';
      if (list && list.tag !== tag) flushList();
      if (!list) list = { tag, items: [] };
      list.items.push((ul ?? ol)![1]!);
      continue;
    }
    if (!line.trim()) {
      flushPara();
      flushList();
      continue;
    }
    flushList();
    para.push(line.trim());
  }
  flushPara();
  flushList();
  return html.join('\n');
}
