// Bulk import of knowledge documents from files the admin picks: Markdown files (one article
// each) and JSON files shaped like api/src/db/seed/data/*.knowledge.json. Pure functions, so
// the dialog only reads files and shows what these return. Everything is checked here against
// the API's rules first: the import is all-or-nothing, so one bad document would refuse them all.
import type { KnowledgeKind } from '../gql/graphql.js';
import { tagsError } from './knowledge-tags.js';

export const MAX_IMPORT = 500;
const MAX_TITLE = 300;
const MAX_BODY = 100_000;

export interface ImportFile {
  name: string;
  text: string;
}

export interface ImportDocument {
  kind: KnowledgeKind;
  title: string;
  body: string;
  tags: string[];
  /** Where it came from, for the preview and error messages: "faq.json #3" or "returns.md". */
  source: string;
}

export interface ParsedImport {
  documents: ImportDocument[];
  /** One line per problem, naming the file (and item); nothing may be imported while any exist. */
  errors: string[];
}

/** The `importKnowledgeDocuments` input documents (without `source`). */
export function toImportInput(docs: readonly ImportDocument[]) {
  return docs.map(({ kind, title, body, tags }) => ({ kind, title, body, tags }));
}

/** "winter-care_guide.md" → "winter care guide". */
function titleFromFileName(name: string): string {
  return name
    .replace(/^.*[\\/]/, '')
    .replace(/\.(md|markdown)$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
}

function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** One Markdown file → one article: the first `# heading` is the title (else the file name). */
export function parseMarkdownFile(file: ImportFile): ImportDocument {
  const lines = normalise(file.text).split('\n');
  let inFence = false;
  let titleLine = -1;
  for (let i = 0; i < lines.length; i++) {
    if (/^\s{0,3}(```|~~~)/.test(lines[i]!)) inFence = !inFence;
    else if (!inFence && /^\s{0,3}#\s+\S/.test(lines[i]!)) {
      titleLine = i;
      break;
    }
  }
  let title = titleFromFileName(file.name);
  if (titleLine !== -1) {
    // "# Title #" closing hashes are decoration in Markdown.
    title = lines[titleLine]!.replace(/^\s{0,3}#\s+/, '').replace(/\s+#+\s*$/, '').trim();
    lines.splice(titleLine, 1);
  }
  return { kind: 'ARTICLE', title, body: lines.join('\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd(), tags: [], source: file.name };
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** One JSON item: `{kind, title, body, tags}` or `{kind: "FAQ", question, answer, tags}`. */
function jsonItem(item: unknown, source: string): ImportDocument | string {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return 'is not an object';
  const o = item as Record<string, unknown>;
  const rawKind = o.kind === undefined ? ('question' in o ? 'FAQ' : 'ARTICLE') : str(o.kind)?.toUpperCase();
  if (rawKind !== 'ARTICLE' && rawKind !== 'FAQ') return `kind must be "ARTICLE" or "FAQ", not ${JSON.stringify(o.kind)}`;
  const title = str(o.title) ?? (rawKind === 'FAQ' ? str(o.question) : null);
  const body = str(o.body) ?? (rawKind === 'FAQ' ? str(o.answer) : null);
  if (title === null) return rawKind === 'FAQ' ? 'has no "question" (or "title") text' : 'has no "title" text';
  if (body === null) return rawKind === 'FAQ' ? 'has no "answer" (or "body") text' : 'has no "body" text';
  let tags: string[] = [];
  if (o.tags !== undefined && o.tags !== null) {
    if (!Array.isArray(o.tags) || o.tags.some((t) => typeof t !== 'string')) return '"tags" must be a list of strings';
    tags = [...new Set((o.tags as string[]).map((t) => t.trim()).filter(Boolean))];
  }
  return { kind: rawKind, title: title.trim(), body, tags, source };
}

/** A JSON file: an array of documents. Returns the documents and one error per bad item. */
export function parseJsonFile(file: ImportFile): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(normalise(file.text));
  } catch (e) {
    return { documents: [], errors: [`${file.name}: not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  if (!Array.isArray(data)) return { documents: [], errors: [`${file.name}: must be a JSON array of documents`] };
  const out: ParsedImport = { documents: [], errors: [] };
  data.forEach((item, i) => {
    const source = `${file.name} #${i + 1}`;
    const doc = jsonItem(item, source);
    if (typeof doc === 'string') out.errors.push(`${source}: ${doc}`);
    else out.documents.push(doc);
  });
  if (data.length === 0) out.errors.push(`${file.name}: the array is empty`);
  return out;
}

/** The API's rules for one document; null when it would be accepted. */
export function documentError(doc: ImportDocument): string | null {
  if (!doc.title.trim()) return doc.kind === 'FAQ' ? 'the question is empty' : 'the title is empty';
  if (doc.title.length > MAX_TITLE) return `the title is longer than ${MAX_TITLE} characters`;
  if (!doc.body.trim()) return doc.kind === 'FAQ' ? 'the answer is empty' : 'the body is empty (nothing after the title)';
  if (doc.body.length > MAX_BODY) return `the body is longer than ${MAX_BODY.toLocaleString('en')} characters`;
  const tags = tagsError(doc.tags);
  return tags ? `tags: ${tags}` : null;
}

/** Every picked file → the documents to import, in file order, and every problem found. */
export function parseImportFiles(files: readonly ImportFile[]): ParsedImport {
  const out: ParsedImport = { documents: [], errors: [] };
  for (const file of files) {
    if (/\.(md|markdown)$/i.test(file.name)) {
      out.documents.push(parseMarkdownFile(file));
    } else if (/\.json$/i.test(file.name)) {
      const parsed = parseJsonFile(file);
      out.documents.push(...parsed.documents);
      out.errors.push(...parsed.errors);
    } else {
      out.errors.push(`${file.name}: not a .md or .json file`);
    }
  }
  for (const doc of out.documents) {
    const problem = documentError(doc);
    if (problem) out.errors.push(`${doc.source}: ${problem}`);
  }
  if (out.documents.length > MAX_IMPORT) out.errors.push(`${out.documents.length} documents: at most ${MAX_IMPORT} can be imported at a time`);
  return out;
}

/**
 * Where a BAD_USER_INPUT from the import points: the API names the field as
 * `documents[3].title`; this says which of the admin's documents that is.
 */
export function describeImportField(field: unknown, docs: readonly ImportDocument[]): string | null {
  if (typeof field !== 'string') return null;
  const m = /^documents\[(\d+)\]\.(\w+)$/.exec(field);
  if (!m) return field === 'documents' ? 'the number of documents' : field;
  const doc = docs[Number(m[1])];
  const name = doc ? `“${doc.title.slice(0, 80)}” (${doc.source})` : `document ${Number(m[1]) + 1}`;
  return `${name}, field ${m[2]}`;
}
