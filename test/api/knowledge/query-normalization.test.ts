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

describe('common English words are never corrected', () => {
  const shop = buildVocabulary(['Open the modal dialog to change the amount of your order.']);
  it('keeps a real word that is one edit from a tenant word', () => {
    expect(correctWord(shop, 'model')).toBeNull(); // not "modal"
    expect(correctWord(shop, 'among')).toBeNull(); // not "amount"
    expect(correctWord(shop, 'amuont')).toBe('amount'); // a misspelling still is
  });
});

describe('word variants read as their full form', () => {
  const social = buildVocabulary([
    'How do I delete my Facebook account? Open the account settings.',
    'Forward several emails in Gmail: select the emails, then forward them.',
    'Strikethrough with GitHub Markdown.',
  ]);

  it('searches an abbreviation as the full word the knowledge base uses, on both sides', () => {
    const q = normalizeQuery('Deleting FB acc.', social);
    expect(q.variants).toEqual([
      { from: 'FB', to: 'facebook' },
      { from: 'acc', to: 'account' },
    ]);
    expect(q.text).toBe('Deleting FB facebook acc account.'); // full text: both forms
    expect(q.embedText).toBe('Deleting facebook account.'); // the encoder: the full form
  });

  it('joins spellings in two words, keeping plurals, and never turns a full word into a variant', () => {
    expect(normalizeQuery('Cross out text on git hub', social).embedText).toBe('Cross text github');
    expect(normalizeQuery('forward my e-mails', social).text).toBe('forward my emails');
    const full = normalizeQuery('delete my facebook account', social);
    expect(full.variants).toEqual([]);
    expect(full.text).toBe('delete my facebook account');
  });

  it('changes nothing where the tenant does not use the full form', () => {
    const q = normalizeQuery('Reset my pwd', buildVocabulary(['Choose a new passphrase on the sign-in page.']));
    expect(q.variants).toEqual([]);
    expect(q.text).toBe('Reset my pwd');
  });
});
