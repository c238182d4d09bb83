// The offline provider (no ANTHROPIC_API_KEY): no generation at all. It answers with the
// sentences of the best retrieved source that share the most words with the question, quoted
// as they are, cited, and marked offline — it cannot invent anything, only pick badly, which
// the retrieval confidence and the hand-off rules guard against.
import { render } from '../prompts.js';
import type { CallRecord } from '../../ai-calls/call-record.js';
import type { SourceForModel } from './provider.js';

const STOP = new Set(
  'a an the and or but if then of to in on at by for with from is are was were be been am do does did have has had i you we they he she it my your our their me us this that these those what which who whom how when where why can could would should will shall may might must not no yes please thanks thank hi hello there any some about into out up down so as than too very just also get got'.split(' '),
);

/** Lower-case content words, with a crude plural/verb-ending strip so "returns" meets "return". */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => w.replace(/(ing|ed|es|s)$/u, '') || w);
}

/** One quotable piece of a source: a sentence of prose, a list item or a table row. */
interface Unit {
  /** The line (block) of the source it comes from: sentences of one paragraph share it. */
  block: number;
  kind: 'prose' | 'item' | 'row';
  text: string;
}

/**
 * A table row as the chunker writes it ("Plan: Pro — Price: $20"), or the older "Plan: Pro; Price: $20".
 * Cells are "Header: value"; at least two of them.
 */
const ROW = /^[^:\n]{1,60}: [^\n]*?(?: — |; )[^:\n]{1,60}: /;

/**
 * Sentence ends: after . ! ? (and closing quotes/brackets), before a capital, digit or opening
 * quote — with or without the space a careless source left out ("…your account.You will need…"),
 * but not inside "e.g.", "U.S." or "Node.js" (a lower-case letter or digit must precede the stop).
 */
const SENTENCE_END = /(?<=[\p{Ll}\p{N})"”'’][.!?]["”'’)\]]*)\s*(?=["“(]?[\p{Lu}\p{N}])|(?<=[.!?]["”'’)\]]*)\s+(?=["“(]?[\p{Lu}\p{N}])/u;

/** The source as units, in order: lines are blocks; prose lines are cut into sentences. */
export function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  text.split(/\n+/).forEach((raw, block) => {
    const line = raw.trim();
    if (!line) return;
    const item = /^(?:[-*•]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (item) return void units.push({ block, kind: ROW.test(item[1]) ? 'row' : 'item', text: item[1].trim() });
    if (ROW.test(line)) return void units.push({ block, kind: 'row', text: line.replace(/; (?=[^:;]{1,60}: )/g, ' — ') });
    for (const s of line.split(SENTENCE_END)) if (s.trim().length > 2) units.push({ block, kind: 'prose', text: s.trim() });
  });
  return units;
}

export interface Extract {
  text: string;
  cited: number[];
  /** The units quoted, as they stand in the cited source (for tests and tracing). */
  quoted: string[];
}

/** A prose sentence ends with its stop; a heading-like fragment gets one so the next sentence is not glued to it. */
const closed = (s: string) => (/[.!?:…"”')\]]$/.test(s) ? s : `${s}.`);

/**
 * Write the chosen units back as text: sentences of one paragraph joined by a space, paragraphs
 * by a blank line, list items and table rows one per line as a list ("- Plan: Pro — Price: $20").
 */
export function assemble(units: Unit[]): string {
  let out = '';
  units.forEach((u, i) => {
    const prev = units[i - 1];
    const text = u.kind === 'prose' ? closed(u.text) : `- ${u.text}`;
    if (!prev) out = text;
    else if (u.kind === 'prose' && prev.kind === 'prose' && prev.block === u.block) out += ` ${text}`;
    else if (u.kind !== 'prose' && prev.kind !== 'prose') out += `\n${text}`;
    else out += `\n\n${text}`;
  });
  return out;
}

/** Table rows or list items quoted at most, when the best match is one of them (the rest of its table or list comes along). */
const MAX_LIST = 8;

/**
 * Up to `max` sentences of the best source, best-matching first chosen, shown in source order.
 * When the best match is a table row or a list item, its whole table or list comes (up to
 * MAX_LIST lines): one row alone rarely answers. Only the cited source is quoted.
 */
export function extractAnswer(query: string, sources: SourceForModel[], max = 3): Extract | null {
  const best = sources[0];
  if (!best) return null;
  const q = new Set(contentWords(query));
  const title = best.title.trim().toLowerCase().replace(/[?.!]+$/, '');
  const path = new Set(best.headingPath.map((h) => h.trim().toLowerCase()));
  const units = unitsOf(best.text)
    .map((u) => ({ ...u, text: u.text.replace(/^(a|answer)\s*[:.]\s*/i, '') }))
    .filter((u) => {
      const t = u.text.toLowerCase().replace(/[?.!]+$/, '');
      return t !== title && !path.has(u.text.toLowerCase()) && !/^(q|question)\s*[:.]/i.test(u.text) && u.text.length > 2;
    });
  if (!units.length) return null;
  const scored = units.map((u, i) => {
    const overlap = contentWords(u.text).filter((w) => q.has(w)).length;
    // Overlap dominates; earlier units win ties (they usually state the rule).
    return { i, u, score: overlap + 1 / (i + 2) };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const top = ranked[0];
  let chosen: typeof scored;
  if (top.u.kind !== 'prose') {
    // The contiguous run of rows/items around the best one, and the sentence that introduces it.
    const run = [top];
    for (let i = top.i - 1; i >= 0 && scored[i].u.kind === top.u.kind && scored[i].u.block === scored[i + 1].u.block - 1; i--) run.unshift(scored[i]);
    for (let i = top.i + 1; i < scored.length && scored[i].u.kind === top.u.kind && scored[i].u.block === scored[i - 1].u.block + 1; i++) run.push(scored[i]);
    const before = scored[run[0].i - 1];
    chosen = [...(before?.u.kind === 'prose' ? [before] : []), ...run.slice(0, MAX_LIST)];
  } else {
    chosen = ranked.slice(0, max).sort((a, b) => a.i - b.i);
  }
  chosen.sort((a, b) => a.i - b.i);
  return { text: assemble(chosen.map((c) => c.u)), cited: [best.n], quoted: chosen.map((c) => c.u.text) };
}

export const OFFLINE_MODEL = 'offline-extractive-v1';

export function offlineAnswer(query: string, sources: SourceForModel[], onDelta: (t: string) => void): { text: string; cited: number[]; quotes: Record<number, string>; call: CallRecord } | null {
  const started = performance.now();
  const extract = extractAnswer(query, sources);
  if (!extract) return null;
  const titles = extract.cited.map((n) => `"${sources.find((s) => s.n === n)?.title ?? ''}" [${n}]`).join(', ');
  // No disclaimer in the text: every client shows the message's `offline` flag once, as its own label.
  const text = render('offlineAnswer', { extract: extract.text, citedTitles: titles });
  // Stream it like a model would, a few words at a time, so every client path is the same.
  for (const piece of text.match(/\S+\s*/g) ?? [text]) onDelta(piece);
  const ms = Math.round(performance.now() - started);
  return {
    text,
    cited: extract.cited,
    // The one source quoted: its citation's excerpt is the quote itself.
    quotes: { [extract.cited[0]]: extract.text },
    call: { provider: 'OFFLINE', model: OFFLINE_MODEL, latencyMs: ms, firstTokenMs: ms, inputTokens: 0, outputTokens: 0, retries: 0, outcome: 'OK', error: null },
  };
}
