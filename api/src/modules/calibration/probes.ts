// The calibration set of a tenant: answerable probes made from its own published knowledge and
// unanswerable probes from shipped banks and its team's labels. Pure and deterministic: the same
// knowledge and labels give the same probes in the same order (no randomness, no clock).
import { createHash } from 'node:crypto';

export type ProbeKind = 'ANSWERABLE' | 'UNANSWERABLE';
export type ProbeSource = 'FAQ_QUESTION' | 'FAQ_REWORDING' | 'TITLE' | 'HEADING' | 'SENTENCE' | 'EVERYDAY_REQUEST' | 'OTHER_DOMAIN' | 'LABELLED_EXAMPLE';

export interface Probe {
  question: string;
  kind: ProbeKind;
  source: ProbeSource;
  documentId: string | null;
  documentTitle: string | null;
}

export interface ProbeDocument {
  id: string;
  kind: 'ARTICLE' | 'FAQ';
  /** An FAQ's question, an article's title. */
  title: string;
  /** An FAQ's answer, an article's Markdown body. */
  body: string;
}

export interface LabelledExample {
  question: string;
  kind: ProbeKind;
  documentId: string | null;
}

export interface ProbeBanks {
  everyday: string[];
  otherDomain: string[];
  /** More everyday requests: neighbours of the hand-off model only, never scored as probes. */
  everydayNeighbours?: string[];
}

export interface ProbeLimits {
  /** Headings turned into questions per article. */
  headingsPerArticle: number;
  /** Key sentences turned into questions per article. */
  sentencesPerArticle: number;
  /** Everyday requests taken from the bank. */
  everyday: number;
  /** Other businesses' questions taken (after dropping those naming one of the tenant's topics). */
  otherDomain: number;
}

export const DEFAULT_LIMITS: ProbeLimits = { headingsPerArticle: 6, sentencesPerArticle: 4, everyday: 320, otherDomain: 120 };

const STOP = new Set(
  'a an the and or but if of to in on at for from by with about as into over after before is are was were be been being do does did done have has had i me my we our you your it its this that these those there here what which who whom whose when where why how can could would should will shall may might must not no yes so than then too very just also any all some each every more most other such only own same up out off again once please thanks thank hi hello get got'.split(' '),
);

const hash = (s: string) => createHash('sha1').update(s).digest('hex');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const noEndPunct = (s: string) => s.replace(/[\s.?!:;,]+$/, '');

/** Lower-case word stems: enough to tell whether a question names one of the tenant's topics. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? [])
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map((w) => w.replace(/(ies)$/, 'y').replace(/(sses)$/, 'ss').replace(/([^s])s$/, '$1'));
}

/** Plain text of Markdown: no emphasis, links, code marks, table pipes. */
function plain(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]/g, '')
    .replace(/\|/g, ' ');
}

interface Section {
  heading: string | null;
  text: string;
}

function sections(body: string): Section[] {
  const out: Section[] = [{ heading: null, text: '' }];
  for (const line of body.split('\n')) {
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    if (h) out.push({ heading: squash(plain(h[1])), text: '' });
    else if (!/^\s*\|?\s*-{3,}/.test(line)) out[out.length - 1].text += `${line}\n`;
  }
  return out;
}

function sentencesOf(text: string): string[] {
  return plain(text)
    .split(/\n+/)
    .flatMap((p) => p.split(/(?<=[.!?])\s+(?=[A-Z0-9])/))
    .map((s) => squash(s.replace(/^[-+*\d.)\s]+/, '')))
    .filter((s) => s.split(' ').length >= 6 && s.split(' ').length <= 40);
}

// ---------------------------------------------------------------------------------------------
// Answerable probes

/** Word swaps customers make; applied to whole words, first match per pair. */
const SWAPS: [RegExp, string][] = [
  [/\bhow long does it take\b/i, 'how many days until'],
  [/\bhow long\b/i, 'how many days'],
  [/\bhow many days\b/i, 'how long'],
  [/\bpurchase\b/i, 'buy'],
  [/\bbuy\b/i, 'purchase'],
  [/\breturn\b/i, 'send back'],
  [/\brefund\b/i, 'money back'],
  [/\bcost\b/i, 'price'],
  [/\bprice\b/i, 'cost'],
  [/\bfree\b/i, 'at no cost'],
  [/\bcancel\b/i, 'call off'],
  [/\breceive\b/i, 'get'],
  [/\bchange\b/i, 'modify'],
  [/\bdeliver(y)?\b/i, 'shipping'],
  [/\bshipping\b/i, 'delivery'],
  [/\baccount\b/i, 'profile'],
  [/\border\b/i, 'purchase'],
  [/\bpayment\b/i, 'paying'],
  [/\bcan i\b/i, 'is it possible to'],
  [/\bdo you\b/i, 'does your company'],
];

/** Two deterministic rewordings of an FAQ question: words swapped, and the terse keyword form. */
export function rewordings(question: string): string[] {
  const q = noEndPunct(squash(question));
  const out: string[] = [];
  let swapped = q;
  let n = 0;
  for (const [re, to] of SWAPS) {
    if (n >= 2) break;
    // Only words of the original question (a swap never undoes an earlier one).
    if (re.test(q) && re.test(swapped)) {
      swapped = swapped.replace(re, to);
      n++;
    }
  }
  out.push(n ? `${swapped}?` : `Could you tell me ${lowerFirst(q)}?`);
  const keywords = [...new Set(contentWords(q))].slice(0, 6).join(' ');
  if (keywords && keywords.split(' ').length >= 2) out.push(`${keywords}?`);
  return out.filter((r) => r.toLowerCase() !== question.toLowerCase());
}

const WH = /^(how|what|when|where|why|who|which|can|do|does|is|are|will)\b/i;

export function titleQuestion(title: string): string {
  const t = noEndPunct(squash(plain(title)));
  return WH.test(t) ? `${t}?` : `Can you tell me about ${lowerFirst(t)}?`;
}

export function headingQuestion(heading: string): string {
  const h = noEndPunct(heading);
  return WH.test(h) ? `${h}?` : `What about ${lowerFirst(h)}?`;
}

/**
 * A key sentence as a customer might ask about it: its rarest few content words (rarest across
 * the tenant's knowledge, so the question is about what the sentence says, not the company) in a
 * question template chosen by what the sentence holds (a number or price, a duration, a rule).
 */
export function sentenceQuestion(sentence: string, rarity: (w: string) => number): string {
  const words = [...new Set(contentWords(sentence))];
  const key = [...words].sort((a, b) => rarity(a) - rarity(b) || (a < b ? -1 : 1)).slice(0, 4);
  const phrase = words.filter((w) => key.includes(w)).join(' ');
  if (/\b(day|week|month|year|hour|minute)s?\b/i.test(sentence)) return `How long for ${phrase}?`;
  if (/(\$|€|£|EUR|USD|\bfee\b|\bcost|\bprice|\bfree\b)/i.test(sentence)) return `How much is ${phrase}?`;
  if (/\d/.test(sentence)) return `How many ${phrase}?`;
  return `What is the rule for ${phrase}?`;
}

/** Key sentences: the ones with facts (numbers, money, time, conditions), the most informative first. */
function keySentences(text: string, n: number): string[] {
  const score = (s: string) => (/\d/.test(s) ? 2 : 0) + (/(\$|€|£|EUR|free|fee|within|days|must|only|cannot|can't|not)/i.test(s) ? 1 : 0);
  return sentencesOf(text)
    .map((s, i) => ({ s, i, v: score(s) }))
    .filter((x) => x.v > 0)
    .sort((a, b) => b.v - a.v || a.i - b.i)
    .slice(0, n)
    .map((x) => x.s);
}

export function answerableProbes(docs: ProbeDocument[], limits: ProbeLimits = DEFAULT_LIMITS): Probe[] {
  const ordered = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Document frequency of each word over the knowledge base: rare words carry the question.
  const df = new Map<string, number>();
  for (const d of ordered) for (const w of new Set(contentWords(`${d.title} ${d.body}`))) df.set(w, (df.get(w) ?? 0) + 1);
  const rarity = (w: string) => df.get(w) ?? 0;
  const out: Probe[] = [];
  const seen = new Set<string>();
  const add = (question: string, source: ProbeSource, d: ProbeDocument) => {
    const key = question.toLowerCase();
    if (seen.has(key) || question.length < 4) return;
    seen.add(key);
    out.push({ question, kind: 'ANSWERABLE', source, documentId: d.id, documentTitle: d.title });
  };
  for (const d of ordered) {
    if (d.kind === 'FAQ') {
      add(squash(d.title), 'FAQ_QUESTION', d);
      for (const r of rewordings(d.title)) add(r, 'FAQ_REWORDING', d);
      continue;
    }
    add(titleQuestion(d.title), 'TITLE', d);
    const secs = sections(d.body);
    for (const s of secs.filter((x) => x.heading).slice(0, limits.headingsPerArticle)) add(headingQuestion(s.heading!), 'HEADING', d);
    for (const s of keySentences(d.body, limits.sentencesPerArticle)) add(sentenceQuestion(s, rarity), 'SENTENCE', d);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Unanswerable probes

/** The words that name the tenant's topics: its titles, headings and FAQ questions. */
export function topicWords(docs: ProbeDocument[]): Set<string> {
  const words = new Set<string>();
  for (const d of docs) {
    for (const w of contentWords(d.title)) words.add(w);
    if (d.kind === 'ARTICLE') for (const s of sections(d.body)) if (s.heading) for (const w of contentWords(s.heading)) words.add(w);
  }
  return words;
}

/** A deterministic sample: the `n` items whose SHA-1 (with a salt) sorts first, in that order. */
export function sample<T>(items: T[], n: number, key: (t: T) => string, salt: string): T[] {
  return items
    .map((t) => ({ t, h: hash(`${salt}:${key(t)}`) }))
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0))
    .slice(0, n)
    .map((x) => x.t);
}

export function unanswerableProbes(docs: ProbeDocument[], banks: ProbeBanks, limits: ProbeLimits = DEFAULT_LIMITS): Probe[] {
  const topics = topicWords(docs);
  const everyday = sample(banks.everyday, limits.everyday, (s) => s, 'everyday');
  // Another business's question is unanswerable here only if it names none of our topics
  // ("how do I get a refund" is answerable by a shop with a returns policy).
  const foreign = banks.otherDomain.filter((q) => !contentWords(q).some((w) => topics.has(w)));
  const other = sample(foreign, limits.otherDomain, (s) => s, 'other');
  return [
    ...everyday.map((question): Probe => ({ question, kind: 'UNANSWERABLE', source: 'EVERYDAY_REQUEST', documentId: null, documentTitle: null })),
    ...other.map((question): Probe => ({ question, kind: 'UNANSWERABLE', source: 'OTHER_DOMAIN', documentId: null, documentTitle: null })),
  ];
}

export function labelledProbes(examples: LabelledExample[], docs: ProbeDocument[]): Probe[] {
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  return [...examples]
    .sort((a, b) => (a.question < b.question ? -1 : a.question > b.question ? 1 : 0))
    .map((e) => ({ question: squash(e.question), kind: e.kind, source: 'LABELLED_EXAMPLE' as const, documentId: e.documentId, documentTitle: e.documentId ? (titles.get(e.documentId) ?? null) : null }));
}

/** The whole calibration set: answerable, then unanswerable, then labelled (a label wins over a generated probe of the same text). */
export function buildProbes(docs: ProbeDocument[], banks: ProbeBanks, examples: LabelledExample[], limits: ProbeLimits = DEFAULT_LIMITS): Probe[] {
  const labelled = labelledProbes(examples, docs);
  const labelledText = new Set(labelled.map((p) => p.question.toLowerCase()));
  const generated = [...answerableProbes(docs, limits), ...unanswerableProbes(docs, banks, limits)].filter((p) => !labelledText.has(p.question.toLowerCase()));
  const seen = new Set<string>();
  return [...generated, ...labelled].filter((p) => {
    const k = `${p.kind}:${p.question.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The unanswerable neighbours that are not probes: the rest of the everyday bank. Only embedded
 * (cheap), not retrieved: more everyday wordings for a question to be near, without more probes
 * to score. A text already among the probes is left out (it is a neighbour as a probe).
 */
export function neighbourOnlyTexts(banks: ProbeBanks, probes: Probe[]): string[] {
  const seen = new Set(probes.map((p) => p.question.toLowerCase()));
  return (banks.everydayNeighbours ?? []).filter((q) => {
    const k = q.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Fingerprint of the published knowledge a calibration is for: ids and content versions. */
export function knowledgeVersion(docs: { id: string; version: number }[]): string {
  return hash(docs.map((d) => `${d.id}:${d.version}`).sort().join(','));
}
