// Loader for the demo tenant's training data:
// Bitext Sample Customer Service Training Dataset, CDLA-Sharing-1.0 (Bitext Innovations).
// Columns `flags,utterance,category,intent`; 27 intents in 11 categories.
import { readFileSync } from 'node:fs';
import type { LabelledExample } from './types.js';

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; a leading UTF-8
 * BOM is dropped (Excel writes one, and it would otherwise stick to the first header name).
 */
export function parseCsv(text: string): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Reads a Bitext-style CSV: columns found by header name (order free), `category` optional. */
export function parseBitext(csv: string): LabelledExample[] {
  const [header, ...rows] = parseCsv(csv);
  if (!header) throw new Error('Bitext CSV is empty');
  const find = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const col = (name: string) => {
    const i = find(name);
    if (i < 0) throw new Error(`Bitext CSV has no "${name}" column (header: ${header.join(',')})`);
    return i;
  };
  const text = col('utterance');
  const intent = col('intent');
  const category = find('category'); // optional: intents without categories are fine
  const out: LabelledExample[] = [];
  for (const r of rows) {
    const t = r[text]?.trim();
    const i = r[intent]?.trim();
    if (!t || !i) continue;
    out.push({ text: t, intent: i, category: (category >= 0 && r[category]?.trim()) || null });
  }
  return out;
}

export function loadBitext(csvPath: string): LabelledExample[] {
  return parseBitext(readFileSync(csvPath, 'utf8'));
}
