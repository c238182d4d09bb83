// Pure helpers of the knowledge page: tags as typed in the editor (the API's limits), and the
// bulk import's file parsing (Markdown and seed-style JSON), including bad files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatTags, parseTags, tagsError } from '../../web/src/knowledge/knowledge-tags.js';
import {
  describeImportField,
  parseImportFiles,
  parseJsonFile,
  parseMarkdownFile,
  toImportInput,
  type ImportDocument,
} from '../../web/src/knowledge/knowledge-import.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('knowledge tags', () => {
  it('parses comma-separated text: trimmed, no empties, each once', () => {
    expect(parseTags(' returns, shipping ,,returns, Free shipping ')).toEqual(['returns', 'shipping', 'Free shipping']);
    expect(parseTags('')).toEqual([]);
    expect(formatTags(['a', 'b'])).toBe('a, b');
  });

  it('refuses what the API refuses: more than 20 tags, or a tag over 50 characters', () => {
    expect(tagsError(Array.from({ length: 20 }, (_, i) => `t${i}`))).toBeNull();
    expect(tagsError(Array.from({ length: 21 }, (_, i) => `t${i}`))).toBe('At most 20 tags (there are 21).');
    expect(tagsError(['x'.repeat(50)])).toBeNull();
    expect(tagsError(['ok', 'y'.repeat(51)])).toMatch(/^Each tag at most 50 characters: “y{20}…” has 51\.$/);
    expect(tagsError([])).toBeNull();
  });
});

describe('Markdown import', () => {
  it('takes the title from the first # heading and the rest as the body', () => {
    const doc = parseMarkdownFile({ name: 'care.md', text: '\uFEFFIntro line\r\n\r\n# Caring for down jackets #\r\n\r\nWash cold.\r\n\r\n## Drying\r\nLow heat.\r\n' });
    expect(doc).toEqual({ kind: 'ARTICLE', title: 'Caring for down jackets', body: 'Intro line\n\n\nWash cold.\n\n## Drying\nLow heat.', tags: [], source: 'care.md' });
  });

  it('falls back to the file name; a ## heading or a # inside a code fence is not the title', () => {
    const doc = parseMarkdownFile({ name: 'docs/winter-care_guide.md', text: '```sh\n# not a title\n```\n\n## Section\nText' });
    expect(doc.title).toBe('winter care guide');
    expect(doc.body).toBe('```sh\n# not a title\n```\n\n## Section\nText');
    expect(parseMarkdownFile({ name: 'x.md', text: '#hashtag is not a heading\n\nBody' }).title).toBe('x');
  });
});

describe('JSON import', () => {
  it('reads the seed files: articles and FAQs with question/answer and tags', () => {
    const file = 'api/src/boot/seed/data/northwind.knowledge.json';
    const raw = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>[];
    const parsed = parseImportFiles([{ name: 'northwind.knowledge.json', text: readFileSync(path.join(root, file), 'utf8') }]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents).toHaveLength(raw.length);
    const faqIndex = raw.findIndex((d) => d.kind === 'FAQ');
    expect(parsed.documents[faqIndex]).toMatchObject({ kind: 'FAQ', title: raw[faqIndex]!.question, body: raw[faqIndex]!.answer, tags: raw[faqIndex]!.tags });
    expect(parsed.documents[0]).toMatchObject({ kind: 'ARTICLE', title: raw[0]!.title, source: 'northwind.knowledge.json #1' });
  });

  it('names every bad item and file, and keeps the good ones for the preview', () => {
    const text = JSON.stringify([
      { kind: 'ARTICLE', title: 'Good', body: 'Fine.' },
      { kind: 'NEWS', title: 'Bad kind', body: 'x' },
      { kind: 'FAQ', question: 'No answer?' },
      { kind: 'ARTICLE', title: 'Bad tags', body: 'x', tags: 'a,b' },
      'a string',
      { question: 'Kind inferred?', answer: 'Yes.' },
    ]);
    const parsed = parseJsonFile({ name: 'kb.json', text });
    expect(parsed.documents.map((d) => [d.kind, d.title])).toEqual([
      ['ARTICLE', 'Good'],
      ['FAQ', 'Kind inferred?'],
    ]);
    expect(parsed.errors).toEqual([
      'kb.json #2: kind must be "ARTICLE" or "FAQ", not "NEWS"',
      'kb.json #3: has no "answer" (or "body") text',
      'kb.json #4: "tags" must be a list of strings',
      'kb.json #5: is not an object',
    ]);
  });

  it('refuses broken JSON, a non-array and an empty array', () => {
    expect(parseJsonFile({ name: 'a.json', text: '[{' }).errors[0]).toMatch(/^a\.json: not valid JSON/);
    expect(parseJsonFile({ name: 'b.json', text: '{"documents": []}' }).errors).toEqual(['b.json: must be a JSON array of documents']);
    expect(parseJsonFile({ name: 'c.json', text: '[]' }).errors).toEqual(['c.json: the array is empty']);
  });
});

describe('import of several files', () => {
  it('combines Markdown and JSON in file order and builds the mutation input', () => {
    const parsed = parseImportFiles([
      { name: 'one.md', text: '# One\n\nFirst.' },
      { name: 'faqs.json', text: JSON.stringify([{ kind: 'FAQ', question: 'Q?', answer: 'A.', tags: ['t'] }]) },
      { name: 'two.MARKDOWN', text: '# Two\nSecond.' },
    ]);
    expect(parsed.errors).toEqual([]);
    expect(toImportInput(parsed.documents)).toEqual([
      { kind: 'ARTICLE', title: 'One', body: 'First.', tags: [] },
      { kind: 'FAQ', title: 'Q?', body: 'A.', tags: ['t'] },
      { kind: 'ARTICLE', title: 'Two', body: 'Second.', tags: [] },
    ]);
  });

  it('checks the API rules on every document and refuses other file types', () => {
    const parsed = parseImportFiles([
      { name: 'empty.md', text: '# Only a title\n\n   \n' },
      { name: 'notes.txt', text: 'hello' },
      { name: 'long.md', text: `# ${'t'.repeat(301)}\nBody` },
      { name: 'tags.json', text: JSON.stringify([{ kind: 'ARTICLE', title: 'T', body: 'B', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }]) },
    ]);
    expect(parsed.errors).toEqual([
      'notes.txt: not a .md or .json file',
      'empty.md: the body is empty (nothing after the title)',
      'long.md: the title is longer than 300 characters',
      'tags.json #1: tags: At most 20 tags (there are 21).',
    ]);
    const many = parseImportFiles(Array.from({ length: 501 }, (_, i) => ({ name: `d${i}.md`, text: `# D${i}\nx` })));
    expect(many.errors).toEqual(['501 documents: at most 500 can be imported at a time']);
  });

  it('says which document an API field error points at', () => {
    const docs: ImportDocument[] = [
      { kind: 'ARTICLE', title: 'First', body: 'x', tags: [], source: 'a.md' },
      { kind: 'FAQ', title: 'Second?', body: 'y', tags: [], source: 'f.json #1' },
    ];
    expect(describeImportField('documents[1].body', docs)).toBe('“Second?” (f.json #1), field body');
    expect(describeImportField('documents[7].title', docs)).toBe('document 8, field title');
    expect(describeImportField('documents', docs)).toBe('the number of documents');
    expect(describeImportField(undefined, docs)).toBeNull();
  });
});
