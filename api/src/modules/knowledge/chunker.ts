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
//   written "Header: cell; Header: cell" so it still makes sense on its own.
//
// Tokens are estimated, not counted: words × 1.3 (whitespace-separated words; English prose with a
// BPE/SentencePiece tokenizer averages 1.2–1.4 tokens a word). Cheap, and close enough for sizing.

export interface Chunk {
  ordinal: number;
  headingPath: string[];
  text: string;
  tokenCount: number;
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

/** The text we embed for a chunk: its heading path (unless the text already opens with it), then the text. */
export function embeddingText(chunk: Pick<Chunk, 'headingPath' | 'text'>): string {
  const path = chunk.headingPath.filter(Boolean);
  if (!path.length || chunk.text.startsWith(path[path.length - 1])) return chunk.text;
  return `${path.join(' > ')}\n${chunk.text}`;
}

export function chunkDocument(doc: { kind: 'ARTICLE' | 'FAQ'; title: string; body: string }, options: ChunkOptions = {}): Chunk[] {
  const o = { ...DEFAULTS, ...options };
  const title = cleanInline(doc.title);
  const sections = toSections(parseBlocks(doc.body), title);

  if (doc.kind === 'FAQ') {
    const answer = sections.flatMap((s) => (s.path.length > 1 ? [headingUnit(s.path.slice(1)), ...s.units] : s.units));
    const answerTokens = sum(answer);
    if (answerTokens <= o.maxTokens) {
      const text = [title, ...answer.map((u) => u.text)].filter(Boolean).join('\n\n');
      return text ? [{ ordinal: 0, headingPath: [title], text, tokenCount: estimateTokens(text) }] : [];
    }
    // A long answer: chunk it like an article under the question; the first chunk opens with the question.
    const question = unit(title, 'heading');
    if (sections[0]?.path.length === 1) sections[0].units.unshift(question);
    else sections.unshift({ path: [title], units: [question] });
  }

  const pieces = sections.flatMap((s) => splitSection(s, o));
  return mergeSmall(pieces, o).map((p, ordinal) => {
    const text = renderPiece(p);
    return { ordinal, headingPath: p.path, text, tokenCount: estimateTokens(text) };
  });
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

export function cleanInline(s: string): string {
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
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
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
      .join('; '),
  );
}

// ---------------------------------------------------------------------------------------------
// Blocks → sections of units

interface Unit {
  text: string;
  tokens: number;
  /** prose (paragraph, sentence) and items can be cut between sentences/words; rows and headings never. */
  kind: 'prose' | 'item' | 'row' | 'code' | 'heading';
}

interface Section {
  path: string[];
  units: Unit[];
}

const unit = (text: string, kind: Unit['kind']): Unit => ({ text, tokens: estimateTokens(text), kind });
const headingUnit = (path: string[]) => unit(path.join(' > '), 'heading');
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
  /** First piece of its section: the heading may need to be written into the text when merged. */
  opensSection: boolean;
  units: Unit[];
}

interface Piece {
  path: string[];
  segments: Segment[];
  tokens: number;
}

const SENTENCE_END = /(?<=[.!?…])["')\]]*\s+(?=["'(\[]?[A-Z0-9])/;

/** Sentences of a unit, then words when a sentence alone is too long. Rows and headings stay whole. */
function splitUnit(u: Unit, maxTokens: number): Unit[] {
  if (u.tokens <= maxTokens || u.kind === 'row' || u.kind === 'heading') return [u];
  const parts = u.kind === 'code' ? u.text.split('\n') : u.text.split(SENTENCE_END);
  const out: Unit[] = [];
  let buffer = '';
  const push = (text: string) => {
    if (text.trim()) out.push(unit(text.trim(), u.kind === 'code' ? 'code' : 'prose'));
  };
  const glue = u.kind === 'code' ? '\n' : ' ';
  for (const part of parts) {
    if (estimateTokens(part) > maxTokens) {
      push(buffer);
      buffer = '';
      const words = part.split(/\s+/).filter(Boolean);
      const perPiece = Math.max(1, Math.floor(maxTokens / TOKENS_PER_WORD));
      for (let i = 0; i < words.length; i += perPiece) push(words.slice(i, i + perPiece).join(' '));
      continue;
    }
    const joined = buffer ? buffer + glue + part : part;
    if (estimateTokens(joined) > maxTokens) {
      push(buffer);
      buffer = part;
    } else buffer = joined;
  }
  push(buffer);
  return out;
}

/** The tail of a chunk repeated at the start of the next: whole sentences/rows, else trailing words. */
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
        // Nothing whole fits: take the last words of prose (never part of a row, item or code).
        if (!out.length && u.kind === 'prose') {
          const words = sentences[j].split(/\s+/).filter(Boolean);
          const n = Math.floor(budget / TOKENS_PER_WORD);
          if (n > 0) out.unshift(unit(words.slice(-n).join(' '), 'prose'));
        }
        return out;
      }
      out.unshift(unit(sentences[j], u.kind === 'prose' ? 'prose' : u.kind));
      used += t;
    }
  }
  return out;
}

function splitSection(s: Section, o: Required<ChunkOptions>): Piece[] {
  const units = s.units.flatMap((u) => splitUnit(u, o.maxTokens));
  const total = sum(units);
  const make = (us: Unit[], opensSection: boolean): Piece => ({ path: s.path, segments: [{ path: s.path, opensSection, units: us }], tokens: sum(us) });
  if (total <= o.maxTokens) return [make(units, true)];

  // Balanced: aim for equal chunks (each also carries ≈ overlap of the previous one).
  const count = Math.ceil(total / (o.maxTokens * (1 - o.overlap)));
  const target = total / count;
  const pieces: Piece[] = [];
  let current: Unit[] = [];
  let fresh = 0; // tokens in `current` that are not overlap
  for (const u of units) {
    const size = sum(current);
    if (fresh > 0 && (size + u.tokens > o.maxTokens || fresh >= target)) {
      pieces.push(make(current, pieces.length === 0));
      current = overlapUnits(current, Math.round(size * o.overlap));
      if (sum(current) + u.tokens > o.maxTokens) current = [];
      fresh = 0;
    }
    current.push(u);
    fresh += u.tokens;
  }
  if (fresh > 0) pieces.push(make(current, pieces.length === 0));
  return pieces;
}

const commonPrefix = (a: string[], b: string[]) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
};

function join(a: Piece, b: Piece): Piece {
  return { path: commonPrefix(a.path, b.path), segments: [...a.segments, ...b.segments], tokens: a.tokens + b.tokens };
}

/** Tiny pieces merge forward (or, the last one, backward) while the result stays within maxTokens. */
function mergeSmall(pieces: Piece[], o: Required<ChunkOptions>): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && last.tokens < o.minTokens && last.tokens + p.tokens + 8 <= o.maxTokens) out[out.length - 1] = join(last, p);
    else out.push(p);
  }
  if (out.length > 1) {
    const [prev, tail] = out.slice(-2);
    if (tail.tokens < o.minTokens && prev.tokens + tail.tokens + 8 <= o.maxTokens) out.splice(-2, 2, join(prev, tail));
  }
  return out;
}

function renderPiece(p: Piece): string {
  const parts: { text: string; kind: Unit['kind'] }[] = [];
  for (const s of p.segments) {
    // A merged-in section keeps its heading as a line of text (the chunk path is only the shared prefix).
    const extra = s.path.slice(p.path.length);
    if (extra.length && s.opensSection && s.units[0]?.kind !== 'heading') parts.push({ text: extra.join(' > '), kind: 'heading' });
    parts.push(...s.units);
  }
  // List items and table rows read best one per line; everything else gets a blank line between.
  let text = '';
  parts.forEach((part, i) => {
    const tight = i > 0 && (part.kind === 'item' || part.kind === 'row') && parts[i - 1].kind === part.kind;
    text += (i === 0 ? '' : tight ? '\n' : '\n\n') + part.text;
  });
  return text;
}
