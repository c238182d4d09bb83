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

function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/u))
    .map((s) => s.replace(/^[-*•]\s+/, '').trim())
    .filter((s) => s.length > 2);
}

export interface Extract {
  text: string;
  cited: number[];
}

/** Up to `max` sentences of the best source, best-matching first chosen, shown in source order. */
export function extractAnswer(query: string, sources: SourceForModel[], max = 3): Extract | null {
  const best = sources[0];
  if (!best) return null;
  const q = new Set(contentWords(query));
  const title = best.title.trim().toLowerCase();
  const sentences = sentencesOf(best.text).filter((s) => s.toLowerCase() !== title && !/^(q|question)\s*[:.]/i.test(s));
  if (!sentences.length) return null;
  const scored = sentences.map((s, i) => {
    const words = contentWords(s);
    const overlap = words.filter((w) => q.has(w)).length;
    // Overlap dominates; earlier sentences win ties (they usually state the rule).
    return { i, s: s.replace(/^(a|answer)\s*[:.]\s*/i, ''), score: overlap + 1 / (i + 2) };
  });
  const chosen = [...scored].sort((a, b) => b.score - a.score).slice(0, max).sort((a, b) => a.i - b.i);
  return { text: chosen.map((c) => c.s).join(' '), cited: [best.n] };
}

export const OFFLINE_MODEL = 'offline-extractive-v1';

export function offlineAnswer(query: string, sources: SourceForModel[], onDelta: (t: string) => void): { text: string; cited: number[]; call: CallRecord } | null {
  const started = performance.now();
  const extract = extractAnswer(query, sources);
  if (!extract) return null;
  const titles = extract.cited.map((n) => `"${sources.find((s) => s.n === n)?.title ?? ''}" [${n}]`).join(', ');
  const text = render('offlineAnswer', { extract: extract.text, citedTitles: titles });
  // Stream it like a model would, a few words at a time, so every client path is the same.
  for (const piece of text.match(/\S+\s*/g) ?? [text]) onDelta(piece);
  const ms = Math.round(performance.now() - started);
  return {
    text,
    cited: extract.cited,
    call: { provider: 'OFFLINE', model: OFFLINE_MODEL, latencyMs: ms, firstTokenMs: ms, inputTokens: 0, outputTokens: 0, retries: 0, outcome: 'OK', error: null },
  };
}
