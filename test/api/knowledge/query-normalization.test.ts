// Query normalisation: misspelt words corrected against the tenant's own vocabulary, timidly (an
// off-topic word must not be turned into a knowledge-base word), and the text embedded without
// function words, as the chunks are.
import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctWord, editDistance, normalizeQuery } from '../../../api/src/modules/knowledge/query-normalization.js';
import { DEFAULT_SYNONYMS, DEFAULT_WORD_VARIANTS, mergeWordVariants, tenantSynonymIndex } from '../../../api/src/modules/knowledge/synonyms.js';

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

  it('answers a word again from what it looked up, for that vocabulary only: a changed knowledge base gives its own answer', () => {
    expect(correctWord(vocab, 'refnds')).toBe('refunds');
    expect(correctWord(vocab, 'refnds')).toBe('refunds'); // remembered
    // The same tenant after its chunks changed: a new vocabulary, where "refunds" is gone and "refinds" is known.
    const changed = buildVocabulary(['Nobody refinds an order', 'Shipping to Norway']);
    expect(correctWord(changed, 'refnds')).toBe('refinds');
    expect(correctWord(buildVocabulary(['Shipping to Norway']), 'refnds')).toBeNull();
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

describe("a tenant's own word variants over the shipped ones", () => {
  it('merges: the tenant wins on a variant or full form they share, shared full forms gain variants', () => {
    const merged = mergeWordVariants(DEFAULT_WORD_VARIANTS, [
      { fullForm: 'accessory', variants: ['acc'] }, // shipped: acc → account
      { fullForm: 'info', variants: ['inf'] }, // shipped: info → information
      { fullForm: 'facebook', variants: ['meta'] },
    ]);
    expect(merged.account).toEqual(['acct']);
    expect(merged.accessory).toEqual(['acc']);
    expect(merged.information).toBeUndefined(); // its only variant is the tenant's full form
    expect(merged.info).toEqual(['inf']);
    expect(merged.facebook).toEqual(['fb', 'meta']);
    expect(merged.email).toEqual(DEFAULT_WORD_VARIANTS.email);
    expect(mergeWordVariants(DEFAULT_WORD_VARIANTS, [])).toEqual(DEFAULT_WORD_VARIANTS);
    expect(tenantSynonymIndex([])).toBe(DEFAULT_SYNONYMS);
  });

  const shop = buildVocabulary(['Find the product code on the label of your Northwind accessory account.', 'Information for our customers.']);
  const synonyms = tenantSynonymIndex([
    { fullForm: 'product code', variants: ['sku'] },
    { fullForm: 'northwind', variants: ['nw', 'northwnd'] },
    { fullForm: 'accessory', variants: ['acc'] },
  ]);

  it('appends a multi-word full form for full text and replaces the variant with it for the encoder', () => {
    const q = normalizeQuery('Where is the SKUs of my nw acc?', shop, synonyms);
    expect(q.variants).toEqual([
      { from: 'SKUs', to: 'product code' },
      { from: 'nw', to: 'northwind' },
      { from: 'acc', to: 'accessory' },
    ]);
    expect(q.text).toBe('Where is the SKUs product code of my nw northwind acc accessory?');
    expect(q.embedText).toBe('product codes northwind accessory?');
    // The shipped ones still apply where the tenant has not replaced them.
    expect(normalizeQuery('more info', shop, synonyms).variants).toEqual([{ from: 'info', to: 'information' }]);
  });

  it('never "corrects" a variant, and ignores a full form the knowledge does not use', () => {
    const q = normalizeQuery('northwnd opening hours', shop, synonyms);
    expect(q.corrections).toEqual([]);
    expect(q.variants).toEqual([{ from: 'northwnd', to: 'northwind' }]);
    const other = tenantSynonymIndex([{ fullForm: 'gift card', variants: ['gc'] }]);
    expect(normalizeQuery('my gc', shop, other).variants).toEqual([]);
  });
});
