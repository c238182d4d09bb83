// Query normalisation: misspelt words corrected against the tenant's own vocabulary, timidly (an
// off-topic word must not be turned into a knowledge-base word), and the text embedded without
// function words, as the chunks are.
import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctWord, editDistance, normalizeQuery } from '../../../api/src/modules/knowledge/query-normalization.js';

const vocab = buildVocabulary([
  'Strikethrough with GitHub Markdown: use ~~tildes~~ around the words.',
  'How do I forward multiple emails in Gmail? Select the messages, then forward them as attachments.',
  'Returns: you have 30 days to return shoes. Refunds reach your card within 5 days.',
  'Renting a property: the deposit is two months of rent.',
]);

describe('edit distance', () => {
  it('counts substitutions, insertions, deletions and adjacent transpositions', () => {
    expect(editDistance('forward', 'forward', 2)).toBe(0);
    expect(editDistance('foward', 'forward', 2)).toBe(1);
    expect(editDistance('fowrard', 'forward', 2)).toBe(1); // transposition
    expect(editDistance('stikethruogh', 'strikethrough', 2)).toBe(2);
    expect(editDistance('cat', 'forward', 2)).toBe(3); // beyond max: max + 1
  });
});

describe('spelling against the tenant’s vocabulary', () => {
  it('corrects unknown words into the nearest known one', () => {
    expect(correctWord(vocab, 'stikethrough')).toBe('strikethrough');
    expect(correctWord(vocab, 'atachments')).toBe('attachments');
    expect(correctWord(vocab, 'refnds')).toBe('refunds');
  });

  it('leaves known words, their plurals and short or far words alone', () => {
    expect(correctWord(vocab, 'forward')).toBeNull();
    expect(correctWord(vocab, 'emails')).toBeNull();
    expect(correctWord(vocab, 'email')).toBeNull(); // "emails" is known
    expect(correctWord(vocab, 'rant')).toBeNull(); // 4 letters: never changed ("rent")
    expect(correctWord(vocab, 'recipe')).toBeNull(); // nothing within one edit
    expect(correctWord(vocab, 'football')).toBeNull();
  });

  it('normalises the question the same way for both retrievers', () => {
    const q = normalizeQuery('How do I foward multiple emials in Gmail?', vocab);
    expect(q.text).toBe('How do I forward multiple emails in Gmail?');
    expect(q.corrections).toEqual([
      { from: 'foward', to: 'forward' },
      { from: 'emials', to: 'emails' },
    ]);
    // Dense side: the same corrected words, without function words (as chunks are embedded).
    expect(q.embedText).toBe('forward multiple emails Gmail?');
    // No vocabulary (an empty knowledge base): the question as it was asked.
    expect(normalizeQuery('  How do I foward?  ', null).text).toBe('How do I foward?');
  });
});
