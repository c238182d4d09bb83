// Splits a knowledge document into retrieval chunks, Markdown aware and deterministic.
//
// - Every chunk keeps its heading path: [title, h2, h3…] (a FAQ: [question]).
// - Paragraphs, list items and table rows are packed into chunks of at most MAX_TOKENS; a section
//   too long for one chunk is split into balanced chunks, each starting with ≈15% of the previous
//   one (whole sentences or table rows where possible; never half a row or half a word).
// - A chunk under MIN_TOKENS (a tiny section) merges with the next one when both fit; the merged
//   chunk's path is what they have in common and the later heading stays in the text as a line.
// - A FAQ is one chunk "question + answer" unless the answer alone is longer than MAX_TOKENS.
// - Markdown noise goes (**, _, `, link URLs, images, HTML tags); the words stay. A table row is
//   written "Header: cell — Header: cell" so it still makes sense on its own.
// - HTML bodies (pasted from a help center) keep their structure: block elements (p, div, li,
//   h1–h6, br, tr) become Markdown blocks first, so "…your account.</p><p>You will need…" stays two
//   sentences instead of being glued into "account.You", and an HTML table becomes rows as above.
//
// Tokens are estimated, not counted: words × 1.3 (whitespace-separated words; English prose with a
// BPE/SentencePiece tokenizer averages 1.2–1.4 tokens a word). Cheap, and close enough for sizing.

export interface Chunk {
  ordinal: number;
  headingPath: string[];
  text: string;
  tokenCount: number;
  /**
   * A FAQ's question, on its first chunk only: embedded on its own as well (a second vector for
   * the chunk), so a customer's rewording of the question meets the question itself, not the
   * question diluted by its answer.
   */
  question?: string;
}

export interface ChunkOptions {
  /** Upper bound of a chunk (estimated tokens). Default 450. */
  maxTokens?: number;
  /** A chunk below this merges with its neighbour when possible. Default 200. */
  minTokens?: number;
  /** Share of a chunk repeated at the start of the next chunk of the same section. Default 0.15. */
  overlap?: number;
}

export const TOKENS_PER_WORD = 1.3;
const DEFAULTS = { maxTokens: 450, minTokens: 200, overlap: 0.15 };

export function estimateTokens(text: string): number {
  return Math.ceil(countWords(text) * TOKENS_PER_WORD);
}

const countWords = (text: string) => {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
};

/**
 * English function words (PostgreSQL's / Snowball's English stop list, less the negations). Left
 * out of the text we embed: the offline sentence encoder averages over every token, and in a long
 * chunk these dilute what it is about (measured on StackFAQ and the demo tenants' questions: dense
 * recall@1 up 4–20 points). The stored chunk text keeps them.
 */
const FUNCTION_WORDS = new Set(
  `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing a an the and but if or because as until while of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such only own same so than too very s t can will just don should now`.split(' '),
);

/** The text we embed for a chunk: its heading path (unless the text already opens with it), then the text, without function words. */
export function embeddingText(chunk: Pick<Chunk, 'headingPath' | 'text'>): string {
  const path = chunk.headingPath.filter(Boolean);
  const full = !path.length || chunk.text.startsWith(path[path.length - 1]) ? chunk.text : `${path.join(' > ')}\n${chunk.text}`;
  const content = full
    .replace(/[A-Za-z']+/g, (w) => (FUNCTION_WORDS.has(w.toLowerCase()) ? '' : w))
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
  return /[\p{L}\p{N}]/u.test(content) ? content : full;
}

export function chunkDocument(doc: { kind: 'ARTICLE' | 'FAQ'; title: string; body: string }, options: ChunkOptions = {}): Chunk[] {
  const o = { ...DEFAULTS, ...options };
  const title = cleanInline(doc.title);
  const sections = toSections(parseBlocks(htmlToMarkdown(doc.body)), title);

  let pieces: Piece[];
  const question = unit(title, 'heading');
  if (doc.kind === 'FAQ' && sections.reduce((n, s) => n + sum(s.units), 0) <= o.maxTokens) {
    // One chunk: the question, then the whole answer (sub-headings kept as lines).
    pieces = [{ path: [title], tokens: 0, segments: [{ path: [title], units: [question] }, ...sections] }];
  } else {
    // A long FAQ answer is chunked like an article under the question; the first chunk opens with it.
    if (doc.kind === 'FAQ') {
      if (sections[0]?.path.length === 1) sections[0].units.unshift(question);
      else sections.unshift({ path: [title], units: [question] });
    }
    pieces = packSections(sections, o);
  }
  const chunks: Chunk[] = pieces
    .map((p, ordinal) => {
      const text = renderPiece(p);
      return { ordinal, headingPath: p.path, text, tokenCount: estimateTokens(text) };
    })
    .filter((c) => c.text);
  if (doc.kind === 'FAQ' && chunks.length && title) chunks[0].question = title;
  return chunks;
}

// ---------------------------------------------------------------------------------------------
// HTML → Markdown blocks (only the structure; inline tags are dropped later by cleanInline)

const BLOCK_TAG = /<\/?(?:p|div|section|article|header|footer|main|aside|blockquote|ul|ol|dl|dt|dd|pre|figure|figcaption|hr|table|thead|tbody|tfoot)\b[^>]*>/gi;

const decodeEntities = (s: string) =>
  s
    .replace(/&nbsp;/gi, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&rarr;/g, '→')
    .replace(/&larr;/g, '←')
    .replace(/&euro;/g, '€')
    .replace(/&pound;/g, '£')
    .replace(/&copy;/g, '©')
    .replace(/&reg;/g, '®')
    .replace(/&trade;/g, '™')
    .replace(/&rsquo;/g, '’')
    .replace(/&lsquo;/g, '‘')
    .replace(/&ldquo;/g, '“')
    .replace(/&rdquo;/g, '”')
    .replace(/&mdash;/g, '—')
    .replace(/&ndash;/g, '–')
    .replace(/&hellip;/g, '…')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** An HTML table → a Markdown table (first row = header), each cell on one line. */
function htmlTable(table: string): string {
  const rows = [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((r) =>
    [...r[1].matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/gi)].map((c) => c[1].replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim()),
  );
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (!rows.length || !width) return '\n\n';
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  return `\n\n${[line(rows[0]), line(rows[0].map(() => '---')), ...rows.slice(1).map(line)].join('\n')}\n\n`;
}

/**
 * A body with HTML block elements is rewritten to the Markdown the block parser reads: headings,
 * paragraphs (blank lines), list items, line breaks and tables. Plain Markdown (with at most a few
 * inline tags) passes through unchanged.
 */
export function htmlToMarkdown(body: string): string {
  if (!/<\/?(?:p|div|br|li|h[1-6]|table|tr|ul|ol|section|article)\b[^>]*>/i.test(body)) return body;
  return decodeEntities(
    body
      .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<table\b[\s\S]*?<\/table>/gi, htmlTable)
      .replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi, (_, n: string, t: string) => `\n\n${'#'.repeat(Number(n))} ${t.replace(/\s+/g, ' ').trim()}\n\n`)
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/li>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(BLOCK_TAG, '\n\n'),
  )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Markdown → blocks

type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'item'; text: string }
  | { type: 'table'; rows: string[] }
  | { type: 'code'; lines: string[] };

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/;
const HR = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;

function parseBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let item: string[] | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    if (item) blocks.push({ type: 'item', text: item.join(' ') });
    paragraph = [];
    item = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^\s{0,3}>\s?/, ''); // block quotes: keep the words
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      while (++i < lines.length && !lines[i].trimStart().startsWith(fence[1])) code.push(lines[i]);
      blocks.push({ type: 'code', lines: code });
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      blocks.push({ type: 'heading', level: atx[1].length, text: atx[2] });
      continue;
    }
    // Setext heading: a paragraph line underlined with === or ---.
    if (paragraph.length === 1 && !item && /^\s{0,3}(=+|-+)\s*$/.test(line)) {
      blocks.push({ type: 'heading', level: line.trim()[0] === '=' ? 1 : 2, text: paragraph[0] });
      paragraph = [];
      continue;
    }
    if (HR.test(line) || REFERENCE_DEFINITION.test(line)) {
      flush();
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1]) && lines[i + 1].includes('-')) {
      flush();
      const rows = [line];
      i++; // the separator
      while (i + 1 < lines.length && lines[i + 1].includes('|') && lines[i + 1].trim()) rows.push(lines[++i]);
      blocks.push({ type: 'table', rows });
      continue;
    }
    const bullet = ITEM.exec(line);
    if (bullet) {
      flush();
      item = [bullet[1]];
      continue;
    }
    if (item) item.push(line.trim());
    else paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Inline Markdown → plain text

// Backslash-escaped characters are hidden from the rules below (private-use code points), then restored.
const hideEscapes = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
const showEscapes = (s: string) => s.replace(/[\ue000-\ue0ff]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));

export function cleanInline(s: string): string {
  return showEscapes(cleanMarkup(hideEscapes(s)));
}

function cleanMarkup(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images → alt text
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1') // [text](url "title") → text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // [text][ref] → text
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1') // <https://…> → the address
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '') // other HTML tags
    .replace(/`+([^`]+?)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

const splitCells = (row: string) =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => cleanInline(c));

function tableRows(rows: string[]): string[] {
  const header = splitCells(rows[0]);
  return rows.slice(1).map((r) =>
    splitCells(r)
      .map((cell, i) => (header[i] && cell ? `${header[i]}: ${cell}` : cell))
      .filter(Boolean)
      .join(' — '),
  );
}

// ---------------------------------------------------------------------------------------------
// Blocks → sections of units

interface Unit {
  text: string;
  tokens: number;
  /** prose (paragraph, sentence) and items can be cut between sentences/words; rows and headings never. */
  kind: 'prose' | 'item' | 'row' | 'code' | 'heading';
  /** Set on the pieces of one cut paragraph: they are written back together with a space. */
  continues?: boolean;
}

interface Section {
  path: string[];
  units: Unit[];
}

const unit = (text: string, kind: Unit['kind'], continues = false): Unit => ({ text, tokens: estimateTokens(text), kind, ...(continues && { continues }) });
const sum = (units: Unit[]) => units.reduce((n, u) => n + u.tokens, 0);

function toSections(blocks: Block[], title: string): Section[] {
  const stack: { level: number; text: string }[] = [];
  const sections: Section[] = [{ path: [title], units: [] }];
  const current = () => sections[sections.length - 1];
  for (const b of blocks) {
    if (b.type === 'heading') {
      const text = cleanInline(b.text);
      // A leading "# Title" that repeats the document title adds nothing.
      if (b.level === 1 && text.toLowerCase() === title.toLowerCase() && !stack.length) continue;
      while (stack.length && stack[stack.length - 1].level >= b.level) stack.pop();
      stack.push({ level: b.level, text });
      sections.push({ path: [title, ...stack.map((h) => h.text)], units: [] });
      continue;
    }
    const add = (text: string, kind: Unit['kind']) => {
      if (text.trim()) current().units.push(unit(text, kind));
    };
    if (b.type === 'paragraph') add(cleanInline(b.text), 'prose');
    else if (b.type === 'item') add(`- ${cleanInline(b.text)}`, 'item');
    else if (b.type === 'table') for (const r of tableRows(b.rows)) add(r, 'row');
    else if (b.type === 'code') add(b.lines.join('\n').trim(), 'code');
  }
  return sections.filter((s) => s.units.length);
}

// ---------------------------------------------------------------------------------------------
// Sections → pieces (a piece is one future chunk: one or more segments, each under its own path)

interface Segment {
  path: string[];
  units: Unit[];
}

interface Piece {
  path: string[];
  segments: Segment[];
  tokens: number;
}

/** Room for a merged-in heading line. */
const HEADING_SLACK = 8;
const SENTENCE_END = /(?<=[.!?…])["')\]]*\s+(?=["'(\[]?[A-Z0-9])/;

/**
 * A unit too long for one chunk becomes sentences (lines of code), and a sentence that is still
 * too long becomes runs of words a quarter of a chunk long, so packing can balance and overlap
 * them. Rows and headings stay whole.
 */
function splitUnit(u: Unit, maxTokens: number): Unit[] {
  if (u.tokens <= maxTokens || u.kind === 'row' || u.kind === 'heading') return [u];
  const parts = (u.kind === 'code' ? u.text.split('\n') : u.text.split(SENTENCE_END)).filter((p) => p.trim());
  const kind = u.kind === 'code' ? 'code' : 'prose';
  const perRun = Math.max(1, Math.floor(maxTokens / 4 / TOKENS_PER_WORD));
  return parts.flatMap((part, i) => {
    if (estimateTokens(part) <= maxTokens / 2) return [unit(part.trim(), kind, i > 0)];
    const w = part.split(/\s+/).filter(Boolean);
    const runs: Unit[] = [];
    for (let j = 0; j < w.length; j += perRun) runs.push(unit(w.slice(j, j + perRun).join(' '), kind, i > 0 || j > 0));
    return runs;
  });
}

/** The tail of a chunk repeated at the start of the next: whole sentences or rows, else the last words of prose. */
function overlapUnits(units: Unit[], budget: number): Unit[] {
  if (budget < 1) return [];
  const out: Unit[] = [];
  let used = 0;
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    if (u.kind === 'heading') break;
    const sentences = u.kind === 'prose' ? u.text.split(SENTENCE_END) : [u.text];
    for (let j = sentences.length - 1; j >= 0; j--) {
      const t = estimateTokens(sentences[j]);
      if (used + t > budget) {
        // Nothing whole fits: the last words of prose (never part of a row, an item or code).
        if (!out.length && u.kind === 'prose') {
          const words = sentences[j].split(/\s+/).filter(Boolean);
          const n = Math.floor(budget / TOKENS_PER_WORD);
          if (n > 0) out.unshift(unit(words.slice(-n).join(' '), 'prose'));
        }
        return out;
      }
      out.unshift(unit(sentences[j], u.kind === 'prose' ? 'prose' : u.kind, j > 0 || u.continues));
      used += t;
    }
  }
  return out;
}

/**
 * Split one section into chunks of at most maxTokens, balanced in size, each after the first
 * starting with ≈ overlap of the previous one. `reserve` tokens of the first chunk are taken by
 * small sections merged in front of it.
 */
function splitSection(s: Section, o: Required<ChunkOptions>, reserve: number): Piece[] {
  const units = s.units.flatMap((u) => splitUnit(u, o.maxTokens));
  const total = sum(units) + reserve;
  const make = (us: Unit[]): Piece => ({ path: s.path, segments: [{ path: s.path, units: us }], tokens: sum(us) });
  if (total <= o.maxTokens) return [make(units)];

  const count = Math.ceil(total / (o.maxTokens * (1 - o.overlap)));
  const target = total / count;
  const pieces: Piece[] = [];
  let current: Unit[] = [];
  let size = reserve; // tokens in the chunk being filled, overlap and reserve included
  let fresh = reserve; // … without the overlap
  for (const u of units) {
    if (fresh > 0 && current.length && (size + u.tokens > o.maxTokens || fresh >= target)) {
      pieces.push(make(current));
      current = overlapUnits(current, Math.round(sum(current) * o.overlap));
      if (sum(current) + u.tokens > o.maxTokens) current = [];
      size = sum(current);
      fresh = 0;
    }
    current.push(u);
    size += u.tokens;
    fresh += u.tokens;
  }
  if (current.length) pieces.push(make(current));
  return pieces;
}

const commonPrefix = (a: string[], b: string[]) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
};

const join = (a: Piece, b: Piece): Piece => ({ path: commonPrefix(a.path, b.path), segments: [...a.segments, ...b.segments], tokens: a.tokens + b.tokens + HEADING_SLACK });

/**
 * Pack the sections in order. A piece under minTokens (a tiny section, or the short tail of a long
 * one) is carried into the first chunk of what follows, which makes room for it; the last one left
 * over joins the chunk before it when that fits.
 */
function packSections(sections: Section[], o: Required<ChunkOptions>): Piece[] {
  const out: Piece[] = [];
  let carry: Piece | null = null;
  for (const s of sections) {
    const reserve = carry ? Math.min(carry.tokens + HEADING_SLACK, o.maxTokens / 2) : 0;
    const pieces = splitSection(s, o, reserve);
    if (carry) {
      if (carry.tokens + HEADING_SLACK <= o.maxTokens / 2) pieces[0] = join(carry, pieces[0]);
      else out.push(carry); // too big to share a chunk: it stands alone
      carry = null;
    }
    if (pieces[pieces.length - 1].tokens < o.minTokens) carry = pieces.pop()!;
    out.push(...pieces);
  }
  if (carry) {
    const last = out[out.length - 1];
    if (last && last.tokens + carry.tokens + HEADING_SLACK <= o.maxTokens) out[out.length - 1] = join(last, carry);
    else out.push(carry);
  }
  return out;
}

function renderPiece(p: Piece): string {
  const parts: Unit[] = [];
  for (const s of p.segments) {
    // A merged-in section keeps its heading as a line of text (the chunk path is only the shared prefix).
    const extra = s.path.slice(p.path.length);
    if (extra.length && s.units.length && s.units[0].kind !== 'heading') parts.push(unit(extra.join(' > '), 'heading'));
    parts.push(...s.units);
  }
  // Pieces of one paragraph join with a space; list items and table rows one per line; else a blank line.
  let text = '';
  parts.forEach((part, i) => {
    const prev = parts[i - 1];
    const glue = i === 0 ? '' : part.continues ? (part.kind === 'code' ? '\n' : ' ') : (part.kind === 'item' || part.kind === 'row') && prev.kind === part.kind ? '\n' : '\n\n';
    text += glue + part.text;
  });
  return text;
}
